"""A medatlas store kept in an existing triplestore, over the SPARQL 1.1 protocols.

:class:`RemoteStore` has the methods of :class:`~medatlas.graph.store.AtlasStore` that the build
and the queries use, so ``medatlas.build.populate(RemoteStore(...))`` fills a server and the
query library runs on it unchanged. It speaks only the W3C protocols, so it works with Oxigraph
server, Apache Jena Fuseki, GraphDB, Virtuoso or Amazon Neptune:

- queries: SPARQL 1.1 Protocol (POST ``application/sparql-query``), answers read as SPARQL JSON
  results or N-Triples; the union of the named graphs is asked for with the standard
  ``default-graph-uri`` / ``named-graph-uri`` parameters, one per named graph;
- writes: Graph Store Protocol ``PUT ?graph=<iri>`` of one N-Triples document per graph (bulk, one
  request per graph) and ``DELETE``; without a GSP endpoint, SPARQL 1.1 Update ``DROP SILENT
  GRAPH`` + ``INSERT DATA`` in batches of :data:`BATCH` triples.

Only the standard library's ``urllib`` is used. Every failure is a
:class:`~medatlas.errors.StoreError` (a bad query: :class:`~medatlas.errors.QueryError`) naming
the endpoint.

>>> store = RemoteStore.oxigraph("http://127.0.0.1:7878")
>>> store.endpoint, store.update_endpoint, store.gsp_endpoint
('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyoxigraph as ox

from medatlas.errors import QueryError, StoreError

__all__ = ["BATCH", "RemoteStore"]

#: triples per INSERT DATA request when writing through SPARQL Update
BATCH = 50_000

_RESULTS_JSON = "application/sparql-results+json"
_NTRIPLES = "application/n-triples"
_ACCEPT = f"{_RESULTS_JSON}, {_NTRIPLES};q=0.9, text/turtle;q=0.8"
_GRAPHS = "SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"
_SIZES = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"


class RemoteStore:
    """A store behind a SPARQL endpoint (and optionally an update and a GSP endpoint).

    Args:
        endpoint: the SPARQL query endpoint (``http://host:7878/query`` for Oxigraph,
            ``http://host:3030/ds/query`` for Fuseki).
        update_endpoint: the SPARQL Update endpoint, for writes without GSP.
        gsp_endpoint: the Graph Store Protocol endpoint (``/store`` for Oxigraph, ``/ds/data``
            for Fuseki), for bulk writes and reads of whole graphs.
        timeout: seconds to wait for one HTTP request.
    """

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        gsp_endpoint: str | None = None,
        timeout: float = 60.0,
        union_parameter: str | None = None,
    ) -> None:
        for url in (endpoint, update_endpoint, gsp_endpoint):
            if url is not None and urllib.parse.urlsplit(url).scheme not in ("http", "https"):
                raise StoreError(f"not an http(s) URL for a SPARQL endpoint: {url!r}")
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint
        self.gsp_endpoint = gsp_endpoint
        self.timeout = timeout
        #: a server's own switch for "the default graph is the union of the named graphs"
        #: (Oxigraph: ``union-default-graph``); without one, every graph is listed
        self.union_parameter = union_parameter
        self._server: str | None = None  # the Server header of the endpoint's answers
        self.path = None

    @classmethod
    def oxigraph(cls, base_url: str, *, timeout: float = 60.0) -> RemoteStore:
        """The endpoints of the Oxigraph server at *base_url*: /query, /update, /store."""
        base = base_url.rstrip("/")
        return cls(
            f"{base}/query",
            update_endpoint=f"{base}/update",
            gsp_endpoint=f"{base}/store",
            timeout=timeout,
            union_parameter="union-default-graph",
        )

    def __repr__(self) -> str:
        return f"RemoteStore({self.endpoint!r})"

    # -- HTTP ------------------------------------------------------------------------------

    def _request(
        self,
        url: str,
        *,
        method: str,
        data: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        missing_ok: bool = False,
        query: bool = False,
    ) -> tuple[int, str, bytes]:
        request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                if query:
                    self._server = response.headers.get("Server", "")
                return response.status, response.headers.get("Content-Type", ""), response.read()
        except urllib.error.HTTPError as exc:
            if missing_ok and exc.code == 404:
                return 404, "", b""
            body = exc.read().decode("utf-8", "replace").strip()
            detail = body.splitlines()[0][:500] if body else exc.reason
            if query and exc.code == 400:
                raise QueryError(f"{self.endpoint} refused the query: {detail}") from exc
            raise StoreError(f"{method} {url} failed with HTTP {exc.code}: {detail}") from exc
        except TimeoutError as exc:
            error = QueryError if query else StoreError
            raise error(
                f"{method} {url} timed out after {self.timeout:g} s; the server may still be "
                "working, raise the timeout or simplify the request"
            ) from exc
        except urllib.error.URLError as exc:
            raise StoreError(
                f"cannot reach the SPARQL endpoint {url}: {exc.reason}; is the server running?"
            ) from exc

    def _graph_url(self, graph: str) -> str:
        if self.gsp_endpoint is None:
            raise StoreError(f"{self!r} has no Graph Store Protocol endpoint (gsp_endpoint)")
        sep = "&" if "?" in self.gsp_endpoint else "?"
        return f"{self.gsp_endpoint}{sep}{urllib.parse.urlencode({'graph': graph})}"

    def _update(self, text: str) -> None:
        if self.update_endpoint is None:
            raise StoreError(
                f"{self!r} cannot write: give a gsp_endpoint (Graph Store Protocol) or an "
                "update_endpoint (SPARQL Update)"
            )
        self._request(
            self.update_endpoint,
            method="POST",
            data=text.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
        )

    # -- the AtlasStore surface -------------------------------------------------------------

    def query(
        self,
        text: str,
        *,
        bindings: Mapping[str, ox.NamedNode | ox.Literal] | None = None,
        union: bool = True,
    ) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        """Run a SPARQL query on the endpoint; the answer is shaped as pyoxigraph's.

        *bindings* enter the query as VALUES blocks (pre-binding, see
        :func:`medatlas.queries.sparql_text.with_values`). With *union* (the default) the
        default graph is the union of all named graphs, asked for with the protocol's dataset
        parameters.
        """
        if bindings:
            from medatlas.queries.sparql_text import with_values

            text = with_values(text, bindings)
        params: list[tuple[str, str]] = []
        if union and self.union_parameter and self._speaks_union():
            # the server's own union: listing a thousand graphs as the dataset makes Oxigraph
            # look every pattern up graph by graph (over 120 s for a question at 1M triples)
            params.append((self.union_parameter, ""))
        elif union:
            graphs = self.graph_names()
            params += [("default-graph-uri", g) for g in graphs]
            params += [("named-graph-uri", g) for g in graphs]
        return self._query(text, params)

    def _speaks_union(self) -> bool:
        """True when the endpoint is an Oxigraph server (its answers say so), which knows the
        ``union-default-graph`` switch; other servers get the standard dataset parameters."""
        if self._server is None:
            self._query("ASK {}", [])
        return (self._server or "").lower().startswith("oxigraph")

    def _query(self, text: str, params: list[tuple[str, str]]) -> Any:
        # With dataset parameters the query goes as a URL-encoded POST body (SPARQL 1.1
        # Protocol, 2.1.2): a store of a thousand documents lists a thousand graphs twice,
        # far more than a URL or a request line may hold.
        if params:
            data = urllib.parse.urlencode([("query", text), *params]).encode("ascii")
            ctype_out = "application/x-www-form-urlencoded"
        else:
            data = text.encode("utf-8")
            ctype_out = "application/sparql-query; charset=utf-8"
        _, ctype, body = self._request(
            self.endpoint,
            method="POST",
            data=data,
            headers={"Content-Type": ctype_out, "Accept": _ACCEPT},
            query=True,
        )
        mime = ctype.split(";")[0].strip().lower()
        try:
            if mime == _RESULTS_JSON:
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
            if mime == "application/sparql-results+xml":
                return ox.parse_query_results(body, format=ox.QueryResultsFormat.XML)
            if mime == _NTRIPLES:
                return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
            if mime == "text/turtle":
                return list(ox.parse(body, format=ox.RdfFormat.TURTLE))
        except SyntaxError as exc:
            raise StoreError(f"{self.endpoint} sent an answer that does not parse: {exc}") from exc
        raise StoreError(f"{self.endpoint} answered with {ctype or 'no content type'}, not SPARQL")

    def graph_names(self) -> list[str]:
        """The IRIs of all named graphs, sorted."""
        rows = self._query(_GRAPHS, [])
        return sorted(row["g"].value for row in rows if isinstance(row["g"], ox.NamedNode))

    def graph_sizes(self) -> dict[str, int]:
        """Triples per named graph, counted by the server."""
        rows = self._query(_SIZES, [])
        return {
            row["g"].value: int(row["n"].value)
            for row in rows
            if isinstance(row["g"], ox.NamedNode)
        }

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        """Replace the named graph *graph* with *quads*: one GSP PUT of N-Triples."""
        name = ox.NamedNode(graph)
        triples: list[ox.Triple] = []
        for q in quads:
            if q.graph_name != name:
                raise StoreError(f"quad {q} is not in graph <{graph}>; refusing to write it")
            triples.append(q.triple)
        if not triples:  # as in the embedded store, an empty graph is no graph
            self.remove_graph(graph)
            return
        if self.gsp_endpoint is not None:
            self._request(
                self._graph_url(graph),
                method="PUT",
                data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"",
                headers={"Content-Type": _NTRIPLES},
            )
            return
        self._update(f"DROP SILENT GRAPH {name}")
        for i in range(0, max(len(triples), 1), BATCH):
            body = ox.serialize(triples[i : i + BATCH], format=ox.RdfFormat.N_TRIPLES) or b""
            self._update(f"INSERT DATA {{ GRAPH {name} {{\n{body.decode('utf-8')}}} }}")

    def load_graph(self, graph: str, *, data: bytes, fmt: ox.RdfFormat) -> None:
        """Replace *graph* with the triples of *data* (Turtle, RDF/XML...)."""
        try:
            triples = list(ox.parse(data, format=fmt))
        except SyntaxError as exc:
            raise StoreError(f"cannot parse data for graph <{graph}>: {exc}") from exc
        name = ox.NamedNode(graph)
        self.replace_graph(
            graph, (ox.Quad(t.subject, t.predicate, t.object, name) for t in triples)
        )

    def remove_graph(self, graph: str) -> bool:
        """Drop the named graph *graph*; True if it existed."""
        if self.gsp_endpoint is not None:
            status, _, _ = self._request(self._graph_url(graph), method="DELETE", missing_ok=True)
            return status != 404
        existed = graph in self.graph_names()
        self._update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")
        return existed

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Every quad of the named graphs, or those of one named graph."""
        for name in [graph] if graph else self.graph_names():
            node = ox.NamedNode(name)
            for t in self._triples(name):
                yield ox.Quad(t.subject, t.predicate, t.object, node)

    def _triples(self, graph: str) -> list[ox.Triple]:
        if self.gsp_endpoint is not None:
            status, _, body = self._request(
                self._graph_url(graph),
                method="GET",
                headers={"Accept": _NTRIPLES},
                missing_ok=True,
            )
            return [] if status == 404 else list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))
        answer = self._query(
            "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", [("default-graph-uri", graph)]
        )
        return list(answer)

    def __len__(self) -> int:
        rows = list(self._query(_COUNT, []))
        return int(rows[0]["n"].value) if rows else 0

    def flush(self) -> None:
        """Nothing to do: every write is sent when it is made."""

    def close(self) -> None:
        """Nothing to release: each request opens and closes its own connection."""

"""Turn :class:`~medatlas.viz.graphdata.GraphData` into a pyvis network ready to write.

:class:`AtlasNetwork` is a :class:`pyvis.network.Network` whose nodes and edges are filled
directly (``from_nx`` takes minutes at 10k nodes) and which carries what the page shows beside
the graph: the heading, the legend, the filter values and the notice of a capped view. Its
``generate_html``/``write_html`` go through :mod:`medatlas.viz.write`, so even pyvis's own entry
points give the offline, escaped page, never pyvis's template.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from pyvis.network import Network

from medatlas.viz.centrality import pagerank
from medatlas.viz.graphdata import EdgeData, Figure, GraphData, NodeData, Source, local_name
from medatlas.viz.layout import layout
from medatlas.viz.style import class_color, node_size, short_label, vis_options

__all__ = ["AtlasNetwork", "build_network", "capped_notice"]


class AtlasNetwork(Network):
    """A pyvis network plus the page around it (heading, legend, filters, notice).

    Attributes beyond pyvis's: ``kind`` (landscape, ego, query), ``notice`` (why the view is
    incomplete, '' when it is not), ``lang`` (the language of drawn labels), ``legend``,
    ``facets`` (the values each filter offers), ``focus`` (the ego view's centre) and ``totals``.
    """

    def __init__(self, *, heading: str, kind: str, lang: str = "zh") -> None:
        super().__init__(
            height="100%",
            width="100%",
            directed=True,
            heading=heading,
            cdn_resources="in_line",
        )
        self.kind = kind
        self.lang = lang
        self.notice = ""
        self.focus = ""
        self.legend: list[dict[str, Any]] = []
        self.facets: dict[str, list[dict[str, Any]]] = {}
        self.totals: dict[str, int] = {}

    def generate_html(
        self, name: str = "index.html", local: bool = True, notebook: bool = False
    ) -> str:
        """The page as a string: medatlas's offline, escaped page (see :mod:`.write`)."""
        from medatlas.viz.write import render_html

        self.html = render_html(self)
        return self.html

    def write_html(
        self, name: str, local: bool = True, notebook: bool = False, open_browser: bool = False
    ) -> None:
        """Write the page to *name* (UTF-8, self-contained); pyvis's signature, medatlas's page."""
        from medatlas.viz.write import write_view

        write_view(self, Path(name))


def capped_notice(shown: int, total: int, *, what: str, option: str = "--max-nodes") -> str:
    """The message a capped view shows, '' when nothing was left out."""
    if shown >= total:
        return ""
    return (
        f"Showing {shown:,} of {total:,} nodes ({what}); raise {option} to see more. "
        f"显示 {total:,} 个节点中的 {shown:,} 个。"
    )


def _source(s: Source) -> dict[str, Any]:
    return {"file": s.file, "title": s.title, "quote": s.quote, "start": s.start}


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "measure": f.measure,
        "value": f.value,
        "unit": f.unit,
        "period": f.period,
        "text": f.text,
        "sources": [_source(s) for s in f.sources],
    }


def _both(data: GraphData, iri: str) -> str:
    """'中文 / English' for a term (one of them when they are the same or one is missing)."""
    zh, en = data.terms.get(iri, {}).get("zh", ""), data.term(iri, "en")
    return f"{zh} / {en}" if zh and zh != en else en


def _node(
    n: NodeData,
    data: GraphData,
    *,
    lang: str,
    xy: tuple[int, int],
    size: float,
    focus: bool,
) -> dict[str, Any]:
    color = class_color(local_name(n.cls))
    return {
        "id": n.iri,
        "label": short_label(n.label(lang)),
        "x": xy[0],
        "y": xy[1],
        "value": size,
        "color": {
            "background": color,
            "border": "#222222" if focus else color,
            "highlight": {"background": color, "border": "#000000"},
            "hover": {"background": color, "border": "#000000"},
        },
        "borderWidth": 4 if focus else 1,
        "cls": local_name(n.cls),
        "typeLabel": _both(data, n.cls),
        "zh": n.labels.get("zh", ""),
        "en": n.labels.get("en", "") or n.labels.get("", ""),
        "aliases": n.aliases,
        "names": n.names(),
        "slug": n.slug,
        "sources": [_source(s) for s in n.sources],
        "figures": [_figure(f) for f in n.figures],
        "seg": sorted(n.segments),
        "uc": sorted(n.use_cases),
        "docs": sorted(n.documents),
        "years": sorted(n.years),
        "attributes": [list(a) for a in n.attributes],
    }


def _edge(i: int, e: EdgeData, data: GraphData, *, lang: str) -> dict[str, Any]:
    return {
        "id": f"e{i}",
        "from": e.source,
        "to": e.target,
        "label": data.term(e.relation, lang),
        "rel": e.relation,
        "relLabel": _both(data, e.relation),
        "sources": [_source(s) for s in e.sources],
        "docs": sorted({s.file for s in e.sources}),
    }


def _facet(counts: Counter[str], label: Any) -> list[dict[str, Any]]:
    return [
        {"value": v, "label": label(v), "count": counts[v]}
        for v in sorted(counts, key=lambda v: (-counts[v], label(v), v))
    ]


def _facets(data: GraphData) -> dict[str, list[dict[str, Any]]]:
    nodes = data.nodes.values()
    segments = Counter(s for n in nodes for s in n.segments)
    use_cases = Counter(u for n in nodes for u in n.use_cases)
    docs = Counter(d for n in nodes for d in n.documents)
    years = Counter(y for n in nodes for y in n.years)
    return {
        "segment": _facet(segments, lambda v: _both(data, v)),
        "usecase": _facet(use_cases, lambda v: _both(data, v)),
        "source": _facet(docs, lambda v: data.documents.get(v, v)),
        "year": sorted(
            ({"value": y, "label": y, "count": years[y]} for y in years),
            key=lambda f: f["value"],
            reverse=True,
        ),
    }


def _legend(data: GraphData) -> list[dict[str, Any]]:
    counts = Counter(n.cls for n in data.nodes.values())
    return [
        {
            "cls": local_name(c),
            "label": _both(data, c),
            "color": class_color(local_name(c)),
            "count": counts[c],
        }
        for c in sorted(counts, key=lambda c: (-counts[c], local_name(c)))
    ]


def build_network(
    data: GraphData,
    *,
    kind: str,
    heading: str,
    lang: str = "zh",
    notice: str = "",
    focus: str = "",
    totals: tuple[int, int] | None = None,
) -> AtlasNetwork:
    """A network of every node and edge of *data*, laid out, sized by PageRank, coloured by class.

    Args:
        kind: the view's kind (``landscape``, ``ego``, ``query``), shown and used in tests.
        heading: the page's title (plain text; the writer escapes it).
        lang: ``zh`` or ``en``: the language of the labels drawn on nodes and edges.
        notice: a message shown at the top of the page (a capped view says so here).
        focus: the IRI of the node an ego view is centred on (drawn with a heavy border).
        totals: (nodes, edges) before capping; defaults to what is drawn.
    """
    iris = list(data.nodes)
    pairs = [(e.source, e.target) for e in data.edges]
    rank = pagerank(iris, pairs)
    top = max(rank.values(), default=0.0)
    positions = layout(iris, pairs, rank=rank)
    net = AtlasNetwork(heading=heading, kind=kind, lang=lang)
    net.nodes = [
        _node(
            n,
            data,
            lang=lang,
            xy=positions[n.iri],
            size=node_size(rank[n.iri], top),
            focus=n.iri == focus,
        )
        for n in data.nodes.values()
    ]
    net.node_ids = list(iris)
    net.node_map = {node["id"]: node for node in net.nodes}
    net.edges = [_edge(i, e, data, lang=lang) for i, e in enumerate(data.edges)]
    net.options = vis_options(nodes=len(net.nodes), edges=len(net.edges))
    net.notice = notice
    net.focus = focus
    net.legend = _legend(data)
    net.facets = _facets(data)
    all_nodes, all_edges = totals or (len(net.nodes), len(net.edges))
    net.totals = {
        "nodes": len(net.nodes),
        "edges": len(net.edges),
        "allNodes": all_nodes,
        "allEdges": all_edges,
    }
    return net

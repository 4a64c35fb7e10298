"""OWL reasoning over the store: consistency, classification and the triples they entail.

HermiT (through owlready2) checks that the facts are consistent with the ontology and
classifies the individuals when Java is on the PATH; without Java, or with ``engine="owlrl"``,
the pure-Python OWL RL closure of owlrl runs instead, and the result says so. Either engine
reasons over the ontology graph (the TBox) and the individuals of the data graphs: their types
and their ``ma:`` property values. Beyond ``max_individuals`` (HermiT takes about 3 s for 1k
individuals but minutes for 10k, ../shared/MEASURED.md) it reasons over a deterministic sample
of that many and says so; the clash checks of :mod:`medatlas.graph.clashes`, which explain an
inconsistency in words, always look at every individual.

Only the new triples are kept (what the store does not already state): the named classes each
individual belongs to, and ``ma:`` relations between individuals that symmetric and inverse
properties entail. :func:`inferred_quads` puts them in the named graph
``https://w3id.org/medatlas/graph/inferred``, so exports can include it or leave it out; a
build drops that graph (its inferences may not hold for the new data).

Nothing is fetched: ``owl:imports`` anywhere in the store is ignored (and counted), the
ontology's axioms come from the store's ontology graph only, and data graphs cannot add axioms.
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from medatlas.errors import OntologyError
from medatlas.graph.clashes import (
    OWL,
    RDF_TYPE,
    XSD,
    Clash,
    TBox,
    compact,
    find_clashes,
)
from medatlas.graph.iris import GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH
from medatlas.graph.store import AtlasStore

__all__ = [
    "DEFAULT_MAX_INDIVIDUALS",
    "ENGINES",
    "ReasoningResult",
    "inferred_quads",
    "java",
    "reason",
]

ENGINES = ("auto", "hermit", "owlrl")
DEFAULT_MAX_INDIVIDUALS = 2000
MA = "https://w3id.org/medatlas/ontology#"
_IMPORTS = OWL + "imports"
_THING = OWL + "Thing"
_NAMED_INDIVIDUAL = OWL + "NamedIndividual"
# The OWL 2 datatype map (https://www.w3.org/TR/owl2-syntax/#Datatype_Maps): HermiT refuses
# literals of any other datatype (xsd:date, xsd:gYear...), so those reach it as plain strings.
_OWL2_DATATYPES = frozenset(
    [
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#PlainLiteral",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#XMLLiteral",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString",
        "http://www.w3.org/2000/01/rdf-schema#Literal",
        OWL + "real",
        OWL + "rational",
    ]
    + [
        XSD + t
        for t in (
            *("decimal", "integer", "nonNegativeInteger", "nonPositiveInteger"),
            *("positiveInteger", "negativeInteger", "long", "int", "short", "byte"),
            *("unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte", "double"),
            *("float", "string", "normalizedString", "token", "language", "Name", "NCName"),
            *("NMTOKEN", "boolean", "hexBinary", "base64Binary", "anyURI", "dateTime"),
            "dateTimeStamp",
        )
    ]
)

_EVIDENCE = """
PREFIX ma: <https://w3id.org/medatlas/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?s ?p ?o ?g ?file ?quote WHERE {
  GRAPH ?g { ?s ?p ?o }
  OPTIONAL {
    GRAPH ?h { ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                   prov:wasDerivedFrom ?doc ; ma:quote ?quote . }
    OPTIONAL { GRAPH ?k { ?doc ma:fileName ?file } }
  }
}
ORDER BY ?g ?file ?quote
"""


def java() -> str | None:
    """The Java executable HermiT would run with, or None."""
    return shutil.which("java")


@dataclass
class ReasoningResult:
    """What a reasoning run found: engine, verdict, coverage, new triples, clashes, notes."""

    engine: str
    consistent: bool
    individuals: int
    reasoned_over: int
    max_individuals: int
    inferred: list[ox.Triple] = field(default_factory=list)
    clashes: list[Clash] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def sampled(self) -> bool:
        """True when the engine saw a sample, not every individual."""
        return self.reasoned_over < self.individuals

    def report(self) -> list[str]:
        """The outcome in a few lines for a person."""
        name = "HermiT (OWL 2 DL)" if self.engine == "hermit" else "owlrl (OWL 2 RL closure)"
        lines = [
            f"engine: {name}, {self.seconds:.1f} s",
            f"individuals: {self.individuals}, reasoned over {self.reasoned_over}"
            + (
                f" (a deterministic sample: the cap is {self.max_individuals})"
                if self.sampled
                else f" (all; the cap is {self.max_individuals})"
            ),
        ]
        lines += [f"note: {n}" for n in self.notes]
        if self.consistent:
            lines.append(f"consistent: yes; {len(self.inferred)} new triple(s) inferred")
        else:
            lines.append(f"consistent: NO, {len(self.clashes)} clash(es):")
            lines += [f"  - {c.message}" for c in self.clashes]
        return lines


@dataclass
class _Selection:
    tbox: list[ox.Triple]
    abox: list[ox.Triple]
    sample: list[ox.Triple]
    individuals: set[str]
    reasoned_over: set[str]
    referred: set[str]
    imports: int
    recast: int


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _for_owl(lit: ox.Literal) -> ox.Literal:
    """*lit* as the engines can take it: outside the OWL 2 datatype map, a plain string."""
    if lit.datatype.value in _OWL2_DATATYPES or lit.language:
        return lit
    return ox.Literal(lit.value)


def _select(store: AtlasStore, tbox: TBox, max_individuals: int) -> _Selection:
    """The TBox, every individual's typed facts, and the sample an engine reasons over."""
    imports = 0
    tbox_triples = []
    for q in store.quads(ONTOLOGY_GRAPH):
        if q.predicate.value == _IMPORTS:
            imports += 1
        else:
            tbox_triples.append(q.triple)
    abox: set[ox.Triple] = set()
    for q in store.quads():
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value in (ONTOLOGY_GRAPH, INFERRED_GRAPH):
            continue
        s, p, o = q.subject, q.predicate.value, q.object
        if p == _IMPORTS:
            imports += 1
        if not isinstance(s, ox.NamedNode):
            continue
        if (
            (p == RDF_TYPE and isinstance(o, ox.NamedNode) and o.value in tbox.classes)
            or (p in tbox.object_properties and isinstance(o, ox.NamedNode))
            or (p in tbox.data_properties and isinstance(o, ox.Literal))
        ):
            abox.add(q.triple)
    individuals = {t.subject.value for t in abox}
    chosen = individuals
    if len(individuals) > max_individuals:
        chosen = set(sorted(individuals, key=_sha)[:max_individuals])
    sample = [t for t in abox if t.subject.value in chosen]
    referred = {
        t.object.value
        for t in sample
        if t.predicate.value in tbox.object_properties and t.object.value not in chosen
    }
    sample += [t for t in abox if t.subject.value in referred and t.predicate.value == RDF_TYPE]
    recast = 0
    prepared = []
    for t in sorted(set(sample), key=str):
        if isinstance(t.object, ox.Literal):
            original = t.object
            lit = _for_owl(original)
            if lit != original:
                recast += 1
                t = ox.Triple(t.subject, t.predicate, lit)
        prepared.append(t)
    return _Selection(
        tbox=tbox_triples,
        abox=sorted(abox, key=str),
        sample=prepared,
        individuals=individuals,
        reasoned_over=chosen,
        referred=referred,
        imports=imports,
        recast=recast,
    )


class _Evidence:
    """Where a fact was stated, in a few words, looked up in the store."""

    def __init__(self, store: AtlasStore) -> None:
        self.store = store
        self.cache: dict[ox.Triple, str] = {}

    def __call__(self, triple: ox.Triple) -> str:
        if triple not in self.cache:
            self.cache[triple] = self._lookup(triple)
        return self.cache[triple]

    def _lookup(self, triple: ox.Triple) -> str:
        rows = self.store.query(
            _EVIDENCE,
            bindings={"s": triple.subject, "p": triple.predicate, "o": triple.object},
            union=False,
        )
        by_graph: dict[str, list[str]] = {}
        for row in rows:
            graph = row["g"].value.removeprefix(GRAPH)
            quotes = by_graph.setdefault(graph, [])
            if row["quote"] is not None:
                file = row["file"].value if row["file"] is not None else "?"
                quote = f'{file}: "{row["quote"].value}"'
                if quote not in quotes:
                    quotes.append(quote)
        if not by_graph:
            return "inferred"
        parts = []
        for graph, quotes in sorted(by_graph.items()):
            shown = "; ".join(quotes[:2]) + (
                f"; +{len(quotes) - 2} more" if len(quotes) > 2 else ""
            )
            parts.append(f"{graph}, {shown}" if shown else graph)
        return " / ".join(parts)


def reason(
    store: AtlasStore,
    *,
    engine: str = "auto",
    max_individuals: int = DEFAULT_MAX_INDIVIDUALS,
) -> ReasoningResult:
    """Check *store* against its ontology and compute what it entails (nothing is written).

    Args:
        store: the store to reason over (read-only is enough).
        engine: ``auto`` (HermiT when Java is found, else owlrl), ``hermit`` or ``owlrl``.
        max_individuals: reason over a deterministic sample of this many individuals at most.

    Raises:
        OntologyError: *engine* is unknown, HermiT is asked for without Java, or it failed.
    """
    if engine not in ENGINES:
        raise OntologyError(f"unknown reasoning engine {engine!r}; choose one of {ENGINES}")
    if max_individuals < 1:
        raise OntologyError(f"max_individuals must be at least 1, not {max_individuals}")
    started = time.perf_counter()
    notes: list[str] = []
    java_exe = java()
    chosen = engine
    if engine == "auto":
        chosen = "hermit" if java_exe else "owlrl"
        if not java_exe:
            notes.append(
                "Java was not found, so HermiT could not run: this is the pure-Python OWL 2 RL "
                "closure (owlrl), which misses some OWL 2 DL entailments; install Java for HermiT"
            )
    elif engine == "hermit" and not java_exe:
        raise OntologyError("HermiT needs Java on the PATH; install it or use --engine owlrl")
    tbox = TBox.from_triples(q.triple for q in store.quads(ONTOLOGY_GRAPH))
    selection = _select(store, tbox, max_individuals)
    if selection.imports:
        notes.append(f"ignored {selection.imports} owl:imports: medatlas never fetches ontologies")
    if selection.recast:
        notes.append(
            f"{selection.recast} value(s) outside the OWL 2 datatype map (xsd:date, xsd:gYear...) "
            "were given to the engine as plain strings"
        )
    if len(selection.reasoned_over) < len(selection.individuals):
        notes.append(
            f"the engine saw {len(selection.reasoned_over)} of {len(selection.individuals)} "
            "individuals (a deterministic sample, plus the types of what they refer to); the "
            "clash checks saw all of them"
        )
    if chosen == "hermit":
        ok, inferred, messages = _hermit(selection, tbox, java_exe or "java")
    else:
        ok, inferred, messages = _owlrl(selection, tbox)
    clashes = find_clashes(tbox, selection.abox, _Evidence(store))
    if not ok and not clashes:
        detail = "; ".join(messages[:3])
        clashes.append(
            Clash(
                "unexplained",
                "",
                f"{chosen} finds the facts inconsistent with the ontology, but no disjointness, "
                "domain/range, functional-property or datatype clash explains it"
                + (f" ({detail})" if detail else ""),
            )
        )
    consistent = ok and not clashes
    existing = _existing(store, inferred)
    new = [] if not consistent else sorted(set(inferred) - existing, key=str)
    return ReasoningResult(
        engine=chosen,
        consistent=consistent,
        individuals=len(selection.individuals),
        reasoned_over=len(selection.reasoned_over),
        max_individuals=max_individuals,
        inferred=new,
        clashes=clashes,
        notes=notes,
        seconds=time.perf_counter() - started,
    )


def _existing(store: AtlasStore, triples: Iterable[ox.Triple]) -> set[ox.Triple]:
    """Those of *triples* the store already states, in any graph but the inferred one."""
    found = set()
    inferred = ox.NamedNode(INFERRED_GRAPH)
    for t in triples:
        for q in store.oxigraph.quads_for_pattern(t.subject, t.predicate, t.object, None):
            if q.graph_name != inferred:
                found.add(t)
                break
    return found


def _keep(t: ox.Triple, tbox: TBox, individuals: set[str]) -> bool:
    """Whether an entailed triple is worth keeping: a named type, or an ma: relation."""
    if not isinstance(t.subject, ox.NamedNode) or t.subject.value not in individuals:
        return False
    p, o = t.predicate.value, t.object
    if p == RDF_TYPE:
        return isinstance(o, ox.NamedNode) and o.value in tbox.classes and o.value != _THING
    return (
        p.startswith(MA)
        and p in tbox.object_properties
        and isinstance(o, ox.NamedNode)
        and o.value in individuals
    )


def _hermit(
    selection: _Selection, tbox: TBox, java_exe: str
) -> tuple[bool, list[ox.Triple], list[str]]:
    import owlready2

    owlready2.JAVA_EXE = java_exe
    individuals = selection.reasoned_over | selection.referred
    declared = [
        ox.Triple(ox.NamedNode(i), ox.NamedNode(RDF_TYPE), ox.NamedNode(_NAMED_INDIVIDUAL))
        for i in sorted(individuals)
    ]
    world = owlready2.World()
    with tempfile.TemporaryDirectory(prefix="medatlas-reason-") as tmp:
        path = Path(tmp) / "store.nt"
        path.write_bytes(
            ox.serialize(
                [*selection.tbox, *selection.sample, *declared], format=ox.RdfFormat.N_TRIPLES
            )
        )
        world.get_ontology(path.as_uri()).load()
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=True, debug=0)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False, [], ["HermiT: the ontology is inconsistent"]
        except owlready2.OwlReadyJavaError as exc:
            first = str(exc).strip().splitlines()[1:3]
            raise OntologyError(
                "HermiT could not reason over the store: " + " ".join(first)
            ) from exc
    out: list[ox.Triple] = []
    type_ = ox.NamedNode(RDF_TYPE)
    for iri in sorted(individuals):
        entity = world[iri]
        if entity is None:
            continue
        for cls in entity.INDIRECT_is_a:
            cls_iri = getattr(cls, "iri", None)
            if isinstance(cls, owlready2.ThingClass) and cls_iri:
                out.append(ox.Triple(ox.NamedNode(iri), type_, ox.NamedNode(cls_iri)))
    for prop in world.object_properties():
        if prop.iri not in tbox.object_properties:
            continue
        p = ox.NamedNode(prop.iri)
        for s, o in prop.get_relations():
            s_iri, o_iri = getattr(s, "iri", None), getattr(o, "iri", None)
            if s_iri and o_iri:
                out.append(ox.Triple(ox.NamedNode(s_iri), p, ox.NamedNode(o_iri)))
                if prop.iri in tbox.symmetric:
                    out.append(ox.Triple(ox.NamedNode(o_iri), p, ox.NamedNode(s_iri)))
    return True, [t for t in out if _keep(t, tbox, individuals)], []


def _owlrl(selection: _Selection, tbox: TBox) -> tuple[bool, list[ox.Triple], list[str]]:
    import owlrl
    import rdflib

    graph = rdflib.Graph()
    data = ox.serialize([*selection.tbox, *selection.sample], format=ox.RdfFormat.N_TRIPLES)
    graph.parse(data=data.decode("utf-8"), format="nt")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    err = rdflib.URIRef("http://www.daml.org/2002/03/agents/agent-ont#error")
    messages = sorted(str(m) for m in graph.objects(None, err))
    nothing = sorted(
        compact(str(s))
        for s in graph.subjects(rdflib.RDF.type, rdflib.OWL.Nothing)
        if isinstance(s, rdflib.URIRef)
    )
    if nothing:
        messages.append("members of owl:Nothing: " + ", ".join(nothing[:5]))
    out = []
    for s, p, o in graph:
        if all(isinstance(x, rdflib.URIRef) for x in (s, p, o)):
            t = ox.Triple(ox.NamedNode(str(s)), ox.NamedNode(str(p)), ox.NamedNode(str(o)))
            if _keep(t, tbox, selection.reasoned_over | selection.referred):
                out.append(t)
    return not messages, out, messages


def inferred_quads(result: ReasoningResult) -> list[ox.Quad]:
    """The inferred triples of *result* as quads of the inferred graph, sorted."""
    graph = ox.NamedNode(INFERRED_GRAPH)
    return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in result.inferred]

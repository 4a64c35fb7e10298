"""The medatlas ontology (medatlas.ttl), its SHACL shapes (shapes.ttl) and the MA namespace.

Checks that both files parse everywhere the project reads them (rdflib, pyoxigraph), that the
public vocabulary contract holds, that the ontology is OWL 2 DL and consistent (owlready2 +
HermiT, and the OWL API profile checker bundled with HermiT), and that the shapes accept a valid
graph and reject broken ones with a result naming the rule that was broken.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, SKOS

from medatlas.graph.iris import DISCOVERED_SCHEME
from medatlas.ontology.namespace import (
    MA,
    ONTOLOGY_FILE,
    ONTOLOGY_IRI,
    SHAPES,
    SHAPES_FILE,
    VERSION,
    VERSION_IRI,
    VOCAB_DIR,
)

MA_NS = "https://w3id.org/medatlas/ontology#"
EX = Namespace("https://w3id.org/medatlas/id/")
# a plain Namespace: pytest's collection probes module attributes, which rdflib's XSD warns about
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
QB = Namespace("http://purl.org/linked-data/cube#")

JAVA = shutil.which("java")
JAVAC = shutil.which("javac")
needs_java = pytest.mark.skipif(JAVA is None, reason="HermiT needs Java")

# --- the vocabulary contract ------------------------------------------------------------------

CLASSES = [
    # public contract
    "Organization",
    "Company",
    "GovernmentBody",
    "Hospital",
    "ResearchInstitution",
    "Platform",
    "Product",
    "AIModel",
    "Policy",
    "Segment",
    "UseCase",
    "Technology",
    "Report",
    "Observation",
    # used by the lead's code
    "University",
    "Association",
    "Offering",
    "Dataset",
    "Region",
    "Market",
    "Statement",
    "Measure",
    "SourceDocument",
]
OBJECT_PROPERTIES = [
    "develops",
    "partnersWith",
    "investsIn",
    "fundedBy",
    "acquiredBy",
    "operatesIn",
    "addressesUseCase",
    "usesTechnology",
    "deployedAt",
    "basedOn",
    "issuedBy",
    "authoredBy",
    "locatedIn",
    "measure",
    "unit",
    "about",
    "publishedBy",
    "subsidiaryOf",
    "promotes",
    "regulates",
    "cites",
    "mentionedIn",
    "copyOfReport",
    "inSegment",
    "marketOf",
]
DATATYPE_PROPERTIES = [
    "issuedOn",
    "value",
    "period",
    "quote",
    "charStart",
    "charEnd",
    "method",
    "confidence",
    "fileName",
    "sha256",
    "encoding",
    "extractorVersion",
    "originalText",
    "slug",
    "preferred",
]
KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
CONTRACT = (
    [(name, OWL.Class) for name in CLASSES]
    + [(name, OWL.ObjectProperty) for name in OBJECT_PROPERTIES]
    + [(name, OWL.DatatypeProperty) for name in DATATYPE_PROPERTIES]
)

# (subject, predicate, object) axioms the ontology promises
ALIGNMENTS = [
    (MA.Organization, RDFS.subClassOf, SCHEMA.Organization),
    (MA.Organization, RDFS.subClassOf, ORG.Organization),
    (MA.Organization, RDFS.subClassOf, PROV.Agent),
    (MA.Company, RDFS.subClassOf, SCHEMA.Corporation),
    (MA.GovernmentBody, RDFS.subClassOf, SCHEMA.GovernmentOrganization),
    (MA.Hospital, RDFS.subClassOf, SCHEMA.Hospital),
    (MA.ResearchInstitution, RDFS.subClassOf, SCHEMA.ResearchOrganization),
    (MA.University, RDFS.subClassOf, MA.ResearchInstitution),
    (MA.Association, RDFS.subClassOf, MA.Organization),
    (MA.Offering, RDFS.subClassOf, SCHEMA.Product),
    (MA.Platform, RDFS.subClassOf, MA.Offering),
    (MA.Product, RDFS.subClassOf, MA.Offering),
    (MA.AIModel, RDFS.subClassOf, MA.Offering),
    (MA.AIModel, RDFS.subClassOf, SCHEMA.SoftwareApplication),
    (MA.Dataset, RDFS.subClassOf, MA.Offering),
    (MA.Policy, RDFS.subClassOf, SCHEMA.Legislation),
    (MA.Report, RDFS.subClassOf, SCHEMA.Report),
    (MA.Report, RDFS.subClassOf, PROV.Entity),
    (MA.SourceDocument, RDFS.subClassOf, MA.Report),
    (MA.Region, RDFS.subClassOf, SCHEMA.Place),
    (MA.Observation, RDFS.subClassOf, QB.Observation),
    (MA.Statement, RDFS.subClassOf, PROV.Entity),
    (MA.Segment, RDFS.subClassOf, SKOS.Concept),
    (MA.UseCase, RDFS.subClassOf, SKOS.Concept),
    (MA.Technology, RDFS.subClassOf, SKOS.Concept),
    (MA.Measure, RDFS.subClassOf, SKOS.Concept),
    (MA.issuedOn, RDFS.subPropertyOf, DCTERMS.issued),
    (MA.authoredBy, RDFS.subPropertyOf, DCTERMS.creator),
    (MA.publishedBy, RDFS.subPropertyOf, DCTERMS.publisher),
    (MA.subsidiaryOf, RDFS.subPropertyOf, ORG.subOrganizationOf),
    (MA.partnersWith, RDFS.subPropertyOf, ORG.linkedTo),
    (MA.locatedIn, RDFS.subPropertyOf, SCHEMA.location),
    (MA.value, RDFS.range, XSD.decimal),
    (MA.period, RDFS.range, XSD.string),
    (MA.quote, RDFS.range, XSD.string),
    (MA.charStart, RDFS.range, XSD.integer),
    (MA.charEnd, RDFS.range, XSD.integer),
    (MA.measure, RDFS.range, MA.Measure),
    (MA.develops, RDFS.range, MA.Offering),
    (MA.publishedBy, RDFS.domain, MA.Report),
    (MA.publishedBy, RDFS.range, MA.Organization),
    (MA.cites, RDFS.range, MA.Report),
    (MA.mentionedIn, RDFS.range, MA.Report),
]


# --- fixtures ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def ma_terms(graph: Graph) -> dict[str, set[URIRef]]:
    """Local name -> OWL kinds of every ma: class and property declared in *graph*."""
    terms: dict[str, set[URIRef]] = {}
    for kind in KINDS:
        for s in graph.subjects(RDF.type, kind):
            if isinstance(s, URIRef) and str(s).startswith(MA_NS):
                terms.setdefault(str(s)[len(MA_NS) :], set()).add(kind)
    return terms


# --- parsing ----------------------------------------------------------------------------------


@pytest.mark.parametrize("path", [ONTOLOGY_FILE, SHAPES_FILE], ids=["ontology", "shapes"])
def test_parses_in_rdflib_and_pyoxigraph(path: Path) -> None:
    graph = Graph().parse(path, format="turtle")
    triples = list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))
    assert len(graph) > 100
    assert len(triples) == len(graph)


def test_package_files_exist() -> None:
    assert ONTOLOGY_FILE.is_file()
    assert SHAPES_FILE.is_file()
    assert VOCAB_DIR.name == "vocab"
    assert VOCAB_DIR.parent == ONTOLOGY_FILE.parent


# --- header -----------------------------------------------------------------------------------


def test_header(ontology: Graph) -> None:
    assert list(ontology.subjects(RDF.type, OWL.Ontology)) == [ONTOLOGY_IRI]
    assert ontology.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal(VERSION)
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == VERSION_IRI
    assert URIRef("https://w3id.org/medatlas/ontology/0.1.0") == VERSION_IRI
    for p in (DCTERMS.title, DCTERMS.description, DCTERMS.license, DCTERMS.created):
        assert ontology.value(ONTOLOGY_IRI, p) is not None, p
    titles = {t.language for t in ontology.objects(ONTOLOGY_IRI, DCTERMS.title)}
    assert {"en", "zh"} <= titles
    assert isinstance(ontology.value(ONTOLOGY_IRI, DCTERMS.license), URIRef)
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.created).datatype == XSD.date


def test_no_imports(ontology: Graph) -> None:
    assert not list(ontology.triples((None, OWL.imports, None)))


# --- the contract -----------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "kind"), CONTRACT, ids=[name for name, _ in CONTRACT])
def test_contract_term_has_its_kind(ontology: Graph, name: str, kind: URIRef) -> None:
    assert ma_terms(ontology).get(name) == {kind}


def test_no_other_terms(ontology: Graph) -> None:
    """Adding a term is a decision: list it in this test (and in namespace.py)."""
    assert set(ma_terms(ontology)) == {name for name, _ in CONTRACT}


def test_every_ma_iri_is_declared(ontology: Graph) -> None:
    declared = set(ma_terms(ontology))
    used = {
        str(t)[len(MA_NS) :]
        for triple in ontology
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(MA_NS)
    }
    assert used <= declared


def test_partners_with_is_symmetric(ontology: Graph) -> None:
    assert (MA.partnersWith, RDF.type, OWL.SymmetricProperty) in ontology


def test_funded_by_is_inverse_of_invests_in(ontology: Graph) -> None:
    assert (MA.fundedBy, OWL.inverseOf, MA.investsIn) in ontology


@pytest.mark.parametrize("axiom", ALIGNMENTS, ids=lambda a: f"{a[0].n3()}-{a[2].n3()}")
def test_alignment(ontology: Graph, axiom: tuple[URIRef, URIRef, URIRef]) -> None:
    assert axiom in ontology


def test_observation_value_and_measure_are_functional(ontology: Graph) -> None:
    assert (MA.value, RDF.type, OWL.FunctionalProperty) in ontology
    assert (MA.measure, RDF.type, OWL.FunctionalProperty) in ontology


def test_top_level_classes_are_disjoint(ontology: Graph) -> None:
    groups = []
    for node in ontology.subjects(RDF.type, OWL.AllDisjointClasses):
        groups.append(set(Collection(ontology, ontology.value(node, OWL.members))))
    top = {
        MA.Organization,
        MA.Offering,
        MA.Policy,
        MA.Report,
        MA.Observation,
        MA.Region,
        MA.Statement,
        MA.Market,
    }
    assert any(top <= group for group in groups)
    assert (MA.Company, OWL.disjointWith, MA.GovernmentBody) in ontology
    # not over-constrained: a hospital may be a company, a university may run a hospital
    for a, b in [(MA.Hospital, MA.Company), (MA.Hospital, MA.University)]:
        assert (a, OWL.disjointWith, b) not in ontology
        assert (b, OWL.disjointWith, a) not in ontology


# --- labels and comments ----------------------------------------------------------------------


def test_every_term_has_labels_and_comment(ontology: Graph) -> None:
    problems = []
    for name in sorted(ma_terms(ontology)):
        term = MA[name]
        labels = [lit.language for lit in ontology.objects(term, RDFS.label)]
        comments = [lit.language for lit in ontology.objects(term, RDFS.comment)]
        for lang in ("en", "zh"):
            if labels.count(lang) != 1:
                problems.append(f"{name}: {labels.count(lang)} rdfs:label @{lang}")
        if "en" not in comments:
            problems.append(f"{name}: no rdfs:comment @en")
        if ontology.value(term, RDFS.isDefinedBy) != ONTOLOGY_IRI:
            problems.append(f"{name}: rdfs:isDefinedBy missing")
    assert not problems, "\n".join(problems)


# --- external terms ---------------------------------------------------------------------------

OWL_DATATYPES = {
    RDFS.Literal,
    XSD.string,
    XSD.decimal,
    XSD.integer,
    XSD.boolean,
    XSD.date,  # only as an annotation value (dcterms:created), never as a range
}


def kinds_of(graph: Graph, term: URIRef) -> set[URIRef]:
    return {k for k in graph.objects(term, RDF.type) if k in (*KINDS, OWL.AnnotationProperty)}


def test_external_terms_are_declared(ontology: Graph) -> None:
    """owlready2 and HermiT need every IRI typed: declare what we use but do not import."""
    builtin = (str(RDF), str(RDFS), str(OWL))
    problems = []
    for s, p, o in ontology:
        if (
            p in (RDFS.subClassOf, OWL.disjointWith)
            and isinstance(o, URIRef)
            and OWL.Class not in kinds_of(ontology, o)
        ):
            problems.append(f"{o} used as a class but not declared owl:Class")
        if p == RDFS.subPropertyOf and kinds_of(ontology, o) != kinds_of(ontology, s):
            problems.append(f"{o}: kind differs from its subproperty {s}")
        if p == RDFS.range and isinstance(o, URIRef):
            if OWL.ObjectProperty in kinds_of(ontology, s):
                if OWL.Class not in kinds_of(ontology, o):
                    problems.append(f"range {o} of {s} is not a declared class")
            elif o not in OWL_DATATYPES:
                problems.append(f"range {o} of {s} is not in the OWL 2 datatype map")
        if (
            isinstance(s, URIRef)
            and not str(p).startswith(builtin)
            and OWL.AnnotationProperty not in kinds_of(ontology, p)
        ):
            problems.append(f"{p} used as an annotation but not declared owl:AnnotationProperty")
    # OWL 2 DL forbids reserved vocabulary as classes or properties: rdf:Statement is only
    # referred to by rdfs:seeAlso.
    for reserved in (RDF.Statement, RDF.subject, RDF.predicate, RDF.object):
        for s, p, _ in ontology.triples((None, None, reserved)):
            if p != RDFS.seeAlso:
                problems.append(f"{s} {p} {reserved}: reserved vocabulary in a logical axiom")
    assert not problems, "\n".join(sorted(set(problems)))


# --- the namespace module ---------------------------------------------------------------------


def test_namespace_lists_the_ontology_terms(ontology: Graph) -> None:
    in_module = set(MA.__annotations__)
    in_ontology = set(ma_terms(ontology))
    assert in_module - in_ontology == set(), "in namespace.py but not in medatlas.ttl"
    assert in_ontology - in_module == set(), "in medatlas.ttl but not in namespace.py"
    for name in in_module:
        assert getattr(MA, name) == URIRef(MA_NS + name)


def test_namespace_fails_on_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        _ = MA.develop
    assert SHAPES.StatementShape == URIRef("https://w3id.org/medatlas/shapes#StatementShape")


# --- OWL 2 DL and reasoning -------------------------------------------------------------------


def _reason(graph: Graph, tmp_path: Path) -> tuple[object, float]:
    """Load *graph* into a fresh owlready2 World, run HermiT, return (world, seconds)."""
    import owlready2

    if JAVA:
        owlready2.JAVA_EXE = JAVA
    rdfxml = tmp_path / "medatlas.owl"
    graph.serialize(rdfxml, format="xml")
    world = owlready2.World()
    world.get_ontology(rdfxml.as_uri()).load()
    started = time.perf_counter()
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    return world, time.perf_counter() - started


@needs_java
def test_hermit_finds_the_ontology_consistent(ontology: Graph, tmp_path: Path) -> None:
    world, seconds = _reason(ontology, tmp_path)
    assert list(world.inconsistent_classes()) == []
    names = {c.name for c in world.classes() if c.iri.startswith(MA_NS)}
    assert names == set(CLASSES)
    # the reasoner sees the hierarchy: a university is an organisation
    university = world[MA_NS + "University"]
    organization = world[MA_NS + "Organization"]
    assert organization in university.ancestors()
    assert seconds < 60


BAD_ABOXES: dict[str, str] = {
    "company-and-government-body": """
        ex:x a ma:Company , ma:GovernmentBody .""",
    "develops-a-policy": """
        ex:c a ma:Company . ex:p a ma:Policy . ex:c ma:develops ex:p .""",
    "confidence-above-one": """
        ex:s a ma:Statement ; ma:confidence "1.5"^^xsd:decimal .""",
    "two-values": """
        ex:o a ma:Observation ; ma:value "1"^^xsd:decimal , "2"^^xsd:decimal .""",
}


@needs_java
@pytest.mark.parametrize("name", list(BAD_ABOXES))
def test_hermit_rejects_contradictions(ontology: Graph, tmp_path: Path, name: str) -> None:
    """The disjointness, range and functionality axioms have teeth."""
    import owlready2

    graph = Graph()
    for t in ontology:
        graph.add(t)
    graph.parse(data=PREFIXES + BAD_ABOXES[name], format="turtle")
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(graph, tmp_path)


DL_CHECK = """
import java.io.File;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

public class DLCheck {
    public static void main(String[] args) throws Exception {
        OWLOntology o = OWLManager.createOWLOntologyManager()
            .loadOntologyFromOntologyDocument(new File(args[0]));
        OWLProfileReport report = new OWL2DLProfile().checkOntology(o);
        for (OWLProfileViolation v : report.getViolations()) System.out.println(v);
        System.exit(report.isInProfile() ? 0 : 2);
    }
}
"""


@pytest.mark.skipif(JAVA is None or JAVAC is None, reason="needs a JDK (java + javac)")
def test_owl2_dl_profile(ontology: Graph, tmp_path: Path) -> None:
    """The OWL API bundled in owlready2's HermiT.jar finds no OWL 2 DL profile violation."""
    import owlready2

    jar = Path(owlready2.__file__).parent / "hermit" / "HermiT.jar"
    rdfxml = tmp_path / "medatlas.owl"
    ontology.serialize(rdfxml, format="xml")
    source = tmp_path / "DLCheck.java"
    source.write_text(DL_CHECK)
    run = subprocess.run(
        [JAVA, "-cp", str(jar), str(source), str(rdfxml)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr


# --- SHACL ------------------------------------------------------------------------------------

PREFIXES = """
@prefix ma: <https://w3id.org/medatlas/ontology#> .
@prefix ex: <https://w3id.org/medatlas/id/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
"""

VALID = (
    PREFIXES
    + """
ex:nvidia a ma:Company ;
    rdfs:label "NVIDIA"@en , "英伟达"@zh ;
    skos:altLabel "英伟达公司"@zh ;
    ma:slug "nvidia" ;
    ma:develops ex:bionemo ;
    ma:partnersWith ex:ruijin ;
    ma:operatesIn ex:ai-drug-discovery , ex:drug-discovery ;
    ma:locatedIn ex:united-states ;
    ma:mentionedIn ex:report-000 .

ex:bionemo a ma:Platform ;
    rdfs:label "BioNeMo"@en ;
    ma:addressesUseCase ex:drug-discovery ;
    ma:usesTechnology ex:llm ;
    ma:basedOn ex:evo2 ;
    ma:inSegment ex:ai-drug-discovery ;
    ma:deployedAt ex:ruijin .

ex:evo2 a ma:AIModel ; rdfs:label "Evo 2"@en .

ex:ruijin a ma:Hospital , ma:Company ;
    rdfs:label "瑞金医院"@zh ;
    ma:subsidiaryOf ex:sjtu ;
    ma:locatedIn ex:shanghai .

ex:sjtu a ma:University ; rdfs:label "上海交通大学"@zh , "Shanghai Jiao Tong University"@en .
ex:nhc a ma:GovernmentBody ; rdfs:label "国家卫生健康委员会"@zh .
ex:nmpa a ma:GovernmentBody ; rdfs:label "国家药品监督管理局"@zh ; ma:regulates ex:bionemo .
ex:caict a ma:ResearchInstitution ; rdfs:label "中国信息通信研究院"@zh .
ex:alliance a ma:Association ; rdfs:label "中国人工智能产业发展联盟"@zh .

ex:united-states a ma:Region ; rdfs:label "United States"@en , "美国"@zh .
ex:china a ma:Region ; rdfs:label "中国"@zh .
ex:shanghai a ma:Region ; rdfs:label "上海"@zh ; ma:locatedIn ex:china .

ex:policy a ma:Policy ;
    rdfs:label "关于促进人工智能+医疗健康发展的指导意见"@zh ;
    ma:issuedBy ex:nhc ;
    ma:issuedOn "2023-03"^^xsd:gYearMonth ;
    ma:promotes ex:drug-discovery ;
    ma:regulates ex:bionemo .

ex:report-000 a ma:SourceDocument ;
    rdfs:label "2024 医疗人工智能报告"@zh ;
    ma:fileName "000_481865b282495e49.txt" ;
    ma:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" ;
    ma:encoding "utf-8" ;
    ma:issuedOn "2024-06-30"^^xsd:date ;
    ma:authoredBy ex:caict ;
    ma:publishedBy ex:alliance ;
    ma:cites ex:report-old .

ex:report-old a ma:Report ; rdfs:label "2020 白皮书"@zh ; ma:issuedOn "2020"^^xsd:gYear .

ex:market a ma:Market ;
    rdfs:label "中国 AI 药物研发市场"@zh ;
    ma:marketOf ex:ai-drug-discovery ;
    ma:inSegment ex:ai-drug-discovery ;
    ma:locatedIn ex:china .

ex:ai-drug-discovery a ma:Segment , skos:Concept ;
    skos:prefLabel "AI 药物研发"@zh , "AI drug discovery"@en ;
    skos:inScheme ex:segments ;
    skos:broader ex:healthcare-ai .
ex:healthcare-ai a ma:Segment , skos:Concept ;
    skos:prefLabel "医疗人工智能"@zh , "healthcare AI"@en ;
    skos:inScheme ex:segments .
ex:drug-discovery a ma:UseCase , skos:Concept ;
    skos:prefLabel "药物发现"@zh-Hans , "drug discovery"@en ;
    skos:inScheme ex:use-cases ;
    ma:usesTechnology ex:llm ;
    ma:inSegment ex:ai-drug-discovery .
ex:llm a ma:Technology , skos:Concept ;
    skos:prefLabel "大语言模型"@zh , "large language model"@en ;
    skos:inScheme ex:technologies .
ex:market-size a ma:Measure , skos:Concept ;
    skos:prefLabel "市场规模"@zh , "market size"@en ;
    skos:inScheme ex:measures .

ex:obs-1 a ma:Observation ;
    ma:measure ex:market-size ;
    ma:value "34900000000"^^xsd:decimal ;
    ma:unit <http://qudt.org/vocab/currency/CNY> ;
    ma:period "2025" ;
    ma:about ex:market ;
    ma:originalText "349 亿元" ;
    ma:method "table" ;
    ma:confidence "0.90"^^xsd:decimal ;
    ma:preferred true .

ex:obs-2 a ma:Observation ;
    ma:measure ex:market-size ;
    ma:value "23.5"^^xsd:decimal ;
    ma:unit <http://qudt.org/vocab/unit/PERCENT> ;
    ma:period "2020/2025" ;
    ma:about ex:market , ex:report-000 .

ex:st-1 a ma:Statement ;
    rdf:subject ex:nvidia ;
    rdf:predicate ma:develops ;
    rdf:object ex:bionemo ;
    prov:wasDerivedFrom ex:report-000 ;
    ma:quote "NVIDIA BioNeMo平台加速药物发现" ;
    ma:charStart 120 ;
    ma:charEnd 140 ;
    ma:method "curated" ;
    ma:confidence "1.00"^^xsd:decimal .

ex:st-2 a ma:Statement ;
    rdf:subject ex:obs-1 ;
    rdf:predicate ma:value ;
    rdf:object "34900000000"^^xsd:decimal ;
    prov:wasDerivedFrom ex:report-000 ;
    ma:quote "市场规模达349亿元" ;
    ma:method "table" .
"""
)

Triple = tuple[URIRef, URIRef, object]
Mutation = Callable[[Graph], None]


def change(remove: Iterable[Triple] = (), add: Iterable[Triple] = ()) -> Mutation:
    """A mutation that removes triple patterns (None = any) and then adds triples."""

    def mutate(graph: Graph) -> None:
        for pattern in remove:
            graph.remove(pattern)
        for triple in add:
            graph.add(triple)

    return mutate


def zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def dec(text: str) -> Literal:
    return Literal(text, datatype=XSD.decimal)


# id: (mutation, shape expected in a result, its sh:resultPath or None for node-level rules)
BROKEN: dict[str, tuple[Mutation, str, URIRef | None]] = {
    "observation-without-value": (
        change(remove=[(EX["obs-1"], MA.value, None)]),
        "Observation-value",
        MA.value,
    ),
    "observation-with-two-measures": (
        change(add=[(EX["obs-1"], MA.measure, EX["other-measure"])]),
        "Observation-measure",
        MA.measure,
    ),
    "observation-about-nothing": (
        change(remove=[(EX["obs-2"], MA.about, None)]),
        "Observation-about",
        MA.about,
    ),
    "observation-about-a-statement": (
        change(add=[(EX["obs-2"], MA.about, EX["st-1"])]),
        "about",
        MA.about,
    ),
    "value-as-double": (
        change(
            remove=[(EX["obs-1"], MA.value, None)],
            add=[(EX["obs-1"], MA.value, Literal("3.49e10", datatype=XSD.double))],
        ),
        "value",
        MA.value,
    ),
    "unit-as-string": (
        change(
            remove=[(EX["obs-1"], MA.unit, None)],
            add=[(EX["obs-1"], MA.unit, Literal("亿元"))],
        ),
        "unit",
        MA.unit,
    ),
    "preferred-as-string": (
        change(
            remove=[(EX["obs-1"], MA.preferred, None)],
            add=[(EX["obs-1"], MA.preferred, Literal("yes"))],
        ),
        "preferred",
        MA.preferred,
    ),
    "period-in-words": (
        change(
            remove=[(EX["obs-1"], MA.period, None)],
            add=[(EX["obs-1"], MA.period, Literal("2025年"))],
        ),
        "period",
        MA.period,
    ),
    "quote-of-60-characters": (
        change(
            remove=[(EX["st-1"], MA.quote, None)],
            add=[(EX["st-1"], MA.quote, Literal("医" * 60))],
        ),
        "quote",
        MA.quote,
    ),
    "confidence-1.5": (
        change(
            remove=[(EX["st-1"], MA.confidence, None)],
            add=[(EX["st-1"], MA.confidence, dec("1.5"))],
        ),
        "confidence",
        MA.confidence,
    ),
    "start-after-end": (
        change(
            remove=[(EX["st-1"], MA.charStart, None)],
            add=[(EX["st-1"], MA.charStart, Literal(141))],
        ),
        "Statement-offsets",
        MA.charStart,
    ),
    "statement-without-source": (
        change(remove=[(EX["st-1"], PROV.wasDerivedFrom, None)]),
        "Statement-source",
        PROV.wasDerivedFrom,
    ),
    "statement-derived-from-a-company": (
        change(
            remove=[(EX["st-1"], PROV.wasDerivedFrom, None)],
            add=[(EX["st-1"], PROV.wasDerivedFrom, EX.nvidia)],
        ),
        "Statement-source",
        PROV.wasDerivedFrom,
    ),
    "statement-with-two-subjects": (
        change(add=[(EX["st-1"], RDF.subject, EX.sjtu)]),
        "Statement-subject",
        RDF.subject,
    ),
    "develops-a-policy": (
        change(add=[(EX.nvidia, MA.develops, EX.policy)]),
        "develops",
        MA.develops,
    ),
    "operates-in-a-region": (
        change(add=[(EX.nvidia, MA.operatesIn, EX.china)]),
        "operatesIn",
        MA.operatesIn,
    ),
    "operates-in-a-technology": (
        change(add=[(EX.nvidia, MA.operatesIn, EX.llm)]),
        "operatesIn",
        MA.operatesIn,
    ),
    "regulated-by-a-company": (
        change(add=[(EX.nvidia, MA.regulates, EX.bionemo)]),
        "regulatesDomain",
        None,
    ),
    "deployed-at-a-use-case": (
        change(add=[(EX.bionemo, MA.deployedAt, EX["drug-discovery"])]),
        "deployedAt",
        MA.deployedAt,
    ),
    "issued-by-a-report": (
        change(add=[(EX.policy, MA.issuedBy, EX["report-old"])]),
        "issuedBy",
        MA.issuedBy,
    ),
    "located-in-on-an-observation": (
        change(add=[(EX["obs-1"], MA.locatedIn, EX.china)]),
        "locatedInDomain",
        None,
    ),
    "company-with-two-chinese-labels": (
        change(add=[(EX.nvidia, RDFS.label, zh("英伟达公司"))]),
        "label-onePerLanguage",
        RDFS.label,
    ),
    "organisation-without-label": (
        change(remove=[(EX.nhc, RDFS.label, None)]),
        "label-required",
        RDFS.label,
    ),
    "label-without-language": (
        change(add=[(EX.alliance, RDFS.label, Literal("AIIA"))]),
        "label-languageTagged",
        RDFS.label,
    ),
    "company-and-government-body": (
        change(add=[(EX.nvidia, RDF.type, MA.GovernmentBody)]),
        "CompanyShape",
        None,
    ),
    "organisation-and-region": (
        change(add=[(EX.nvidia, RDF.type, MA.Region)]),
        "OrganizationShape",
        None,
    ),
    "issued-on-as-plain-string": (
        change(
            remove=[(EX.policy, MA.issuedOn, None)],
            add=[(EX.policy, MA.issuedOn, Literal("2023-03"))],
        ),
        "issuedOn",
        MA.issuedOn,
    ),
    "concept-without-english-label": (
        change(remove=[(EX.llm, SKOS.prefLabel, Literal("large language model", lang="en"))]),
        "ConceptLabels",
        None,
    ),
    "concept-in-another-scheme-with-one-label": (
        change(
            remove=[(EX.llm, SKOS.prefLabel, Literal("large language model", lang="en"))],
            add=[(EX.llm, SKOS.inScheme, EX.drafts)],
        ),
        "ConceptLabels",
        None,
    ),
    "discovered-concept-without-label": (
        change(
            remove=[(EX.llm, SKOS.prefLabel, None)],
            add=[(EX.llm, SKOS.inScheme, URIRef(DISCOVERED_SCHEME))],
        ),
        "ConceptLabels",
        None,
    ),
    "measure-without-english-label": (
        change(remove=[(EX["market-size"], SKOS.prefLabel, Literal("market size", lang="en"))]),
        "prefLabel-en",
        SKOS.prefLabel,
    ),
    "concept-without-scheme": (
        change(remove=[(EX.llm, SKOS.inScheme, None)]),
        "inScheme-required",
        SKOS.inScheme,
    ),
    "use-case-broader-than-segment": (
        change(add=[(EX["drug-discovery"], SKOS.broader, EX["ai-drug-discovery"])]),
        "UseCase-broader",
        SKOS.broader,
    ),
    "bad-sha256": (
        change(
            remove=[(EX["report-000"], MA.sha256, None)],
            add=[(EX["report-000"], MA.sha256, Literal("ABC"))],
        ),
        "sha256",
        MA.sha256,
    ),
    "bad-slug": (
        change(
            remove=[(EX.nvidia, MA.slug, None)],
            add=[(EX.nvidia, MA.slug, Literal("NVIDIA Corp"))],
        ),
        "slug",
        MA.slug,
    ),
    "source-document-without-file-name": (
        change(remove=[(EX["report-000"], MA.fileName, None)]),
        "SourceDocument-fileName",
        MA.fileName,
    ),
}


def shacl_results(report: Graph) -> list[dict[str, object]]:
    rows = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        rows.append(
            {
                "shape": report.value(result, SH.sourceShape),
                "path": report.value(result, SH.resultPath),
                "focus": report.value(result, SH.focusNode),
                "message": list(report.objects(result, SH.resultMessage)),
            }
        )
    return rows


def validate(data: Graph, shapes: Graph, ontology: Graph, inference: str) -> list[dict]:
    conforms, report, _text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference=inference
    )
    rows = shacl_results(report)
    assert conforms == (not rows)
    return rows


def valid_graph() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_valid_graph_conforms(shapes: Graph, ontology: Graph, inference: str) -> None:
    rows = validate(valid_graph(), shapes, ontology, inference)
    assert rows == []


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_a_concept_found_in_a_report_may_have_one_language(
    shapes: Graph, ontology: Graph, inference: str
) -> None:
    """A use case the vocabulary lacks is filed in the scheme of discovered concepts with the
    one name the report gives it; the vocabulary's own concepts still need both languages."""
    data = valid_graph()
    data.remove((EX.llm, SKOS.prefLabel, Literal("large language model", lang="en")))
    data.remove((EX.llm, SKOS.inScheme, None))
    data.add((EX.llm, SKOS.inScheme, URIRef(DISCOVERED_SCHEME)))
    assert validate(data, shapes, ontology, inference) == []


@pytest.mark.parametrize("inference", ["rdfs", "none"])
@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_graph_is_rejected(
    shapes: Graph, ontology: Graph, case: str, inference: str
) -> None:
    mutate, shape, path = BROKEN[case]
    data = valid_graph()
    mutate(data)
    rows = validate(data, shapes, ontology, inference)
    assert rows, f"{case} was accepted"
    hits = [r for r in rows if r["shape"] == SHAPES[shape] and r["path"] == path]
    assert hits, f"{case}: expected mash:{shape} on {path}, got {rows}"
    for hit in hits:
        assert any(m.language == "en" and len(m) > 20 for m in hit["message"]), hit


def test_shapes_are_valid_shacl(shapes: Graph, ontology: Graph) -> None:
    """pyshacl checks the shapes graph itself against SHACL-SHACL (meta_shacl)."""
    conforms, _report, text = pyshacl.validate(
        valid_graph(), shacl_graph=shapes, ont_graph=ontology, meta_shacl=True
    )
    assert conforms, text


def test_every_class_has_a_node_shape(shapes: Graph) -> None:
    targeted = set(shapes.objects(None, SH.targetClass))
    for name, kind in CONTRACT:
        if kind == OWL.Class:
            shape = SHAPES[f"{name}Shape"]
            assert (shape, RDF.type, SH.NodeShape) in shapes, name
            assert (shape, SH.targetClass, MA[name]) in shapes, name
    assert targeted == {MA[name] for name in CLASSES}


def test_every_property_has_a_value_shape(shapes: Graph) -> None:
    for name, kind in CONTRACT:
        if kind != OWL.Class:
            shape = SHAPES[name]
            assert (shape, SH.targetSubjectsOf, MA[name]) in shapes, name
            assert (shape, SH.path, MA[name]) in shapes, name


def test_shapes_only_use_ontology_terms(shapes: Graph, ontology: Graph) -> None:
    terms = ma_terms(ontology)
    for s, p, o in shapes:
        for t in (s, p, o):
            if isinstance(t, URIRef) and str(t).startswith(MA_NS):
                assert str(t)[len(MA_NS) :] in terms, t
    for p in (SH.targetClass, SH["class"]):
        for o in shapes.objects(None, p):
            assert terms.get(str(o)[len(MA_NS) :]) == {OWL.Class}, o


def test_every_referenced_shape_is_defined(shapes: Graph) -> None:
    for p in (SH.property, SH.node):
        for o in shapes.objects(None, p):
            if isinstance(o, URIRef):
                kinds = set(shapes.objects(o, RDF.type))
                assert kinds & {SH.NodeShape, SH.PropertyShape}, o


def test_every_message_is_english(shapes: Graph) -> None:
    messages = list(shapes.objects(None, SH.message))
    assert len(messages) > 50
    assert all(isinstance(m, Literal) and m.language == "en" for m in messages)
    # every named shape with a constraint explains itself
    for shape in set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(
        shapes.subjects(SH.targetClass, None)
    ):
        assert shapes.value(shape, SH.message) is not None, shape


def test_vocabularies_conform(shapes: Graph, ontology: Graph) -> None:
    """The SKOS concept schemes in ontology/vocab/ satisfy the concept shapes."""
    files = sorted(VOCAB_DIR.glob("*.ttl"))
    if not files:
        pytest.skip("no vocabulary files yet")
    data = Graph()
    for f in files:
        data.parse(f, format="turtle")
    conforms, _report, text = pyshacl.validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="rdfs"
    )
    assert conforms, text[:5000]


def test_datatypes_in_shapes_are_xsd(shapes: Graph) -> None:
    allowed = {XSD.decimal, XSD.integer, XSD.string, XSD.date, XSD.gYearMonth, XSD.gYear}
    allowed.add(XSD.boolean)
    allowed.add(RDF.langString)
    for o in shapes.objects(None, SH.datatype):
        assert o in allowed, o

"""English names typed by the role the sentence gives them.

An offering is put to use ("went live with X", "to implement X"), made by someone ("X, made
by Y", "X, a product of Y") or comes from its maker ("X from Y"); a company makes, owns,
signs and supplies ("Y's triage tool", "Y's chief executive", "a contract with Y", "chose Y
as its vendor"); hospitals are the sites where something is used ("used at A, B and C").
People, places, months, departments and heading words take no such role.

Every sentence and name here is invented for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.entities import discover_entities
from medatlas.loaders.readers.text import read_text


def _classes(text: str) -> dict[str, str]:
    """Each discovered name with its class."""
    doc = read_text(Path("a.txt"), text.encode())
    return {m.text: m.cls for m in discover_entities(doc, [])}


# ---------------------------------------------------------------- companies by their role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Tarrow Hospital went live with Velmora Health's sepsis alert tool last spring.",
            "Velmora Health",
        ),
        (
            "The trust signed a contract with Velmora Health to implement its triage service.",
            "Velmora Health",
        ),
        ("GlintRead, made by Quenby Radiology, reads chest X-rays overnight.", "Quenby Radiology"),
        (
            "Nurses at Tarrow Hospital use HeartLoop from Pulsevane to spot arrhythmias.",
            "Pulsevane",
        ),
        ("In June, Tarrow Hospital licensed PathRiver from Mordex.", "Mordex"),
        ("Mordex's chief executive said demand had doubled.", "Mordex"),
        ("Mordex, headquartered in Austin, sells its software to clinics.", "Mordex"),
        ("Tessavel, which makes triage software, was bought last year.", "Tessavel"),
        ("The radiology team worked with Brightvale to test the tool.", "Brightvale"),
        ("Alder Clinic chose Brightvale as its AI vendor after a tender.", "Brightvale"),
        ("SortIQ, a product of Cedarwick Labs, sorts emergency referrals.", "Cedarwick Labs"),
    ],
)
def test_company_by_role(text: str, name: str) -> None:
    assert _classes(text).get(name) == "Company"


# ---------------------------------------------------------------- offerings by their role


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("GlintRead, made by Quenby Radiology, reads chest X-rays overnight.", "GlintRead"),
        ("SortIQ, a product of Cedarwick Labs, sorts emergency referrals.", "SortIQ"),
        (
            "Nurses at Tarrow Hospital use HeartLoop from Pulsevane to spot arrhythmias.",
            "HeartLoop",
        ),
        ("Brookfell Medical Center selected GlintRead for chest X-ray triage.", "GlintRead"),
        (
            "The trust signed a contract with Velmora Health to implement SepsiGuard on its wards.",
            "SepsiGuard",
        ),
        ("Kestrow Health deployed NoteBridge in its primary care network.", "NoteBridge"),
        ("In June, Tarrow Hospital licensed PathRiver from Mordex.", "PathRiver"),
        ("The clinic rolled out Scribe Pro from Lumova across 14 sites last year.", "Scribe Pro"),
        ("Hospitals using Nova 2 saw shorter reading times.", "Nova 2"),
        (
            "Halcyne Vision, a Seattle-based startup, makes RetinaSure for eye clinics.",
            "RetinaSure",
        ),
        ("The health system piloted two tools: ScanSort and Vitalane.", "Vitalane"),
        ("The trust chose to implement SentroVue across its wards.", "SentroVue"),
        ("Velmora Health's sepsis alert tool, SepsiGuard, went live in March.", "SepsiGuard"),
    ],
)
def test_offering_by_role(text: str, name: str) -> None:
    assert _classes(text).get(name) == "Product"


def test_offering_typed_the_same_where_the_sentence_says_less() -> None:
    text = (
        "Kestrow Health deployed NoteBridge in its primary care network. "
        "NoteBridge cut charting time. Staff said NoteBridge saved an hour a day."
    )
    assert _classes(text)["NoteBridge"] == "Product"


def test_maker_with_company_evidence_stays_a_company() -> None:
    text = (
        "Hospitals using Pellvane report faster reads. "
        "Pellvane raised $30 million last year. Pellvane hired 40 engineers."
    )
    assert _classes(text).get("Pellvane") == "Company"


# ---------------------------------------------------------------- sites of use


def test_sites_in_a_list_are_hospitals() -> None:
    text = "Lumova Scribe is used at Ashcombe Clinic, Bellmoor Hospital and Carrowby Health."
    found = _classes(text)
    assert found.get("Carrowby Health") == "Hospital"
    assert found.get("Bellmoor Hospital") == "Hospital"


# ---------------------------------------------------------------- what must not fire


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "The tool was developed by Jane Porter, a radiologist at Elmcote Hospital.",
            "Jane Porter",
        ),
        ("Patients from Boston and Denver took part in the trial.", "Boston"),
        ("The Radiology team at Elmcote Hospital used the tool for a year.", "Radiology"),
        ("In March the trust deployed the tool across its wards.", "March"),
        ("Nurses worked with Tom Becker to design the workflow.", "Tom Becker"),
        ("Today's tool market is crowded.", "Today"),
        ("The study, led by Dr. Amy Chen of Elmcote Hospital, ended in May.", "Dr."),
        ("The Veterans network uses FHIR to exchange records.", "FHIR"),
        ("The agency adopted its Reflection paper after a consultation.", "Reflection"),
        ("Many hospitals rely on Dictara for dictation.", "Dictara"),
        ("The study used Python and PyTorch from the start.", "Python"),
        ("We deployed Dashboards across Finance and Operations.", "Dashboards"),
        ("The team implemented Scrum across its clinics.", "Scrum"),
    ],
)
def test_no_name_from_role_words(text: str, absent: str) -> None:
    assert _classes(text).get(absent) in (None, "Region", "UseCase", "Technology", "Segment")


def test_an_owner_of_a_payment_model_is_no_maker() -> None:
    assert _classes("Medicore's new payment model starts in 2026.").get("Medicore") is None


def test_partners_listed_after_a_tool_are_not_offerings() -> None:
    text = "The tool is used by 11 partners, including Marsden Biologics and Veltro."
    assert _classes(text).get("Veltro") != "Product"


def test_a_short_company_name_is_filed_under_the_full_one() -> None:
    text = (
        "Prepared by Qorvane Bio. Halden signed a deal to use Synthova. "
        "Qorvane's chief executive said more partners would follow."
    )
    doc = read_text(Path("a.txt"), text.encode())
    names = {m.text: m.name for m in discover_entities(doc, []) if m.text == "Qorvane"}
    assert names == {"Qorvane": "Qorvane Bio"}


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Westcombe Hospital's new model predicts sepsis.", "Westcombe Hospital", "Hospital"),
        (
            "Alder Health selected Corvane Labs as its technology partner.",
            "Corvane Labs",
            "Company",
        ),
        ("The board signed a deal with Harwick Partners in June.", "Harwick Partners", "Company"),
    ],
)
def test_head_word_still_decides(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == cls


def test_every_subject_of_among_takes_its_class() -> None:
    found = _classes("Sutmere Vale and Mercy Hollin are among the first health systems to use it.")
    assert found.get("Sutmere Vale") == "Hospital"
    assert found.get("Mercy Hollin") == "Hospital"


def test_among_the_best_says_no_class() -> None:
    assert _classes("The Mercy Hollin team is among the best.").get("Mercy Hollin") is None


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Pulvane today announced a partnership with a regional insurer.", "Pulvane", "Company"),
        ("Ardenna has launched a new version of its triage app.", "Ardenna", "Company"),
        ("Brightmere's Tidewell app has 2 million users.", "Brightmere", "Company"),
        (
            "Jane Doe, co-founder of Brightmere, said the company would grow.",
            "Brightmere",
            "Company",
        ),
        ("Patients can download TideWel from the app store.", "TideWel", "Product"),
    ],
)
def test_more_roles(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == cls


def test_an_exchange_in_a_ticker_bracket_is_no_name_of_its_own() -> None:
    found = _classes("Veltraxa (Bourse: VLTX) reported revenue of $40 million.")
    assert "Bourse" not in found


def test_a_possessive_in_a_list_names_no_kind() -> None:
    found = _classes("Fennax competes with Dictrova, Nuvance's DAX Helper and Abrova.")
    assert found.get("Dictrova") != "Product"


def test_a_health_system_listed_as_a_customer_is_a_hospital() -> None:
    text = "It counts 30 health systems as customers, including Wexmoor Health."
    assert _classes(text).get("Wexmoor Health") == "Hospital"


def test_a_vendor_listed_with_a_health_word_stays_a_company() -> None:
    text = "Vendors including Pallavo Health and Ruvon were evaluated."
    assert _classes(text).get("Pallavo Health") == "Company"


def test_a_site_that_is_live_with_an_offering_is_not_the_offering() -> None:
    found = _classes("Last week Pinmoor is now live with Brisova across all wards.")
    assert found.get("Pinmoor") != "Product"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The hospital upgraded to Scribe Pro in May.", "Scribe Pro", "Product"),
        ("Lakemoor Clinic piloted an assistant built on Halvern 7B.", "Halvern 7B", "AIModel"),
        ("The scribe runs on Halvern 7B from Orrow Labs.", "Halvern 7B", "AIModel"),
        ("Kestrow's RadAssist and Orrow's ChestView were compared.", "RadAssist", "Product"),
        ("Using Lumova Scribe, clinicians cut note time by half.", "Lumova Scribe", "Product"),
    ],
)
def test_versions_owners_and_openings(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == cls


def test_an_opening_participle_is_not_part_of_the_name() -> None:
    assert "Using Lumova Scribe" not in _classes("Using Lumova Scribe, clinicians cut time.")


def test_an_investor_after_a_possessive_stays_a_company() -> None:
    text = "Orvanta closed a round led by Kestrow Ventures, with Macrosoft's Q12 participating."
    assert _classes(text).get("Q12") == "Company"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        (
            "Key players in the market include Aidrona, Brevant Health and Cintova.",
            "Cintova",
            "Company",
        ),
        (
            "Notable startups: Aidrona (US), Brevant (UK) and Cintova (Germany).",
            "Brevant",
            "Company",
        ),
        ("Leading vendors are Aidrona, Brevant and Cintova.", "Aidrona", "Company"),
        (
            "Products such as NoteWisp, ScanPilo and Triagora have gained traction.",
            "Triagora",
            "Product",
        ),
    ],
)
def test_names_in_lists_after_their_kind(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == cls


def test_a_kind_noun_then_a_verb_lists_nothing() -> None:
    assert _classes("Hospitals are increasingly using Tempova.").get("Tempova") is None


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        (
            "Larkmoor Health will roll out Echo Notes across its 14 hospitals.",
            "Larkmoor Health",
            "Hospital",
        ),
        (
            "Larkmoor Health will roll out Echo Notes across its 14 hospitals.",
            "Echo Notes",
            "Product",
        ),
        ("Ardwell Health began using PathSighta in its labs.", "Ardwell Health", "Hospital"),
    ],
)
def test_a_provider_deploys_at_its_own_sites(text: str, name: str, cls: str) -> None:
    assert _classes(text).get(name) == cls


def test_a_vendor_deploying_at_customers_is_no_hospital() -> None:
    found = _classes("Tessarow Health deployed its own model to 40 customers.")
    assert found.get("Tessarow Health") != "Hospital"


def test_an_ordinary_word_in_capitals_defined_by_an_apposition_is_a_name() -> None:
    text = "Staying hale matters. The firm plans to train HALE, its clinical foundation model."
    found = _classes(text)
    assert found.get("HALE") == "AIModel"


@pytest.mark.parametrize("text", ["PATIENT CARE, THE NEXT FRONTIER", "We need MORE, not less."])
def test_capitals_without_an_apposition_name_nothing(text: str) -> None:
    assert not any(name.isupper() for name in _classes(text))


def test_what_is_trained_is_a_model() -> None:
    found = _classes("The summary covers RetiNova-3. RetiNova-3 was trained on 120,000 photos.")
    assert found.get("RetiNova-3") == "AIModel"


def test_a_hospital_trained_on_a_system_stays_a_hospital() -> None:
    found = _classes("Harlowe Hospital was trained on the new system.")
    assert found.get("Harlowe Hospital") == "Hospital"


def test_a_specialty_is_no_school() -> None:
    found = _classes("She trained in Emergency Medicine at Harlowe Hospital.")
    assert "Emergency Medicine" not in found
    assert _classes("Pennford Medicine joined the network.").get("Pennford Medicine") == (
        "University"
    )


def test_an_edition_of_an_offering_takes_its_class() -> None:
    text = (
        "Varnexa sells VarnScope, an imaging triage suite, to 900 hospitals. "
        "Management expects VarnScope Neuro to launch next year."
    )
    assert _classes(text).get("VarnScope Neuro") == "Product"


def test_made_by_the_people_of_a_maker() -> None:
    text = "SepsiCheck, built by the data science team at Harlane Health, went live in June."
    assert _classes(text).get("SepsiCheck") == "Product"


def test_made_by_researchers_then_called_the_model() -> None:
    text = (
        "CardioMesh-5, developed by researchers at Elmcourt University, reads ECG traces. "
        "The model was validated at two hospitals."
    )
    assert _classes(text).get("CardioMesh-5") == "AIModel"

"""What the words around an English name say about it (or that it is no name at all).

Cues before or after a capitalised phrase that :mod:`.entity_en` weighs: a data set is what a
model is trained, tested or scored on; a company is what is founded, owned, or supplies; a
report's byline names its publisher; a person is named after a job; a page's links and
buttons, a heading set in capitals, section and sector labels, quarter codes and compound
codes are no names. The role a sentence gives a name: an offering is put to use ("went live
with X", "to implement X"), made by someone ("X, made by Y", "X, a product of Y") or comes
from its maker ("X from Y"); a company owns offerings and people ("Y's triage tool", "Y's
chief executive"), signs contracts and is chosen as a vendor. Nothing here knows a name.
"""

from __future__ import annotations

import re

from medatlas.loaders.extract.entity_common import word_list

__all__ = [
    "BUSINESS_VERBS",
    "BYLINE_BEFORE",
    "CAPS_FUNCTION_WORDS",
    "CHROME_BEFORE",
    "CHROME_VERBS",
    "COMPANY_AFTER",
    "COMPANY_POSSESSIVE_AFTER",
    "CONTRACT_BEFORE",
    "DEPLOYER_AFTER",
    "DEPLOY_BEFORE",
    "EDITION_WORDS",
    "FIELD_WORDS",
    "FOUNDED_AFTER",
    "FOUNDER_OF_BEFORE",
    "GENERIC_NAME_WORDS",
    "JOB_BEFORE",
    "MADE_BY_AFTER",
    "MADE_BY_BEFORE",
    "MAKER_BEFORE",
    "MAKES_BEFORE",
    "MEDICINE_FIELDS",
    "MODEL_CODE",
    "MONTH_NAMES",
    "OFFERING_LIST_BEFORE",
    "OFFERING_NOUNS",
    "OWNER_OF_OFFERING_AFTER",
    "RECORDS_FROM",
    "SCORED_ON",
    "SITE_LIST_BEFORE",
    "STAFF_AFTER",
    "TASK_AFTER",
    "TERM_CODE",
    "TICKER_INSIDE",
    "TRAINED_AFTER",
    "TRAINED_ON",
    "USED_AFTER",
    "USE_BEFORE",
    "VENDOR_AFTER",
    "dataset_cue",
    "is_caps_heading",
    "is_site_chrome",
]

# a model's name with its version or size: "Orca-R1", "Qwen2.5-72B", "Nova-7B-Chat"
MODEL_CODE = re.compile(
    r"^[A-Z][A-Za-z]+\d*(?:\.\d+)?(?:-[A-Za-z0-9.]+)*-(?:[A-Z]?\d+(?:\.\d+)?[BMK]?|[A-Z]\d)\b"
)
# what a business does, said right after a several-word name: "Nuance Communications supplied"
BUSINESS_VERBS = re.compile(
    r"\s+(?:supplied|supplies|provided|provides|develops|developed|builds|built|offers|offered"
    r"|sells|sold|won|wins|joined|joins|expanded|expands|deployed|deploys|integrated|integrates"
    r"|debuted|debuts|rolled out|rolls out|employs|operates|serves|makes|licensed|shipped"
    r"|ships|markets|distributes|distributed|manufactures|manufactured)\s+(?:the|its|a|an|[a-z]+)"
)
MONTH_NAMES = frozenset(
    word_list(
        "January February March April May June July August September October November December"
        " Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
    )
)
# what is said of a company right after its name, or of its maker before it
FOUNDED_AFTER = re.compile(
    r",?\s+(?:which\s+was\s+|was\s+)?(?:founded|co-founded|established|incorporated)"
    r"\s+(?:in|by)\b"
)
MADE_BY_BEFORE = re.compile(
    r"\b(?:agent|agents|tool|tools|platform|software|system|model|product|solution|app|scribe"
    r"|assistant|copilot|technology|device)\s+(?:from|made by|built by|developed by|sold by)"
    r"\s+$|\b(?i:analysts?|researchers?|economists?|strategists?|engineers?|executives?"
    r"|scientists?|consultants?) (?:at|from|with) $"
)
# who wrote or published a report: "Prepared by X", "Published by X"
BYLINE_BEFORE = re.compile(
    r"(?:^|\n|\|\s)\s*(?:Prepared|Compiled|Published|Produced|Written|Commissioned|Edited)"
    r" (?:for |by )\s*$|(?:^|\n)\s*By\s+$"
)
STAFF_AFTER = re.compile(r"\s+(?:staff|editors|newsroom|reporters|editorial team)\b")
# what a data set is named after: "trained on X", "fine-tuned on the open X", "notes from X"
TRAINED_ON = re.compile(
    r"\b(?:trained|pretrained|pre-trained|fine-tuned|finetuned|evaluated|benchmarked|validated"
    r"|tested|scored)\s+(?:on|against)\s+(?:the\s+)?(?:(?:public|open|open-source|publicly"
    r"|available|de-identified|proprietary|held-out|external)\s+){0,2}$"
)
RECORDS_FROM = re.compile(
    r"\b(?:notes|summaries|records|reports|images|scans|slides|studies|text|cases|admissions"
    r"|encounters)\s+(?:drawn\s+|taken\s+)?from\s+(?:the\s+)?$"
)


SCORED_ON = re.compile(
    r"\b(?:scored|scores|scoring|achieved|achieves|reached|reaches|tops|topped)\s+"
    r"(?:an?\s+)?[\d.]+\s?(?:%|percent|points)?\s+(?:[a-z-]+\s+){0,2}on\s+(?:the\s+)?$"
)


# a job or role right before a personal name: "CEO Jane Park", "angel investor Tom Reyes"
JOB_BEFORE = re.compile(
    r"\b(?:CEO|CFO|CTO|COO|CMO|CIO|founder|co-founder|cofounder|chairman|chairwoman|chair"
    r"|president|director|professor|analyst|spokesperson|spokeswoman|spokesman|officer"
    r"|physician|radiologist|surgeon|investor|angel|entrepreneur|executive|researcher"
    r"|scientist|partner|dean)\s+$",
    re.IGNORECASE,
)
# a page's own links and buttons: "Sign Up for Our Newsletter", "Share on LinkedIn"
CHROME_VERBS = frozenset(
    word_list(
        "Sign Subscribe Share Download Follow Click Read Learn Log Register Contact View Watch"
        " Listen Skip Print Email Back Explore Discover Request Book Join"
    )
)
CHROME_BEFORE = re.compile(
    r"\b(?:[Ss]hare|[Ff]ollow us|[Ff]ind us|[Ll]ike us|[Cc]onnect with us|[Jj]oin us)"
    r"\s+(?:on|via)\s+$"
)


# a compound's development code ("TBY-127") or a technique's abbreviation ("CT-FFR")
TERM_CODE = re.compile(r"^[A-Z]{2,5}-(?:\d{3,}|[A-Z]{2,5})$")
# function words that give away a heading set in capitals: "FROM PILOTS TO PAYROLL"
CAPS_FUNCTION_WORDS = frozenset(
    word_list(
        "FOR THE TO IS ARE WHAT WHY HOW FROM WITH A AN YOUR OUR WE IT BEYOND VS AND OF IN ON BY AT"
    )
)
# words that are a sector or a report section together, not a name: "Equity Research"
GENERIC_NAME_WORDS = frozenset(
    word_list(
        "Equity Research Healthcare Technology Health Care Medical Digital Global Market Markets"
        " Industry Sector Analysis Outlook Insights Strategy Services Solutions Life Sciences"
        " Investment Banking Overview Summary Executive Key Findings Trends Landscape Review"
        " Methodology Appendix Introduction Conclusion Background"
    )
)


def is_caps_heading(words: tuple[str, ...]) -> bool:
    return (
        len(words) >= 3
        and all(w.isupper() or not w.isalpha() for w in words)
        and any(w in CAPS_FUNCTION_WORDS for w in words)
    )


def is_site_chrome(words: tuple[str, ...], before: str) -> bool:
    """A link or button of the page around the report, not a name in it."""
    if len(words) > 1 and words[0] in CHROME_VERBS and words[1] in ("Up", "Us", "In", "More"):
        return True
    if len(words) > 1 and words[0] in CHROME_VERBS and any(w in ("Our", "Your") for w in words):
        return True
    if "Your" in words or ("Our" in words and "Lady" not in words):
        return True
    return CHROME_BEFORE.search(before) is not None


def dataset_cue(before: str, words: tuple[str, ...], trailing: str | None) -> bool:
    """ "trained on RadNotes-7", "discharge summaries from MIMIC-IV": the name of a data set.

    *trailing* is the class the noun after the name gives, if any.
    """
    if trailing not in (None, "Dataset"):
        return False  # "trained on NVIDIA H100 GPUs"
    if TRAINED_ON.search(before) or SCORED_ON.search(before):
        return True
    name = " ".join(words)
    coded = bool(re.search(r"[-\d]", name)) or (name.isupper() and len(name) >= 3)
    return bool(RECORDS_FROM.search(before)) and len(words) == 1 and coded


# ---------------------------------------------------------------- roles a sentence gives a name

# kind nouns of an offering, and the class each says ("a product of Y", "Y's triage tool")
OFFERING_NOUNS: dict[str, str] = {
    "product": "Product",
    "tool": "Product",
    "app": "Product",
    "application": "Product",
    "assistant": "Product",
    "copilot": "Product",
    "scribe": "Product",
    "chatbot": "Product",
    "system": "Product",
    "software": "Product",
    "solution": "Product",
    "device": "Product",
    "algorithm": "Product",
    "offering": "Product",
    "suite": "Product",
    "module": "Product",
    "engine": "Product",
    "agent": "Product",
    "detector": "Product",
    "classifier": "Product",
    "platform": "Platform",
    "model": "AIModel",
}
_KIND = "(?:" + "|".join(OFFERING_NOUNS) + ")s?"
_MAKE_VERBS = (
    "made|built|developed|created|designed|sold|marketed|supplied|offered|engineered|co-developed"
)
# the people of a maker before its name: "by the data science team at Y", "by researchers at Y"
_MAKERS_AT = (
    r"\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:team|teams|group|lab|labs"
    r"|researchers|scientists|engineers|clinicians|developers|unit|department|staff)"
    r"\s+(?:at|of|from)"
)
# right after a name, what says it is made by someone: "X, made by Y", "X, a product of Y"
MADE_BY_AFTER = re.compile(
    rf"[*_]{{0,2}},?\s+(?:(?:which|that)\s+(?:is|was)\s+)?(?:(?:{_MAKE_VERBS})\s+by"
    rf"|(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?({_KIND})\s+(?:of|from|by|(?:{_MAKE_VERBS})\s+by))"
    rf"(?:{_MAKERS_AT})?\s+(?:the\s+)?[A-Z]"
)
# right before a name, what says it makes an offering: "made by Y", "a product of Y"
MAKER_BEFORE = re.compile(
    rf"(?:\b(?:{_MAKE_VERBS})\s+by|\b(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:product|offering|brand|{_KIND})\s+(?:of|from))\s+(?:the\s+)?$"
)
_DEPLOY_VERBS = (
    r"deploy(?:s|ed|ing)?|implement(?:s|ed|ing)?|adopt(?:s|ed|ing)?|licen[cs](?:e|es|ed|ing)"
    r"|roll(?:s|ed|ing)?\s+out|(?:went|go|goes|gone|going)\s+live\s+with|pilot(?:s|ed|ing)?"
    r"|trial(?:s|l?ed|l?ing)|install(?:s|ed|ing)?|switch(?:ed|es|ing)?\s+to|download(?:s|ed|ing)?"
    r"|upgrad(?:e|es|ed|ing)\s+to|migrat(?:e|es|ed|ing)\s+to"
)
_OBJECT_LEAD = r"\s+(?:the\s+|its\s+|their\s+|a\s+new\s+)?$"
# verbs of putting an offering in place, right before its name: "went live with X", "to
# implement X" (a company is hired, an offering is deployed)
DEPLOY_BEFORE = re.compile(rf"\b(?:{_DEPLOY_VERBS}){_OBJECT_LEAD}")
# also the verbs that take a company as readily ("use Nuance", "selected Nuance"): only a
# coined name after them ("use CardioSense") is an offering
USE_BEFORE = re.compile(
    rf"\b(?:{_DEPLOY_VERBS}|us(?:e|es|ed|ing)|select(?:s|ed|ing)?|cho(?:se|ose|oses|osing))"
    rf"{_OBJECT_LEAD}"
)
# after a name chosen or used: it is the supplier, not the offering ("chose Y as its vendor")
VENDOR_AFTER = re.compile(
    r"\s+as\s+(?:its|their|the|a|an|our)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:vendor|supplier|partner|provider|contractor|developer|technology partner)s?\b"
)
# a possessive and what only a company has: "Y's chief executive", "Y's investors"
COMPANY_POSSESSIVE_AFTER = re.compile(
    r"['’]s\s+(?:chief\s+executive|chief\s+\w+\s+officer|CEO|CFO|CTO|COO|founders?|co-founders?"
    r"|board|investors|shareholders|valuation|headquarters|shares|stock|revenue|sales|workforce"
    r"|employees|customers|clients)\b"
)
# a possessive, a few ordinary words, then a kind noun: "Y's sepsis alert tool" (Y made it)
# ("Medicare's payment model", "the city's alert system": not every owner of a model or a
# system makes it, so those two nouns are left out)
_MADE_KIND = (
    "(?:product|tool|app|application|assistant|copilot|scribe|chatbot|software|device"
    "|algorithm|platform)s?"
)
OWNER_OF_OFFERING_AFTER = re.compile(
    rf"['’]s\s+(?:(?:new|latest|flagship|own|AI|[A-Za-z][\w-]*)\s+){{0,3}}?{_MADE_KIND}\b"
)
# the other side of a contract or of joint work: "a contract with Y", "worked with Y"
CONTRACT_BEFORE = re.compile(
    r"\b(?:(?:contract|contracts|agreement|deal|pact|memorandum)\s+with"
    r"|signed\s+with|(?:worked|working|works|teamed|teaming)\s+(?:up\s+)?with)"
    r"\s+(?:the\s+)?$"
)
_SITE_ITEM = r"[A-Z][\w.&'’-]*(?:\s(?:of\s|the\s)?[A-Z][\w.&'’-]*){0,4}"
# where an offering is in use, a list of sites: "used at A, B and C", "live across A and B"
SITE_LIST_BEFORE = re.compile(
    r"\b(?:used|deployed|live|installed|in\s+use|rolled\s+out|running|piloted|trialled"
    r"|trialed|implemented)\s+(?:at|across)\s+(?:the\s+)?"
    rf"(?:{_SITE_ITEM}(?:,\s+(?:and\s+)?(?:the\s+)?|\s+and\s+(?:the\s+)?))*$"
)
# a field of medicine: "Quill Radiology" names a firm, "Jane Porter" a person; alone it is a
# department ("the Radiology team"), no name
FIELD_WORDS = frozenset(
    word_list(
        "Radiology Pathology Cardiology Oncology Dermatology Neurology Ophthalmology Urology"
        " Endoscopy Genomics Imaging Diagnostics Dental Dentistry Orthopedics Pediatrics"
        " Psychiatry Nephrology Gastroenterology Hepatology Surgery Sonography Ultrasound"
        " Mammography Cytology Histology Vision Scan Scans Robotics Therapeutics Informatics"
    )
)
# the edition word that ends a product's name: "Scribe Pro", "Lumen Lite" (no surname)
EDITION_WORDS = frozenset(
    word_list("Pro Plus Max Lite Mini Ultra Go Edge Suite Studio Enterprise Express Premium Prime")
)
# a verb of making right before what is made: "Halcyon Vision makes RetinaCheck"
MAKES_BEFORE = re.compile(
    r"\b(?:makes|builds|built|develops|developed|designs|designed|sells|sold|offers|markets"
    r"|marketed|creates|created|co-developed)\s+(?:its\s+|their\s+|the\s+)?$"
)
# what only an offering undergoes, said right after its name: "X is now used at", "X is live"
USED_AFTER = re.compile(
    r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:now\s+|already\s+|also\s+|being\s+|currently\s+|widely\s+){0,2}"
    r"(?:used|deployed|installed|live|in\s+use|piloted|trialled|trialed|rolled\s+out"
    r"|licensed\s+to|available\s+(?:to|at|in|on))\b"
    r"(?!\s+(?:to|with|on|across|at)\b)"  # "is used to", "X is live with Y": X is the site
)
# a task a tool does, said right after its coined name: "RetinaGuard performs diabetic
# retinopathy screening", "LungMark flags suspected embolisms"
TASK_AFTER = re.compile(
    r"\s+(?:now\s+|automatically\s+|also\s+)?(?:performs|detects|flags|screens\s+for|triages"
    r"|segments|quantifies|transcribes|summari[sz]es|drafts)\s+(?:the\s+|a\s+|an\s+)?"
    r"[a-z]"
)
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w.&'’+-]*(?:\s[A-Z0-9][\w.&'’+-]*){0,3}(?:\s?\([^()\n]{1,30}\))?"
# a list of offerings right after their kind noun: "two tools: ScanSort and Vitalink" (not
# "the tool is used by partners, including A and B")
OFFERING_LIST_BEFORE = re.compile(
    rf"\b((?i:{_KIND}))(?:,?\s+(?:such\s+as|including|like|namely)\s+|:\s+)"
    rf"(?:{_LIST_ITEM}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
# what a company does, said in a clause right after its name: "Y, headquartered in Austin,",
# "Y, which makes triage software"
COMPANY_AFTER = re.compile(
    r",\s+(?:(?:which|that)\s+(?:is\s+|was\s+)?)?(?:headquartered|based)\s+in\s+[A-Z]"
    r"|,\s+(?:which|that|who)\s+(?:makes|builds|develops|sells|markets|supplies|raised|employs"
    r"|was\s+(?:founded|spun\s+out|acquired))\b"
)
# what follows an exchange's name in the bracket after a company's: "(Nasdaq: VLTX)"
TICKER_INSIDE = re.compile(r"(?:\s+[A-Za-z]+)?\s*:\s*[A-Z][A-Z0-9.]{0,7}\)")
# a founder of a company, right before its name: "co-founder of Brightmoor"
FOUNDER_OF_BEFORE = re.compile(r"\b(?:co-?founders?|founders?|cofounders?)\s+(?:of|at)\s+$", re.I)
# what a care provider does with an offering at its own sites, said right after its name:
# "X Health will roll out Y across its 14 hospitals", "X is piloting Y in its labs"
DEPLOYER_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|will|is|was|also|now|recently|began|begins|started|starts"
    r"|plans\s+to|is\s+to)\s+){0,2}"
    r"(?:roll(?:ed|ing|s)?\s+out|deploy(?:ed|ing|s)?|implement(?:ed|ing|s)?"
    r"|(?:went|go|goes|gone|going)\s+live\s+with|pilot(?:ed|ing|s)?|adopt(?:ed|ing|s)?"
    r"|us(?:ing|ed|es|e)|install(?:ed|ing|s)?)\b"
    r"[^.;\n]{0,80}?\b(?:to|for|across|in|at|throughout)\s+(?:all\s+(?:of\s+)?)?(?:its|their)\s+"
    r"(?:[\d,]+\s+)?(?:[a-z-]+\s+){0,2}?(?:clinicians|physicians|doctors|nurses|radiologists"
    r"|wards|hospitals|clinics|emergency\s+departments|labs|laboratories|facilities|sites"
    r"|campuses|practices)\b"
)
# what only a model undergoes, said right after its name: "X was trained on", "X is fine-tuned"
TRAINED_AFTER = re.compile(
    r"\s+(?:is|was|were|has\s+been|had\s+been)\s+(?:(?:first|then|also|further|later)\s+)?"
    r"(?:trained|pretrained|pre-trained|fine-tuned|finetuned)\s+(?:on|with|using)\b"
)
# the fields "X Medicine" names when it is a specialty, not an institution ("Penn Medicine")
MEDICINE_FIELDS = frozenset(
    word_list(
        "Emergency Internal Family Nuclear Sports Precision Regenerative Translational"
        " Preventive Preventative Occupational Tropical Veterinary Laboratory Genomic Digital"
        " Critical Intensive Respiratory Pulmonary Reproductive Rehabilitation Palliative"
        " Personalized Personalised Molecular Aerospace Hospital Acute General Clinical"
    )
)

"""What the words around an English name say about it (or that it is no name at all).

Cues before or after a capitalised phrase that :mod:`.entity_en` weighs: a data set is what a
model is trained, tested or scored on; a company is what is founded, owned, or supplies; a
report's byline names its publisher; a person is named after a job; a page's links and
buttons, a heading set in capitals, section and sector labels, quarter codes and compound
codes are no names. Nothing here knows a name.
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
    "FOUNDED_AFTER",
    "GENERIC_NAME_WORDS",
    "JOB_BEFORE",
    "MADE_BY_BEFORE",
    "MODEL_CODE",
    "MONTH_NAMES",
    "RECORDS_FROM",
    "SCORED_ON",
    "STAFF_AFTER",
    "TERM_CODE",
    "TRAINED_ON",
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
    word_list("FOR THE TO IS ARE WHAT WHY HOW FROM WITH A AN YOUR OUR WE IT BEYOND VS")
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

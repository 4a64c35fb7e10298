"""English (and Latin-script) names: capitalised phrases, CamelCase words, model versions.

A run of capitalised words (with "of", "for", "&" between them) is a name candidate; what it
is comes from its head word (Inc, Health, Hospital, University, Agency, Act, Report, Platform,
Copilot, Model...), from the model families its words belong to (GPT, Llama, Qwen...), from a
noun right after it ("the UNI model") or in apposition ("Owkin, the Paris-based biotech"),
and from the role the sentence gives it: an offering is put to use, made by someone or comes
from its maker ("went live with X", "X, made by Y", "X from Y"); a company owns offerings and
staff, signs contracts and is chosen as a vendor ("Y's triage tool", "a contract with Y"); a
list of sites where something is used names hospitals ("used at A, B and C").
Sentence-initial words and ordinary English words (a stop list, plus words the same document
also writes in lower case) are not names by themselves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from medatlas.loaders.extract.entity_common import Candidate, is_cjk, word_list
from medatlas.loaders.extract.entity_en_context import (
    BUSINESS_VERBS,
    BYLINE_BEFORE,
    COMPANY_AFTER,
    COMPANY_POSSESSIVE_AFTER,
    CONTRACT_BEFORE,
    DEPLOY_BEFORE,
    DEPLOYER_AFTER,
    EDITION_WORDS,
    FIELD_WORDS,
    FOUNDED_AFTER,
    FOUNDER_OF_BEFORE,
    GENERIC_NAME_WORDS,
    JOB_BEFORE,
    MADE_BY_AFTER,
    MADE_BY_BEFORE,
    MAKER_BEFORE,
    MAKES_BEFORE,
    MEDICINE_FIELDS,
    MODEL_CODE,
    MONTH_NAMES,
    OFFERING_LIST_BEFORE,
    OFFERING_NOUNS,
    OWNER_OF_OFFERING_AFTER,
    SITE_LIST_BEFORE,
    STAFF_AFTER,
    TASK_AFTER,
    TERM_CODE,
    TICKER_INSIDE,
    TRAINED_AFTER,
    USE_BEFORE,
    USED_AFTER,
    VENDOR_AFTER,
    dataset_cue,
    is_caps_heading,
    is_site_chrome,
)
from medatlas.loaders.extract.entity_lexicon import (
    EN_CONNECTORS,
    EN_HEAD_CLASSES,
    EN_STOP_WORDS,
    EN_TRAILING_CUES,
    EN_TYPE_NOUNS,
    GENE_SYMBOL,
    MEDICAL_ACRONYMS,
    MODEL_FAMILIES,
)
from medatlas.loaders.extract.entity_zh import tokenize

__all__ = ["Phrase", "classify_phrase", "english_candidates", "phrases", "short_form"]

# a word: letters, digits, inner dots ("Viz.ai"), inner hyphens before a capital or digit
# ("Med-PaLM", "GPT-4o"; "Paris-based" stops at the hyphen), no possessive "'s"
_WORD = re.compile(
    r"[A-Za-z0-9À-ÖØ-öø-ÿ](?:[A-Za-z0-9À-ÖØ-öø-ÿ&+]|[._](?=[A-Za-z0-9])|-(?=[A-Z0-9])"
    r"|['’](?=[a-rt-z])|(?<=(?<![A-Za-z0-9])[A-Z])-(?=[a-z]))*\+*"  # "X-ray" is one word
)  # accented letters belong to words: "Nestlé Health Science", "Zürich"
_MONEY = frozenset(word_list("USD EUR GBP RMB CNY JPY HKD US"))  # "for USD 1.2 billion"
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_AFTER_PREPOSITION = re.compile(r"(?:^|\s)(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring|[Uu]ntil)\s$")
_LEADING_WORDS = frozenset(
    word_list(
        "at in on by for with from to as after"
        " before since during under according via"
        " per about across into through while when"
        " if using deploying adopting implementing including featuring leveraging"
    )
)
# tokens that look like names but are not: TOP5, Q3, FY2024, 5G, plural acronyms (LLMs, VLMs)
_NOT_NAME = re.compile(
    r"^(?:TOP\d+|Top\d+|[QH]\d|FY\d+|\d+[A-Z]|[A-Z]{2,6}s|COVID-19|X-ray|[A-Z]-[a-z]+"
    r"|[1-4][QH]\d{2}(?:\d{2})?[EA]?|[QH][1-4]\d{2}(?:\d{2})?|FY\d{2}(?:\d{2})?[EA]?"  # 2Q24, FY25E
    r"|IND|NDA|sNDA|BLA|ANDA|PMA|IDE|EUA|IPO|SPAC|[SF]-1|10-[KQ]|8-K|20-F"  # filings
    r"|[Vv]\d+(?:\.\d+)*"  # "V3.0" after a Chinese product name: its version
    r"|[A-Z]{1,6}(?:-[A-Z]{1,6})*(?:-\d+){2,}"  # "ACZB-2025-0417", "AB-ICB-2025-17": a file number
    r"|[A-Z]{1,6}(?:-[A-Z]{1,6})*-(?:19|20)\d\d\d*)$"
)
_SOFT_HEADS = frozenset(
    word_list("AI Health Healthcare Insights Intelligence Research Sciences Medical Care Labs")
)
_ADJECTIVAL = re.compile(r"(?:ic|al|ive|ed|ing|ous|ary|ful|less|ent|ant|ern|ian)$")
_ABBREV_DOT = frozenset({"Inc", "Co", "Corp", "Ltd", "Jr", "Sr", "St", "Dr"})
_SENTENCE_END = re.compile(r"(?:[.!?。！？：:；;]\s*|^\s*|\n\s*)[“\"‘]?$")
_FAMILY = re.compile(
    r"(?:^|[-\s_])(?:" + "|".join(re.escape(f) for f in MODEL_FAMILIES) + r")(?=$|[-\s\d._])"
    r"|GPT|LLM|BERT",
)
# what a trailing "AI" can describe: "X AI病理诊断产品" (not "X AI推出的模型", "X AI总部位于")
_OFFERING_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(?:产品|系统|平台|模型|软件|解决方案|方案|工具|引擎|算法|助手|设备)"
)
_GOVERNS_FLAGS = ("v", "p", "c", "u", "d", "r")


def _describes_next(text: str, pos: int) -> bool:
    """The Chinese after a name's trailing "AI" is what the AI describes, not a verb of it."""
    described = _OFFERING_AFTER.match(text, pos)
    if described is None or "的" in described.group():
        return False
    words = tokenize(described.group())
    return bool(words) and words[0].flag not in _GOVERNS_FLAGS


_MASKED_NUMBER = re.compile(r"^[\d\-+() ]*\d[xX*]{2,}$")
_MEASURE_AFTER = re.compile(r"[\s-](?:score|scores|metric)\b", re.IGNORECASE)
_VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[A-Za-z]{0,2}|[IVX]{1,4})$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_OFFERING = ("Platform", "Product", "AIModel", "Dataset")
_ORG_ACTIONS = re.compile(
    r"^[*_]{0,2}(?:\s+\([A-Z][A-Za-z .,'-]{1,30}\))?"  # "**X** (Boston) makes": a seat between
    r"\s+(?:(?:today|also|recently|yesterday|now|officially|formally|has|have|had)\s+){0,2}"
    r"(?:raised|raises|acquired|acquires|announced|announces|launched|launches|released|"
    r"makes|sells|develops|holds|leads|offers|supplies|dominates|"
    r"picked up|closed|closes|landed|lands|bagged|nabbed|scored|"
    r"releases|signed|signs|partnered|partners|invested|invests|hired|reported|reports|"
    r"unveiled|unveils|introduced|introduces|plans|completed|completes|secured|secures|"
    r"is using|has opened|opened|filed|files|licensed|licenses|received|receives|"
    r"maintains|published|publishes|says|said|agreed to acquire|agreed to buy"
    r"|will acquire|is acquiring|bought|buys|merged|spun off)\b(?!\s+by\b)"
    r"(?<!plans(?!\s+to\b))"  # "Medicare Advantage plans grew": the noun, not "plans to"
    r"(?!\s+(?:rose|fell|grew|increased|decreased|declined|were|are|was|is|have|had)\b)"
)
# words that end a noun phrase after a name ("CardioSense, a model that reads...")
_PHRASE_STOPS = frozenset(
    word_list(
        "that which who is are was were has have had will can to for of in on at by with"
        " and or from as be its the"
    )
)
_ZH_LEADING = re.compile(r"(大模型|大语言模型|模型|平台|系统|产品|软件|助手|数据集|数据库)\s?$")
# launched, or taken up by a site (礼恒制药医学部引入MedWriter): what is launched or adopted is made
_ZH_LAUNCHED = re.compile(
    r"(?:推出|发布|研发|开发|上线|引入|部署|启用|试用|采购)了?(?:新一代|新版|自研的?)?\s?$"
)
# what a firm makes or grows with its money, named right after: "maker of the X", "a round
# to scale X"
_MADE_OR_SCALED = re.compile(
    r"(?:\b(?:maker|developer|creator|manufacturer)s? of|\bto (?:scale|commerciali[sz]e|roll out))"
    r"\s+(?:its\s+|the\s+)?$"
)
# a Chinese clause right after a Latin name that says who made it: X由Y公司开发
_ZH_MADE_BY = re.compile(
    r"[”\"」]?\s?由[^，,。；;\n]{2,30}?(?:联合|共同|自主)?(?:开发|研发|打造|推出|研制|构建|搭建)"
)
# what only a firm does, said in Chinese right after its Latin name: Omnicell旗下的…,
# Omnicell于2024年收购了…, Acme宣布完成…
_ZH_FIRM_AFTER = re.compile(
    r"\s?(?:旗下|的子公司|(?:于\d{4}年\d{0,2}月?)?(?:收购了?|并购了?|宣布(?:完成|收购|获得)|完成了?"
    r"[^，,。；;\n]{0,12}?融资|获得了?[^，,。；;\n]{0,12}?融资))"
)
# a Chinese firm's name and 的 right before a Latin name: 云鲸医疗的WeanNet is the firm's
_ZH_FIRM_OWNS = re.compile(
    r"[\u4e00-\u9fff]{2}(?:科技|医疗|智能|健康|公司|集团|智医|数科|生物|医药|信息)的\s?$"
)
_PLATFORM_WORD = re.compile(r"(?:Cloud|Hub|Link|OS|Platform|Base)$")
_ZH_LEADING_CLASSES = {
    "大模型": "AIModel",
    "大语言模型": "AIModel",
    "模型": "AIModel",
    "平台": "Platform",
    "数据集": "Dataset",
    "数据库": "Dataset",
}
_INVESTOR_BEFORE = re.compile(
    r"(?:\b(?:co-led|led|backed|joined|funded|financed|acquired|owned|bought) by"
    r"|\b(?:a\s+)?(?:subsidiary|unit|division|spin-?off|spinout) of"
    r"|\bparticipation (?:from|by)|\binvestors? (?:including|such as|like))\s+(?:the\s+)?$"
)
_INVESTOR_AFTER = re.compile(
    r"^(?:\s+and\s+[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})?\s+(?:also\s+)?"
    r"(?:participated|co-invested|invested|(?:co-)?led|joined)"
    r"(?:\s+(?:the|this|its)\s+(?:[\w+-]+\s+){0,2}(?:round|raise|financing))?\b(?!\s+by\b)"
)
# the other side of a deal: "a partnership with X", "acquired X", "an investment in X"
_DEAL_BEFORE = re.compile(
    r"\b(?:(?:partnership|partnered|partnering|partners|collaboration|collaborating|alliance"
    r"|teamed up|joint venture|merger|merged|merges|co-developed|co-development|developed jointly"
    r"|jointly developed|built together) with"
    r"|\b(?:sponsor|customer|client|partner|backer|acquirer|buyer|licensee|licensor)"
    r" (?:is|was|remains)"
    r"|(?:acquired|acquires|acquire|acquiring|bought|buys|buying|acquisition of|takeover of"
    r"|invested in|invests in|investment in|stake in))\s+(?:the\s+)?$"
)
_ORG_NOUN_BEFORE = re.compile(
    r"\b(?:start-?ups?|company|firm|developer|maker|vendor|chipmaker|drugmaker|insurer"
    r"|spin-?off|spin-?out|subsidiary)\s+$"
)
# institution heads a possessive joins to its name: "Children's Hospital", "Women's Health"
_POSSESSIVE_HEADS = frozenset(
    word_list("Hospital Hospitals Health Healthcare Medical Clinic College Center Centre Cancer")
)
_HEADING = re.compile(r"(?:^|\n)[ \t]*#{1,6}[ \t]*$")
# heads a title goes on after with "on": "Guidance on Change Control Plans"
_ON_HEADS = frozenset(
    word_list(
        "Guidance Guidelines Guideline Regulation Recommendations Consultation Report Paper"
        " Order Decree Directive"
    )
)
# one word that, after "the", refers back to a body the text named in full
_BACK_REFERENCES = frozenset(
    word_list(
        "Authority Agency Ministry Commission Company Board Department Council Committee"
        " Bureau Administration Regulator Government Group Institute Hospital University"
    )
)
_CLAUSE_GOES_ON = frozenset(
    word_list("after before during via through into over under since until last this earlier")
)
_ORG_SHAPE = re.compile(r"^[A-Z][\w.&'-]*(?: [A-Z][\w.&'-]*){0,3}$")
_BACKED_AFTER = re.compile(r"-(?:backed|funded|financed)\s+[A-Z]")
_JOINING_AFTER = re.compile(r"^\s+(?:also\s+)?(?:joining|participating|co-investing)\b")
# job titles before "of" and the organisation: "Chief Medical Officer of X", "CEO of X"
_JOB_HEADS = frozenset(
    word_list(
        "CEO CFO CTO COO CMO CIO CSO CMIO CNO Chief Officer President Director Head Founder"
        " Co-founder Cofounder Chair Chairman Chairwoman Chairperson Dean Professor Partner VP SVP"
        " EVP Manager Lead Secretary Commissioner Administrator Fellow"
    )
)
_JOB_WORDS = _JOB_HEADS | frozenset(
    word_list(
        "Medical Executive Operating Technology Technical Financial Information Scientific"
        " Science Nursing Digital Innovation Clinical Data AI Product Commercial Strategy"
        " Vice Senior Managing General Principal Global Deputy Associate Assistant Research"
        " Health Informatics Board and &"
    )
)
_FUND_INVESTOR = re.compile(
    r"(?:\binvestors?|\bfrom|\bby|\bbacker|\bwith)\s+(?:the\s+)?$|\b(?:led|backed) by\s+$"
)
# where an offering runs or is offered: "hosted on X", "available on X"
_PLATFORM_BEFORE = re.compile(
    r"\b(?:hosted|available|offered|runs|running|deployed|built|served|listed|published)"
    r"(?:\s+[a-z]+){0,4}\s+(?:on|via|through)\s+$"
)
# a possessive, a few ordinary words, then a model's name: "Meta's open Llama 3.1"
_OWNER_OF_MODEL = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}([A-Z][\w.-]*)")
_NUMBERED_NOUNS = frozenset(
    word_list(
        "Phase Stage Tier Level Grade Class Type Part Section Chapter Table Figure Fig Round"
        " Series Wave Year Week Day Step Article Annex Appendix Exhibit Item Cohort Arm Version"
    )
)
_GRADES = frozenset(word_list("Class Type Tier Level Grade Phase Stage"))
# what numbers a part or a class: "1", "3b", "IIa", "IV"
_PART_MARK = re.compile(r"^(?:v?\d+(?:\.\d+)*[A-Za-z]{0,2}|[IVX]{1,4}[a-d]?)$")
_CAPS_MONTHS = frozenset(m.upper() for m in MONTH_NAMES)
_MONTH_ABBREVIATIONS = frozenset(word_list("Jan Feb Mar Apr May Jun Jul Aug Sep Sept Oct Nov Dec"))
# a title before a personal name: "Dr. Smith said" names a person, not a company
_PERSON_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame|Sen|Rep)\.?\s+$")
# a listed name, with the country a market report puts after it: "Aidra (US)"
_LIST_ITEM = r"(?:the\s+)?[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,3}(?:\s?\([^()\n]{1,30}\))?"
_LIST_NOUN_BEFORE = re.compile(
    r"\b((?i:health systems|hospitals|health networks|companies|vendors|startups|start-ups|firms"
    r"|investors|insurers|payers|universities|regulators|agencies|developers|manufacturers"
    r"|drugmakers|partners|customers|clients|sponsors|players|competitors|rivals"
    r"|biotechs|pharmaceutical companies))\b"
    r"[^.;:\n]{0,30}?(?:,?\s+(?:such as|including|like|notably)\s+|:\s+"
    r"|\s+(?:include|includes|included|are|were)\s+)"
    rf"(?:{_LIST_ITEM}(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+))*$"
)
_AMONG = re.compile(
    # "A and B are among…", "A, B and C were among…": the other names of the subject first
    r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}){0,4}"
    r"\s+(?:is|was|are|were)\s+(?:one of|among)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(health systems|hospitals|health networks|companies|vendors|startups|start-ups|firms"
    r"|investors|insurers|universities|regulators|agencies|developers)\b"
)
_LIST_NOUN_CLASSES = {
    "health systems": "Hospital",
    "hospitals": "Hospital",
    "health networks": "Hospital",
    "universities": "University",
    "regulators": "GovernmentBody",
    "agencies": "GovernmentBody",
}


@dataclass(frozen=True)
class Phrase:
    """A run of Latin-script words that may be a name, with its words and offsets."""

    start: int
    end: int
    words: tuple[str, ...]
    sentence_start: bool
    text: str


_SAINTS = frozenset(word_list("St Saint Ste Sainte"))  # "St. Mary's Hospital": one name


def _is_cap(word: str) -> bool:
    return (
        word[0].isupper()
        or (word[0].isdigit() and any(c.isalpha() for c in word))
        or any(c.isupper() for c in word[1:])
    )


# past-tense verbs that open a bullet or a headline ("Acquired X", "Partnered with Y")
_BULLET_VERBS = frozenset(
    word_list(
        "Acquired Launched Signed Opened Completed Raised Partnered Expanded Selected Added"
        " Announced Released Joined Hired Won Received Secured Closed Entered Deployed Introduced"
        " Formed Appointed Integrated Licensed Onboarded Renewed"
    )
)
_LAYOUT_WORDS = frozenset(word_list("Slide Page Figure Table Chart Exhibit Appendix"))
# a legal form after a name, with the place of registration in brackets before it
_LEGAL_TAIL = re.compile(
    r"\.?(?:\s*\([A-Z][A-Za-z .'-]{1,30}\))?,?\s+(?:(?:Co\.?,?\s+)?(?:Ltd|Limited)|Pte\.?\s+Ltd"
    r"|Inc|LLC|GmbH|B\.V|N\.V|Corp|PLC)\b"
)
_FORM_END = re.compile(r"\.?,?\s+(?:Ltd|Limited)\b")  # "Co., Ltd.", "Pte. Ltd."
_LEGAL_WORDS = frozenset(word_list("Co Ltd Limited Pte Inc LLC GmbH Corp PLC Inc. Ltd. Co."))
_LABEL_NUMBER = re.compile(r" \d{1,3}\b")


def phrases(text: str) -> Iterator[Phrase]:
    """Runs of capitalised words joined by single spaces (and connectors) in *text*."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    i = 0
    while i < len(words):
        start, end, word = words[i]
        if not _is_cap(word):
            i += 1
            continue
        run = [(start, end, word)]
        j = i + 1
        while j < len(words):
            p_end = run[-1][1]
            n_start, n_end, n_word = words[j]
            gap = text[p_end:n_start]
            if gap == "." and run[-1][2] in _ABBREV_DOT:
                gap = ""
            if gap == ". " and run[-1][2] in ("St", "Mt", "Ft") and _is_cap(n_word):
                gap = " "  # "St. Anselm Medical Center"
            if gap in ("'", "’") and n_word == "s" and j + 1 < len(words):
                head = words[j + 1]
                saint = run[0][2] in _SAINTS and _is_cap(head[2])  # "St. Ivo's Children's …"
                if text[n_end : head[0]] == " " and (head[2] in _POSSESSIVE_HEADS or saint):
                    run.append(head)  # "Children's Hospital"
                    j += 2
                    continue
            if gap not in (" ", " & ", ""):
                break
            if gap == "":
                break
            if n_word in _LAYOUT_WORDS and _LABEL_NUMBER.match(text, n_end):
                break  # "… Regional Health Slide 5": the next slide's heading, run into the line
            if _is_cap(n_word) or (
                _VERSION.match(n_word)
                and not _is_unit_next(text, n_end)
                and sum(w not in EN_CONNECTORS and w != "The" for _, _, w in run) <= 4
                and text[n_end : n_end + 1] != "("  # "FDA 510(k)": a clause number, no version
            ):
                run.append((n_start, n_end, n_word))
                j += 1
                continue
            if (
                n_word == "of"
                and run[-1][2] == "Act"
                and j + 1 < len(words)
                and _YEAR.match(words[j + 1][2])
                and text[n_end : words[j + 1][0]] == " "
            ):
                run.extend([(n_start, n_end, n_word), words[j + 1]])  # "X Act of 2002"
                j += 2
                continue
            connects = n_word in EN_CONNECTORS or (n_word == "on" and run[-1][2] in _ON_HEADS)
            if connects and j + 1 < len(words) and words[j + 1][2] not in _MONEY:
                nxt = words[j + 1]
                if text[n_end : nxt[0]] == " " and _is_cap(nxt[2]) and n_word != "the":
                    run.extend([(n_start, n_end, n_word), nxt])
                    j += 2
                    continue
                if n_word == "of" and nxt[2] == "the" and j + 2 < len(words):
                    after = words[j + 2]
                    if _is_cap(after[2]):
                        run.extend([(n_start, n_end, n_word), nxt, after])
                        j += 3
                        continue
            break
        last = run[-1][2]
        tail = (_FORM_END if last in ("Co", "Pte") else _LEGAL_TAIL).match(text, run[-1][1])
        tail = tail if last not in _LEGAL_WORDS or last in ("Co", "Pte") else None
        if tail is not None:  # "Qiyuan Health (Singapore) Pte. Ltd.": one name, place and form
            run += [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, *tail.span())]
        if text[run[-1][1] : run[-1][1] + 1] == "." and run[-1][2] in _ABBREV_DOT:
            run[-1] = (run[-1][0], run[-1][1] + 1, run[-1][2] + ".")
        if len(run) > 1 and run[0][2] in _BULLET_VERBS:
            run = run[1:]  # "- Acquired Lumora Analytics (Chicago) in 2025": a bullet's verb
        yield from _split_and(text, run)
        i = j


def _is_unit_next(text: str, pos: int) -> bool:
    return bool(
        re.match(r"\s*(?:%|million|billion|thousand|percent|years?|months?|x\b)", text[pos:])
        or re.match(r"[卡台块张颗枚套]", text[pos:])  # "NVIDIA H20 GPU 8卡": eight cards
    )


def _split_and(text: str, run: list[tuple[int, int, str]]) -> Iterator[Phrase]:
    """Split "Mayo Clinic and Cerebras" in two; keep "Department of Health and Human Services"."""
    parts: list[list[tuple[int, int, str]]] = [[]]
    for k, item in enumerate(run):
        if item[2] == "and" and parts[-1]:
            words = tuple(w for _, _, w in parts[-1])
            rest = tuple(w for _, _, w in run[k + 1 :])
            lead = tuple(w for w in words if w not in ("The", "the"))
            if _joined_by_and(lead, rest) or _trust_of_two_places(text, lead, rest):
                parts[-1].append(item)  # "Health and Care Act 2022": one name
                continue
            if _head_class(words) is not None or not {"of", "for"} & set(words):
                parts.append([])
                continue
        parts[-1].append(item)
    for part in parts:
        while part and part[-1][2] in EN_CONNECTORS:
            part.pop()
        while part and part[0][2].lower() in ("the", "and", "of", "for", "&"):
            part.pop(0)
        while len(part) > 1 and part[0][2] in _LEAD_DETERMINERS:
            part.pop(0)  # "This Annual Report on Form 10-K", "Our Board"
        while len(part) > 1 and part[0][2].lower() in _LEADING_WORDS:
            part.pop(0)  # "At Xi'an North Hospital", "By Dana Whitfield"
        if (
            len(part) > 1
            and _YEAR.match(part[0][2])
            and _AFTER_PREPOSITION.search(text, 0, part[0][0])
        ):
            part.pop(0)  # "In 2025 Aidoc raised...": the year is not part of the name
        if len(part) > 2 and part[0][2] == "Copyright" and _YEAR.match(part[1][2]):
            del part[:2]  # "Copyright 2025 Pacific Health Journal": the holder
        if len(part) > 2 and part[0][2] in MONTH_NAMES and _YEAR.match(part[1][2]):
            del part[:2]  # "In January 2023 Thornbury...": a date, then the name
        if not part:
            continue
        start = part[0][0]
        before = text[max(0, start - 3) : start]
        sentence_start = bool(_SENTENCE_END.search(text[max(0, start - 3) : start])) or (
            start < 3 and not before.strip()
        )
        end = part[-1][1]
        words = tuple(w for _, _, w in part)
        if words[0] == "University" and "of" in words:
            place = _UNIVERSITY_PLACE.match(text, end)  # "University of California, San Diego"
            if place:
                end = place.end(1)
        yield Phrase(start, end, words, sentence_start, text[start:end])


# ordinary nouns that pair with "and" inside the name of a law or a public body:
# "Health and Care Act", "Food and Drug Administration", "Health and Social Care Department"
_PAIRED_NOUNS = frozenset(
    word_list(
        "Health Care Social Food Drug Drugs Medicines Medicine Science Sciences Technology"
        " Research Innovation Education Safety Quality Data Privacy Protection Security Trade"
        " Industry Employment Welfare Family Families Children Energy Environment Transport"
        " Human Consumer Competition Standards Finance Justice Labour Labor Agriculture Housing"
        " Devices Products Biologics Cosmetics Public Medical Digital Information Securities"
        " Exchange Markets Communications Customs Immigration Veterans Insurance Pensions"
        " Statistics Prevention Disease Diseases Nutrition Aging Planning Development"
    )
)
_PAIRED_HEADS = frozenset({"Policy", "GovernmentBody"})


def _joined_by_and(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """ "Health and Care Act 2022": a lone ordinary noun, "and", then the rest of the name of a
    law or a public body - one name, not two."""
    if (
        1 <= len(before) <= 3
        and (len(before) > 1 or before[0].isupper())  # "CMS …", not "Oracle and Epic …"
        and len(after) >= 2
        and after[0][:1].isupper()
        and _head_class(before) is None
        and _head_class(after) == "Policy"
    ):
        return True  # "CMS Interoperability and Prior Authorization Final Rule": one rule
    return (
        len(before) == 1
        and before[0] in _PAIRED_NOUNS
        and bool(after)
        and after[0][:1].isupper()
        and _head_class(after) in _PAIRED_HEADS
    )


def _trust_of_two_places(text: str, before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """ "Ashgrove and Tilby Hospitals NHS Foundation Trust": an NHS trust named after two
    places - one name, unless the text names the first word on its own elsewhere (then it is
    a partner of the trust: "Pravix and Tilby NHS Trust", Pravix said…)."""
    if len(before) != 1 or not before[0].isalpha() or not before[0][1:].islower():
        return False
    if len(after) < 2 or after[-1] != "Trust" or "NHS" not in after:
        return False
    alone = re.finditer(rf"\b{re.escape(before[0])}\b(?! and )", text)
    return next(alone, None) is None


_LEAD_DETERMINERS = frozenset(word_list("This These That Those Our Its Their Each Every Such"))
_NATIONAL = frozenset(
    ["American", "Royal", "European", "British", "Chinese", "International", "World", "National"]
)
_PERIODICAL = frozenset(
    word_list(
        "Weekly Daily Monthly Newsletter Digest Journal Times News Magazine Bulletin Post Gazette"
    )
)


_UNIVERSITY_PLACE = re.compile(
    r", ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})(?=[.;)]|\s+(?!and\b|or\b)[a-z])"
)


# the words of a place a health system is named by (Cedar Hollow Health, Kaiser Ridge Health)
_PLACE_WORDS = frozenset(
    word_list(
        "Regional Community County Memorial University Valley Vale Ridge Hollow Pines Plains"
        " Creek Falls Heights Hills Springs Lakes Behavioral"
    )
)
# the field of care a clinical institute or centre is named by (Tidelake Eye Institute)
_CARE_FIELDS = frozenset(
    word_list(
        "Neurological Neurology Neuroscience Cancer Heart Cardiac Cardiovascular Eye Vision Spine"
        " Orthopedic Orthopaedic Transplant Rehabilitation Proton Headache Burn Vascular Kidney"
        " Stroke Pediatric Fertility Dental Trauma Dialysis Diabetes Sleep Maternity Psychiatric"
        " Hearing Epilepsy Wound Surgical Surgery Liver Lung"
    )
)
_RUNS_CARE_IN_A_PLACE = re.compile(r"(?:.* )?(?:Health|Healthcare|Medical|Care)$|Medical Group$")


def _head_class(words: tuple[str, ...]) -> str | None:
    """The class a name's head word gives ("Cleveland Clinic" -> Hospital)."""
    while len(words) > 1 and _VERSION.match(words[-1]):
        words = words[:-1]  # "Radiology AI Adoption Survey 2024": the head is "Survey"
    if not words:
        return None
    if words[-1] in _PERIODICAL and len(words) > 1:
        return "Organization"
    if len(words) >= 3 and words[0] in _NATIONAL and words[1] == "College" and words[2] == "of":
        return "Association"  # American College of Radiology
    for k in range(len(words) - 2):
        if words[k] == "Code" and words[k + 1] == "of" and words[k + 2] in ("Practice", "Conduct"):
            return "Policy"  # "Code of Practice for AI Devices"
    link = next((w for w in words if w in ("of", "for", "on")), None)
    if link is not None:  # "University of California", "Framework for X": the head is before
        before = words[: words.index(link)]
        cls = _head_class(before) if before else None
        if cls is not None:
            return cls
    if _RUNS_CARE_IN_A_PLACE.match(" ".join(words[-2:])) and _PLACE_WORDS.intersection(words[:-1]):
        # "Bramblewood Regional Health", "Cedar Hollow Health", "Straits Community Care": a
        # health system named by where it is, not a firm's coined brand (Virona Health)
        return "Hospital"
    if (
        words[-1] in ("Institute", "Center", "Centre")
        and _CARE_FIELDS.intersection(words[:-1])
        and "Research" not in words
    ):
        return "Hospital"  # "Lakeshore Heart Institute", "Brundall Proton Center": they treat
    if words[-1] == "Services" and len(words) > 1 and link is None and words[0] not in _NATIONAL:
        return "Company"  # "Amazon Web Services"; "Department of ... Services" has its "of"
    last_two = " ".join(words[-2:])
    for heads, cls in EN_HEAD_CLASSES:
        if last_two in heads:
            return cls
    for heads, cls in EN_HEAD_CLASSES:
        if words[-1] in heads and len(words) > 1:
            return cls
    if words[0] in ("University", "Ministry", "Department", "Institute", "Bank"):
        return _head_class((words[0],) * 2)
    return None


# clinical scores and model metrics written before their value: AUC 0.962, BI-RADS 4, NIHSS 8
_SCORES = frozenset(
    word_list(
        "AUC AUROC AUPRC ROC F1 Dice IoU Kappa HbA1c TIR BI-RADS TI-RADS PI-RADS LI-RADS"
        " Lung-RADS C-RADS O-RADS NEWS NEWS2 MEWS qSOFA SOFA APACHE ASPECTS NIHSS mRS GCS ASA Apgar"
    )
)


# a grade or an edition written after a scale's initials: "LOCS III", "NIHSS 2"
_GRADE_MARK = re.compile(r"[IVX]{1,4}|\d{1,2}")
# a standard's code: 国家职业卫生标准 GBZ 70, "ISO 13485", YY/T 1833
_STANDARD_CODE = re.compile(r"(?:GBZ|GB(?:/T)?|WS(?:/T)?|YY(?:/T)?|ISO|IEC)\s?\d")


def classify_phrase(text: str, phrase: Phrase) -> tuple[str, float] | None:
    """The class and confidence of a capitalised phrase, or ``None`` when it is not a name.

    >>> t = "Abridge raised $150 million."
    >>> classify_phrase(t, next(phrases(t)))
    ('Company', 0.6)
    """
    words = phrase.words
    name = phrase.text
    lowered = [w.lower().rstrip(".") for w in words]
    content = [w for w, lw in zip(words, lowered, strict=True) if lw not in EN_STOP_WORDS]
    content = [w for w in content if w not in EN_CONNECTORS and not _VERSION.match(w)]
    if not content and _capitals_defined(text, phrase):
        content = list(words)  # "train CARE, its clinical foundation model": no word "care"
    if not content or all(_NOT_NAME.match(w) for w in content):
        return None
    if GENE_SYMBOL.fullmatch(phrase.text):
        return None  # "CYP2C19 poor metabolisers", HLA-B: a gene a test reads
    if _MASKED_NUMBER.match(phrase.text):
        return None  # "0871-6612xxxx": a telephone number with its last digits hidden
    if _YEAR_SPAN.match(phrase.text):
        return None  # "2024-2030F", "2020-2028E": a forecast's years, not a name
    if _NO_NAME_FORM.fullmatch(phrase.text):
        return None  # "Series D", "Pre-A", "K251066", "healthcare-AI": a round, a file, a word
    if _CODE_BEFORE.search(text, max(0, phrase.start - 24), phrase.start):
        return None  # "Report code HR-DT-2510", "执业证书编号S0860524010003": an identifier
    if len(phrase.words) == 2 and phrase.words[1] in _SECTION_HEADS:
        return None  # "Company Landscape", "Competitive Landscape": a section's title
    if _MEASURE_AFTER.match(text, phrase.end):
        return None  # "a macro F1 score", "the NEWS2 score": what is measured, not a name
    after = text[phrase.end : phrase.end + 40]
    before = text[max(0, phrase.start - 40) : phrase.start]
    apposition = _apposition(text[phrase.end : phrase.end + 60])
    if _looks_like_person(text, phrase, before):
        return None
    if is_site_chrome(words, before):
        return None
    if is_caps_heading(words) or all(w in GENERIC_NAME_WORDS for w in content):
        return None  # "WHO PAYS FOR AI?", "Equity Research | Healthcare Technology"
    if len(words) == 1 and words[0] in _BACK_REFERENCES and re.search(r"\b[Tt]he\s+$", before):
        return None  # "The Authority approved...": the body named before, not a new name
    lone_start = (
        phrase.sentence_start
        and len(words) == 1
        and not _shape_says_name(words[0])
        and not _OFFERING_ACTS.match(text, phrase.end)  # "Veyra detects fractures"
        and not _owner_after(text, phrase)  # "Meridex's chief executive said"
        and not COMPANY_AFTER.match(text, phrase.end)  # "Meridex, based in Austin, sells"
        and not MADE_BY_AFTER.match(text, phrase.end)  # "Veyra, made by Orrin Labs, reads"
    )
    if TICKER_INSIDE.match(text, phrase.end) and text[max(0, phrase.start - 1)] == "(":
        return None  # "(Nasdaq: VLTX)": the exchange a company is listed on
    if len(words) == 1 and _PERSON_TITLE.search(words[0] + " "):
        return None  # "led by Dr. Amy Chen": the title before a name, split off at its dot
    if len(words) == 2 and words[1] == "Medicine" and words[0] in MEDICINE_FIELDS:
        return None  # "Emergency Medicine": a specialty, not a school
    if words[0] in MEDICAL_ACRONYMS and all(_GRADE_MARK.fullmatch(w) for w in words[1:]):
        return None  # "urgent CXR", "LOCS III": a modality, a record or a scale, not a name
    if _STANDARD_CODE.match(name):
        return None  # "GBZ 70", "ISO 13485": a standard, not a name
    if words[0].rstrip(".") in _MONTH_ABBREVIATIONS and all(w.isdigit() for w in words[1:]):
        return None  # "Mar 04": a date
    if len(words) == 2 and words[0] in _SCORES and re.fullmatch(r"\d+(?:\.\d+)?", words[1]):
        return None  # "AUC 0.962", "BI-RADS 4": a score and its value
    if len(words) == 2 and words[0] in _NUMBERED_NOUNS and _PART_MARK.match(words[1]):
        return None  # "Phase 1", "Table 3", "Class IIa": a numbered part or class, not a name
    if 2 < len(words) <= 3 and words[-2] in _GRADES and _PART_MARK.match(words[-1]):
        return None  # "Risk Class IIa", "Clinical Phase 3": a grade with its qualifier
    if _dated_caps(words):
        return None  # "FISCAL YEAR ENDED DECEMBER 31": a heading set in capitals
    if " ".join(words[-2:]) == "Breakthrough Device":
        return None  # "FDA Breakthrough Device designation": a regulator's status, not a name
    if len(words) > 1 and _YEAR.match(words[-1]) and words[-2] in _EVENT_HEADS:
        return None  # "Harbour Digital Health Forum 2025": an event, not an organisation
    heading = _HEADING.search(text, max(0, phrase.start - 8), phrase.start)
    if (
        len(words) == 1
        and not _shape_says_name(words[0])
        and heading
        and re.match(r" [a-z]", after)
    ):
        return None  # "## Deals announced": a heading in sentence case
    if _ZH_FIRM_AFTER.match(text, phrase.end) and _head_class(words) in (None, "Company"):
        return "Company", 0.7  # "美国Omnicell旗下的IV机器人": a firm owns, buys, raises
    listed_before = _LIST_NOUN_BEFORE.search(text, max(0, phrase.start - 160), phrase.start)
    if (
        lone_start
        and not _ORG_ACTIONS.match(text[phrase.end :])
        and apposition is None
        and listed_before is None  # "Three vendors were evaluated: Nuance, Abridge and Suki"
    ):
        return None  # "Regulators are watching." - but "Paige released..." is a name
    head = _head_class(words)
    if _FAMILY.search(name) and head in (None, "AIModel", "Product", "Platform"):
        return "AIModel", 0.8
    if _PERSON_TITLE.search(before):
        return None
    introduced = _leading_cue(before)
    if introduced is not None:
        return introduced, 0.75
    if head is None and _ZH_MADE_BY.match(text, phrase.end):
        # "EmbryoCloud由苏州胚语智能科技有限公司开发": what a firm made is an offering
        return ("Platform" if _PLATFORM_WORD.search(name) else "Product"), 0.7
    role = _role(text, phrase, before, head, apposition)
    if role is not None:
        return role
    if head is None and apposition is None and _offering_cue(text, phrase, before):
        # "launched RetinaGuard"; "NightRead is cleared", "X detects" say a little less
        return "Product", 0.7 if _made(text, phrase, before) else 0.6
    if (
        BYLINE_BEFORE.search(before)
        and head is None
        and len(words) > 1
        and not _personal_name(words)  # "By Dana Whitlock, ...": the author herself
    ):
        return "Organization", 0.6  # "Prepared by Crestline Partners", "By Health Tech Wire staff"
    if head is None and len(words) > 1 and STAFF_AFTER.match(text, phrase.end):
        return "Organization", 0.6
    if head is None and dataset_cue(before, words, _trailing_cue(after)):
        return "Dataset", 0.7
    among = _AMONG.match(text, phrase.end)
    if among is not None:  # "WellSpan Health is among the health systems using it"
        return _LIST_NOUN_CLASSES.get(among.group(1).lower(), "Company"), 0.75
    if head == "Company" and len(words) > 1 and words[-1] in _SITE_HEADS:
        listed = _LIST_NOUN_BEFORE.search(text, max(0, phrase.start - 160), phrase.start)
        if listed is not None and _LIST_NOUN_CLASSES.get(listed.group(1).lower()) == "Hospital":
            return "Hospital", 0.7  # "health systems, including Wexley Health": no firm
    if head is None:
        listed = _LIST_NOUN_BEFORE.search(text, max(0, phrase.start - 160), phrase.start)
        if listed is not None:  # "health systems, including Kaiser Permanente and UPMC"
            return _LIST_NOUN_CLASSES.get(listed.group(1).lower(), "Company"), 0.7
        after_phrase = text[phrase.end : phrase.end + 80]  # "^" anchors at the slice start
        if _INVESTOR_BEFORE.search(before) or _INVESTOR_AFTER.match(after_phrase):
            if _personal_name(words) and not _INVESTOR_BEFORE.search(before):
                return None  # "Marta Quell also co-led the round": an angel, a person
            return "Company", 0.7  # "a round led by X", "X and Y participated
        if _BACKED_AFTER.match(after_phrase) and not _personal_name(words):
            return "Company", 0.65  # "Grail-backed Ondra Diagnostics": an investor
        if _JOINING_AFTER.match(after_phrase):
            if _personal_name(words):
                return None  # "with angel Tom Rees joining": a person
            return "Company", 0.65  # "with X joining"
        if _DEAL_BEFORE.search(before) and _ORG_SHAPE.match(name) and _ends_noun(after_phrase):
            return "Company", 0.6  # "acquired X", "a partnership with X"
        if _ORG_NOUN_BEFORE.search(before):
            return "Company", 0.7  # "the Dutch start-up X", "drugmaker X"
        if FOUNDED_AFTER.match(after_phrase) or MADE_BY_BEFORE.search(before):
            return "Company", 0.65  # "X, founded in 2022", "an AI agent from X"
        owned = _OWNER_OF_MODEL.match(text, phrase.end)
        if owned is not None and _FAMILY.search(owned.group(1)) and len(words) <= 2:
            return "Company", 0.6  # "Meta's open Llama 3.1": the maker of a model family
        sized = _PARAMETER_COUNT.search(name) is not None  # "Halden 7B": a model's size
        if _PLATFORM_BEFORE.search(before) and len(words) > 1 and _ends_noun(after) and not sized:
            return "Platform", 0.6  # "hosted on Microsoft Azure", "available on Hugging Face"
    if (
        words[-1] == "Fund"
        and len(words) > 1
        and (
            _FUND_INVESTOR.search(before)
            or _INVESTOR_AFTER.match(text[phrase.end : phrase.end + 80])
        )
    ):
        return "Company", 0.7  # "existing investor X Fund", "X Fund invested": an investor
    if words[-1] in ("Fund", "Funds") and len(words) > 1 and _investor_fund_name(words[:-1]):
        return (
            "Company",
            0.65,
        )  # "Saltmarsh Labs Fund": a brand's fund invests, a programme does not
    if _GOV_POSSESSOR.search(before) and head is not None:
        return "GovernmentBody", 0.7  # "the FDA's Digital Health Center of Excellence"
    cue = _trailing_cue(after)
    if apposition is not None:
        return apposition, 0.75
    if head is not None and (len(words) > 1 or head in _OFFERING):
        if words[-1] == "AI" and head == "Company" and MAKES_BEFORE.search(before):
            return "Product", 0.7  # "Cortexia sells BrainMetric AI": what a firm sells
        if words[-1] in _SOFT_HEADS and _ordinary_modifier(words[:-1]):
            # "Agentic AI", "Digital Health": a term unless something else says it is a name
            named = (
                _ORG_ACTIONS.match(text[phrase.end :])
                or MADE_BY_BEFORE.search(before)
                or _names_company(text, phrase, before)
            )
            return (head, 0.6) if named else None
        return head, 0.75
    if len(words) > 1 and words[-1] in ("Center", "Centre"):
        return "Organization", 0.6
    if cue is not None:
        return cue, 0.7
    offering = (len(words) > 1 and _VERSION.match(words[-1]) and not _YEAR.match(words[-1])) or (
        len(words) == 1 and re.search(r"[\d-]", words[0])
    )
    if offering:  # "Virchow 2", "Prov-GigaPath": a model where the sentence talks of models
        if re.search(r"[-_]\d+(?:\.\d+)?[BM](?![A-Za-z])", name) or _PARAMETER_COUNT.search(name):
            return "AIModel", 0.7  # "Meditron-70B": a parameter count names a model
        sentence = _sentence(text, phrase.start, phrase.end)
        if re.search(r"\bmodels?\b|模型", sentence):
            return "AIModel", 0.55
        if len(words) == 1 and TERM_CODE.match(words[0]):
            return None  # "TBY-127" a compound's code, "CT-FFR" a technique: no cue, no name
        return "Product", 0.55
    if _ORG_ACTIONS.match(text[phrase.end :]):
        return "Company", 0.6
    if len(content) > 1 and BUSINESS_VERBS.match(text, phrase.end):
        return "Company", 0.55  # "Nuance Communications supplied the engine"
    if "&" in name and len(words) > 1:
        return "Company", 0.6  # Frost & Sullivan, Johnson & Johnson
    if len(words) == 1 and _ACRONYM.match(words[0]):
        return "Organization", 0.45
    glued = _GLUED_KIND.match(text, phrase.end)
    if len(words) == 1 and glued is not None:
        # "ImplantAI种植规划系统", "WeanNet撤机评估模型": the Chinese after it says what it is
        return _GLUED_CLASSES[glued.group(1)], 0.55
    if len(words) == 1 and _ZH_FIRM_OWNS.search(before):
        return "Product", 0.55  # 云鲸医疗的WeanNet: what a firm named in Chinese owns
    if len(words) == 1 and _shape_says_name(words[0]):
        return "Company", 0.5
    return "Organization", 0.4


_YEAR_SPAN = re.compile(r"^(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d[EFPA]?$")
# forms no name takes: a funding round (Series D, Pre-A), a regulation's section (CFR
# 892.2050), a common word joined to an acronym (healthcare-AI, generative-AI)
_NO_NAME_FORM = re.compile(
    r"(?:Series|Pre-Series|Pre)[ -]?[A-H]\+?\d?|Seed|Angel|CFR [\d.]+|[a-z]+-(?:AI|ML|IT|ECG|EEG)"
)
_CODE_BEFORE = re.compile(
    r"(?:\bcode|\bNo\.?|\bnumber|\bID|\bRef\.?|编号|证号|代码|文号)[:：]?\s*$", re.IGNORECASE
)
_SECTION_HEADS = frozenset(word_list("Landscape Overview Summary Snapshot"))
# Chinese words glued to a Latin name that end in a kind of offering (种植规划系统, 撤机评估模型)
_GLUED_KIND = re.compile(
    r"[\u4e00-\u9fff]{0,10}?(大模型|模型|平台|系统|软件|助手|机器人)"
    r"(?!集成|公司|企业|厂商|供应商|服务商|提供商|开发商)"
)
_GLUED_CLASSES = {
    "大模型": "AIModel",
    "模型": "AIModel",
    "平台": "Platform",
    "系统": "Product",
    "软件": "Product",
    "助手": "Product",
    "机器人": "Product",
}


# the name of an offering right before "from": "CardioSense from Y", "Nova 2 from Y"
_OFFERING_FROM_BEFORE = re.compile(
    r"(?<![\w.])([A-Z][\w.+-]*(?:\s[A-Z0-9][\w.+-]*){0,2})\s+from\s+(?:the\s+)?$"
)
# a maker's name right after an offering's: "X from Pulsewise"
_FROM_MAKER_AFTER = re.compile(r"\s+from\s+(?:the\s+)?([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})")
_HOSPITAL_TAILS = frozenset(word_list("General Memorial Infirmary"))
# the text goes on to call what was just named "the model"
_MODEL_NEXT = re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts)\s+model\b")
_SITE_CONFIDENCE = 0.62  # a site of use: said by the sentence, told apart by this value
_SITE_HEADS = frozenset(word_list("Health Healthcare HealthCare Care Medical Medicine"))


def _role(
    text: str, phrase: Phrase, before: str, head: str | None, apposition: str | None
) -> tuple[str, float] | None:
    """What the sentence has a name do: a company makes, owns, signs and supplies
    ("made by Y", "Y's triage tool", "a contract with Y"); an offering is put to use, made or
    comes from its maker ("to implement X", "X, made by Y", "X from Y"); hospitals are the
    sites where something is used ("used at A, B and C")."""
    words = phrase.words
    if apposition is not None or len(words) > 3:
        return None
    if _trailing_cue(text[phrase.end : phrase.end + 40]) is not None:
        return None  # "used the RadNotes corpus": the noun after says what the name is
    if head is None and DEPLOY_BEFORE.search(before) and _personal_name(words):
        return "Product", 0.6  # "roll out Echo Notes": no one rolls out a person
    if _not_a_role_name(phrase):
        return None
    if head is None and len(words) > 1 and words[-1] in _HOSPITAL_TAILS:
        return None  # "Harrow General, based in Leeds": a hospital's short name, no company
    if head is None and _names_company(text, phrase, before):
        return "Company", 0.65
    if _deploys_at_own_sites(text, phrase, head):
        return "Hospital", 0.65
    if _used_at_site(text, phrase, head):
        return "Hospital", _SITE_CONFIDENCE
    if head is None or head in _OFFERING:
        return _offered(text, phrase, before, head)
    return None


def _not_a_role_name(phrase: Phrase) -> bool:
    """A person, a place, a month or a department, whatever role the sentence gives it."""
    from medatlas.loaders.extract.places import place_named

    words = phrase.words
    if len(words) == 1 and (words[0] in FIELD_WORDS or words[0] in MONTH_NAMES):
        return True  # "the Radiology team", "in March"
    if _personal_name(words) and words[-1] not in FIELD_WORDS | EDITION_WORDS:
        return True  # "developed by Jane Porter"; "made by Quill Radiology" is a firm
    return place_named(phrase.text) is not None or _YEAR.match(words[-1]) is not None


def _owner_after(text: str, phrase: Phrase) -> bool:
    """ "Y's chief executive", "Y's sepsis alert tool": Y has what a company has."""
    if len(phrase.words) == 1 and _ACRONYM.match(phrase.words[0]):
        return False  # "CMS's payment model": an agency's, not a maker's
    return bool(
        COMPANY_POSSESSIVE_AFTER.match(text, phrase.end)
        or OWNER_OF_OFFERING_AFTER.match(text, phrase.end)
    )


def _names_company(text: str, phrase: Phrase, before: str) -> bool:
    """The sentence has the name make, own, sign or supply: "made by Y", "a product of Y",
    "Y's chief executive", "a contract with Y", "chose Y as its vendor", "CardioSense from Y"."""
    if _not_a_role_name(phrase):
        return False
    return bool(
        MAKER_BEFORE.search(before)
        or _owner_after(text, phrase)
        or CONTRACT_BEFORE.search(before)
        or VENDOR_AFTER.match(text, phrase.end)
        or COMPANY_AFTER.match(text, phrase.end)
        or FOUNDER_OF_BEFORE.search(before)
        or _after_offering_from(text, phrase.start)
    )


def _after_offering_from(text: str, start: int) -> bool:
    """ "CardioSense from Y": Y follows an offering's name and "from"."""
    match = _OFFERING_FROM_BEFORE.search(text, max(0, start - 60), start)
    if match is None or _OWNER_OF_MODEL.match(text, match.start(1)):
        return False
    offering = tuple(match.group(1).split())
    return _offering_shape(offering) or bool(
        USE_BEFORE.search(text, max(0, match.start(1) - 40), match.start(1))
    )


def _offering_shape(words: tuple[str, ...]) -> bool:
    """A coined word or a versioned name: "CardioSense", "Nova 2"; no person, no acronym."""
    if len(words) == 1:
        return _shape_says_name(words[0]) and not _ACRONYM.match(words[0])
    return (
        any(_shape_says_name(w) for w in words)
        or words[-1] in EDITION_WORDS
        or (bool(_VERSION.match(words[-1])) and not _YEAR.match(words[-1]))
    )


def _offered(text: str, phrase: Phrase, before: str, head: str | None) -> tuple[str, float] | None:
    """ "X, made by Y" / "X, a product of Y" (0.7), "to implement X", "X from Y" (0.6)."""
    from medatlas.loaders.extract.places import place_named

    words = phrase.words
    if _owner_after(text, phrase) or VENDOR_AFTER.match(text, phrase.end):
        return None  # "chose Y as its vendor", "used Y's scribe": Y is the maker
    if _ORG_ACTIONS.match(text[phrase.end :]) or (len(words) == 1 and _ACRONYM.match(words[0])):
        return None  # "using Y raised…" ; "uses FHIR": an acronym names a standard or a body
    if TRAINED_AFTER.match(text, phrase.end) and head in (None, "AIModel", "Product"):
        return "AIModel", 0.6  # "TessRet-2 was trained on…": what is trained is a model
    made = MADE_BY_AFTER.match(text, phrase.end)
    if made is not None and made.group(1) is None and _MODEL_NEXT.search(text[phrase.end :][:250]):
        return "AIModel", 0.7  # "X, developed by researchers at Y, … The model was validated"
    if made is not None:
        return OFFERING_NOUNS.get((made.group(1) or "product").rstrip("s"), "Product"), 0.7
    default = head or ("AIModel" if _PARAMETER_COUNT.search(phrase.text) else "Product")
    maker = _FROM_MAKER_AFTER.match(text, phrase.end)
    from_maker = (
        maker is not None
        and place_named(maker.group(1)) is None
        and maker.group(1).split()[0] not in MONTH_NAMES
        and not _personal_name(tuple(maker.group(1).split()))
    )
    listed = OFFERING_LIST_BEFORE.search(text, max(0, phrase.start - 160), phrase.start)
    if listed is not None and not _FROM_MAKER_AFTER.match(text, phrase.end):
        return OFFERING_NOUNS.get(listed.group(1).lower().rstrip("s"), "Product"), 0.65
    used = (
        USE_BEFORE.search(before) is not None
        or MAKES_BEFORE.search(before) is not None
        or USED_AFTER.match(text, phrase.end) is not None
        or TASK_AFTER.match(text, phrase.end) is not None
    )
    if (from_maker and (_offering_shape(words) or used)) or (used and _offering_shape(words)):
        return default, 0.6
    return None  # "implemented Scrum", "deployed Dashboards": a plain word may be no name


def _deploys_at_own_sites(text: str, phrase: Phrase, head: str | None) -> bool:
    """ "Larkspur Health will roll out X across its 14 hospitals": a provider of care."""
    words = phrase.words
    if head not in (None, "Company") or (head == "Company" and words[-1] not in _SITE_HEADS):
        return False
    if any(_shape_says_name(w) for w in words):
        return False  # "PathWorks deployed it across its labs": a coined word names a firm
    return DEPLOYER_AFTER.match(text, phrase.end) is not None


def _used_at_site(text: str, phrase: Phrase, head: str | None) -> bool:
    """ "used at Ashford Clinic, Bellmont Hospital and Carrow Health": a site of use."""
    if head not in (None, "Company") or (head == "Company" and phrase.words[-1] not in _SITE_HEADS):
        return False
    if head is None and len(phrase.words) == 1 and _shape_says_name(phrase.words[0]):
        return False  # "deployed across EchoNet": a coined word names an offering
    return SITE_LIST_BEFORE.search(text, max(0, phrase.start - 200), phrase.start) is not None


_PARAMETER_COUNT = re.compile(r"(?:^|[-_\s])\d+(?:\.\d+)?[BM]$")
_GOV_ACRONYMS = "FDA|CMS|NIH|CDC|HHS|ONC|EMA|MHRA|NICE|NHS|NMPA|PMDA|WHO|FTC"
_GOV_POSSESSOR = re.compile(rf"\b(?:{_GOV_ACRONYMS})['’]s\s+$")
_LEADING = re.compile(
    r"\b(model|platform|system|app|application|dataset|database|benchmark|product|tool|"
    r"assistant|copilot|device|drug|registry|programme|program|software|solution|algorithm)"
    r"s?(?:,(?:\s+the)?)?\s+"
    r"(?:(?:called|named|dubbed|known as|branded"
    r"|(?:we|they|the team|internally)\s+(?:call|calls|called|named|dubbed|christened))\s+)?$"
)
_LEADING_CLASSES = {
    "model": "AIModel",
    "platform": "Platform",
    "registry": "Platform",
    "dataset": "Dataset",
    "database": "Dataset",
    "benchmark": "Dataset",
    "programme": "Policy",
    "program": "Policy",
}


def _leading_cue(before: str) -> str | None:
    """ "the open dataset NeuroScan-CN", "the model, called CS-Path-1", "its app CareLoop"."""
    zh = _ZH_LEADING.search(before)
    if zh is not None:  # "分子生成平台StoneMind", "大模型xTrimo"
        return _ZH_LEADING_CLASSES.get(zh.group(1), "Product")
    if _ZH_LAUNCHED.search(before):  # "锐骨科技推出了FractureEye": what is launched is made
        return "Product"
    if _MADE_OR_SCALED.search(before):  # "maker of Xihe Prenatal AI", "to scale FibroScore"
        return "Product"
    match = _LEADING.search(before)
    if match is None:
        return None
    return _LEADING_CLASSES.get(match.group(1), "Product")


_EVENT_HEADS = frozenset(
    word_list("Forum Summit Conference Congress Expo Symposium Week Meeting Awards Festival Fair")
)
_CAPS_DATE_WORDS = (
    frozenset(word_list("YEAR YEARS ENDED ENDING QUARTER FISCAL PERIOD")) | _CAPS_MONTHS
)


def _dated_caps(words: tuple[str, ...]) -> bool:
    """Three or more words in capitals with a date word among them: a statement's heading
    ("FISCAL YEAR ENDED DECEMBER 31", "QUARTER ENDED MARCH 31"), not a name."""
    return (
        len(words) >= 3
        and not any(c.islower() for w in words for c in w)
        and any(w in _CAPS_DATE_WORDS for w in words)
    )


# a verb of making or shipping right before a name: what was made is an offering
_MADE_BEFORE = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|releas(?:ed|es|ing)|introduc(?:ed|es|ing)|unveil(?:ed|s|ing)?"
    r"|debut(?:ed|s)?|ship(?:ped|s)?"
    r"|(?:maker|developer|creator|vendor|supplier|provider|manufacturer)s? of)"
    r"\s+(?:its\s+|their\s+|the\s+|a\s+new\s+|new\s+|the\s+new\s+)?$"
)
# what an offering does or undergoes right after its name: "X is cleared", "X detects"
_OFFERING_ACTS = re.compile(
    r",?\s+(?:(?:(?:which|that)\s+)?(?:is|was|has been|had been|were|are|got|received|gained"
    r"|won)\s+"
    r"(?:(?:now|also|already|first|newly|recently|since)\s+)?"
    r"(?:cleared|approved|CE-marked|FDA-cleared|certified|registered|licensed|CE marked"
    r"|(?:a\s+|an\s+)?(?:CE|FDA|NMPA|UKCA|510\(k\)|De Novo)(?:\s+(?:510\(k\)|De Novo))?"
    r"\s+(?:mark|marking|clearance|approval)(?!\s+for\b)"  # a firm gets clearance *for* X
    r"|(?:an?\s+)?(?:FDA\s+)?Breakthrough Device designation)"
    r"|(?:also\s+|now\s+|automatically\s+)?(?:detects|reads|flags|triages|segments|screens"
    r"|quantifies|measures|predicts|transcribes|drafts|summari[sz]es|highlights|contours"
    r"|annotates|grades|interprets|analy[sz]es|reconstructs|denoises|prioriti[sz]es))\b"
)


def _offering_cue(text: str, phrase: Phrase, before: str) -> bool:
    """A verb of making before the name ("Hollin Labs introduced SkyTriage") or what an
    offering does after it ("NightRead is cleared", "PathAssist reads biopsies")."""
    if len(phrase.words) > 3:
        return False
    return _made(text, phrase, before) or bool(_OFFERING_ACTS.match(text, phrase.end))


def _made(text: str, phrase: Phrase, before: str) -> bool:
    """A verb of making right before the name: the text says the name was made. (What a name
    does after it says less: "Aidoc flags bleeds" may speak of the company's product.)"""
    return bool(_MADE_BEFORE.search(before)) and not _ORG_ACTIONS.match(text[phrase.end :])


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("。", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left + 1 : right]


def _ordinary_modifier(words: tuple[str, ...]) -> bool:
    """Words before a soft head that read as ordinary English ("Physical", "Core")."""
    return all(
        w.lower() in EN_STOP_WORDS or (_ADJECTIVAL.search(w.lower()) and not _shape_says_name(w))
        for w in words
    )


def _ends_noun(after: str) -> bool:
    """Nothing after a name goes on with its noun phrase: "acquired Meddly for...", not
    "acquired the Dutch start-up..." (there the capitalised word only qualifies)."""
    match = re.match(r"\s+([a-z][a-z-]*)", after)
    return match is None or match.group(1) in _PHRASE_STOPS or match.group(1) in _CLAUSE_GOES_ON


def _shape_says_name(word: str) -> bool:
    """CamelCase, inner capitals, digits or dots inside a word: AstraZeneca, qXR, Viz.ai."""
    core = word.strip(".")
    inner_cap = any(c.isupper() for c in core[1:]) and not core.isupper()
    return inner_cap or any(c.isdigit() for c in core) or "." in core or "-" in core


_DETERMINERS = frozenset(
    word_list("each every a an the this that these those all any some our their its his her")
)


def _trailing_cue(after: str) -> str | None:
    # "closed-loop SCS system": an acronym may stand inside the noun phrase, not open it, nor
    # follow a verb ("makes AI software": the firm makes it)
    match = re.match(r"\s+([a-z]+(?:[\s-](?:[a-z]+|[A-Z]{2,5}(?![\w-]))){0,3})\b", after)
    if match and match.group(1).split()[0].endswith("s"):
        match = re.match(r"\s+([a-z]+(?:[\s-][a-z]+){0,2})\b", after)
    if match and match.group(1).split()[0] in _DETERMINERS:
        return None  # "Map each product against…": a verb and its object, not a name's noun
    if match:
        # "WiNEX hospital information platform": the last cue word of the phrase is its head
        cues = [EN_TRAILING_CUES.get(w) for w in re.split(r"[\s-]", match.group(1))]
        for i, word in enumerate(re.split(r"[\s-]", match.group(1))):
            if word in _PHRASE_STOPS:
                cues = cues[:i]
                break
        found = [c for c in cues if c is not None]
        return found[-1] if found else None
    kind = _ZH_KIND_AFTER.match(after)  # “PumpWatch”输液泵故障预测模型: a task, then its kind
    if kind is not None:
        return _ZH_KINDS[kind.group(1)]
    match = re.match(r"[ \t\u3000]*([\u4e00-\u9fff]{2,3})", after)  # on the name's own line
    if match:
        word = match.group(1)
        for noun, cls in (
            ("产品", "Product"),
            ("软件", "Product"),
            ("助手", "Product"),
            ("大模型", "AIModel"),
            ("模型", "AIModel"),
            ("平台", "Platform"),
            ("系统", "Product"),
            ("公司", "Company"),
            ("数据集", "Dataset"),
            ("数据库", "Dataset"),
            ("评测集", "Dataset"),
            ("测试集", "Dataset"),
            ("基准", "Dataset"),
        ):
            if word.startswith(noun):
                return cls
    return None


_ZH_KINDS = {"大模型": "AIModel", "模型": "AIModel", "平台": "Platform", "系统": "Product"}
_ZH_KIND_AFTER = re.compile(
    r"[”\"」』](?:(?![的和与及在是为由])[\u4e00-\u9fff]){2,10}?(大模型|模型|平台|系统)"
    r"(?=[，,。；;基由已可在于能）)]|$)"
)


_APPOSITION = re.compile(
    r"(?:\s+[\u4e00-\u9fff]{1,12})?"  # "NightRead 夜读 — a …": the name in Chinese between
    r"[*_]{0,2}(?:,\s+|\s+[—–]\s*|\s+-\s+|\s+as\s+|\s+(?:is|was|remains)\s+)"
    r"(?:the|a|an|its|their|[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s)\s+"
    r"([^,.;:()]{1,50})"
)


# "At X, the model flagged…": after an opening phrase, a new clause with its own subject
_NEW_CLAUSE = re.compile(
    r",\s+the\s+[a-z-]+\s+(?:[a-z]+ed|is|was|are|were|has|had|have|will|would|can|could"
    r"|cut|cuts|flags|reads|shows|found|finds|reduced|raised)\b"
)


# ", cloud software that recommends…": an offering's kind with no article, then what it does
_BARE_APPOSITION = re.compile(
    r",\s+((?:[a-z][a-z-]*\s+){0,2}[a-z]+)(?=\s+(?:that|which|for|used|built|designed)\b)"
)
_OFFERING_KINDS = frozenset({"Product", "Platform", "AIModel"})


def _apposition(after: str) -> str | None:
    """ ", the Sunnyvale chipmaker" / ", a Paris-based startup" right after a name."""
    match = _APPOSITION.match(after)
    if not match:
        bare = _BARE_APPOSITION.match(after)
        kind = EN_TYPE_NOUNS.get(bare.group(1).split()[-1]) if bare is not None else None
        return kind if kind in _OFFERING_KINDS else None
    if _NEW_CLAUSE.match(after):
        return None
    original = match.group(1).split()[:5]
    words = [re.sub(r"^\d+-", "", w) for w in match.group(1).lower().split()[:5]]
    for k, word in enumerate(words[1:], start=1):
        if word in _PHRASE_STOPS or word in ("in", "out", "serving", "based", "with", "whose"):
            words = words[:k]  # "a health system in Ohio": the noun ends before "in"; "a
            break  # start-up whose UriTrack patch": the start-up's, not what the patch is
    owned = re.search(r"['’]s\s+$", after[: match.start(1)]) is not None
    for i in range(len(words) - 1, -1, -1):
        if owned and original[i][:1].isupper():
            continue  # "A, Nuance's DAX Copilot and B": a list that names an offering, no noun
        for key in (" ".join(words[max(0, i - 1) : i + 1]), words[i]):
            if key in EN_TYPE_NOUNS:
                return EN_TYPE_NOUNS[key]
    return None


def short_form(name: str, designators: frozenset[str]) -> str | None:
    """The name without trailing designators: "Cerebras Systems" -> "Cerebras"."""
    words = name.split()
    while len(words) > 1 and words[-1] in designators:
        words.pop()
    if len(words) == len(name.split()):
        return None
    short = " ".join(words)
    return short if len(short) >= 3 else None


def english_candidates(text: str, lower_words: frozenset[str]) -> Iterator[Candidate]:
    """Capitalised names in *text*; ``lower_words`` are words the text also writes in lower
    case (so a capitalised "Pathology" is an ordinary word, not a name)."""
    yield from _consistent_offerings(list(_phrase_candidates(text, lower_words)))
    yield from _acronym_definitions(text)


_OFFERING_CLASSES = ("Product", "Platform", "AIModel")


def _consistent_offerings(found: list[Candidate]) -> Iterator[Candidate]:
    """A name the text says is an offering somewhere ("to implement NoteBridge") and nowhere a
    company keeps that class where only its shape guessed one ("NoteBridge cut charting")."""
    offered = {
        c.name: c.cls
        for c in found
        if c.cls in _OFFERING_CLASSES and c.confidence >= 0.55 and len(c.name.split()) <= 3
    }
    firms = {c.name for c in found if c.cls not in _OFFERING_CLASSES and c.confidence >= 0.6}
    for c in found:
        cls = offered.get(c.name) or _edition_of(c.name, offered)
        weak = c.cls in ("Company", "Organization") and c.confidence <= 0.5
        if cls and weak and c.name not in firms:
            c = Candidate(c.start, c.end, c.name, cls, 0.55, c.method)
        yield c


def _edition_of(name: str, offered: dict[str, str]) -> str | None:
    """ "VarnScan Neuro" beside the offering VarnScan: an edition of it, of its class."""
    words = name.split()
    if len(words) not in (2, 3) or any(w in EN_CONNECTORS for w in words[1:]):
        return None
    cls = offered.get(words[0])
    return cls if cls is not None and _shape_says_name(words[0]) else None


def _phrase_candidates(text: str, lower_words: frozenset[str]) -> Iterator[Candidate]:
    """One candidate per capitalised phrase the text names something with."""
    all_phrases = list(phrases(text))
    people = person_words(text, all_phrases)
    makers = _maker_words(all_phrases)
    for phrase in all_phrases:
        if len(phrase.words) == 1:
            word = phrase.words[0]
            ordinary = word.lower() in lower_words and not _shape_says_name(word)
            if ordinary and not _capitals_defined(text, phrase):
                continue
            if word in people:
                continue  # "Ashby said", after "partner Tom Ashby": the person again
            if len(word) < 2 or (word.isdigit()):
                continue
        if _inside_cjk_word(text, phrase) or _is_round(text, phrase):
            continue
        phrase = _after_person(text, phrase)
        unit = _without_back_reference(text, phrase)
        if (
            len(phrase.words) > 1
            and phrase.words[-1] == "AI"
            and phrase.end < len(text)
            and is_cjk(text[phrase.end])
            and _describes_next(text, phrase.end)
        ):
            # "PathoInsight-TCT AI病理诊断产品": the trailing "AI" describes what follows
            cut = phrase.text.rindex("AI")
            phrase = Phrase(
                phrase.start,
                phrase.start + len(phrase.text[:cut].rstrip()),
                phrase.words[:-1],
                phrase.sentence_start,
                phrase.text[:cut].rstrip(),
            )
        verdict = classify_phrase(text, phrase)
        if verdict is None or (verdict[0] in ("Company", "Organization") and verdict[1] < 0.7):
            weak = verdict is None or verdict[1] <= 0.5  # no cue said it is a company
            verdict = _maker_offering(text, phrase, makers, weak) or verdict
        if unit.end < phrase.end and unit.start == phrase.start:
            phrase = unit  # the unit keeps the class its full phrase has
        if verdict is None:
            continue
        cls, confidence = verdict
        if cls == "Company" and confidence <= 0.6 and _ordinary_opening(phrase, lower_words):
            continue  # "Remote Monitoring reports rose": ordinary words opening a sentence
        if cls == "Company" and _field_ai(phrase, lower_words):
            continue  # "Hospital Hygiene AI" in a title: a field, its words written plain too
        method = "english"
        if _apposition(text[phrase.end : phrase.end + 60]) == cls or _AMONG.match(text, phrase.end):
            method = "english:defined"  # "X, a health system": the text says what X is
        elif cls == "Product" and _made(
            text, phrase, text[max(0, phrase.start - 40) : phrase.start]
        ):
            method = "english:defined"  # "launched X", "X detects": the text says X is made
        elif cls == "Hospital" and confidence == _SITE_CONFIDENCE:
            method = "english:defined"  # "used at A, B and C": the text says A, B, C are sites
        elif cls in _OFFERING_CLASSES and MADE_BY_AFTER.match(text, phrase.end):
            method = "english:defined"  # "X, made by Y", "X, a product of Y"
        name = _maker_in_full(phrase, cls, makers) or phrase.text
        yield Candidate(phrase.start, phrase.end, name, cls, confidence, method)


def _maker_in_full(phrase: Phrase, cls: str, makers: frozenset[tuple[str, ...]]) -> str | None:
    """ "Qorvix's in-house model" beside "Qorvix Bio": the one company whose name opens with
    the word, said short."""
    if cls != "Company" or len(phrase.words) != 1:
        return None
    full = [m for m in makers if m[0] == phrase.words[0]]
    return " ".join(full[0]) if len(full) == 1 else None


# a company's possessive right before a name: "Ostrava Imaging's ClearRecon"
_POSSESSOR = re.compile(r"([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3})['’]s\s+$")


def _maker_words(all_phrases: list[Phrase]) -> frozenset[tuple[str, ...]]:
    """The document's company names that open with a brand word (Quorlan Health Systems)."""
    return frozenset(
        p.words
        for p in all_phrases
        if len(p.words) > 1
        and _head_class(p.words) == "Company"
        and p.words[0][:1].isupper()
        and p.words[0] not in _NATIONAL
        and p.words[0].lower() not in EN_STOP_WORDS
        and p.words[0] not in GENERIC_NAME_WORDS
    )


def _maker_offering(
    text: str, phrase: Phrase, makers: frozenset[tuple[str, ...]], weak: bool = False
) -> tuple[str, float] | None:
    """A maker's own name before a coined word ("Quorlan PathAssist" beside Quorlan Health
    Systems), or a coined word after a company's possessive ("Ostrava Imaging's ClearRecon"):
    an offering of that company, not a company of its own. When no cue said the word is a
    company (*weak*), any owner that is no place will do ("Kestrel's RadAssist"; not
    "Microsoft's M12 participating")."""
    from medatlas.loaders.extract.places import place_named

    words = phrase.words
    if _head_class(words) is not None or _ORG_ACTIONS.match(text[phrase.end :]):
        return None
    brands = {m[0] for m in makers}
    if (
        2 <= len(words) <= 3
        and words[0] in brands
        and place_named(words[0]) is None  # "Suzhou Industrial Park" beside "Suzhou Qiyuan …"
        and not any(m[: len(words)] == words for m in makers)  # the company's short form
        and all(w[:1].isupper() or w[:1].isdigit() for w in words[1:])
        and not any(w in EN_CONNECTORS for w in words[1:])
        and not any(w in _NATIONAL or w in GENERIC_NAME_WORDS for w in words[1:])
        and place_named(" ".join(words[1:])) is None
    ):
        return "Product", 0.65
    owner = _POSSESSOR.search(text, max(0, phrase.start - 60), phrase.start)
    if (
        owner is not None
        and len(words) == 1
        and _shape_says_name(words[0])
        and (
            _head_class(tuple(owner.group(1).split())) == "Company"
            or owner.group(1) in brands
            or (weak and _coined_after_owner(owner.group(1)))
        )
    ):
        return "Product", 0.6
    return None


def _coined_after_owner(owner: str) -> bool:
    """ "Kestrel's RadAssist": a CamelCase word after any owner that is no place (whoever
    owns it, a coined word after a possessive is what they make)."""
    from medatlas.loaders.extract.places import place_named

    first = owner.split()[0]
    return place_named(owner) is None and first.lower() not in EN_STOP_WORDS


def _capitals_defined(text: str, phrase: Phrase) -> bool:
    """An ordinary word set in capitals inside a sentence, with an apposition that says what
    it is: "CARE, its clinical foundation model" names a model, not care."""
    word = phrase.words[0]
    return (
        len(phrase.words) == 1
        and len(word) >= 3
        and word.isupper()
        and not phrase.sentence_start
        and _apposition(text[phrase.end : phrase.end + 60]) is not None
    )


def _field_ai(phrase: Phrase, lower_words: frozenset[str]) -> bool:
    """ "Hospital Hygiene AI", "Vascular AI": a field of AI, named in a title or a sector line
    by words the text also writes in lower case ("hospital hygiene teams"), not a company
    ("Mammora AI": Mammora is no ordinary word)."""
    words = phrase.words
    return (
        len(words) > 1
        and words[-1] == "AI"
        and not any(_shape_says_name(w) for w in words[:-1])
        and all(w.lower() in lower_words for w in words[:-1])
    )


def _ordinary_opening(phrase: Phrase, lower_words: frozenset[str]) -> bool:
    """A sentence opens with words the text also writes in lower case (or a modality such as
    CT): capitalised because they come first, not because they name a company."""
    words = phrase.words
    return (
        phrase.sentence_start
        and len(words) > 1
        and _head_class(words) is None
        and not any(_shape_says_name(w) for w in words)
        and all(w.lower() in lower_words or w in MEDICAL_ACRONYMS for w in words)
    )


_SPEECH_AFTER = re.compile(r"^,?\s+(?:also\s+)?(?:said|says|told|added|adds|noted|explained)\b")
_SPEECH_BEFORE = re.compile(r"(?:\bsaid|\bsays|\baccording to|\btold)\s+$", re.IGNORECASE)
_JOB_AFTER = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[a-z-]+\s+){0,3}?(?:chief|director|head|professor"
    r"|analyst|founder|co-founder|ceo|cfo|cto|president|manager|partner|researcher|spokesperson"
    r"|spokeswoman|spokesman|officer|physician|radiologist|nurse|dean|chair|lead|vp)\b",
    re.IGNORECASE,
)


# words that open the name of a public programme, not of an investor: "Innovation Fund"
_PROGRAMME_WORDS = frozenset(
    word_list(
        "Innovation Development Research Science Sciences Scientific Digital AI Social Impact"
        " Public Federal State Regional Provincial Municipal City County Structural Cohesion"
        " Recovery Resilience Pandemic Emergency Strategic Transformation Modernisation"
        " Modernization Challenge Catalyst Discovery Industrial Industry Technology Medical"
        " Health Healthcare Cancer Patient Patients Relief Support Access Equity Early Stage"
    )
)


def _investor_fund_name(words: tuple[str, ...]) -> bool:
    """The words before "Fund" name a brand (Saltmarsh Labs), not a public purpose."""
    first = words[0]
    if first in _NATIONAL or first in _PROGRAMME_WORDS or first.lower() in EN_STOP_WORDS:
        return False
    return (
        first.isalpha()
        and first[:1].isupper()
        and _head_class(words)
        not in (
            "GovernmentBody",
            "Policy",
        )
    )


def _looks_like_person(text: str, phrase: Phrase, before: str) -> bool:
    """Two plain capitalised words that speak or hold a job: "Tom Becker said",
    "said Maria Lopez, chief nursing officer", "according to Alan Kim,"."""
    words = phrase.words
    if len(words) in (3, 4) and (
        words[0].rstrip(".") in _JOB_HEADS or _PERSON_TITLE.search(words[0] + " ")
    ):
        words = words[-2:]  # "Founder Lucia Brandt said", "Dr. Ana Ruiz": a title, then a name
        if not all(w.isalpha() and w[1:].islower() for w in words):
            return False
        return _head_class(words) is None
    if len(words) != 2 or not all(w.isalpha() and w[1:].islower() for w in words):
        return False
    if _head_class(words) is not None:
        return False  # "Tempus Labs said": a company's head word
    after = text[phrase.end : phrase.end + 60]
    return bool(
        _SPEECH_AFTER.match(after)
        or _SPEECH_BEFORE.search(before)
        or _JOB_AFTER.match(after)
        or JOB_BEFORE.search(before)
    )


def _personal_name(words: tuple[str, ...]) -> bool:
    """Two plain capitalised words that are no organisation's: "Keiko Arai" (of X Hospital)."""
    return (
        len(words) == 2
        and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words)
        and _head_class(words) is None
        and not any(w in _NATIONAL or w in _JOB_WORDS or w in GENERIC_NAME_WORDS for w in words)
    )


def person_words(text: str, all_phrases: list[Phrase]) -> frozenset[str]:
    """The words of the people a text names ("Tom Ashby said", "Dr. Lena Morrow"): said
    alone later ("Ashby added"), they name the same person, not an organisation."""
    out: set[str] = set()
    for phrase in all_phrases:
        words = phrase.words
        before = text[max(0, phrase.start - 40) : phrase.start]
        if _PERSON_TITLE.search(words[0] + " ") or words[0].rstrip(".") in _JOB_HEADS:
            words = words[1:]
        elif not (
            _PERSON_TITLE.search(before)
            or JOB_BEFORE.search(before)
            or _looks_like_person(text, phrase, before)
        ):
            continue
        if "of" in words:
            words = words[: words.index("of")]
        if _personal_name(words):
            out.update(words)
    return frozenset(out)


def _without_back_reference(text: str, phrase: Phrase) -> Phrase:
    """ "Device Evaluation Division of the Authority": the unit, without "of the" and the body
    the text named before."""
    words = phrase.words
    if len(words) >= 4 and words[-3:-1] == ("of", "the") and words[-1] in _BACK_REFERENCES:
        cut = phrase.text.rindex(" of the ")
        return Phrase(
            phrase.start, phrase.start + cut, words[:-3], phrase.sentence_start, phrase.text[:cut]
        )
    return phrase


def _after_person(text: str, phrase: Phrase) -> Phrase:
    """ "Dr. Lin Haoran of Sunvale Children's Hospital", "CEO of Corvanta Health": a person or
    a job title (or a funding round, "Series A of X"), then "of" and the organisation's name."""
    if "of" not in phrase.words[1:-1] or _head_class(phrase.words) in ("Policy", "Report"):
        return phrase  # "Vellmar Code of Practice for AI Devices": one title, no person
    k = phrase.words.index("of", 1)
    before = text[max(0, phrase.start - 12) : phrase.start]
    titled = all(w.rstrip(".") in _JOB_WORDS for w in phrase.words[:k]) and any(
        w.rstrip(".") in _JOB_HEADS for w in phrase.words[:k]
    )
    # "Professor Elena Marsh of X": the title is part of the phrase when it is capitalised
    title_first = _PERSON_TITLE.search(phrase.words[0] + " ") is not None and k <= 4
    named = (
        k == 2 and _personal_name(phrase.words[:2]) and _head_class(phrase.words[3:]) is not None
    )
    # "the $16 million Series A of Helix Sports Imaging": a round of the firm, not a name
    round_of = k <= 3 and phrase.words[0] in ("Series", "Pre-Series", "Seed", "Angel", "Round")
    if not _PERSON_TITLE.search(before) and not (titled or title_first or named or round_of):
        return phrase
    rest = phrase.words[k + 1 :]
    if rest and rest[0] == "the":
        rest = rest[1:]
    if not rest:
        return phrase
    start = text.index(rest[0], phrase.start + len(" ".join(phrase.words[: k + 1])))
    return Phrase(start, phrase.end, rest, False, text[start : phrase.end])


def _is_round(text: str, phrase: Phrase) -> bool:
    """ "C2轮", "Pre-A轮", "B+ round": a funding round, not a name."""
    after = text[phrase.end : phrase.end + 7]
    return len(phrase.words) == 1 and bool(re.match(r"\+?(?:轮| round\b)", after))


_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z0-9]+)+")


def _inside_cjk_word(text: str, phrase: Phrase) -> bool:
    """A Latin word glued to Chinese on both sides is usually part of a Chinese name."""
    before = text[phrase.start - 1] if phrase.start else ""
    after = text[phrase.end] if phrase.end < len(text) else ""
    if _ZH_LEADING.search(text, max(0, phrase.start - 6), phrase.start):
        return False  # "筛查模型RetiNova已上线": a type noun, then the name
    if _FAMILY.search(phrase.text) or MODEL_CODE.match(phrase.text):
        return False  # "测试了Qwen2.5-72B与": a versioned model name stands on its own
    if _trailing_cue(text[phrase.end : phrase.end + 6]) is not None:
        return False  # "在CMB-Exam评测集上": the noun after says what the name is
    if _ZH_FIRM_AFTER.match(text, phrase.end):
        return False  # "美国Omnicell旗下的…": what follows says a firm stands there
    if _CAMEL.fullmatch(phrase.text) and text[max(0, phrase.start - 1) : phrase.start] == "的":
        return False  # "卓远智能推出的MedWriter基于…": a coined name, capitals inside
    return bool(before and after and is_cjk(before) and is_cjk(after)) and len(phrase.words) == 1


_PAREN_ACRONYM = re.compile(r"\s?[（(]([A-Z][A-Za-z0-9&]{1,9})[)）]")


def _acronym_definitions(text: str) -> Iterator[Candidate]:
    """ "Long Form Name (LFN)": the long form is a name; its acronym is another name for it."""
    for match in _PAREN_ACRONYM.finditer(text):
        acronym = match.group(1)
        if not acronym.isupper() or len(acronym) < 2:
            continue
        window = text[max(0, match.start() - 120) : match.start()]
        long_form = _long_form(window, acronym)
        if long_form is None:
            continue
        l_start = match.start() - len(window) + window.rindex(long_form)
        lower = [w for w in long_form.split()[1:] if w[:1].islower() and w not in EN_CONNECTORS]
        if lower:
            continue  # "Annual recurring revenue (ARR)": a term the text abbreviates, no name
        head = _head_class(tuple(long_form.split())) or "Organization"
        yield Candidate(l_start, l_start + len(long_form), long_form, head, 0.75, "acronym")
        a_start = match.start(1)
        # the acronym is another name of the long form: one entity
        yield Candidate(a_start, a_start + len(acronym), long_form, head, 0.7, "acronym")


def _long_form(window: str, acronym: str) -> str | None:
    """Schwartz & Hearst: the shortest run of words before "(ACR)" whose letters spell it."""
    words = re.findall(r"[A-Za-z][\w\-’']*|&", window)
    if not words:
        return None
    letters = acronym.lower()
    for size in range(1, min(len(words), len(acronym) + 5) + 1):
        candidate = words[-size:]
        if not candidate[0][0].isupper():
            continue
        if _spells(" ".join(candidate).lower(), letters) and candidate[0][0].lower() == letters[0]:
            # the words must run together right up to the bracket, spaced as written: words
            # picked across Chinese text (英伟达Isaac医疗…平台）\n英伟达（NVIDIA）) define nothing
            match = re.search(r"\s+".join(re.escape(w) for w in candidate) + r"\s*$", window)
            return match.group().strip() if match else None
    return None


def _spells(long_form: str, letters: str) -> bool:
    li = len(long_form) - 1
    for ch in reversed(letters):
        while li >= 0 and long_form[li] != ch:
            li -= 1
        if li < 0:
            return False
        li -= 1
    return True

"""Use cases no vocabulary lists, read from the words a report uses to say what a thing is for.

A vocabulary never holds every task a product serves. When a sentence says what an offering
or a company is for (``用于X``, ``应用于X场景``, ``专注于X``, ``面向X``, ``支持X``, ``可实现X``,
``提供X服务``, ``覆盖X、Y等场景``, "used for X", "applied to X", "designed for X", "indicated for
X", "supports X", "automates X") and ``X`` is a short noun phrase that ends in a task word
(诊断, 筛查, 质控, detection, triage, scoring...), :func:`free_use_cases` names ``X`` as a
:class:`~medatlas.loaders.extract.model.Mention` of class ``UseCase`` (method
:data:`FREE_METHOD`, no IRI). Every task listed after the cue counts ("used for A, B and C").
The relation patterns then bind it to its subject like any other use case; the pipeline files
it as a discovered concept.

The phrase a report writes wins over a vocabulary word inside it: a use case that opens a
longer task phrase (ECG of "ECG rhythm classification") gives way to the phrase, and a generic
one that ends it (辅助诊断 of 常见病辅助诊断) gives way to the phrase :mod:`.usecase_phrases`
widens it to. A list of conditions before a noun that says they are conditions
(``覆盖A、B、C等12类病种``, ``完成A、B等病灶的检出``) names each item, task word or not.
A verb that names a task names it with its object ("predicts postpartum hemorrhage" is the use
case *postpartum hemorrhage prediction*: the mention covers the object, its ``name`` is the
task), and an apposition may name a task before the kind of offering that does it (", its
fetal heart-rate monitoring software").

Precision comes first: the phrase must stand alone (punctuation, a conjunction or a
preposition right after it), hold no name already found, and be short (at most
:data:`MAX_ZH` characters in Chinese, :data:`MAX_EN_WORDS` words in English); a phrase that
holds a goal or an audience (提升, 医生, 患者, "for the") names no task.
:func:`use_case_cell` does the same for a table cell under a use-case column, where the
header already says what the cell holds.

>>> [m.text for m in free_use_cases("甲系统主要用于术后伤口评估。", 0, 14, [])]
['术后伤口评估']
>>> text = "Kestrel is used for wound assessment, not billing."
>>> [m.text for m in free_use_cases(text, 0, len(text), [])]
['wound assessment']
>>> [m.text for m in free_use_cases("资金将用于提升服务效率。", 0, 12, [])]
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.usecase_phrases import (
    EN_NOT_NARROWING,
    LIST_CLOSE_ZH,
    LIST_LEAD_ZH,
    TASK_HEAD_EN,
    TASK_HEAD_ZH,
    WIDE_METHOD,
    widen_use_cases,
)

__all__ = [
    "FREE_CONFIDENCE",
    "FREE_METHOD",
    "FREE_METHODS",
    "TASK_VERBS_EN",
    "free_use_cases",
    "listed_tasks",
    "promoted_items",
    "use_case_cell",
]

FREE_METHOD = "free-use-case"
FREE_METHODS = frozenset({FREE_METHOD, WIDE_METHOD})  # use cases no vocabulary concept names
FREE_CONFIDENCE = 0.7
CELL_METHOD = "use-case-cell"
MAX_ZH = 10  # characters of a Chinese use-case phrase (糖尿病视网膜病变筛查 is 10)
MAX_EN_WORDS = 4
_MAX_CELL_CHARS = 40

# the words that end a task's name: what a product does, not who it serves
_HEAD_ZH = TASK_HEAD_ZH
_HEAD_EN = TASK_HEAD_EN
_ZH_CUE = re.compile(
    r"(?:主要|可|能够|可以|广泛|已|目前|专门)?(?:用于|应用于|适用于|运用于|应用在|服务于|专注于?"
    r"|聚焦于?|致力于|深耕|主攻|面向|针对|支持|可实现|实现|提供|开展)了?(?:[^\s，,。；;、的]{0,8}的)?"
)
_ZH_PHRASE = re.compile(
    rf"[\u4e00-\u9fffA-Za-z0-9+\-]{{0,{MAX_ZH - 2}}}?(?:{_HEAD_ZH})"
    r"(?=(?:服务|场景|领域|环节|工作|业务|等场景|等领域|等)?(?:[，,。；;、和与及）)]|$)"
    r"|等?[两三四五六七八九十\d]+[类项个大种](?:能力|功能|服务|场景|应用))"
)
# an item of a list after a cue, up to what ends it: 不良事件智能采集、MedDRA自动编码和信号检测服务
_ZH_ITEM = re.compile(
    rf"(?:(?![的等])[\u4e00-\u9fffA-Za-z0-9+\-]){{2,{MAX_ZH}}}?"
    r"(?=、|以及|和|与|及|(?:服务|场景|领域|环节|工作|业务|等)?(?:[，,。；;）)]|$)"
    r"|等?[两三四五六七八九十\d]+[类项个大种](?:能力|功能|服务|场景|应用|模块))"
)
# an item that names who is served (基层医疗机构), not a task
_ZH_SERVED = re.compile(r"(?:机构|中心|医院|企业|药企|单位|部门|科室|患者|人群)$")
_ZH_ITEM_AND = re.compile(r"、|以及|和|与|及")
_ENDS_IN_TASK = re.compile(rf"(?:{_HEAD_ZH})$")
_MIN_OTHER_ITEM = 4  # characters of an item without a task word in a list that has one
# words inside a Chinese phrase that make it a clause (a goal, an action), not a task's name
_ZH_NOT_TASK = re.compile(
    r"[的和与及或]|提升|提高|帮助|实现|降低|减少|缩短|改善|提供|进行|开展|完成|扩大|加快|推动|支持"
    r"|医生|患者|医院|团队|产品|资金|效率"
)
# a cell of two task words joined once: 透析病历生成与质控, MDT与治疗决策支持
_CELL_JOINED = re.compile(r"[^和与及的或]{2,}[和与及][^和与及的或]{2,}")
_CELL_JOINER = re.compile(r"[和与及]|(?<=决策)支持")
_ZH_AND = re.compile(r"(?:服务|场景|领域|环节|工作|业务)?(?:[和与及、]|以及)")
_ZH_LIST = re.compile(
    rf"(?:{LIST_LEAD_ZH})(?:了)?[：:]?(?P<items>[^，,。；;：:]{{2,80}}?){LIST_CLOSE_ZH}"
)
# "覆盖A、B、C等12类病种", "完成A、B及C等病灶的检出": the items name the conditions a product
# finds or serves; the noun after 等 says so, so an item needs no task word of its own
_ZH_TARGETS = re.compile(
    r"(?:覆盖|涵盖|包括|包含|支持|完成|实现|用于|针对|识别|检出|检测|筛查|诊断|适用于)了?[：:]?"
    r"(?P<items>[^，,。；;：:]{2,60}?)等(?:[多数几十百\d]+[个项类种大])?(?:常见|主要|重点)?"
    r"[\u4e00-\u9fff]{0,4}?(?:病灶|病种|疾病|病变|癌种|适应症|病症|疾患|异常)"
)
_TARGET_ITEM = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9+\-]{{2,{MAX_ZH}}}")
_EN_CUE = re.compile(
    r"\b(?:(?:is|are|was|were|been|being|be)\s+)?(?:(?:used|applied|designed|intended|built"
    r"|developed|approved|cleared|deployed|optimi[sz]ed|validated|trained)\s+(?:for|in|to)"
    r"|for use in|focused on|focuses on|speciali[sz](?:es|ed|ing) in|dedicated to|aimed at"
    r"|indicated for|for|(?:offers|provides|delivers|automates|streamlines|supports|enables"
    r"|performs|handles))\s+",
    re.IGNORECASE,
)
_EN_PHRASE = re.compile(
    rf"(?:(?:[a-z][a-z0-9-]*|[A-Z0-9][A-Z0-9-]{{1,6}})\s+){{0,{MAX_EN_WORDS - 1}}}"
    rf"(?:{_HEAD_EN})(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|in|at|across|with|among|within|for|by|on"
    r"|from|to|using)\b)"
)
# leading words that open a clause or a goal ("for the", "for improving"), never a task's name
_EN_NOT_TASK = re.compile(
    r"^(?:the|a|an|its|their|our|this|that|these|those|all|more|better|faster|improving"
    # a joining word, not one inside a hyphened word ("vein-to-vein orchestration")
    r"|improved|use|using|example|instance)\b|(?<![\w-])(?:and|or|of|to|is|are)(?![\w-])",
    re.IGNORECASE,
)
# the last word of a cell that names a product or a project rather than a task
_OFFERING_END = re.compile(
    r"(?:平台|系统|软件|工具|产品|项目|工程|云|APP|App|小程序|升级|建设|改造)$"
    r"|\b(?:platform|system|software|suite|app|project|programme|program|upgrade)$",
    re.IGNORECASE,
)
# what a clause about money says before 用于 / "used for"
_FUNDS = re.compile(
    r"资金|融资|募资|募集|款项|本轮|所得|投资款|\b(?:funds?|funding|proceeds|capital|money|raised?"
    r"|financing|round)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[，,。；;：:！？!?]")


class TaskVerb(NamedTuple):
    """A verb that names a task by what it does to its object, and the task's head noun:
    "predicts postpartum hemorrhage" is postpartum hemorrhage prediction."""

    said: str  # the third-person form; the base form counts after "to", "can", "helps"
    base: str
    noun: str


_TASK_VERBS = (
    TaskVerb("predicts", "predict", "prediction"),
    TaskVerb("forecasts", "forecast", "forecasting"),
    TaskVerb("detects", "detect", "detection"),
    TaskVerb("diagnoses", "diagnose", "diagnosis"),
    TaskVerb("monitors", "monitor", "monitoring"),
    TaskVerb("screens for", "screen for", "screening"),
    TaskVerb("triages", "triage", "triage"),
    TaskVerb("grades", "grade", "grading"),
    TaskVerb("quantifies", "quantify", "quantification"),
    TaskVerb("transcribes", "transcribe", "transcription"),
    TaskVerb("schedules", "schedule", "scheduling"),
    TaskVerb("stratifies", "stratify", "stratification"),
)
_BASE_LEAD = r"(?:\bto|\bcan|\bhelps?(?:\s+\w+)?|\bwill|\bmay)\s+"
# every form of the verbs, for a relation rule that binds "X predicts Y" (the object is Y)
TASK_VERBS_EN = "|".join([v.said for v in _TASK_VERBS] + [v.base for v in _TASK_VERBS])
_EN_TASK_VERB = re.compile(
    r"\b(?:(?P<said>"
    + "|".join(v.said for v in _TASK_VERBS)
    + r")|"
    + _BASE_LEAD
    + r"(?P<base>"
    + "|".join(v.base for v in _TASK_VERBS)
    + r"))\s+"
)
_EN_OBJECT = re.compile(
    rf"(?:(?:[a-z][a-z0-9-]*|[A-Z0-9][A-Z0-9-]{{1,6}})(?:\s+|(?=[,.;:)]|$))){{1,{MAX_EN_WORDS}}}?"
    r"(?=[,.;:)]|$|(?:and|or|in|at|among|across|within|from|using|with|by|before|up|hours|days"
    r"|weeks|earlier|early|for|on|via|when)\b)"
)
# objects that make the verb a forecast of money or a claim about people, not a task
_EN_NOT_OBJECT = re.compile(
    r"\b(?:the|a|an|its|their|our|this|that|these|those|whether|which|how|when|what|if|who"
    r"|market|markets|growth|demand|revenue|revenues|sales|adoption|spending|prices?|costs?"
    r"|returns?|profits?|earnings|trends?|share|shares|patients?|doctors?|clinicians?|nurses?"
    r"|hospitals?|staff|users?|people|members?|women|mothers|children|customers?|it|them"
    r"|more|less|up|also|all|any|some|many)\b",
    re.IGNORECASE,
)


# a task's name before the kind of offering that does it, in an apposition that says what an
# offering is: ", Norvane's AI-assisted fetal heart-rate monitoring software"
# ("GaitLens, a running-gait analysis model", "Helix, whose ACL-tear detection model")
_EN_WARE_TASK = re.compile(
    r",\s*(?:its|an?|the|our|their|whose|[A-Z][\w-]+['’]s?)\s+(?:[\w-]+\s+){0,3}?"
    r"(?<![\w-])(?P<p>(?:(?:[a-z][a-z0-9-]*|[A-Z]{2,}(?:-[a-z][a-z0-9-]*)?)\s+)"
    rf"{{1,{MAX_EN_WORDS}}}?(?:{_HEAD_EN}))(?:\s+and\s+[a-z][a-z-]*)?\s+"
    r"(?:software|tools?|platforms?|systems?|apps?|applications?|solutions?|services?"
    r"|assistants?|algorithms?|engines?|modules?|models?|devices?|products?|start-?ups?)\b"
)


# "its nurse dispatch platform, HarborOS": a task, a kind, then the name it is set beside
_EN_WARE_NAMED = re.compile(
    r"\b(?:its|their|our)\s+(?P<p>(?:[a-z][a-z0-9-]*\s+){1,3}?"
    rf"(?:{_HEAD_EN}))\s+(?:software|tool|platform|system|app|application|solution|service"
    r"|assistant|engine|module|model|device|product),\s+(?=[A-Z])"
)


def _ware_tasks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the task phrases that stand before a kind of offering, without the words of
    how it is done that open them ("AI-assisted", "automated")."""
    spans: list[tuple[int, int]] = []
    for hit in (
        *_EN_WARE_TASK.finditer(text, start, end),
        *_EN_WARE_NAMED.finditer(text, start, end),
    ):
        a, b = hit.span("p")
        words = text[a:b].split()
        while len(words) > 1 and (
            words[0].lower() in _EN_OPENERS or words[0].lower() in EN_NOT_NARROWING
        ):
            a = text.index(words[1], a + len(words[0]))
            words = words[1:]
        if len(words) > 1:
            spans.append((a, b))
    return spans


def _verb_tasks(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """(start, end, task name) for "X predicts postpartum hemorrhage": the object's words,
    and the task they name with the verb's noun after them."""
    nouns = {v.said: v.noun for v in _TASK_VERBS} | {v.base: v.noun for v in _TASK_VERBS}
    found: list[tuple[int, int, str]] = []
    for verb in _EN_TASK_VERB.finditer(text, start, end):
        noun = nouns[verb.group("said") or verb.group("base")]
        at = verb.end()
        while (obj := _EN_OBJECT.match(text, at, end)) is not None:
            words = obj.group().strip()
            if not words or _EN_NOT_OBJECT.search(words):
                break
            found.append((obj.start(), obj.start() + len(words), f"{words} {noun}"))
            after = _EN_OR.match(text, obj.start() + len(words), end)
            if after is None:
                break
            at = after.end()
    return found


_EN_AND = re.compile(r",?\s+(?:and|or)\s+|,\s*")
# the next object of a task verb: after "and"/"or", or after a comma when a list goes on
_EN_OR = re.compile(r",?\s+(?:and|or)\s+|,\s*(?=(?:[\w-]+\s+){0,3}[\w-]+(?:,|\s+(?:and|or)\s))")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# words that open a noun phrase without naming what a task is about
_EN_OPENERS = frozenset(
    {"a", "an", "the", "its", "their", "our", "his", "her", "this", "that", "these", "those"}
    | {"new", "first", "leading", "own", "whose"}
)
_CJK_DIGITS = re.compile(r"\d|[一二三四五六七八九十百千万亿]+[个项类种家例]")
_HEAD_ONLY = re.compile(rf"(?:AI|智能|辅助|自动)?(?:{_HEAD_ZH}|{_HEAD_EN})", re.IGNORECASE)
_WORD_CONCEPTS = frozenset({"Segment", "Technology"})  # words a task's name may hold


def _zh_task_list(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The items of a list after a cue of which one ends in a task word: each item of four
    characters or more is a task too (提供不良事件智能采集、MedDRA自动编码和信号检测服务)."""
    items: list[tuple[int, int]] = []
    while (item := _ZH_ITEM.match(text, at, end)) is not None:
        items.append(item.span())
        joiner = _ZH_ITEM_AND.match(text, item.end(), end)
        if joiner is None:
            break
        at = joiner.end()
    if len(items) < 2 or not any(_ENDS_IN_TASK.search(text, a, b) for a, b in items):
        return []
    return [
        (a, b)
        for a, b in items
        if _ENDS_IN_TASK.search(text, a, b)
        or (
            b - a >= _MIN_OTHER_ITEM
            and not _ZH_SERVED.search(text, a, b)
            and not _CJK_DIGITS.search(text, a, b)
        )
    ]


def free_use_cases(text: str, start: int, end: int, taken: Sequence[Mention]) -> list[Mention]:
    """``UseCase`` mentions for task phrases in ``text[start:end]`` that no mention covers.

    ``taken`` are the mentions already found in the sentence: a phrase that overlaps an
    entity or a use case is left to it; one that holds a segment or a technology (医保 of
    医保政策解答) takes its place, so the caller drops the mentions a phrase covers. A generic
    vocabulary use case that only heads a longer task phrase (辅助诊断 of 常见病辅助诊断, see
    :mod:`.usecase_phrases`) gives way to the phrase.
    """
    wide = [w.mention for w in widen_use_cases(text, start, end, taken)]
    if wide:
        taken = [m for m in taken if not any(w.start <= m.start < w.end for w in wide)] + wide
    found: list[Mention] = list(wide)

    def add(
        a: int, b: int, name: str = "", *, kind_after: bool = False, alone: bool = False
    ) -> None:
        while a < b and text[a].isspace():
            a += 1
        if b - a < 2 or any(m.start < b and a < m.end for m in found):
            return
        if alone and any(m.start < b and a < m.end for m in taken):
            return  # a listed item without a task word holds no other name (智能导诊试用)
        rest = text[a:b]
        narrowed = False  # a use case opens the phrase: "糖网病变分级" narrows 糖网病变
        for m in sorted(taken, key=lambda m: -m.start):
            if kind_after and m.cls == "Technology" and a < m.start < b < m.end:
                continue  # 脱靶毒性预测模型: 预测模型 is the kind the task names; the task wins
            inside = a <= m.start and m.end <= b and _may_narrow(m, b)
            if m.start < b and a < m.end and not inside:
                return
            if inside:
                rest = rest[: m.start - a] + rest[m.end - a :]
                narrowed = narrowed or m.cls == "UseCase"
        if not narrowed and _HEAD_ONLY.fullmatch(rest.strip()):
            return  # "人工智能分析": a technology and a bare task word name no task
        phrase = text[a:b]
        if _CJK.search(phrase):
            if _ZH_NOT_TASK.search(phrase) or len(phrase) > MAX_ZH:
                return
        elif _EN_NOT_TASK.search(phrase):
            return
        name = name or phrase
        found.append(Mention(a, b, phrase, "UseCase", FREE_CONFIDENCE, FREE_METHOD, name=name))

    for cue in _ZH_CUE.finditer(text, start, end):
        if _spends_funds(text, start, cue.start()):
            continue
        phrase = _ZH_PHRASE.match(text, cue.end(), end)
        while phrase:  # "用于A和B": every task listed after the cue
            add(phrase.start(), phrase.end())
            after = _ZH_AND.match(text, phrase.end(), end)
            phrase = _ZH_PHRASE.match(text, after.end(), end) if after else None
        for a, b in _zh_task_list(text, cue.end(), end):
            add(a, b, alone=not _ENDS_IN_TASK.search(text, a, b))
    for listing in _ZH_LIST.finditer(text, start, end):
        for at, stop in _list_items(text, *listing.span("items"), _AND_ZH):
            item = text[at:stop]
            if not re.fullmatch(rf"[\u4e00-\u9fffA-Za-z0-9+\-]{{2,{MAX_ZH}}}", item):
                continue
            if re.search(rf"(?:{_HEAD_ZH})$", item):
                add(at, at + len(item))
            elif listing.group().endswith("功能"):
                add(at, at + len(item), alone=True)  # 出血日记、输注记录等功能: functions by name
    for listing in _ZH_TARGETS.finditer(text, start, end):
        for at, stop in _list_items(text, *listing.span("items"), _AND_ZH_LONG):
            item = text[at:stop]
            if _TARGET_ITEM.fullmatch(item) and not _CJK_DIGITS.search(item):
                add(at, at + len(item))
    for cue in _EN_CUE.finditer(text, start, end):
        if _spends_funds(text, start, cue.start()):
            continue
        phrase = _EN_PHRASE.match(text, cue.end(), end)
        while phrase:  # "used for A, B and C": every task listed after the cue
            add(phrase.start(), phrase.end())
            after = _EN_AND.match(text, phrase.end(), end)
            phrase = _EN_PHRASE.match(text, after.end(), end) if after else None
    for a, b, name in _verb_tasks(text, start, end):
        add(a, b, name)
    for a, b in _ware_tasks(text, start, end):
        add(a, b)
    named_after = [
        hit
        for hit in _ZH_LAUNCHED_TASK.finditer(text, start, end)
        if _names_next(text, hit.end(), taken)
    ]
    for hit in (
        *_ZH_NAME_THEN_TASK.finditer(text, start, end),
        *_ZH_TASK_THEN_NAME.finditer(text, start, end),
        *named_after,
    ):
        a, b = hit.span("p")
        lead = _TASK_LEAD.match(text, a, b)  # “X”以自研语音识别模型Y: 以 and 自研 say how
        add(lead.end() if lead else a, b, kind_after=True)
    return sorted(found, key=lambda m: m.start)


# words before a task that say how or whose it is, not which task: 以, 由, 自研
_TASK_LEAD = re.compile(
    r"(?:以|由|为|在|对|将|把|被|从|向|用|经|凭借|依托)?(?:自研|自主研发|自主|自有)?"
)
# what separates the items of a Chinese list: 、 和 与 及 /, and 以及 where it is read whole
_AND_ZH = re.compile(r"[、和与及/]")
_AND_ZH_LONG = re.compile(r"以及|[、和与及/]")


def _list_items(
    text: str, start: int, end: int, separators: re.Pattern[str]
) -> list[tuple[int, int]]:
    """The spans of the items of the list in ``text[start:end]`` (empty items included)."""
    spans, cursor = [], start
    for item in separators.split(text[start:end]):
        at = text.index(item, cursor) if item else cursor
        cursor = at + len(item)
        spans.append((at, cursor))
    return spans


_TASK_CHARS = r"(?:[\u4e00-\u9fffA-Za-z0-9+](?<![的了款个其和与及]))"
_WARE_ZH = "产品|系统|平台|软件|大模型|模型|工具|助手|机器人|解决方案|模块"
# “视术Insight”手术视频分析平台: the task the kind of offering after a quoted name does
_ZH_NAME_THEN_TASK = re.compile(
    rf"[”」\"』](?P<p>{_TASK_CHARS}{{2,{MAX_ZH}}}?(?:{_HEAD_ZH}))(?:{_WARE_ZH})"
)
# 肺结节分割模型“瞳析-Lung”, 床位调度产品“卓远床管通”, 脱靶毒性预测模型ToxLens: the task
# before the kind and the name (quoted, or a Latin-script name with a capital and a lower-case
# letter or a digit, so not an acronym such as AUC)
_ZH_TASK_THEN_NAME = re.compile(
    rf"(?:的|了|款|个|其|为|、|，|,|：|:)(?P<p>{_TASK_CHARS}{{2,{MAX_ZH}}}?(?:{_HEAD_ZH}))"
    rf"(?:{_WARE_ZH})(?:[“「\"『]|\s?(?=[A-Z][A-Za-z]*[a-z0-9][\w\-]*))"
)


# 发布医学翻译大模型言桥MedTrans, 推出实时问诊翻译系统“译医通”, 核心是X模型Y, 包括X系统“Y”:
# after a verb of launching or being, the task before the kind of offering whose name follows
# (see :func:`_names_next`)
_ZH_LAUNCHED_TASK = re.compile(
    r"(?:发布|推出|上线|研发|开发|打造|引入|部署|采用|使用|名为|即|是|包括|包含|例如|如)了?"
    rf"(?P<p>{_TASK_CHARS}{{2,{MAX_ZH}}}?(?:{_HEAD_ZH}))(?:{_WARE_ZH})"
)
_OFFERING_CLASSES = frozenset({"Product", "Platform", "AIModel"})


def _names_next(text: str, at: int, taken: Sequence[Mention]) -> bool:
    """True if an offering's name starts at ``at``: quoted, Latin-script with a capital and a
    lower-case letter or a digit (not an acronym such as AUC), or one already found."""
    if re.match(r"[“「\"『]|\s?[A-Z][A-Za-z]*[a-z0-9]", text[at : at + 4]):
        return True
    return any(m.start == at and m.cls in _OFFERING_CLASSES for m in taken)


def _spends_funds(text: str, start: int, cue: int) -> bool:
    """True if the clause before a cue is about money ("资金将用于…", "proceeds will be used
    for…"): what funds pay for (算法优化, hiring) is no task a product serves."""
    clause = max((m.end() for m in _CLAUSE_END.finditer(text, start, cue)), default=start)
    return _FUNDS.search(text, clause, cue) is not None


def _may_narrow(mention: Mention, end: int) -> bool:
    """True if a task phrase ending at ``end`` may hold ``mention`` as one of its words.

    A segment or a technology may (医保 of 医保政策解答); so may a use case that opens the phrase
    without ending it (ECG of "ECG rhythm classification"): the phrase is the narrower task.
    A use case that ends the phrase is its head and keeps its name (see :mod:`.usecase_phrases`
    for the generic ones that give way).
    """
    return mention.cls in _WORD_CONCEPTS or (mention.cls == "UseCase" and mention.end < end)


# a Chinese task and its English translation in one cell
_BILINGUAL_CELL = re.compile(
    r"([\u4e00-\u9fff][^A-Za-z]*?[\u4e00-\u9fff])\s*/?\s*[a-z][a-z0-9\s/-]*"
)


def use_case_cell(text: str, span: tuple[int, int]) -> Mention | None:
    """A ``UseCase`` mention for a whole table cell under a use-case column, if it is one name.

    A cell that reads as a short noun phrase (no sentence punctuation, at most five words or
    :data:`MAX_ZH` + 2 Chinese characters) names the use case of its row, unless its last word
    makes it a product or a project (平台, 系统, 升级, "platform").
    """
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in "等."):
        b -= 1
    cell = text[a:b]
    bilingual = _BILINGUAL_CELL.fullmatch(cell)
    if bilingual is not None:  # "脓毒症早期预警 sepsis early warning": the task, then its gloss
        b = a + len(bilingual.group(1))
        cell = text[a:b]
    if not cell or len(cell) > _MAX_CELL_CHARS or re.search(r"[，,。；;：:！？!?()（）\n]", cell):
        return None
    if _OFFERING_END.search(cell):
        return None  # "区域健康信息平台升级": a product or a project, not a task
    if _CJK.search(cell):
        # two tasks joined by 与/和/及 in one cell are one task phrase (透析病历生成与质控)
        joined = _CELL_JOINED.fullmatch(cell) is not None
        limit = MAX_ZH + (6 if joined else 2)
        words = _CELL_JOINER.sub("", cell) if joined else cell
        if len(cell) > limit or _ZH_NOT_TASK.search(words) or "、" in cell:
            return None
    elif len(cell.split()) > MAX_EN_WORDS + 1 or not re.fullmatch(r"[A-Za-z0-9][\w\s+/-]*", cell):
        return None
    return Mention(a, b, cell, "UseCase", FREE_CONFIDENCE, CELL_METHOD, name=cell)


# ---- what a policy pushes ------------------------------------------------------------------------

PROMOTED_METHOD = "promoted-item"
_CONCEPT_WORDS = frozenset({"Segment", "Technology", "UseCase"})
# the verbs a policy pushes a list of tasks with: 推广A、B和C; 明确支持A与B; 推动A、B与C
_ZH_PROMOTE = re.compile(
    r"(?:(?:明确|重点|积极|大力|加快|有序)?(?:推广|推动|推进|支持|鼓励|发展|探索|促进|部署|布局)"
    r"(?:开展|建设|应用|发展)?|明确(?=[^，,。；;]{4,80}?[一二三四五六七八九十两\d]+[类项个种大]"
    r"[^，,。；;]{0,8}(?:任务|方向|重点|场景|领域)))+[：:]?"
)
# where a list after the verb ends: the clause, or a count of kinds (…四类智能化建设任务)
_LIST_END = re.compile(r"[，,。；;：:！？!?（(\n]|等|[一二三四五六七八九十两\d]+[类项个种大]")
# a task a policy pushes may be named at length when it ends in a task word: 孕早期子痫前期风险
# 筛查 (11 characters), not 胃镜AI辅助诊断联动模式
_MAX_PROMOTED = 12
_PROMOTED_ITEM = re.compile(
    rf"[\u4e00-\u9fffA-Za-z0-9+\-]{{3,{MAX_ZH}}}"
    rf"|(?=[\u4e00-\u9fffA-Za-z0-9+\-]{{{MAX_ZH + 1},{_MAX_PROMOTED}}}$)"
    rf"[\u4e00-\u9fffA-Za-z0-9+\-]+?(?:{_HEAD_ZH})"
)
# words that make an item a clause or a place, not a task's name
_NOT_PROMOTED = re.compile(
    r"[的了在对向为把将]|医院|医疗机构|机构|院校|基地|企业|部门|使用|利用|采用|配备|通过|开展|实现"
    r"|建设$"
)


# who or what a push verb names before the task it pushes, up to the verb that does the task:
# 鼓励[县级妇幼保健机构]引入…, 支持应用[人工智能]开展…, 鼓励[利用互联网和人工智能技术]提供…,
# 推广[脓毒症等危重症的]…, 推动[大型医用设备]开展[基于物联网的]…
_PUSH_FRAME = re.compile(
    r"(?:[^，,。；;：:！？!?\n]{1,24}?(?:开展|实施|提供|引入|进行)(?:基于[^，,。；;、]{1,10}?的)?"
    r"|[^，,。；;：:！？!?\n等]{1,12}等[^，,。；;：:！？!?\n的]{1,8}的)"
)
# the means a task is done by, before the task's own words: 人工智能辅助关节影像评估
_MEANS_FIRST = re.compile(r"(?:人工智能|AI|大数据|大模型)(?:技术)?辅助")
_MIN_AFTER_MEANS = 4  # characters a task keeps after its means is dropped (…辅助阅片 keeps it)


def promoted_items(text: str, start: int, end: int, taken: Sequence[Mention]) -> list[Mention]:
    """``UseCase`` mentions for the tasks a policy's words push, listed after a push verb.

    ``推广处方前置审核、智能审方和用药咨询``: each item of the list, when every item reads as a
    task's name (three to ten characters, no project such as ``…平台建设``, no clause or place
    words: ``支持医学院校和…基地建设`` lists who, not what) and no name covers it; a concept
    already named keeps its mention, one inside an item (重症监护 of 远程重症监护) gives way to
    the item, and a last item that describes (``…和面向患者的用药咨询机器人``) closes the list.
    ``明确`` pushes a list only when a count of kinds of tasks closes it
    (``明确A、B和C三类建设任务``).
    Who or what the verb names first, up to the verb that does the task (``鼓励医疗机构引入…``,
    ``支持应用人工智能开展…``), is left out; then every item must end in a task word, and a
    means written before a task (人工智能辅助关节影像评估) is no part of its name.
    The caller reads them only in a policy's sentence or a policy table's content cell.

    >>> [m.text for m in promoted_items("推动智能配药、静配中心自动化与处方流转。", 0, 20, [])]
    ['智能配药', '静配中心自动化', '处方流转']
    >>> promoted_items("支持医学院校和培训基地建设仿真中心。", 0, 18, [])
    []
    >>> text = "支持应用人工智能开展超声影像辅助识别和肝纤维化无创评估。"
    >>> [m.text for m in promoted_items(text, 0, len(text), [])]
    ['超声影像辅助识别', '肝纤维化无创评估']
    """
    found: list[Mention] = []
    for cue in _ZH_PROMOTE.finditer(text, start, end):
        kept: list[tuple[int, int]] = []
        frame = _PUSH_FRAME.match(text, cue.end(), end)
        if frame is not None:
            pushed = _pushed_items(text, frame.end(), end, taken)
            kept = [(a, b) for a, b in pushed if _ENDS_IN_TASK.search(text, a, b)]
            if len(kept) < len(pushed):
                kept = []
        if not kept:
            kept = _pushed_items(text, cue.end(), end, taken)
        for a, b in kept:
            if not any(m.start < b and a < m.end for m in found):
                phrase = text[a:b]
                found.append(
                    Mention(a, b, phrase, "UseCase", FREE_CONFIDENCE, PROMOTED_METHOD, name=phrase)
                )
    return found


def _pushed_items(text: str, at: int, end: int, taken: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of the tasks listed from ``at`` (see :func:`promoted_items`), or none when
    any item reads as a clause, a place or a project."""
    stop = _LIST_END.search(text, at, end)
    items = _list_items(text, at, stop.start() if stop else end, _AND_ZH_LONG)
    kept: list[tuple[int, int]] = []
    for k, (a, b) in enumerate(items):
        if any(m.start <= a and b <= m.end for m in taken):
            continue  # a name or a concept already covers it
        a, b = _without_means(text, a, b)
        b = _without_kind(text, a, b)
        phrase = text[a:b]
        if k and k == len(items) - 1 and "的" in phrase:
            break  # "A、B和面向患者的C": a description closes the list
        if (
            not _PROMOTED_ITEM.fullmatch(phrase)
            or _NOT_PROMOTED.search(phrase)
            or not _CJK.search(phrase)
            or any(
                m.start < b
                and a < m.end
                and not (m.cls in _CONCEPT_WORDS and a <= m.start and m.end <= b)
                for m in taken
            )
        ):
            return []
        kept.append((a, b))
    return kept


# the kind of offering a task's tool is, written after the task: 人工晶状体度数计算软件
_KIND_AFTER_TASK = re.compile(r"(?:软件|系统|工具|设备)$")


def _without_kind(text: str, a: int, b: int) -> int:
    """Where the task of ``text[a:b]`` ends when a kind of tool follows it (…计算软件)."""
    kind = _KIND_AFTER_TASK.search(text, a, b)
    if kind is None or kind.start() - a < 3:
        return b
    if _ENDS_IN_TASK.search(text, a, kind.start()) or text.endswith("计算", a, kind.start()):
        return kind.start()
    return b


def _without_means(text: str, a: int, b: int) -> tuple[int, int]:
    """``(a, b)`` without the means written before the task, if enough of a task is left."""
    means = _MEANS_FIRST.match(text, a, b)
    if means is not None and b - means.end() >= _MIN_AFTER_MEANS:
        return means.end(), b
    return a, b


# words that make a listed point a rule (监管, 规范) or a price rather than a task pushed
_RULE_WORDS = re.compile(r"监管|规范|管理办法|收费|定价|价格|审查|准入|禁止|不得")
# a point that is a clause or a count, not a task: 涵盖…, 列出84个场景, 设置6个指标, 基层覆盖
_NOT_A_POINT = re.compile(
    r"\d|^(?:涵盖|覆盖|包括|包含|列出|设置|设立|明确|提出|要求|规定|统一)|(?:覆盖|全覆盖)$"
)
_LIST_CELL_SEPARATORS = re.compile(r"[、，,；;/]")


def listed_tasks(text: str, start: int, end: int, taken: Sequence[Mention]) -> list[Mention]:
    """The tasks a policy table's points cell lists bare (``成本核算、运营数据中心、AI辅助决策``).

    A cell of two items or more, each a concept already named or a task's name that
    :func:`promoted_items` would take (three to ten characters, no clause, place or project
    words), and no words of rules or prices (``…监管``, ``…收费``): the points a policy pushes.
    Any item that reads otherwise leaves the cell to the stance rules.

    >>> [m.text for m in listed_tasks("成本核算、运营数据中心、AI辅助决策", 0, 18, [])]
    ['成本核算', '运营数据中心', 'AI辅助决策']
    >>> listed_tasks("规则库分级管理，规范第三方智能审核系统", 0, 19, [])
    []
    """
    if _RULE_WORDS.search(text, start, end) or _ZH_PROMOTE.search(text, start, end):
        return []
    items = [
        (a, b) for a, b in _list_items(text, start, end, _LIST_CELL_SEPARATORS) if text[a:b].strip()
    ]
    if len(items) < 2:
        return []
    out: list[Mention] = []
    for a, b in items:
        a += len(text[a:b]) - len(text[a:b].lstrip())
        b -= len(text[a:b]) - len(text[a:b].rstrip())
        whole = [m for m in taken if m.start == a and m.end == b and m.cls in _CONCEPT_WORDS]
        if whole:
            out.append(whole[0])
            continue
        phrase = text[a:b]
        if (
            not _PROMOTED_ITEM.fullmatch(phrase)
            or _NOT_PROMOTED.search(phrase)
            or _NOT_A_POINT.search(phrase)
            or not _CJK.search(phrase)
            or any(m.start < b and a < m.end and m.cls not in _CONCEPT_WORDS for m in taken)
        ):
            return []
        out.append(Mention(a, b, phrase, "UseCase", FREE_CONFIDENCE, PROMOTED_METHOD, name=phrase))
    return out

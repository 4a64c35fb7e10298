"""Widen a generic vocabulary use case to the task phrase a report writes around it.

A vocabulary lists broad tasks (辅助诊断, 分诊, 数据治理, triage, screening) that reports
narrow with what they are about: ``常见病辅助诊断``, ``脑卒中分诊``, ``临床科研数据治理``,
"chest X-ray triage", "sepsis screening". When the vocabulary term is only the head of such a
phrase, the use case a product addresses is the whole phrase, not the broad term inside it.
:func:`widen_use_cases` returns a ``UseCase`` mention (method :data:`WIDE_METHOD`, no IRI:
the pipeline files it as a discovered concept) for every such phrase; ``broader`` names the
vocabulary concept it narrows. (Consolidation files every discovered concept under the
vocabulary concept its name ends with: :mod:`medatlas.graph.consolidate`.)

A term is widened only when it is a generic task: its label ends in a task word (诊断, 分诊,
screening; 病理切片 names no task) and it is a concept other use cases sit under (辅助诊断 over
肺结节辅助诊断) or a label of one short word (分诊, triage). The words before it must name
what the task is about: a disease, an organ, a modality, a kind of record (常见病, 脑卒中,
乳腺钼靶, chest X-ray). Words that only say how or where a task is done (AI, 智能, 基层,
automated, real-time) narrow nothing; a verb, a function word, punctuation or a name ends the
phrase on the left.

>>> from medatlas.loaders.extract.model import Mention
>>> text = "主要用于常见病辅助诊断。"
>>> head = Mention(7, 11, "辅助诊断", "UseCase", 0.95, "gazetteer", iri="u:dx", name="辅助诊断")
>>> [(w.mention.text, w.broader) for w in widen_use_cases(text, 0, 12, [head], {"u:dx"})]
[('常见病辅助诊断', 'u:dx')]
>>> head = Mention(6, 10, "辅助诊断", "UseCase", 0.95, "gazetteer", iri="u:dx", name="辅助诊断")
>>> widen_use_cases("已在基层开展辅助诊断。", 0, 11, [head], {"u:dx"})
[]
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache

from medatlas.loaders.extract.model import Mention

__all__ = [
    "EN_NOT_NARROWING",
    "LIST_CLOSE_ZH",
    "LIST_LEAD_ZH",
    "TASK_HEAD_EN",
    "TASK_HEAD_ZH",
    "WIDE_CONFIDENCE",
    "WIDE_METHOD",
    "WidePhrase",
    "ends_in_task",
    "generic_use_cases",
    "widen_use_cases",
]

WIDE_METHOD = "wide-use-case"
WIDE_CONFIDENCE = 0.75
MAX_ZH = 12  # characters of the whole Chinese phrase (糖尿病视网膜病变辅助诊断 is 12)
MAX_ZH_MODIFIER = 8
MAX_EN_MODIFIER_WORDS = 3

# the words that end a task's name: what a product does, not who it serves
TASK_HEAD_ZH = (
    "诊断|筛查|检测|分析|识别|管理|质控|随访|分诊|导诊|问诊|预测|评估|监测|审核|编码|书写|判读|分割"
    "|勾画|规划|导航|咨询|问答|设计|发现|预警|阅片|转写|分级|分型|定位|测量|量化|决策支持|病历生成"
    "|报告生成|结构化|查询|解答|解读|提醒|推荐|治理|诊疗|优化|开方辅助|决策辅助|排班|排程|调度"
    "|翻译|会诊|配型|监护|干预|检疫|消毒|快检|流调|预约|调阅|生成|评分|核保|重建|处方|检出|转运"
    "|维护|追踪|追溯|溯源|派单|制备|分流|分层|分期|模拟|调配|招募|告警|防护|调优|计量|核算|质检"
    # tasks of care and of paperwork: 角膜神经纤维定量, 剂量计算, 个体化给药, 随访小结
    "|定量|计算|配送|给药|摘要|小结|筛选|配置|防控|监管|写作|陪伴|指导"
)
# a list of the tasks an offering serves, read by the use-case phrases and the relation rules
# alike: what opens it (覆盖, 包括, 整合…) and what closes it, 等 or a count, then the noun
# (场景, 功能): "覆盖A、B等场景", "整合A、B和C三项功能"
LIST_LEAD_ZH = "覆盖|涵盖|包括|包含|支持|可实现|整合|集成|具备"
LIST_CLOSE_ZH = (
    r"(?:等(?:[多数几十百\d]+[个项类种])?|[两三四五六七八九十\d]+[个项类种])"
    r"(?:应用)?(?:场景|领域|环节|功能)"
)
TASK_HEAD_EN = (
    "detection|diagnosis|diagnostics|screening|triage|analysis|assessment|prediction|monitoring"
    "|management|documentation|reporting|classification|segmentation|interpretation|planning"
    "|scoring|coding|discovery|design|review|follow-up|surveillance|reading|measurement"
    "|quantification|stratification|scheduling|transcription|summari[sz]ation|grading"
    "|staging|navigation|automation|optimi[sz]ation|dosing|identification|characteri[sz]ation"
    "|warning|matching|authori[sz]ation|generation|forecasting|analytics|underwriting"
    "|translation|interpreting|dispatch|tracking|prescribing|orchestration|answering|titration"
    "|verification|autoverification|pharmacovigilance|reconciliation|logistics|recruitment"
)
_TASK_END = re.compile(rf"(?:{TASK_HEAD_ZH}|{TASK_HEAD_EN})$", re.IGNORECASE)


def ends_in_task(phrase: str) -> bool:
    """True if *phrase* ends in a task word (分诊, 辅助诊断, "triage"): a task's name."""
    return _TASK_END.search(phrase) is not None


# words that end a Chinese modifier on the left: verbs that introduce a task, function words
_ZH_STOP = re.compile(
    r"(?:用于|应用于|适用于|运用于|服务于|专注于?|聚焦于?|致力于|深耕|主攻|主打|专攻|面向|针对|覆盖|涵盖"
    r"|包括|包含|支持|实现|提供|开展|完成|进行|推出|发布|上线|部署|落地|推动|推进|助力|赋能|帮助|辅以"
    r"|从事|负责|承担|参与|开发|研发|打造|构建|具备|拥有|能够|可以|以及|通过|基于|采用|利用|借助"
    r"|鼓励|引导|应用|规范|要求|加快|加强|探索|推广|普及|推行|实行|施行|执行|落实|运用"
    r"|旗下|自研|自主|首款|新款|全新|一款|一套|一种|一个|这款|各类|多种|多项|相关|重点|专业"
    r"|本次|此次|该次|这次|每次|首次|再次|多次|本轮|今年|去年|明年|全年|年度|累计|共计|目前|当前"
    r"|[的和与及或在为是对将可能已等了并其该于从向给把被让使以即含有])"
)
# Chinese words that say how, where or by whom a task is done: they narrow no task
_ZH_NOT_NARROWING = re.compile(
    r"^(?:AI|人工智能|智能化?|智慧|辅助|自动化?|数字化?|信息化|一体化|全流程|全周期|多模态|大模型|模型"
    r"|医疗|医学|医院|院内|院外|院前|基层|社区|县域|区域|临床|门诊|急诊|住院|线上|线下|在线|远程|云端?"
    r"|实时|快速|精准|高效|全面|一站式|新一代|平台|系统|产品|技术|服务|场景|领域|业务|相关|主要|核心"
    r"|大规模|大范围|规模化|常规|日常|定期)+$",
    re.IGNORECASE,
)
_ZH_CLAUSE = re.compile(r"提升|提高|降低|减少|缩短|改善|医生|患者|团队|资金|效率|[0-9０-９]")
_ZH_MODIFIER_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+\-]")
_CJK = re.compile(r"[\u4e00-\u9fff]")

# English words that end a modifier on the left (determiners, verbs, prepositions, pronouns)
_EN_STOP_WORDS = (
    "a an the its their our his her this that these those for to of and or in on at"
    " by with from into as is are was were be been being has have had will can may"
    " offers offer provides provide supports support enables enable automates automate"
    " performs perform delivers deliver used use using new first leading based driven"
    " its own via such including e.g. i.e. which who whose than"
    # verbs that say what a thing does and pronouns that stand for it: "It handles X"
    " handles handle streamlines streamline covers cover targets target addresses address"
    " tackles tackle powers power simplifies simplify accelerates accelerate improves improve"
    " predicts predict detects detect does do also now it they we you he she"
)
_EN_STOP = frozenset(_EN_STOP_WORDS.split())
# English words that say how a task is done: they narrow no task
_EN_NOT_NARROWING_WORDS = (
    "ai ai-based ai-powered ai-driven ai-assisted automated automatic intelligent"
    " smart digital real-time end-to-end advanced generative medical"
    " healthcare hospital virtual remote cloud cloud-based online fast rapid accurate"
    " scalable integrated enterprise multimodal next-generation faster better annual"
    " routine daily regular large-scale initial ongoing"
)
_EN_NOT_NARROWING = frozenset(_EN_NOT_NARROWING_WORDS.split())
EN_NOT_NARROWING = _EN_NOT_NARROWING
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9-]*|[A-Z0-9][A-Z0-9-]{1,6}")
_WORD_CONCEPTS = frozenset({"Segment", "Technology", "UseCase"})


@dataclass(frozen=True)
class WidePhrase:
    """A task phrase around a generic vocabulary use case, and the concept it narrows."""

    mention: Mention
    broader: str


@cache
def generic_use_cases() -> frozenset[str]:
    """IRIs of vocabulary use cases that other use cases sit under (辅助诊断, 数据治理...)."""
    from medatlas.graph.vocabulary import read_concepts

    return frozenset(b for c in read_concepts() if c.cls == "UseCase" for b in c.broader)


def _is_generic(mention: Mention, categories: Collection[str]) -> bool:
    """True if the vocabulary use case is a broad task: a category, or a one-word label (分诊)."""
    if mention.cls != "UseCase" or not mention.iri or not ends_in_task(mention.text):
        return False  # a task's name ends in a task word (分诊, 辅助诊断); 病理切片 names no task
    if mention.iri in categories:
        return True
    if _CJK.search(mention.text):
        return len(mention.text) <= 2
    return len(mention.text.split()) == 1


def _zh_modifier_start(text: str, start: int, at: int, others: Sequence[Mention]) -> int:
    """Where the Chinese modifier before ``at`` begins (``at`` itself when there is none)."""
    a = at
    while a > start and at - a < MAX_ZH_MODIFIER:
        inside = next((m for m in others if m.end == a and m.cls in _WORD_CONCEPTS), None)
        if inside is not None:  # a concept right before it is part of the phrase (医学影像)
            a = inside.start
            continue
        if any(m.start < a <= m.end for m in others) or not _ZH_MODIFIER_CHAR.match(text[a - 1]):
            break
        a -= 1
    # a stop word inside the window, or one the window's edge cuts (推|行AUDIT量表筛查): the
    # modifier starts after the last one
    for stop in _ZH_STOP.finditer(text, max(start, a - 3), at):
        if stop.end() > a and not any(m.start <= stop.start() < m.end for m in others):
            a = max(a, stop.end())
    return a


def _zh_phrase(text: str, start: int, head: Mention, others: Sequence[Mention]) -> Mention | None:
    a = _zh_modifier_start(text, start, head.start, others)
    modifier = text[a : head.start]
    if len(modifier) < 2 or head.end - a > MAX_ZH:
        return None
    if _ZH_NOT_NARROWING.match(modifier) or _ZH_CLAUSE.search(modifier):
        return None
    bare = _strip_leading(modifier)
    if len(bare) < 2 or _ZH_NOT_NARROWING.match(bare):
        return None
    a = head.start - len(bare)
    phrase = text[a : head.end]
    return Mention(a, head.end, phrase, "UseCase", WIDE_CONFIDENCE, WIDE_METHOD, name=phrase)


def _strip_leading(modifier: str) -> str:
    """The modifier without the words of how/where that open it (AI, 智能, 基层...)."""
    match = re.match(
        r"(?:AI|人工智能|智能化?|智慧|自动化?|基层|社区|院内|远程|在线|线上|线下|云端?|实时|快速|精准|大规模|大范围"
        r"|规模化|常规|日常|定期)+",
        modifier,
        re.IGNORECASE,
    )
    return modifier[match.end() :] if match and match.end() < len(modifier) else modifier


def _en_phrase(text: str, start: int, head: Mention, others: Sequence[Mention]) -> Mention | None:
    a = head.start
    words = 0
    while words < MAX_EN_MODIFIER_WORDS:
        gap = re.search(r"[ ]+$", text[max(start, a - 3) : a])
        if gap is None:
            break
        b = a - len(gap.group())
        concept = next((m for m in others if m.end == b and m.cls in _WORD_CONCEPTS), None)
        if concept is not None and _CJK.search(concept.text):
            break  # "AI药物研发 AI drug discovery": a heading's two languages, not one phrase
        if concept is not None:
            a, words = concept.start, words + 1
            continue
        word = re.search(r"[A-Za-z0-9][A-Za-z0-9-]*$", text[max(start, b - 30) : b])
        if word is None or any(m.start < b and b - len(word.group()) < m.end for m in others):
            break
        token = word.group()
        lead = text[b - len(token) - 1 : b - len(token)] if b - len(token) > start else ""
        if lead in ("'", "’") or token.lower() in _EN_STOP or not _EN_WORD.fullmatch(token):
            break
        opening = not text[start : b - len(token)].strip(" |*-•\t")
        if token[0].isupper() and not token.isupper() and "-" not in token and not opening:
            break  # a capitalised word is a name ("Orvanta triage"), not what the task is about
        a, words = b - len(token), words + 1
    phrase_words = text[a : head.start].split()
    while phrase_words and phrase_words[0].lower() in _EN_NOT_NARROWING:
        a += text[a:].index(phrase_words[0]) + len(phrase_words[0])
        while text[a] == " ":
            a += 1
        phrase_words = phrase_words[1:]
    if not phrase_words:
        return None
    phrase = text[a : head.end]
    return Mention(a, head.end, phrase, "UseCase", WIDE_CONFIDENCE, WIDE_METHOD, name=phrase)


def widen_use_cases(
    text: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    categories: Collection[str] | None = None,
) -> list[WidePhrase]:
    """Task phrases in ``text[start:end]`` that narrow a generic vocabulary use case.

    ``mentions`` are the sentence's mentions; each generic use case among them (see
    :func:`generic_use_cases`) whose left neighbour words name what the task is about becomes
    one phrase. Phrases never overlap a name that is not a concept.
    """
    categories = generic_use_cases() if categories is None else categories
    found: list[WidePhrase] = []
    inside = sorted(
        (m for m in mentions if start <= m.start and m.end <= end), key=lambda m: m.start
    )
    for head in inside:
        if not _is_generic(head, categories):
            continue
        others = [m for m in inside if m is not head]
        if _CJK.search(head.text):
            wide = _zh_phrase(text, start, head, others)
        else:
            wide = _en_phrase(text, start, head, others)
        if wide is None or any(
            w.mention.start < wide.end and wide.start < w.mention.end for w in found
        ):
            continue
        if any(
            m.start < wide.end and wide.start < m.end and m.cls not in _WORD_CONCEPTS
            for m in others
        ):
            continue
        found.append(WidePhrase(wide, str(head.iri)))
    return found

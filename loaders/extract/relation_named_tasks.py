"""A task written inside an offering's name: 安颐毫米波跌倒监测雷达 serves 跌倒监测.

Reports name many products, models and platforms by their brand, the task they do and the kind
of thing they are (鸣泉胸痛预警系统, 汇像区域影像共享平台, 问诊宝预问诊系统). When the same report
also writes that task by itself as a use case (``跌倒监测是养老机构最常见的AI应用场景``), the
offering addresses it, though no sentence says so in words: the name says it.

:func:`named_tasks` gives ``addressesUseCase`` from an offering to a use case the report names
elsewhere, whose words stand inside the offering's name after at least its first character (a
brand comes first) and are not the whole name. The evidence is the offering's name. Only a
task's own name counts: at least :data:`MIN_CJK` Chinese characters or two English words,
ending in a task word (预警, 排班, "triage"), and no broad category of tasks: 肺结节 or 眼底 inside
a name says what the product looks at, 辅助诊断 what every such product does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medatlas.loaders.extract.entity_common import CONCEPT_CLASSES
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS
from medatlas.loaders.extract.usecase_phrases import ends_in_task, generic_use_cases

__all__ = [
    "NAME_TASK_CONFIDENCE",
    "NAME_TASK_METHOD",
    "NAME_TASK_TEXT_METHOD",
    "named_tasks",
    "tasks_written_apart",
]

NAME_TASK_CONFIDENCE = 0.6
NAME_TASK_METHOD = "name-task-written"
NAME_TASK_TEXT_METHOD = "name-task-text"
MIN_CJK = 3
# a task written apart from the name, as the name has it, needs more words than a mention
# (心衰远程监测, 胰腺病灶检出; 成本核算 or 风险分层 say too little); 2 characters of brand at
# least come before it
MIN_APART_CJK = 5
BRAND_CJK = 2
_OFF = frozenset(CLASS_GROUPS["OFF"])
_WORDS = CONCEPT_CLASSES | {"Region"}  # words, not names: what a task may stand among
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _names_a_task(use: Mention) -> bool:
    """A task's own name: long enough, ending in a task word, and not a broad category of
    tasks (辅助诊断 of every 辅助诊断软件 is no task of one product)."""
    task = use.text
    if (use.iri is not None and use.iri in generic_use_cases()) or not ends_in_task(task):
        return False
    if _CJK.search(task):
        return len(_CJK.findall(task)) >= MIN_CJK
    return len(_WORD.findall(task)) >= 2


def _inside(task: str, name: str) -> int:
    """Where ``task`` stands in ``name`` after its first character, or -1."""
    at = name.find(task, 1)
    if at < 0 or task == name:
        return -1
    if not _CJK.match(task):  # English words: whole words only
        before = name[at - 1]
        after = name[at + len(task) : at + len(task) + 1]
        if before.isalnum() or after.isalnum():
            return -1
    return at


def named_tasks(mentions: Iterable[Mention]) -> Iterator[RelationCandidate]:
    """addressesUseCase from each offering to the use cases the report names inside its name."""
    ordered = list(mentions)
    offerings = [m for m in ordered if m.cls in _OFF]
    spans = [(m.start, m.end) for m in offerings]
    tasks: dict[str, Mention] = {}
    for m in ordered:
        if m.cls != "UseCase" or not _names_a_task(m):
            continue
        if any(a <= m.start and m.end <= b for a, b in spans):
            continue  # written only inside a name: the report never names it by itself
        tasks.setdefault(m.text, m)
    seen: set[tuple[str, str]] = set()
    for offering in offerings:
        for task, use in tasks.items():
            at = _inside(task, offering.text)
            if at < 0 or (offering.text, task) in seen:
                continue
            seen.add((offering.text, task))
            inner = Mention(
                offering.start + at,
                offering.start + at + len(task),
                task,
                "UseCase",
                NAME_TASK_CONFIDENCE,
                NAME_TASK_METHOD,
                iri=use.iri,
                name=use.name,
            )
            yield RelationCandidate(
                offering,
                "addressesUseCase",
                inner,
                offering.start,
                offering.end,
                NAME_TASK_CONFIDENCE,
                NAME_TASK_METHOD,
            )


# what may stand right before a task written by itself: a verb or a function word that opens
# a phrase (把心衰远程监测纳入医保, 开展早癌识别), not a word it narrows (胃镜下感染识别)
_TASK_OPENS = re.compile(
    r"(?:[把将的和与及或对为了在于是、，,。；;：:（(“\"「\s]|开展|用于|实现|推进|纳入|支持|聚焦|提供"
    r"|覆盖|包括|围绕|面向|针对|推动|加强|探索|推广|开展了|完成)$"
)


# what may stand between a brand and its task in a name: a modality or a medium, in Latin
# letters or as a word of how (胰见CT胰腺病灶检出软件, 安颐毫米波跌倒监测雷达)
_BRAND_GAP = re.compile(r"[A-Za-z0-9\- ]*|(?:AI|智能|数字|毫米波|云|超声|影像)+")


def _apart(text: str, task: str, taken: list[tuple[int, int]]) -> bool:
    """Is ``task`` written somewhere in ``text`` by itself: outside every name in ``taken``,
    after a word that opens a phrase (or nothing)?"""
    for at in _occurrences(text, task):
        end = at + len(task)
        opens = at == 0 or _TASK_OPENS.search(text, max(0, at - 3), at) is not None
        longer = ends_in_task(text[at : end + 2]) and text[end : end + 1] not in "、和与及"
        if opens and not longer and not any(a <= at and end <= b for a, b in taken):
            return True
    return False


def tasks_written_apart(text: str, mentions: Iterable[Mention]) -> Iterator[RelationCandidate]:
    """addressesUseCase from a Chinese offering to the task its name holds, when the report
    also writes that task, as the name has it, by itself.

    ``心络心衰远程监测平台`` and, elsewhere, ``把心衰远程监测纳入医保``: the platform serves
    心衰远程监测, a task the vocabulary may not list (it knows 远程监测 only). The task is the
    longest part of the name after its brand (:data:`BRAND_CJK` characters) that ends in a task
    word, has :data:`MIN_APART_CJK` Chinese characters or more and stands in the text outside
    every name; it becomes a use case of its own (no IRI: a discovered concept).
    """
    ordered = list(mentions)
    names = {m.text for m in ordered if m.cls not in _WORDS and len(m.text) > 1}
    taken = [(a, a + len(n)) for n in names for a in _occurrences(text, n)]
    seen: set[str] = set()
    for offering in ordered:
        name = offering.text
        if offering.cls not in _OFF or name in seen or not _CJK.match(name):
            continue
        seen.add(name)
        best = ""
        for i in range(BRAND_CJK, len(name)):
            if not _BRAND_GAP.fullmatch(name[BRAND_CJK:i]):
                break  # 衡术减重手术智能规划系统: 智能规划 is not the whole task
            for j in range(len(name), i, -1):
                task = name[i:j]
                if j - i <= len(best) or task == name:
                    continue
                if len(_CJK.findall(task)) < MIN_APART_CJK or not _CJK.match(task):
                    continue
                if ends_in_task(task) and _apart(text, task, taken):
                    best = task
        if not best:
            continue
        at = offering.start + name.index(best, BRAND_CJK)
        use = Mention(
            at,
            at + len(best),
            best,
            "UseCase",
            NAME_TASK_CONFIDENCE,
            NAME_TASK_TEXT_METHOD,
            name=best,
        )
        yield RelationCandidate(
            offering,
            "addressesUseCase",
            use,
            offering.start,
            offering.end,
            NAME_TASK_CONFIDENCE,
            NAME_TASK_TEXT_METHOD,
        )


def _occurrences(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)

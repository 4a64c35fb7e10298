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

from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS
from medatlas.loaders.extract.usecase_phrases import ends_in_task, generic_use_cases

__all__ = ["NAME_TASK_CONFIDENCE", "NAME_TASK_METHOD", "named_tasks"]

NAME_TASK_CONFIDENCE = 0.6
NAME_TASK_METHOD = "name-task-written"
MIN_CJK = 3
_OFF = frozenset(CLASS_GROUPS["OFF"])
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

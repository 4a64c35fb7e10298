"""Case studies: which offering a case is about, and the tasks its heading names.

A case collection gives each case a heading that numbers it and names the site and what was done
there (``案例一：瀚洲医院——主动脉瘤CTA自动测量``, ``案例三：鹭岛国际医学中心的跨境预约与远程会诊``,
``案例一：海棠湾医院上线“译医通”实时问诊翻译``, ``Case 3: …``) and often names the offering only
in the text below it. Figures and relations both ask what a case is about:

- :data:`CASE_HEADING` tells a case's heading;
- :func:`pick_case_offering`: the offering the heading names, else the one its text names most
  often, passing over what an offering is said to be built on (:data:`BUILT_ON_BEFORE`:
  ``基于NVIDIA Clara``, ``利用MONAI平台训练``);
- :func:`case_heading_tasks` reads the tasks off the heading's tail: what follows its last
  dash, or its last name (and a 的 or an adoption verb after it), split at 与/和/及/、, each a
  short phrase that ends in a task word (测量, 分级, 翻译, 会诊);
- :func:`case_heading_relations`: the case's offering addresses each of them.

>>> text = "案例一：南屏医院——主动脉瘤CTA自动测量"
>>> [m.text for m in case_heading_tasks(text, 0, len(text), [])]
['主动脉瘤CTA自动测量']
>>> text = "案例二：华亭医院的病历翻译与审核流程"
>>> site = Mention(4, 8, "华亭医院", "Hospital", 0.8, "suffix")
>>> [m.text for m in case_heading_tasks(text, 0, len(text), [site])]
['病历翻译']
>>> text = "案例二：SpineNav让脊柱侧弯筛查走进校园"
>>> case_heading_tasks(text, 0, len(text), [])
[]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from medatlas.loaders.document import Block
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_usecases import FREE_CONFIDENCE, FREE_METHOD
from medatlas.loaders.extract.usecase_phrases import TASK_HEAD_ZH

__all__ = [
    "BUILT_ON_BEFORE",
    "CASE_HEADING",
    "CASE_METHOD",
    "case_heading_relations",
    "case_heading_tasks",
    "is_built_on",
    "pick_case_offering",
]

CASE_METHOD = "case-heading"
CASE_CONFIDENCE = 0.65
OFFERINGS = frozenset({"Platform", "Product", "AIModel", "Dataset"})
# a case study's heading: 案例1　…, 案例二：…, Case 3: …, Case study 2 — (folded text)
CASE_HEADING = re.compile(
    r"^\s*(?:案例\s?[0-9一二三四五六七八九十]{1,3}|case(?:\s?study)?\s?\d{1,2})(?:$|[\s:：.、—–\-])",
    re.IGNORECASE,
)
# what an offering is built on or run with, just before its name: 基于X, 利用X平台训练, "on X"
BUILT_ON_BEFORE = re.compile(
    r"(?:基于|依托|利用|借助|使用|采用|调用|接入|搭载|在|\bon|\busing|\bwith|built on)\s?$",
    re.IGNORECASE,
)
_BUILT_ON_REACH = 8  # characters read before a name for BUILT_ON_BEFORE
_CONCEPTS = frozenset({"UseCase", "Segment", "Technology", "Region"})
_DASH = re.compile(r"——|—|--|\s[-–]\s")
# what may stand between the heading's last name and its task: 的, an adoption verb, quotes
_AFTER_NAME = re.compile(r"[”\"'’」』\s]*(?:的|上线|部署|引入|落地|应用|开展|实现)?[“\"'‘「『\s]*")
_ITEM_SPLIT = re.compile(r"与|和|及|、")
_TASK = re.compile(rf"[\u4e00-\u9fffA-Za-z0-9+\-]{{0,12}}(?:{TASK_HEAD_ZH})")
_MAX_TASK = 14  # characters of a task's name
# words that make an item a clause or a goal, not the name of a task
_NOT_TASK = re.compile(
    r"[的让在将为把使]|提升|提高|降低|缩短|走进|走向|助力|赋能|实践|落地|纳入|进入|用于"
)


def is_built_on(text: str, mention: Mention) -> bool:
    """Is *mention* named as what something is built on or run with (``利用MONAI训练``)?"""
    return bool(
        BUILT_ON_BEFORE.search(fold(text[max(0, mention.start - _BUILT_ON_REACH) : mention.start]))
    )


def pick_case_offering(
    text: str,
    named: Iterable[Mention],
    body: Iterable[Mention],
    key: Callable[[Mention], str],
    classes: frozenset[str] = OFFERINGS,
) -> tuple[Mention | None, frozenset[str]]:
    """The offering a case is about and the keys of what its text builds offerings on.

    *named* are the mentions its heading names, *body* those of its text; an offering the
    heading alone names is the case's, else the one the text names most often (the first on a
    tie), not counting one named as a base.
    """
    counts: dict[str, int] = {}
    first: dict[str, Mention] = {}
    bases: set[str] = set()
    for m in body:
        if m.cls not in classes:
            continue
        k = key(m)
        if is_built_on(text, m):
            bases.add(k)
            continue
        counts[k] = counts.get(k, 0) + 1
        first.setdefault(k, m)
    headed = {key(m): m for m in named if m.cls in classes}
    if len(headed) == 1:
        return next(iter(headed.values())), frozenset(bases)
    if not counts:
        return None, frozenset(bases)
    top = max(counts.values())
    offering = next(m for k, m in first.items() if counts[k] == top)
    return offering, frozenset(bases - {key(offering)})


def case_heading_tasks(text: str, start: int, end: int, inside: Sequence[Mention]) -> list[Mention]:
    """The tasks a case heading (``案例一：…``) names in its tail, as free use cases."""
    mark = CASE_HEADING.match(fold(text[start:end]))
    if mark is None or not mark.group().strip():
        return []
    lead = start + mark.end()
    named = [m for m in inside if m.cls not in _CONCEPTS and m.end <= end]
    dashes = list(_DASH.finditer(text, lead, end))
    tail = dashes[-1].end() if dashes else lead
    if named and named[-1].end > tail:
        after = _AFTER_NAME.match(text, named[-1].end, end)
        tail = after.end() if after else named[-1].end
    elif not dashes:
        return []  # 案例二：X让Y走进Z: no name and no dash set off a task
    tasks: list[Mention] = []
    position = tail
    for item in _ITEM_SPLIT.split(text[tail:end]):
        a = position + len(item) - len(item.lstrip())
        b = position + len(item.rstrip())
        position += len(item) + 1  # every joiner is one character
        phrase = text[a:b]
        if b - a <= _MAX_TASK and _TASK.fullmatch(phrase) and not _NOT_TASK.search(phrase):
            tasks.append(
                Mention(a, b, phrase, "UseCase", FREE_CONFIDENCE, FREE_METHOD, name=phrase)
            )
    return tasks


def case_heading_relations(
    text: str,
    blocks: Sequence[Block],
    within: Callable[[int, int], list[Mention]],
    key: Callable[[Mention], str],
) -> Iterator[RelationCandidate]:
    """addressesUseCase from the offering of each case to the tasks its heading names."""
    headings = [i for i, block in enumerate(blocks) if block.kind == "heading"]
    for n, i in enumerate(headings):
        heading = blocks[i]
        named = within(heading.start, heading.end)
        tasks = case_heading_tasks(text, heading.start, heading.end, named)
        if not tasks:
            continue
        following = [h for h in headings[n + 1 :] if _level(blocks[h]) <= _level(heading)]
        end = blocks[following[0]].start if following else len(text)
        offering, _ = pick_case_offering(text, named, within(heading.end, end), key)
        if offering is None:
            continue
        for task in tasks:
            yield RelationCandidate(
                offering,
                "addressesUseCase",
                task,
                heading.start,
                heading.end,
                CASE_CONFIDENCE,
                CASE_METHOD,
            )


def _level(block: Block) -> int:
    return block.level if block.level is not None else 1

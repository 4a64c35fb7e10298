"""Technologies a report names in passing: ``采用5G远程控制与力反馈技术``.

A Chinese report says how an offering works with a verb of use and a list closed by a word
for technique: ``采用A与B技术``, ``基于A、B与C相结合的技术路线``, ``采用A与B相结合的方法``.
No vocabulary lists every technique (力反馈, 光学定位, 肌电信号识别), so
:func:`free_technologies` reads each listed item as a ``Technology`` mention (method
:data:`FREE_TECHNOLOGY_METHOD`, no IRI: the pipeline files it as a discovered concept), for
the relation rules to tie to the offering that uses it. A shared closing word (技术, 方法,
技术路线, 架构) belongs to the whole list and is left out; ``算法`` names the last item's kind
and stays with it (``步态预测算法``).

>>> [m.text for m in free_technologies("该系统采用5G远程控制与力反馈技术。", 0, 17, [])]
['5G远程控制', '力反馈']
>>> free_technologies("公司采用了先进技术。", 0, 10, [])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.usecase_phrases import TASK_HEAD_ZH

__all__ = ["FREE_TECHNOLOGY_METHOD", "free_technologies"]

FREE_TECHNOLOGY_METHOD = "free-technology"
FREE_TECHNOLOGY_CONFIDENCE = 0.65
_ITEM_CHARS = r"[\u4e00-\u9fffA-Za-z0-9+]"
_LIST = re.compile(
    r"(?:采用|基于|运用|利用|融合|结合|依托|应用)了?"
    rf"(?P<items>{_ITEM_CHARS}(?:{_ITEM_CHARS}|[、与和及]){{1,46}}?)"
    r"(?:相结合|相融合|结合)?的?(?P<head>技术路线|技术方案|技术|方法|算法|架构)"
    r"(?=[，,。；;）)\s]|$|[，,]?(?:可|能|实现|主要|用于|对|根据|自动|在|实时|准确"
    # a task the technique does next: 采用时序深度学习技术预测自主呼吸试验能否成功
    rf"|{TASK_HEAD_ZH}|判断|提取|标注|估算))"
)
_SEPARATOR = re.compile(r"以及|[、与和及]")
# items that name no technique: a quality (先进, 自研), a bare kind (AI, 智能)
_NOT_A_TECHNIQUE = re.compile(
    r"^(?:先进|领先|自研|自主|独创|创新|成熟|核心|关键|多项|多种|一系列|最新|前沿|新一代|国产|人工智能"
    r"|AI|智能|数字化|信息化|大数据|相关|上述|该|其|这一|此)$"
)
_MAX_ITEM = 14


def free_technologies(text: str, start: int, end: int, taken: Sequence[Mention]) -> list[Mention]:
    """``Technology`` mentions for the listed techniques in ``text[start:end]`` that no mention
    covers; an item that overlaps a name (an organisation, an offering) ends nothing and is
    skipped."""
    found: list[Mention] = []
    for hit in _LIST.finditer(text, start, end):
        group, at = hit.group("items"), hit.start("items")
        pieces: list[tuple[int, int]] = []
        cursor = 0
        for sep in [*_SEPARATOR.finditer(group), None]:
            a, b = cursor, sep.start() if sep else len(group)
            cursor = sep.end() if sep else b
            pieces.append((at + a, at + b))
        if hit.group("head") == "算法":  # 肌电信号识别与步态预测算法: the last item is an algorithm
            a, _ = pieces[-1]
            pieces[-1] = (a, hit.end("head"))
        last = pieces[-1][0]
        for a, b in pieces:
            # the closing word is the last item's too: 深度学习技术 lies inside 时序深度学习技术
            reach = hit.end("head") if a == last else b
            if "的" in text[a:b]:  # 华为的数字孪生: the technique is what follows the owner
                a += text[a:b].rindex("的") + 1
            item = text[a:b]
            if not 2 <= len(item) <= _MAX_ITEM or _NOT_A_TECHNIQUE.match(item):
                continue
            if any(m.start < b and a < m.end for m in taken if m.cls != "Technology"):
                continue  # a name inside: not a technique's name
            if any(m.start <= a and b <= m.end for m in taken):
                continue  # already a known technology
            if any(m.start < b and a < m.end and not a <= m.start < m.end <= reach for m in taken):
                continue  # a known technology reaches outside it: keep the known one
            # a known technology inside (5G of 5G远程控制) gives way to the whole item
            found.append(
                Mention(
                    a,
                    b,
                    item,
                    "Technology",
                    FREE_TECHNOLOGY_CONFIDENCE,
                    FREE_TECHNOLOGY_METHOD,
                    name=item,
                )
            )
    return found

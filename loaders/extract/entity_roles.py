"""Chinese names given away by the role a sentence gives them, not by their own shape.

- investors in a funding sentence: 由X领投, X跟投, 投资方为A与B, 领投方是X, 获得A、B等机构投资;
- a parent company: 是X的控股子公司;
- a hyphenated name right after what it is: 大模型衡岳-Mol;
- a known company's regional arm or fund: 阿斯利康中国, 礼来亚洲基金 (a known name, a region,
  an investment ending).

Each rule reads a fixed phrase of funding and corporate news; nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from medatlas.loaders.extract.entity_common import Candidate, KnownSpans, is_cjk
from medatlas.loaders.extract.entity_zh import is_common_phrase, word_role

__all__ = ["known_arm_candidates", "role_candidates"]

_ITEM = r"[\u4e00-\u9fffA-Za-z0-9·&\-]{2,16}?"
_LEAD_BY = re.compile(rf"由({_ITEM})(?:联合领投|共同领投|领投|独家投资)")
_FOLLOW = re.compile(r"(?:跟投|参投|继续加码|继续跟投)")
_INVESTORS = re.compile(r"投资方(?:为|包括|有|是)([^。；;\n（(]{2,60})")
# one side of the round named after its part, up to the end of the clause: 领投方是X，…
_ROUND_SIDE = re.compile(
    r"(?:领投方|跟投方|参投方|出资方|领投机构)(?:为|包括|是)([^。；;，,\n（(]{2,40})"
)
_GOT_FROM = re.compile(r"获得([^。；;\n，,]{2,60}?)等(?:机构|投资机构|资本|多家机构)?(?:的)?投资")
_PARENT = re.compile(r"是([^，,。；;\n]{2,16}?)的(?:全资|控股)?子公司")
_CLAUSE = re.compile(r"[，,；;。：:、\n]([\u4e00-\u9fff]{2,8})$")
_TYPED_HYPHEN = re.compile(
    r"(大模型|大语言模型|模型|平台)([\u4e00-\u9fff]{1,6}-[A-Za-z0-9][A-Za-z0-9.]*)(?=[，,。；;、\s）)]|$)"
)
_SPLIT = re.compile(r"、|以及|和|与|及|，|,")
_REGIONS = ("中国", "亚太", "亚洲", "美国", "欧洲", "日本", "全球")
_FUNDS = ("基金", "资本", "创投", "投资")
_ARM = re.compile(r"(?:中国|亚太|亚洲|美国|欧洲|日本|全球)?(?:基金|资本|创投)?")


def _name_ok(name: str) -> bool:
    if len(name) < 2 or len(name) > 16 or not any(is_cjk(ch) or ch.isalpha() for ch in name):
        return False
    if name[0] in "各多该本其等此这" or re.match(r"^\d", name):
        return False
    return not is_common_phrase(name)


def _items(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The spans of the names listed in text[start:end] ("A、B与C等")."""
    body = text[start:end]
    pos = 0
    for part in _SPLIT.split(body):
        at = body.find(part, pos)
        pos = at + len(part)
        clean = re.sub(r"(?:等|等机构|老股东|新股东|股东)$", "", part.strip())
        clean = re.sub(r"^(?:老股东|新股东|股东|包括)", "", clean)
        if clean:
            s = start + at + part.find(clean)
            yield s, s + len(clean)


def role_candidates(text: str, name_before: Callable[[int], int | None]) -> Iterator[Candidate]:
    """Investors and parent companies named by their role in the sentence."""
    for match in _LEAD_BY.finditer(text):
        s, e = match.span(1)
        for i_s, i_e in _items(text, s, e):
            if _name_ok(text[i_s:i_e]):
                yield Candidate(i_s, i_e, text[i_s:i_e], "Company", 0.65, "role:investor")
    for match in _FOLLOW.finditer(text):
        begin = name_before(match.start())
        if begin is None:  # "，元禾控股跟投": the clause itself is the name
            clause = _CLAUSE.search(text, max(0, match.start() - 9), match.start())
            begin = clause.start(1) if clause else None
        if begin is None or text[begin : match.start()].isascii():
            continue
        name = re.sub(r"^(?:老股东|新股东|股东)", "", text[begin : match.start()])
        s = match.start() - len(name)
        if _name_ok(name):
            yield Candidate(s, match.start(), name, "Company", 0.6, "role:investor")
    for pattern in (_INVESTORS, _ROUND_SIDE, _GOT_FROM):
        for match in pattern.finditer(text):
            s, e = match.span(1)
            for i_s, i_e in _items(text, s, e):
                if _name_ok(text[i_s:i_e]):
                    yield Candidate(i_s, i_e, text[i_s:i_e], "Company", 0.6, "role:investor")
    for match in _TYPED_HYPHEN.finditer(text):  # 大模型衡岳-Mol: a type noun, then the name
        cls = "AIModel" if "模型" in match.group(1) else "Platform"
        s, e = match.span(2)
        yield Candidate(s, e, text[s:e], cls, 0.7, "role:named")
    for match in _PARENT.finditer(text):
        s, e = match.span(1)
        name = text[s:e]
        if _name_ok(name) and name_before(e) == s:
            yield Candidate(s, e, name, "Company", 0.6, "role:parent")


def known_arm_candidates(text: str, known: KnownSpans) -> Iterator[Candidate]:
    """A known company followed by a region and/or an investment ending: its regional arm or
    its fund (阿斯利康中国, 礼来亚洲基金), when the region is a word of its own there."""
    for m in known.entities:
        if m.cls != "Company":
            continue
        match = _ARM.match(text, m.end)
        if match is None or match.end() == m.end:
            continue
        arm = match.group()
        end = match.end()
        if end < len(text) and is_cjk(text[end]):
            nxt = text[end : end + 2]
            if word_role(nxt) != "stop" and nxt[0] not in "与和及、的在将已":
                continue  # "中国市场", "中国区": the region is not the end of the name
        if arm in _REGIONS or arm.endswith(_FUNDS):
            name = text[m.start : end]
            yield Candidate(m.start, end, name, "Company", 0.7, "known-arm")

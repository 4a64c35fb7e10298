"""Discover the organisations, offerings, policies and reports of a document that no list knows.

:func:`discover_entities` gathers candidates from independent signals, each a module:

- :mod:`.entity_lexicon` well-known government bodies and their abbreviations (国家药监局, FDA);
- :mod:`.entity_zh` Chinese names by their endings (有限公司, 医院, 研究院, 大模型, 平台...),
  《》 titles (policies, reports), quoted names next to a type noun (大模型“X”);
- :mod:`.entity_en` capitalised English names, CamelCase words, model names with versions,
  acronyms defined in brackets;
- :mod:`.entity_layout` table columns, source lines, enumerations, list heads, apposition;
- :mod:`.entity_roles` investors and parent companies by their role in a funding sentence,
  and the regional arms and funds of known companies (阿斯利康中国, 礼来亚洲基金);
- :mod:`.entity_cues` Chinese company names by what the sentence says they do (总部位于,
  完成B轮融资, 推出, 重点推荐：X、Y), without any ending of their own;
- :mod:`.places` countries, provinces, cities and world areas by a lexicon (深圳, Pittsburgh),
  each place under one IRI whatever the language of its name;
- :mod:`.entity_bracketed` company names with their registration place in brackets inside
  them (锐思智能（深圳）医疗科技有限公司);

then votes one class per name (what the text says a name is - "X, a health system", a
"Benchmark" column - outweighs guesses from its shape), keeps the best of overlapping spans,
finds the other occurrences of each name (a full name found elsewhere replaces a reading that
came out too short), drops what the known mentions (the gazetteer's) already cover, table
header cells (and any word of a header that describes its column, "Primary use case") and the
page's lists of links under a "相关阅读" / "Related articles" heading, and files short forms,
bracketed translations and the names of the two halves of a bilingual text under one name
(:mod:`.entity_alias`; the short forms a report uses later, Harborview for Harborview
Analytics, 体素 for 体素科技, come from :mod:`.entity_shortforms`).
Last, :mod:`.entity_types` takes a second look at a name's class from what the whole document
says of it (a group that runs hospitals, a maker's CamelCase brands).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import cache
from pathlib import Path  # noqa: F401  (used by the doctest)

from medatlas.graph.identity import normalise_name
from medatlas.loaders.document import Document
from medatlas.loaders.extract.entity_alias import (
    bracket_aliases,
    file_aliases,
    parallel_aliases,
)
from medatlas.loaders.extract.entity_bracketed import bracketed_place_candidates
from medatlas.loaders.extract.entity_brand_latin import (
    brand_kind_candidates,
    brand_latin_candidates,
    owned_brand_candidates,
)
from medatlas.loaders.extract.entity_common import (
    ORG_CLASSES,
    Candidate,
    KnownSpans,
    is_cjk,
    is_latin,
    word_list,
)
from medatlas.loaders.extract.entity_cues import (
    FIRM_CUE,
    cue_candidates,
    offering_cue_candidates,
)
from medatlas.loaders.extract.entity_en import english_candidates, short_form
from medatlas.loaders.extract.entity_layout import (
    apposition_candidates,
    enumeration_candidates,
    kind_section_candidates,
    list_head_candidates,
    listicle_candidates,
    source_candidates,
    table_candidates,
)
from medatlas.loaders.extract.entity_lexicon import (
    EN_DESIGNATORS,
    EN_STOP_WORDS,
    GOVERNMENT_BODIES,
)
from medatlas.loaders.extract.entity_pinyin import pinyin_aliases
from medatlas.loaders.extract.entity_roles import known_arm_candidates, role_candidates
from medatlas.loaders.extract.entity_shortforms import fits_occurrence, short_forms
from medatlas.loaders.extract.entity_types import (
    retype_clouds,
    retype_hospital_groups,
    retype_maker_brands,
    retype_research_firms,
)
from medatlas.loaders.extract.entity_zh import (
    LazyTokenIndex,
    name_start_before,
    quoted_name_candidates,
    suffix_candidates,
    title_candidates,
    word_boundary,
    word_role,
)
from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.places import PlaceHit, find_places, place_named

__all__ = ["MIN_CONFIDENCE", "body_gazetteer", "discover_entities"]

MIN_CONFIDENCE = 0.5
_GENERIC_CLASS_WEIGHT = 0.6  # "Organization" is what a name is when nothing says more
_LENGTH_BONUS = 0.015  # per character (up to 20): the longer of two overlapping names wins
_CONTAINED_MARGIN = 0.2
_OFFERINGS = frozenset({"Product", "Platform", "AIModel", "Dataset"})
_PLACE_METHOD = "places"
# cues that say what a name is, outweighing guesses from other sentences
_DEFINING_CUES = frozenset({"cue:made-by", "cue:made", "cue:kind-bracket", FIRM_CUE})


_OWN_LEVEL = frozenset("省市区县")  # 市医疗保障局: the city's body, named without the city
_LEVEL_BEFORE = re.compile(r"[\u4e00-\u9fff]")  # 江州市医保局, 各市卫健委: a name or 各 before it
_LOCAL_LEAD = re.compile(r"(?:各地|各级|地方|省级|市级|县级|各省|各市|当地|基层|[省市区县州])$")


@cache
def body_gazetteer() -> Gazetteer:
    """The gazetteer of well-known government bodies, a few public organisations and the large
    technology firms, general models and clouds (:data:`GOVERNMENT_BODIES`)."""
    return Gazetteer(
        GazetteerEntry(iri=f"body:{body.name}", cls=body.cls, names=(body.name, *body.aliases))
        for body in GOVERNMENT_BODIES
    )


def _body_candidates(text: str) -> Iterator[Candidate]:
    for mention in body_gazetteer().find(text):
        surface = mention.text
        local = _LOCAL_LEAD.search(text, max(0, mention.start - 3), mention.start)
        if local is not None:
            # "各地卫健委": the local bodies in general, not the national one; "市医疗保障局"
            # (the city's own, in a city's document) is a body of its own
            if local.group() in _OWN_LEVEL and not _LEVEL_BEFORE.search(
                text, max(0, local.start() - 1), local.start()
            ):
                name = text[local.start() : mention.end]
                yield Candidate(local.start(), mention.end, name, mention.cls, 0.8, "bodies:local")
            continue
        # an all-capital abbreviation must be written as such ("NICE", not "nice")
        aliases = [a for a in _body_names(mention.iri) if a.casefold() == surface.casefold()]
        if any(a.isupper() and a.isascii() for a in aliases) and surface not in aliases:
            continue
        if surface.isupper() and _in_caps_line(text, mention.start, mention.end):
            continue  # "PANEL: WHO PAYS FOR AI?": a heading in capitals, not the body
        if _in_code(text, mention.start, mention.end):
            continue  # "NHS-ENG-2024-118": a part of a reference code
        name = mention.iri.removeprefix("body:")
        unit = _BODY_UNIT.match(text, mention.end)
        if unit is not None and mention.cls == "GovernmentBody" and not surface.isascii():
            # 海关总署卫生检疫司, 国家卫生健康委员会妇幼健康司: a department of the body
            end = unit.end("unit")
            yield Candidate(
                mention.start, end, text[mention.start : end], mention.cls, 0.85, "bodies:unit"
            )
            continue
        yield Candidate(mention.start, mention.end, name, mention.cls, 0.9, "bodies")


# a department a national body names after its own name: 卫生检疫司, 妇幼健康司, 科技发展司
_BODY_UNIT = re.compile(
    r"(?P<unit>(?:(?![的与和及在为是将由对把被了、，。])[\u4e00-\u9fff]){2,8}?司)"
    r"(?=[^\u4e00-\u9fff]|与|和|、|发布|印发|联合|会同|等|$)"
)


_CODE_AFTER = re.compile(r"-[A-Z0-9]")


def _in_code(text: str, start: int, end: int) -> bool:
    """Whether start:end is a letter group of a hyphenated code with digits in it."""
    if not text[start:end].isupper():
        return False
    left = start
    while left > 0 and (text[left - 1].isalnum() or text[left - 1] == "-"):
        left -= 1
    right = end
    while right < len(text) and (text[right].isalnum() or text[right] == "-"):
        right += 1
    code = text[left:right]
    return (left < start or bool(_CODE_AFTER.match(text, end))) and bool(
        re.search(r"-\d{2,}", code)
    )


def _in_caps_line(text: str, start: int, end: int) -> bool:
    """Whether start:end sits among other words in capitals (a heading set in capitals)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    words = re.findall(r"[A-Za-z]{2,}", line)
    return len(words) >= 3 and all(w.isupper() for w in words)


@cache
def _body_names(iri: str) -> tuple[str, ...]:
    for body in GOVERNMENT_BODIES:
        if f"body:{body.name}" == iri:
            return (body.name, *body.aliases)
    return ()


# a kind noun after a well-known model's name: 通义千问大模型, 盘古大模型服务
_KIND_TAIL = re.compile(r"(?:大模型|大语言模型|模型|平台|服务|系统)?")


def _without_joined_bodies(
    text: str, found: list[Candidate], bodies: list[Candidate]
) -> list[Candidate]:
    """No name made of two well-known ones side by side: 阿里云通义千问大模型 is 阿里云's
    通义千问, two names (and a maker with its model), not a third."""
    if len(bodies) < 2:
        return found
    starts = {b.start: b for b in bodies}

    def joined(c: Candidate) -> bool:
        at, parts = c.start, 0
        while at in starts and starts[at].end <= c.end:
            at, parts = starts[at].end, parts + 1
        tail = _KIND_TAIL.match(text, at)
        return parts >= 2 and tail is not None and tail.end() == c.end

    return [c for c in found if c in bodies or not joined(c)]


def discover_entities(document: Document, known: Sequence[Mention]) -> list[Mention]:
    """Mentions of entities in *document* that the known mentions do not cover.

    Args:
        document: the read report.
        known: mentions already found (the gazetteer's): spans inside them and names equal to
            theirs are not reported again; a longer name that contains one is ("华为云" known,
            "华为云盘古大模型" discovered), and known names help type their neighbours.

    Returns:
        One :class:`Mention` per occurrence, in text order, never overlapping each other or a
        known entity mention, with ``iri`` ``None``, ``name`` the name to file the entity
        under, ``cls`` its class, ``method`` ``discover:<signals>`` and a confidence.

    >>> from medatlas.loaders.readers.text import read_text
    >>> doc = read_text(Path("a.txt"), "联影智能与北京协和医院合作。".encode())
    >>> [(m.name, m.cls) for m in discover_entities(doc, [])]
    [('联影智能', 'Company'), ('北京协和医院', 'Hospital')]
    """
    text = document.text
    spans = KnownSpans(known)
    index = LazyTokenIndex(text)  # jieba cuts only the blocks the rules look at
    lower_words = frozenset(re.findall(r"(?<![A-Za-z])[a-z][a-z\-]+", text))

    found: list[Candidate] = []
    bodies = list(_body_candidates(text))
    found += bodies
    found += suffix_candidates(text, index, spans)
    found += title_candidates(text)
    found += quoted_name_candidates(text)
    found += english_candidates(text, lower_words)
    found += table_candidates(document)
    found += source_candidates(text)
    found += _own_level_bodies(text)
    found += known_arm_candidates(text, spans)
    found += role_candidates(text, lambda pos: name_start_before(text, pos, index, spans))
    found += cue_candidates(text)
    found += offering_cue_candidates(text)
    found += bracketed_place_candidates(
        text, lambda pos: name_start_before(text, pos, index, spans)
    )
    found = _drop_latin_fragments(text, found)
    found = _without_joined_bodies(text, found, bodies)
    found = _without_layout_labels(found)
    found = [c for c in found if c.name not in _SELF_WORDS and not _FROM_TO.match(c.name)]
    found = _without_lead_preposition(text, found)
    found = _without_lead_designator(found)
    places = _place_hits(text, known)
    found += (_place_candidate(hit) for hit in places.values())

    typed = _typed_spans(found, spans)
    found += apposition_candidates(
        text, typed, lambda pos: name_start_before(text, pos, index, spans)
    )
    typed = _typed_spans(found, spans)
    found += enumeration_candidates(
        text, typed, lambda pos: name_start_before(text, pos, index, spans)
    )
    found += list_head_candidates(document, typed)
    found += listicle_candidates(document)
    found += kind_section_candidates(document)

    headers = _header_spans(document)
    chrome = _chrome_spans(document) + [h for h in headers if _describes_column(text, *h)]
    found = [
        c
        for c in found
        if _is_new(c, spans)
        and (c.start, c.end) not in headers
        and not any(s <= c.start and c.end <= e for s, e in chrome)
    ]
    classes = _vote_classes(found, spans)
    merged = _drop_places_in_names(_merge_same_span(found, classes))
    chosen = _without_descriptions(text, _select(merged), known)
    second, aliases = bracket_aliases(text, chosen)
    occupied = _Occupied((c.start, c.end) for c in chosen)
    for c in second:
        inside = [o for o in chosen if c.start <= o.start and o.end <= c.end and o != c]
        if inside:  # "特萨里智能" in brackets, where a rule found only "萨里智能"
            chosen = [o for o in chosen if o not in inside]
            occupied = _Occupied((o.start, o.end) for o in chosen)
        if not occupied.overlaps(c.start, c.end) and not spans.covers(c.start, c.end):
            chosen.append(c)
            occupied.add(c.start, c.end)
    chosen = _with_brand_latin_names(text, chosen, spans)
    for c in chosen:
        surface = text[c.start : c.end]
        if "apposition" in c.method.split("+") and surface != c.name:
            aliases.setdefault(surface, c.name)  # X（以下简称“Y”）: Y found alone is X too
    shorts = _short_forms(text, chosen)
    extra, dropped = _propagate(text, chosen, spans, shorts)
    chosen = [c for c in chosen if (c.start, c.end) not in dropped] + extra
    for short, full in shorts.items():
        aliases.setdefault(short, full.name)  # "Cascade Valley" found alone, then in full
    for short, full in parallel_aliases(text, chosen).items():
        aliases.setdefault(short, full)
    for english, chinese in pinyin_aliases(chosen).items():
        seen = {chinese}
        while chinese in aliases and aliases[chinese] not in seen:
            chinese = aliases[chinese]
            seen.add(chinese)
        if english not in aliases and english not in seen:  # no loop with a bracket's pair
            aliases[english] = chinese  # "Beijing JieYu Technology" is 北京洁域科技有限公司
    chosen = _file_brand_rests(chosen)
    chosen = _file_latin_parts(chosen)
    chosen = _file_hospital_short_forms(chosen)
    chosen = file_aliases(chosen, spans.entities, aliases)
    chosen = retype_hospital_groups(text, chosen)
    chosen = retype_maker_brands(text, chosen)
    chosen = retype_research_firms(text, chosen)
    chosen = retype_clouds(text, chosen, {m.name for m in spans.entities if m.name})
    return sorted(
        _to_mention(text, c, places.get((c.start, c.end)))
        for c in chosen
        if c.confidence >= MIN_CONFIDENCE
    )


_MAKER_CLASSES = frozenset({"Company", "Organization", "ResearchInstitution"})


def _with_brand_latin_names(
    text: str, chosen: list[Candidate], spans: KnownSpans
) -> list[Candidate]:
    """*chosen* with each 锐骨FractureEye (a firm's brand glued to a Latin name) and each
    天枢运动损伤风险评估系统 (a brand, words, a kind) taken as one offering, in place of what was
    read inside it ("FractureEye" as a firm)."""
    makers = {c.name for c in chosen if c.cls in _MAKER_CLASSES}
    makers |= {m.name for m in spans.entities if m.cls in _MAKER_CLASSES and m.name}
    found = [*brand_latin_candidates(text, makers), *brand_kind_candidates(text, makers)]
    owned = list(owned_brand_candidates(text, makers))
    if not found and not owned:
        return chosen
    out = list(chosen)
    for c in owned:  # 聆启听筛云 read as a firm (云), where its maker's name owns it
        same = [o for o in out if (o.start, o.end) == (c.start, c.end)]
        if (
            all(o.cls in _MAKER_CLASSES for o in same)
            and not spans.covers(c.start, c.end)
            and (same or not any(o.start < c.end and c.start < o.end for o in out))
        ):
            out = [o for o in out if o not in same] + [c]
    for c in found:
        if (
            spans.covers(c.start, c.end)
            or spans.crosses(c.start, c.end)
            or spans.entities_within(c.start, c.end)
        ) or any(
            o.start < c.end
            and c.start < o.end
            and (
                (o.start <= c.start and c.end <= o.end)
                or not (c.start <= o.start and o.end <= c.end)
            )
            for o in out
        ):
            continue  # read already, or part of a longer name: 锐骨FractureEye骨折X线辅助检测软件
        out = [o for o in out if not (c.start <= o.start and o.end <= c.end)]
        out.append(c)
    return out


def _header_spans(document: Document) -> set[tuple[int, int]]:
    """Where the header cells of the document's tables are: "Benchmark" over a column of
    benchmarks says what the cells are, it names nothing itself."""
    text = document.text
    out: set[tuple[int, int]] = set()
    for block in document.blocks:
        if block.table is None:
            continue
        line_end = text.find("\n", block.start, block.end)
        line_end = block.end if line_end < 0 else line_end
        for cell in block.table.header:
            cell = cell.strip()
            at = text.find(cell, block.start, line_end) if cell else -1
            if at >= 0:
                out.add((at, at + len(cell)))
    return out


# a heading over the page's links to other articles: what they name is not in the report
_CHROME_HEADING = re.compile(
    r"^\s*(?:相关阅读|相关推荐|相关文章|推荐阅读|延伸阅读|热门推荐|热门文章|热门阅读|猜你喜欢|更多阅读"
    r"|往期回顾|往期推荐|Related(?: articles| stories| reading| news| posts)?|Read more|More news"
    r"|More from [\w ]+|Recommended(?: for you)?|Most read|Trending(?: now)?|You may also like)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)


def _chrome_spans(document: Document) -> list[tuple[int, int]]:
    """Where the lists of links under a "相关阅读" / "Related articles" heading are."""
    out: list[tuple[int, int]] = []
    blocks = list(document.blocks)
    for i, block in enumerate(blocks):
        if block.kind != "heading" and block.kind != "paragraph":
            continue
        if not _CHROME_HEADING.match(document.text[block.start : block.end]):
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].kind == "list_item":
            out.append((blocks[j].start, blocks[j].end))
            j += 1
    return out


def _describes_column(text: str, start: int, end: int) -> bool:
    """A header cell of several words in lower case after the first ("Primary use case",
    "Flagship product"): it says what the column holds; no word of it is a name."""
    words = text[start:end].split()
    return len(words) > 1 and all(w.islower() for w in words[1:])


def _place_hits(text: str, known: Sequence[Mention]) -> dict[tuple[int, int], PlaceHit]:
    """Places named in *text*, by span; a place the known mentions name keeps their IRI."""
    known_iris: dict[str, str] = {}
    for m in known:
        place = place_named(m.text) if m.cls == "Region" and m.iri else None
        if place is not None and m.iri:
            known_iris.setdefault(place.name, m.iri)
    out = {}
    for hit in find_places(text, boundary=lambda pos: word_boundary(text, pos)):
        if hit.place is not None and hit.place.name in known_iris:
            hit = replace(hit, known_iri=known_iris[hit.place.name])
        out[(hit.start, hit.end)] = hit
    return out


def _place_candidate(hit: PlaceHit) -> Candidate:
    return Candidate(hit.start, hit.end, hit.name, "Region", hit.confidence, _PLACE_METHOD)


_CLOSING_QUOTES = '”」』"》'


def _without_descriptions(
    text: str, chosen: list[Candidate], known: Sequence[Mention]
) -> list[Candidate]:
    """Drop what describes a quoted offering's kind: ``“安澜OR-Planner”手术室智能排程系统``
    names the system 安澜OR-Planner; the words after the quote say what it is, and the same
    words elsewhere in the report name it no more than they do here."""
    ends = {c.end for c in chosen if c.cls in _OFFERINGS} | {
        m.end for m in known if m.cls in _OFFERINGS
    }
    described = {
        c.name
        for c in chosen
        if c.cls in _OFFERINGS
        and "suffix" in c.method.split("+")
        and c.start >= 1
        and text[c.start - 1] in _CLOSING_QUOTES
        and c.start - 1 in ends
    }
    return [c for c in chosen if not (c.name in described and "suffix" in c.method.split("+"))]


def _drop_places_in_names(merged: list[Candidate]) -> list[Candidate]:
    """A place inside a longer name ("北京协和医院", "Boston Medical Center") is part of it."""
    names = sorted(
        (c for c in merged if c.cls != "Region" and c.confidence >= MIN_CONFIDENCE),
        key=lambda c: c.start,
    )
    starts = [c.start for c in names]
    longest = max((c.length for c in names), default=0)
    kept = []
    for c in merged:
        if c.cls == "Region" and _PLACE_METHOD in c.method.split("+"):
            lo = bisect_left(starts, c.end - longest)
            hi = bisect_right(starts, c.start)
            if any(
                o.start <= c.start and c.end <= o.end and o.length > c.length for o in names[lo:hi]
            ):
                continue
        kept.append(c)
    return kept


# characters that introduce a name and never open one: 据澜舟医疗透露 ("according to")
_LEAD_PREPOSITIONS = frozenset("据由从被把让给")
# characters that open a name as often as they introduce one (经纬, 向日葵): cut only before a
# place or a national body (受临川市卫生健康局委托, 经国家药监局批准)
_LEAD_BEFORE_PLACE = frozenset("受经向")
# two-character verbs that take a body as object (建议X卫生健康局…, 依托X医院)
_LEAD_VERBS = ("建议", "根据", "依托", "委托", "通过", "邀请", "会同")


def _without_lead_preposition(text: str, found: list[Candidate]) -> list[Candidate]:
    """A Chinese name read back over the preposition before it loses the preposition
    (据澜舟医疗, 受X卫生健康局委托, 建议X卫生健康局…)."""
    out = []
    for c in found:
        lead = 2 if c.name.startswith(_LEAD_VERBS) else 1 if c.name[:1] in _LEAD_PREPOSITIONS else 0
        if not lead and c.name[:1] in _LEAD_BEFORE_PLACE and _opens_with_place(c.name[1:]):
            lead = 1
        if (
            lead
            and text.startswith(c.name[:lead], c.start)
            and len(c.name) >= lead + 3
            and all(is_cjk(ch) for ch in c.name[: lead + 2])
            and c.method != _PLACE_METHOD
        ):
            c = replace(c, start=c.start + lead, name=c.name[lead:])
        out.append(c)
    return out


_LEAD_DESIGNATOR = re.compile(r"(?P<word>[A-Za-z.]+)\s+(?=[\u4e00-\u9fff])")


_NATIONAL = ("国家", "中国", "全国", "中华")


def _opens_with_place(name: str) -> bool:
    """Does *name* open with a place (临川市…, 浙江省…) or a national lead (国家…)?"""
    if name.startswith(_NATIONAL):
        return True
    return any(word_role(name[:cut]) == "place" for cut in (2, 3) if len(name) > cut + 1)


def _without_lead_designator(found: list[Candidate]) -> list[Candidate]:
    """``X Holdings Limited 云禾医疗人工智能控股有限公司``: the Chinese name read back over the end
    of the English one loses the English legal word (``Limited``, ``Inc.``)."""
    out = []
    for c in found:
        lead = _LEAD_DESIGNATOR.match(c.name)
        if lead is not None and lead.group("word") in EN_DESIGNATORS:
            cut = lead.end()
            c = replace(c, start=c.start + cut, name=c.name[cut:])
        out.append(c)
    return out


# how a hospital, firm or school speaks of itself: 我院与X合作 names no new organisation
_SELF_WORDS = frozenset(
    word_list(
        "我院 本院 该院 院方 我司 本司 我公司 本公司 该公司 我所 本所 我校 本校 我们 我方 本单位"
    )
)
# "从放射科到创业公司": a headline's "from X to Y", never a name
_FROM_TO = re.compile(r"从[\u4e00-\u9fff]{1,12}到")
# a slide's, page's or figure's number is a place in the document, not a name
_LAYOUT_LABEL = re.compile(
    r"(?:Slide|Page|Figure|Fig\.|Table|Chart|Exhibit|Appendix|Section|Chapter|Step)"
    r"\s+\d{1,3}[A-Za-z]?"
)


# a department of "the city" or "the province" a local document names without its place:
# 市医疗保障局, 省卫生健康委员会, 区大数据局 (after punctuation or a function word)
_OWN_LEVEL_BODY = re.compile(
    r"(?:(?<=^)|(?<=[\s，,。；;：:、（(“\"《由经与和及向对受在据请将被同]))"
    r"[省市区县](?:卫生健康委员会|卫生健康局|卫生和计划生育委员会|医疗保障局|药品监督管理局"
    r"|市场监督管理局|大数据管理局|大数据局|数据局|科学技术局|科技局|工业和信息化局|经济和信息化局"
    r"|财政局|发展和改革委员会|人民政府|政府办公室|教育局|民政局|人力资源和社会保障局)"
)


_NOT_PLACE_CHARS = frozenset("的了在是和与及由经向对受据请将被同我本该其各全")


def _own_level_bodies(text: str) -> list[Candidate]:
    """``市医疗保障局今年出台了…``: the city's own body, named without the city; filed under
    its full name when the document writes that once (江州市卫生健康委员会 … 市卫生健康委员会)."""
    out = []
    for m in _OWN_LEVEL_BODY.finditer(text):
        fuller = {
            f.group()
            for f in re.finditer(rf"[\u4e00-\u9fff]{{2}}{re.escape(m.group())}", text)
            if not set(f.group()[:2]) & _NOT_PLACE_CHARS
        }
        name = fuller.pop() if len(fuller) == 1 else m.group()
        out.append(Candidate(m.start(), m.end(), name, "GovernmentBody", 0.75, "bodies:own-level"))
    return out


def _without_layout_labels(found: list[Candidate]) -> list[Candidate]:
    """``Slide 2``, ``Table 3``: a place in the document, not a name."""
    kept = []
    for c in found:
        if not (c.name.isascii() and _LAYOUT_LABEL.fullmatch(c.name)):
            kept.append(c)
    return kept


def _drop_latin_fragments(text: str, found: list[Candidate]) -> list[Candidate]:
    """A candidate may not start or end inside a Latin word."""
    kept = []
    for c in found:
        if c.start > 0 and is_latin(text[c.start]) and is_latin(text[c.start - 1]):
            continue
        if c.end < len(text) and is_latin(text[c.end - 1]) and is_latin(text[c.end]):
            continue
        kept.append(c)
    return kept


def _typed_spans(found: Iterable[Candidate], spans: KnownSpans) -> dict[tuple[int, int], str]:
    typed: dict[tuple[int, int], str] = {}
    for m in spans.entities:
        if m.cls != "Region":
            typed[(m.start, m.end)] = m.cls
    best: dict[tuple[int, int], Candidate] = {}
    for c in found:
        if c.confidence < MIN_CONFIDENCE or c.cls == "Region":
            continue  # a place beside a name qualifies it ("Regulation (EU)"), not its type
        key = (c.start, c.end)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    for key, c in best.items():
        typed.setdefault(key, c.cls)
    return typed


def _is_new(candidate: Candidate, spans: KnownSpans) -> bool:
    if candidate.end - candidate.start < 2 and not candidate.name.isupper():
        return False
    if spans.covers(candidate.start, candidate.end) or spans.crosses(
        candidate.start, candidate.end
    ):
        return False
    if candidate.method == _PLACE_METHOD:
        return True  # "USA" is a mention of its own even where "United States" is known
    inner = spans.entities_within(candidate.start, candidate.end)
    return not (spans.knows(candidate.name) and not inner)


def _key(name: str) -> str:
    return normalise_name(name) or name


_NOT_PLACES = frozenset({"Product", "Platform", "AIModel", "Dataset"})


def _vote_classes(found: Sequence[Candidate], spans: KnownSpans) -> dict[str, str]:
    """One class per name: the class with the most confidence behind it across the document."""
    scores: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    defined: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for c in found:
        weight = _GENERIC_CLASS_WEIGHT if c.cls == "Organization" else 1.0
        scores[_key(c.name)][c.cls] += c.confidence * weight
        if _defines(c):
            defined[_key(c.name)][c.cls] += c.confidence
    for key, by_cls in defined.items():
        # what the text says a name is outweighs its shape, however often the shape repeats
        best = max(sorted(by_cls.items()), key=lambda item: item[1])[0]
        scores[key][best] += max(scores[key].values())
    voted = {key: _best_class(by_cls) for key, by_cls in scores.items()}
    # a known place is no offering, whatever a sentence's shape says ("In Germany, X's
    # headset…" is no product named Germany)
    for c in found:
        if c.method == _PLACE_METHOD and voted.get(_key(c.name)) in _NOT_PLACES:
            voted[_key(c.name)] = "Region"
    return voted


def _defines(c: Candidate) -> bool:
    """Evidence that says what a name is: an apposition or copula ("X, a health system"), or a
    column of offerings or data sets ("Benchmark"); a column of organisations ("开发方") says
    less than an organisation's own ending (大学, 实验室)."""
    if c.method == "english:defined":
        return c.cls != "Organization"
    if c.method in _DEFINING_CUES:
        return True  # "X由Y研发", "推出X，一款…工具": the sentence says X is made
    return c.method == "table" and c.cls not in ORG_CLASSES


def _best_class(by_cls: dict[str, float]) -> str:
    """The class with most confidence behind it; a specific class with enough behind it wins
    over the generic "Organization", however often the generic one was guessed."""
    best = max(sorted(by_cls.items()), key=lambda item: item[1])[0]
    if best == "Organization":
        specific = [item for item in sorted(by_cls.items()) if item[0] != "Organization"]
        if specific and max(score for _, score in specific) >= MIN_CONFIDENCE:
            best = max(specific, key=lambda item: item[1])[0]
    return best


def _merge_same_span(found: Sequence[Candidate], classes: dict[str, str]) -> list[Candidate]:
    """Candidates on the same span become one, with the voted class and combined confidence."""
    groups: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
    for c in found:
        groups[(c.start, c.end)].append(c)
    merged = []
    for (start, end), group in sorted(groups.items()):
        best = max(group, key=lambda c: (c.confidence, c.name))
        cls = classes.get(_key(best.name), best.cls)
        miss = 1.0
        for c in group:
            miss *= 1.0 - c.confidence
        confidence = round(min(0.97, 1.0 - miss), 2)
        methods = "+".join(sorted({c.method.split(":")[0] for c in group}))
        merged.append(Candidate(start, end, best.name, cls, confidence, methods))
    return merged


class _Occupied:
    """Spans taken so far, answering "does this span overlap one of them?" by bisection.

    The same answer as ``any(start < e and s < end for s, e in spans)``, without reading
    every span: only those starting within the longest span's length before *end*.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._longest = 0
        for start, end in spans:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        i = bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._longest = max(self._longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self._starts, end) - 1
        while i >= 0 and self._starts[i] + self._longest > start:
            if self._ends[i] > start:
                return True
            i -= 1
        return False


def _inside_surer(kept: Sequence[Candidate]) -> list[bool]:
    """For each candidate: does a longer, about as sure candidate contain it?

    Only candidates starting at most the longest length before its end can contain it, so
    they are looked up by bisection rather than by reading all of them.
    """
    order = sorted(range(len(kept)), key=lambda i: kept[i].start)
    starts = [kept[i].start for i in order]
    longest = max((c.length for c in kept), default=0)
    out = []
    for c in kept:
        lo = bisect_left(starts, c.end - longest)
        hi = bisect_right(starts, c.start)
        out.append(
            any(
                o.start <= c.start
                and c.end <= o.end
                and o.length > c.length
                and o.confidence >= c.confidence - _CONTAINED_MARGIN
                for o in (kept[order[k]] for k in range(lo, hi))
            )
        )
    return out


def _select(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates, best first: confidence, then length."""

    def score(c: Candidate) -> tuple[float, int, int]:
        return (c.confidence + _LENGTH_BONUS * min(c.length, 20), c.length, -c.start)

    kept = [c for c in candidates if c.confidence >= MIN_CONFIDENCE]
    # a name inside a longer, about as sure name is part of it ("State of AI" in a 《》 title)
    kept = [c for c, inside in zip(kept, _inside_surer(kept), strict=True) if not inside]
    taken: list[Candidate] = []
    occupied = _Occupied()
    for c in sorted(kept, key=score, reverse=True):
        if c.confidence < MIN_CONFIDENCE:
            continue
        if occupied.overlaps(c.start, c.end):
            continue
        taken.append(c)
        occupied.add(c.start, c.end)
    return taken


def _occurrences(text: str, surfaces: Iterable[str]) -> dict[str, list[int]]:
    """Where each surface occurs in *text*, as ``re.finditer(re.escape(surface), text)`` finds
    it (left to right, not overlapping itself), with one Aho-Corasick pass for all of them."""
    import ahocorasick

    auto = ahocorasick.Automaton()
    for surface in surfaces:
        auto.add_word(surface, surface)
    found: dict[str, list[int]] = {surface: [] for surface in surfaces}
    if not len(auto):
        return found
    auto.make_automaton()
    for end_index, surface in auto.iter(text):
        start = end_index + 1 - len(surface)
        starts = found[surface]
        if not starts or start >= starts[-1] + len(surface):
            starts.append(start)
    return found


def _owned_forms(text: str, surface: str, makers: set[str]) -> Iterator[str]:
    """The rest of an offering's name after its maker's brand, where the text writes it after
    the brand's firm and 的 (``澜至医疗的闭环DBS刺激器`` for ``澜至闭环DBS刺激器``, made by
    深圳澜至医疗器械有限公司)."""
    for k in range(min(len(surface) - 4, 6), 1, -1):
        brand, rest = surface[:k], surface[k:]
        if any(brand in maker for maker in makers) and re.search(
            re.escape(brand) + r"[\u4e00-\u9fff]{0,4}的" + re.escape(rest), text
        ):
            yield rest
            return


def _propagate(
    text: str,
    chosen: Sequence[Candidate],
    spans: KnownSpans,
    shorts: dict[str, Candidate],
) -> tuple[list[Candidate], set[tuple[int, int]]]:
    """Other occurrences of each discovered name (and of the short form of English names).

    Returns the new candidates and the spans of chosen ones they replace: a Chinese name read
    too short at one occurrence ("萨里智能" of "特萨里智能", the name given in brackets) gives
    way to the full name found elsewhere.
    """
    occupied = _Occupied(
        [(c.start, c.end) for c in chosen] + [(m.start, m.end) for m in spans.entities]
    )
    chosen_spans = sorted((c.start, c.end) for c in chosen)
    dropped: set[tuple[int, int]] = set()
    forms: dict[str, Candidate] = {}
    makers = {c.name.split()[0] for c in chosen if c.cls == "Company" and c.name.isascii()}
    zh_makers = {c.name for c in chosen if c.cls == "Company" and not c.name.isascii()}
    shortened: set[str] = set()
    for c in sorted(chosen, key=lambda c: -c.confidence):
        if _PLACE_METHOD in c.method.split("+"):
            continue  # the lexicon found every occurrence it stands behind
        surface = text[c.start : c.end]
        forms.setdefault(surface, c)
        short = short_form(surface, EN_DESIGNATORS) if surface.isascii() else None
        if short and short.lower() not in ("the",):
            forms.setdefault(short, c)
        head, _, rest = surface.partition(" ")
        if c.cls in _OFFERINGS and surface.isascii() and head in makers and rest[:1].isupper():
            forms.setdefault(rest, c)  # "Beacon" for "Norvik Beacon", made by Norvik Health
        if c.cls in _OFFERINGS and not surface.isascii():
            for own in _owned_forms(text, surface, zh_makers):
                forms.setdefault(own, c)  # 闭环DBS刺激器 of 澜至闭环DBS刺激器: 澜至医疗的闭环…
                shortened.add(own)  # named as the whole offering
    for c in chosen:
        # 知影 for "知影"医学影像大模型: the name the report gives it in quotes, used alone
        if c.cls in _OFFERINGS and _declared(c.name, text):
            forms.setdefault(c.name, c)
            shortened.add(c.name)
    for short, c in shorts.items():
        # "Harborview" for "Harborview Analytics", 澜舟医疗 for its company
        if short not in forms or forms[short].confidence < c.confidence:
            forms[short] = c
        shortened.add(short)
    ordered = [
        (surface, source)
        for surface, source in sorted(forms.items(), key=lambda item: -len(item[0]))
        if _propagatable(surface) or surface in shortened
    ]
    where = _occurrences(text, [surface for surface, _ in ordered])
    extra: list[Candidate] = []
    for surface, source in ordered:
        for start in where[surface]:
            end = start + len(surface)
            if surface.isascii() and (
                (start > 0 and is_latin(text[start - 1]))
                or (end < len(text) and is_latin(text[end]))
            ):
                continue
            if (
                surface in shortened
                and (surface.isascii() or len(surface) == 2)
                and not fits_occurrence(text, start, end, offering=source.cls in _OFFERINGS)
            ):
                continue
            if occupied.overlaps(start, end):
                inner = (
                    _truncated_inside(chosen_spans, start, end, source.cls != "Organization")
                    if not surface.isascii()
                    else []
                )
                if not inner or spans.covers(start, end) or spans.crosses(start, end):
                    continue
                dropped.update(inner)
                occupied = _Occupied(
                    [s for s in chosen_spans if s not in dropped]
                    + [(m.start, m.end) for m in spans.entities]
                    + [(c.start, c.end) for c in extra]
                )
            occupied.add(start, end)
            confidence = round(source.confidence - 0.05, 2)
            extra.append(
                Candidate(
                    start,
                    end,
                    source.name
                    if surface == text[source.start : source.end] or surface in shortened
                    else surface,
                    source.cls,
                    confidence,
                    "propagated",
                )
            )
    return extra, dropped


# a name given in quotes: “知影”, "Tidemark", 「小川」
_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{2,24})[”\"」』]")


def _declared(name: str, text: str) -> bool:
    """True if *text* gives *name* in quotes: a Chinese name it will then use alone."""
    if name.isascii() or not all(is_cjk(ch) or ch.isalnum() or ch in "-·" for ch in name):
        return False
    return any(m.group(1) == name for m in _QUOTED.finditer(text))


def _file_latin_parts(chosen: list[Candidate]) -> list[Candidate]:
    """ "PathEye" found alone where "析微PathEye宫颈细胞学辅助诊断软件" is named too: the Latin
    word of a Chinese offering's name, used alone, is that offering (not a firm)."""
    offerings = [c for c in chosen if c.cls in _OFFERINGS and not c.name.isascii()]
    if not offerings:
        return chosen
    out = []
    for c in chosen:
        if c.name.isascii() and c.cls in ("Company", "Organization") and len(c.name) >= 3:
            inside = re.compile(rf"(?<![A-Za-z0-9]){re.escape(c.name)}(?![A-Za-z0-9])")
            owners = {(o.name, o.cls) for o in offerings if inside.search(o.name)}
        elif c.name.isascii() and c.cls in _OFFERINGS and len(c.name) >= 3:
            # "FractureEye" again after "锐骨FractureEye" (the maker's brand left off), and
            # "GastroEye" after "GastroEye胃镜早癌辅助检测系统" (the kind left off)
            glued = re.compile(
                rf"[\u4e00-\u9fff]{{2,4}}{re.escape(c.name)}"
                rf"|{re.escape(c.name)}(?![A-Za-z0-9\-])[\u4e00-\u9fff][\u4e00-\u9fffA-Za-z0-9]*"
            )
            owners = {(o.name, o.cls) for o in offerings if glued.fullmatch(o.name)}
        else:
            owners = set()
        if len(owners) == 1:
            name, cls = owners.pop()
            c = replace(c, name=name, cls=cls)
        out.append(c)
    return out


def _file_brand_rests(chosen: list[Candidate]) -> list[Candidate]:
    """ "PathAssist" found on its own where "Quorlan PathAssist" (made by Quorlan Health
    Systems) is named too: the same offering, filed under its full name and class."""
    makers = {c.name.split()[0] for c in chosen if c.cls == "Company" and c.name.isascii()}
    full: dict[str, Candidate] = {}
    for c in chosen:
        head, _, rest = c.name.partition(" ")
        if c.cls in _OFFERINGS and c.name.isascii() and head in makers and rest[:1].isupper():
            full.setdefault(rest, c)
    if not full:
        return chosen
    return [
        replace(c, name=full[c.name].name, cls=full[c.name].cls)
        if c.name in full and c.cls not in ("Region",) and full[c.name] is not c
        else c
        for c in chosen
    ]


_HOSPITAL_SHORT = re.compile(
    r"^(?P<lead>.+?)(?:(?P<affil>附)?(?P<n>[一二三四五六七八九])院|(?P<people>人医))$"
)


def _file_hospital_short_forms(chosen: list[Candidate]) -> list[Candidate]:
    """ "栖霞一院" where "栖霞市第一人民医院" is named too, "澜海人医" beside "澜海市人民医院":
    the short form a hospital goes by, filed under its full name when one name fits."""
    fulls = {c.name for c in chosen if c.cls == "Hospital" and c.name.endswith("医院")}
    renamed: dict[str, str] = {}
    for c in chosen:
        match = _HOSPITAL_SHORT.match(c.name) if c.cls == "Hospital" else None
        if match is None or c.name in fulls:
            continue
        lead = match.group("lead").rstrip("市省县区")
        if match.group("people"):
            fits = [f for f in fulls if f.startswith(lead) and f.endswith("人民医院")]
        else:
            nth = f"第{match.group('n')}"
            fits = [
                f
                for f in fulls
                if f.startswith(lead) and nth in f and (not match.group("affil") or "附属" in f)
            ]
        if len(fits) == 1:
            renamed[c.name] = fits[0]
    if not renamed:
        return chosen
    return [replace(c, name=renamed[c.name]) if c.name in renamed else c for c in chosen]


def _short_forms(text: str, chosen: Sequence[Candidate]) -> dict[str, Candidate]:
    """Short forms of the chosen organisations' names, each with the candidate it shortens;
    none that another chosen name of another kind (a product, a place) already is, none that
    shortens two different names."""
    other = {c.name for c in chosen if c.cls not in ORG_CLASSES}
    out: dict[str, Candidate] = {}
    fulls: dict[str, set[str]] = defaultdict(set)
    for short, c in short_forms(text, sorted(chosen, key=lambda c: (-c.confidence, c.start))):
        if short not in other and short != c.name:
            out.setdefault(short, c)
            fulls[short].add(c.name)
    # 澜泽 of both 澜泽医疗科技股份有限公司 and its 杭州澜泽智能科技有限公司: which one is unclear
    return {short: c for short, c in out.items() if len(fulls[short]) == 1}


def _truncated_inside(
    chosen_spans: Sequence[tuple[int, int]], start: int, end: int, cut_short: bool = False
) -> list[tuple[int, int]]:
    """The chosen spans overlapping start:end, if each lies inside it and ends where it ends
    (a name read back too short from its ending) or, with *cut_short*, starts where it
    starts (a name cut at a short ending inside it: 砚川云 of 砚川云诊); else nothing."""
    lo = bisect_left(chosen_spans, (start - 40, 0))
    inner = [(s, e) for s, e in chosen_spans[lo:] if s < end and e > start]
    if inner and all(
        (start < s and e == end) or (cut_short and s == start and e < end) for s, e in inner
    ):
        return inner
    return []


def _propagatable(surface: str) -> bool:
    if any(is_cjk(ch) for ch in surface):
        return len(surface) >= 3
    if surface.lower() in EN_STOP_WORDS:
        return False
    return len(surface) >= 3 or (surface.isupper() and len(surface) >= 2)


def _to_mention(text: str, c: Candidate, place: PlaceHit | None = None) -> Mention:
    iri = None
    name = c.name
    if place is not None and c.cls == "Region":
        iri = place.iri  # 深圳 and Shenzhen: one place, one IRI
        name = place.name
    return Mention(
        start=c.start,
        end=c.end,
        text=text[c.start : c.end],
        cls=c.cls,
        confidence=c.confidence,
        method=f"discover:{c.method}",
        iri=iri,
        name=name,
    )

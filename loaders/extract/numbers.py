"""Find written quantities in a text: 70%, 349 亿元, $1.2 billion, 84个应用场景, 3-7天, 2.3x.

A :class:`Quantity` is a number together with what makes it a figure: a percent sign, a
currency, a classifier and counted noun, a time unit, a multiple. Numbers with none of these
come back as ``kind="bare"`` (a year, a page or list number, a version, a table cell) and
the caller decides whether a measure cue or a table header makes them a figure.

Matching runs on :func:`~medatlas.loaders.extract.gazetteer.fold` of the text (full-width
digits and ``％`` become ASCII, letters lower-case) so offsets are the offsets of the text.

>>> [(q.original, q.values, q.kind) for q in find_quantities("市场规模约为 66 亿元，CAGR 为 39.4%")]
[('66 亿元', ('6600000000',), 'money'), ('39.4%', ('39.4',), 'percent')]
>>> [(q.original, q.values, q.unit_code) for q in find_quantities("grew from 42%-57% to $1.2bn")]
[('42%-57%', ('42', '57'), 'PERCENT'), ('$1.2bn', ('1200000000',), 'USD')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from medatlas.loaders.extract.folding import fold
from medatlas.loaders.units import UnitError, normalise_amount

__all__ = ["Quantity", "QuantityKind", "find_quantities", "is_year_number", "noun_head"]

QuantityKind = Literal["percent", "points", "money", "count", "duration", "multiple", "bare"]


@dataclass(frozen=True)
class Quantity:
    """A number as written, with its unit and, for a range, both ends.

    ``values`` are normalised decimal strings (one, or two for a range such as ``42%-57%``);
    ``unit`` is a QUDT IRI (``None`` for a bare number); ``noun`` is the counted noun after a
    count (``典型应用场景``, ``respondents``); ``bound`` is ``"gt"``/``"lt"``/``"approx"`` when
    the text qualifies the number (超过, less than, 约, 以上); ``symbol_bound`` when it did so
    with ``<``/``>``; ``number_text`` is the first number as written (``"2024"``).
    """

    start: int
    end: int
    original: str
    values: tuple[str, ...]
    unit: str | None
    kind: QuantityKind
    noun: str = ""
    bound: str | None = None
    symbol_bound: bool = False
    number_text: str = ""
    scale_only: bool = False
    noun_end: int = 0

    def shifted(self, offset: int) -> Quantity:
        """The same quantity with offsets moved by *offset* (into a larger text)."""
        noun_end = self.noun_end + offset if self.noun_end else 0
        return replace(self, start=self.start + offset, end=self.end + offset, noun_end=noun_end)

    @property
    def unit_code(self) -> str | None:
        """The local name of the unit IRI (``PERCENT``, ``CNY``, ``NUM``...)."""
        return self.unit.rsplit("/", 1)[-1] if self.unit else None

    @property
    def is_range(self) -> bool:
        """True for a range such as ``42%-57%`` or ``3-7天``."""
        return len(self.values) == 2


_NUMBER = re.compile(r"(?<![0-9a-z_.])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![0-9]|,\d{3})")

# tenths written 成 (三成, 7成, 近八成: 30%, 70%, 80%); not 成为, 成本, 成功, 一成不变...
_TENTHS = re.compile(
    r"(?:(?<![\d.])(?P<d>[1-9])|(?:(?<![\u4e00-\u9fff])|(?<=[约近超逾有占达足到仅只中的是和及、将]))"
    r"(?P<c>[一二三四五六七八九]))成(?![功本立果熟效交员都像品长绩型年人就不分])"
)
# what follows a regulatory class: 3类证, 2类医疗器械 (a class, not so many kinds)
_DEVICE_CLASS = re.compile(r"证|医疗器械|器械|注册证|械")
_CN_DIGITS = {c: str(i) for i, c in enumerate("一二三四五六七八九", start=1)}

_CN_SCALE = "万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千"
_EN_SCALE = "thousand|million|billion|trillion|bn|mn|tn|k|m|b"
_CN_CURRENCY = "元人民币|人民币|美元|欧元|英镑|日元|港元|港币|元"
_EN_CURRENCY = "us dollars|dollars|usd|eur|euros|cny|rmb|yuan|gbp|pounds|jpy|yen|hkd"
_PREFIX_CURRENCY = re.compile(r"(us\$|hk\$|\$|¥|€|£|rmb|cny|usd|eur|gbp|hkd|人民币)\s?$")
_CN_DURATION = "个工作日|个自然日|工作日|自然日|个小时|个月|小时|分钟|秒钟|毫秒|星期|周|天|年|秒"
_EN_DURATION = (
    "years|year|yrs|months|month|weeks|week|days|day|hours|hour|hrs|hr|minutes|minute|mins|"
    "min|seconds|second|secs|sec|ms"
)
_CLASSIFIERS = (
    "人次|家次|例次|个|家|项|款|种|位|名|人|次|例|篇|张|所|座|台|套|条|份|部|件|批|支|起|笔|床|间"
    "|类"
)
# nouns a Chinese number may count without a classifier (17部门, 36城市)
_CN_BARE_NOUNS = "部门|国家|城市|省份|省市|地市|区县|县区"
# English nouns that make "600 respondents" a count (modifiers allowed before them)
COUNT_NOUNS_EN = (
    "respondents|professionals|executives|leaders|participants|people|persons|individuals|"
    "patients|cases|users|members|subscribers|physicians|doctors|clinicians|nurses|"
    "radiologists|pathologists|specialists|experts|employees|staff|workers|hospitals|clinics|"
    "health systems|institutions|organizations|organisations|companies|firms|startups|"
    "vendors|providers|payers|insurers|products|devices|tools|solutions|applications|apps|"
    "algorithms|models|datasets|use cases|scenarios|approvals|clearances|certificates|"
    "licenses|papers|publications|articles|patents|deals|rounds|investments|transactions|"
    "diseases|conditions|indications|countries|cities|counties|provinces|states|regions|"
    "sites|locations|centers|centres|beds|images|scans|studies|records|documents|"
    "consultations|queries|calls|visits|encounters|tests|procedures|surgeries|trials|"
    "drugs|molecules|compounds|targets|partners|customers|clients|projects|programs|"
    "programmes|pilots|departments|agencies|guidelines|policies|standards|"
    "languages|specialties|specialities|parameters|entities|relations|tokens|samples"
)

# any other English plural noun right after a number counts too ("2,400 recordings", "650
# practices"): English has no classifiers, so the plural is the sign; not ``-ss``/``-is``/``-us``
# words (access, analysis, status) nor ``was``/``has``
_EN_PLURAL = r"(?!points\b|percent|times\b)[a-z][a-z-]*[^\W\d_siua]s|people|staff"
# the nouns a count is joined to by a hyphen ("a 9-hospital system"), in the singular
_EN_COMPOUND_NOUNS = (
    "hospital|patient|person|bed|site|clinic|center|centre|practice|physician|participant"
    "|member|employee|school|pharmacy"
)
# what a count joined by a hyphen counts, as the plural a counted noun is read by
_COMPOUND_PLURALS = {"person": "staff", "pharmacy": "pharmacies"}
# a number that opens a line with a decimal point numbers a section ("4.2 Comments")
_SECTION_NUMBER = re.compile(r"[\s>*#-]*\d+(?:\.\d+)+")

# a function word or verb ends a Chinese counted-noun phrase (1500家医院部署其产品 -> 医院)
NOUN_STOP = re.compile(
    r"的|在|(?<!卒)中(?!心)|为|是|已|将|以(?![上下])|及|等|和|与|或|并|被|对(?![话象照])|向|从|到|于|了"
    r"|部署|进入"
    r"|覆盖|提供|服务|"
    r"开展|实现|完成|达到|涵盖|包括|支持|参与|建成|建设|接入|使用|采用|获得"
)

# a stop word that is part of a place's name, not a break: 中医馆, 社区卫生服务中心, 服务站
_NAME_INNER_STOP = re.compile(r"(?:中|服务)[\u4e00-\u9fff]{0,4}?(?:馆|中心|诊所|站|室|院)")


def noun_head(noun: str) -> str:
    """The counted noun up to the first stop word that is not inside an institution's name.

    >>> noun_head("社区卫生服务中心开展试点"), noun_head("中医馆用于辨证"), noun_head("医院中")
    ('社区卫生服务中心', '中医馆', '医院')
    """
    cut = NOUN_STOP.search(noun)
    if cut is None:
        return noun
    inner = _NAME_INNER_STOP.match(noun, cut.start())
    if inner is not None and cut.group(0) in ("中", "服务"):
        return noun[: inner.end()]  # the name's last word ends the noun
    return noun[: cut.start()]


_SUFFIXES: tuple[tuple[QuantityKind, re.Pattern[str]], ...] = (
    ("points", re.compile(r"\s?(?P<u>个百分点|百分点|percentage[ -]points?\b|ppts?\b|pp\b)")),
    ("percent", re.compile(r"\s?(?P<u>%|percent\b|per cent\b)")),
    (
        "money",
        re.compile(
            rf"\s?(?P<approx>余|多)?\s?(?P<scale>{_CN_SCALE})?\s?(?P<approx2>余|多)?"
            rf"(?P<cur>{_CN_CURRENCY})"
        ),
    ),
    (
        "money",
        re.compile(rf"\s?(?P<scale>{_EN_SCALE})?\b\s?(?P<cur>{_EN_CURRENCY})\b"),
    ),
    ("duration", re.compile(rf"\s?(?P<approx>余|多)?(?P<u>{_CN_DURATION})")),
    ("duration", re.compile(rf"(?:\s|-)?(?P<u>{_EN_DURATION})\b")),
    ("multiple", re.compile(r"\s?(?P<u>倍|-?fold\b|times\b|x\b|×)(?!\s?\d)")),
    ("count", re.compile(rf"(?P<scale>万|亿)?(?P<approx>余|多)?(?P<noun>{_CN_BARE_NOUNS})")),
    (
        "count",
        re.compile(
            rf"\s?(?P<scale>万|亿)?(?P<approx>余|多)?(?P<cls>{_CLASSIFIERS})"
            r"(?P<noun>[\u4e00-\u9fffa-z]{0,14})"
        ),
    ),
    (
        "count",
        re.compile(
            rf"\s?(?:(?P<scale>{_EN_SCALE})\b\s?)?\+?\s(?P<mods>(?:[a-z][a-z&-]*\s){{0,2}}"
            # two kinds joined: "11 pharma and biotech partners"
            r"(?:(?:and|or|&)\s[a-z][a-z-]*\s)?)"
            rf"(?P<noun>{COUNT_NOUNS_EN})\b"
        ),
    ),
    (
        "count",
        re.compile(
            rf"\s?(?:(?P<scale>{_EN_SCALE})\b\s?)?\+?\s(?P<plural>)(?P<mods>)(?P<noun>{_EN_PLURAL})\b"
        ),
    ),
    # a count joined to its noun as a modifier: "a 9-hospital system", "its 18-person team",
    # "a 120-patient trial", "a 7-billion-parameter model"
    ("count", re.compile(rf"-(?P<noun>{_EN_COMPOUND_NOUNS})(?![\w-])")),
    (
        "count",
        re.compile(r"-(?P<scale>million|billion)(?P<noun>)(?=-parameter\b|\s+parameters?\b)"),
    ),
)
_SCALE_ONLY = re.compile(rf"\s?(?P<scale>{_CN_SCALE}|(?:{_EN_SCALE})\b)")
_AFTER_CURRENCY = re.compile(rf"\s?(?P<cur>{_CN_CURRENCY}|{_EN_CURRENCY})\b")
_RANGE_JOIN = re.compile(r"\s?(?:-|–|—|~|～|至|到|to)\s?")
_BEFORE_BOUND = re.compile(
    r"(?P<w>超过|超出|突破|超|逾|多于|高于|大于|不少于|不低于|至少|接近|将近|近|约为|约|大约|"
    r"少于|低于|不足|不到|小于|more than|over|above|at least|nearly|almost|about|"
    r"approximately|around|roughly|up to|less than|under|below|fewer than|exceeding|"
    r"exceeded|greater than|within|<|>|≥|≤|＜|＞)\s?(?:了\s?)?$"
)
_AFTER_BOUND = re.compile(r"\s?(?P<w>以上|以下|以内|左右|\+)")
_GT_WORDS = (
    *(
        "超过",
        "超出",
        "突破",
        "超",
        "逾",
        "多于",
        "高于",
        "大于",
        "不少于",
        "不低于",
        "至少",
        "以上",
    ),
    *("+", ">", "≥", "＞", "over", "above", "exceeding", "exceeded"),
    *("more than", "at least", "greater than"),
)
_LT_WORDS = (
    *("少于", "低于", "不足", "不到", "小于", "以下", "以内", "<", "≤", "＜"),
    *("under", "below", "within", "up to", "less than", "fewer than"),
)
_BOUND_KIND = {**dict.fromkeys(_GT_WORDS, "gt"), **dict.fromkeys(_LT_WORDS, "lt")}
_SYMBOLS = frozenset("<>≥≤＜＞")


def is_year_number(text: str) -> bool:
    """True for a four-digit number that reads as a year (1900-2100).

    >>> is_year_number("2024"), is_year_number("2,024"), is_year_number("1500")
    (True, False, False)
    """
    return bool(re.fullmatch(r"(?:19|20)\d{2}|2100", text))


def _decimal(number: str) -> str:
    return number.replace(",", "")


@lru_cache(maxsize=65536)
def _normalise(number: str, unit_text: str) -> tuple[str, str] | None:
    try:
        return normalise_amount(_decimal(number), unit_text)
    except UnitError:
        return None


@dataclass(frozen=True)
class _Unit:
    """The unit found after a number: kind, where the figure ends, value, unit IRI, noun."""

    kind: QuantityKind
    end: int
    value: str
    unit: str
    noun: str = ""
    noun_end: int = 0
    plural: bool = False  # counted by an English plural no list of nouns holds


def _parse_suffix(folded: str, end: int, number: str, prefix_currency: str | None) -> _Unit | None:
    """The unit written after a number (or the currency before it), if any."""
    if prefix_currency:
        scale = _SCALE_ONLY.match(folded, end)
        after_scale = scale.end() if scale else end
        cur = _AFTER_CURRENCY.match(folded, after_scale)
        stop = cur.end() if cur else after_scale
        result = _normalise(number, (scale.group("scale") if scale else "") + prefix_currency)
        return _Unit("money", stop, *result) if result else None
    for kind, pattern in _SUFFIXES:
        match = pattern.match(folded, end)
        if not match:
            continue
        groups = match.groupdict()
        noun = ""
        noun_end = 0
        stop = match.end()
        if kind in ("percent", "points"):
            result = _normalise(number, "%")
        elif kind == "money":
            result = _normalise(number, (groups.get("scale") or "") + groups["cur"])
        elif kind == "duration":
            unit = groups["u"]
            if unit == "年" and not re.fullmatch(r"\d{1,2}(?:\.\d+)?", number):
                return None  # 2025年 is a year, not a duration
            result = _normalise(number, unit)
        elif kind == "multiple":
            result = _normalise(number, "x")
        else:  # count: 84个应用场景, 2000万人, 17部门, 600 respondents
            if groups.get("mods") is not None and is_year_number(number):
                return None  # "in 2024 hospitals spent": a year before an English plural
            scale = groups.get("scale") or ""
            result = _normalise(number, scale + "个") if scale else _normalise(number, "count")
            if groups.get("cls") == "类" and _DEVICE_CLASS.match(groups.get("noun") or ""):
                return None  # 3类证, 2类医疗器械: a regulatory class, not a count
            if groups.get("cls"):
                head = noun_head(groups.get("noun") or "")
                noun = groups["cls"] + head
                stop = match.end("cls")
                noun_end = stop + len(head)
            elif groups.get("mods") is not None:  # 600 respondents: the figure is the number
                noun = (groups["mods"] + groups["noun"]).strip()
                stop = match.start("mods") if groups["mods"] else match.start("noun")
                noun_end = match.end()
            else:  # 17部门: the noun is the unit
                noun = groups["noun"]
                if match.group().startswith("-") and noun:  # a 9-hospital system: hospitals
                    noun = _COMPOUND_PLURALS.get(noun, noun + "s")
                noun_end = match.end()
        if result:
            plural = groups.get("plural") is not None
            return _Unit(kind, stop, result[0], result[1], noun, noun_end, plural)
    return None


def find_quantities(text: str) -> list[Quantity]:
    """Every number in *text* with its unit, in text order; ranges come back as one quantity.

    Years, list numbers, versions and other unit-less numbers are returned as
    ``kind="bare"`` with ``unit=None``; callers keep them only with a measure cue.
    """
    folded = fold(text)
    raw: list[Quantity] = []
    for match in _NUMBER.finditer(folded):
        number = match.group(0)
        start, end = match.span()
        prefix = _PREFIX_CURRENCY.search(folded, max(0, start - 6), start)
        prefix_currency = prefix.group(1) if prefix and prefix.end() == start else None
        if prefix_currency and prefix_currency.isalpha() and prefix.start() > 0:
            before = folded[prefix.start() - 1]
            if before.isascii() and before.isalnum():
                prefix_currency = None
        parsed = _parse_suffix(folded, end, number, prefix_currency)
        line_start = folded.rfind("\n", 0, start) + 1
        if (
            parsed is not None
            and parsed.plural
            and _SECTION_NUMBER.fullmatch(folded, line_start, end)
        ):
            parsed = None  # "4.2 Comments on the draft...": a section's number
        q_start = prefix.start() if prefix_currency and prefix else start
        if parsed is None:
            scale = _SCALE_ONLY.match(folded, end)
            following = folded[end : end + 1]
            if scale and scale.group("scale") in _CN_SCALE.split("|"):
                result = _normalise(number, scale.group("scale"))
                if result:
                    raw.append(
                        _quantity(
                            text, q_start, scale.end(), result, "count", "", number, scale_only=True
                        )
                    )
                continue
            if following.isascii() and following.isalpha():
                continue  # 5g, 3d, 4o, 2024e: part of a name or code
            raw.append(
                Quantity(
                    start=start,
                    end=end,
                    original=text[start:end],
                    values=(_decimal(number),),
                    unit=None,
                    kind="bare",
                    number_text=number,
                )
            )
            continue
        quantity = _quantity(
            text, q_start, parsed.end, (parsed.value, parsed.unit), parsed.kind, parsed.noun, number
        )
        raw.append(replace(quantity, noun_end=parsed.noun_end))
    raw = [q for q in raw if not _TENTHS.match(folded, q.start)] + _tenths(folded, text)
    raw.sort(key=lambda q: q.start)
    return _with_bounds(folded, text, _join_ranges(folded, text, raw))


def _tenths(folded: str, text: str) -> list[Quantity]:
    """``三成`` / ``7成``: so many tenths, a percentage (30%, 70%).

    >>> [(q.original, q.values) for q in _tenths("约三成医院", "约三成医院")]
    [('三成', ('30',))]
    """
    out = []
    for match in _TENTHS.finditer(folded):
        digit = match.group("d") or _CN_DIGITS[match.group("c")]
        result = _normalise(digit + "0", "%")
        if result:
            out.append(
                _quantity(text, match.start(), match.end(), result, "percent", "", digit + "0")
            )
    return out


def _quantity(
    text: str,
    start: int,
    end: int,
    result: tuple[str, str],
    kind: QuantityKind,
    noun: str,
    number: str,
    *,
    scale_only: bool = False,
) -> Quantity:
    while end > start and text[end - 1].isspace():
        end -= 1
    return Quantity(
        start=start,
        end=end,
        original=text[start:end],
        values=(result[0],),
        unit=result[1],
        kind=kind,
        noun=noun,
        number_text=number,
        scale_only=scale_only,
    )


def _join_ranges(folded: str, text: str, found: list[Quantity]) -> list[Quantity]:
    """Merge ``42%-57%``, ``20-30亿元``, ``3至7天``, ``between 10% and 20%`` into ranges."""
    out: list[Quantity] = []
    index = 0
    while index < len(found):
        first = found[index]
        second = found[index + 1] if index + 1 < len(found) else None
        if second is not None and _is_range(folded, first, second):
            low = first.values[0]
            if first.unit is None:  # 20-30亿元: the first end takes the second's unit
                scaled = _normalise(first.number_text, _unit_text_of(folded, second))
                if scaled is None:
                    out.append(first)
                    index += 1
                    continue
                low = scaled[0]
            out.append(
                Quantity(
                    start=first.start,
                    end=second.end,
                    original=text[first.start : second.end],
                    values=(low, second.values[0]),
                    unit=second.unit,
                    kind=second.kind,
                    noun=second.noun,
                    number_text=first.number_text,
                    noun_end=second.noun_end,
                )
            )
            index += 2
            continue
        out.append(first)
        index += 1
    return out


def _unit_text_of(folded: str, quantity: Quantity) -> str:
    """The unit as written after the number of *quantity* (for ``20-30亿元``: ``亿元``)."""
    written = folded[quantity.start : quantity.end]
    number_at = written.find(quantity.number_text)
    unit = written[number_at + len(quantity.number_text) :].replace(" ", "")
    prefix = written[:number_at].strip()
    if quantity.kind == "count":
        scale = unit[:1] if unit[:1] in ("万", "亿") else ""
        return scale + "个" if scale else "count"
    if quantity.kind in ("percent", "points"):
        return "%"
    if quantity.kind == "multiple":
        return "x"
    return unit + prefix if prefix else unit


def _is_range(folded: str, first: Quantity, second: Quantity) -> bool:
    if second.kind == "bare" or first.kind not in ("bare", second.kind):
        return False
    if first.kind == "bare" and is_year_number(first.number_text):
        return False  # 2020-2025年: a period, not a range of amounts
    gap = folded[first.end : second.start]
    if not _RANGE_JOIN.fullmatch(gap):
        between = re.search(r"between\s?$", folded[max(0, first.start - 9) : first.start])
        return bool(re.fullmatch(r"\s?and\s?", gap) and between)
    if gap.strip() in ("至", "到", "to") and first.kind != "bare":
        # "from 10% to 20%" / "从15%到20%" is a change, unless a third value follows:
        # "从15分钟至20分钟压缩到3分钟" starts from a range
        before = folded[max(0, first.start - 8) : first.start]
        after = folded[second.end : second.end + 12]
        if re.search(r"(from|从|由)\s?$", before) and not re.search(r"(至|到|to)\s?\d", after):
            return False
    try:
        return float(_decimal(first.number_text)) < float(_decimal(second.number_text))
    except ValueError:
        return False


def _with_bounds(folded: str, text: str, found: list[Quantity]) -> list[Quantity]:
    out = []
    for q in found:
        bound = None
        symbol = False
        before = _BEFORE_BOUND.search(folded[max(0, q.start - 16) : q.start])
        if before:
            word = before.group("w")
            bound = _BOUND_KIND.get(word, "approx")
            symbol = word in _SYMBOLS
        after = _AFTER_BOUND.match(folded, q.end)
        if after and bound is None:
            bound = _BOUND_KIND.get(after.group("w"), "approx")
        if bound is not None or symbol:
            q = Quantity(**{**q.__dict__, "bound": bound, "symbol_bound": symbol})
        out.append(q)
    return out

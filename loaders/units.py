"""Units and magnitudes: '349 亿元', '$1.2 billion', '70%' to a normalised value and a QUDT unit.

Amounts are normalised to the base unit (yuan, dollars), percentages stay percentages, and the
written form is always kept beside the number by the caller.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from medatlas.errors import MedatlasError

__all__ = [
    "CURRENCY",
    "UNIT",
    "UnitError",
    "format_decimal",
    "normalise_amount",
]

UNIT = "http://qudt.org/vocab/unit/"
CURRENCY = "http://qudt.org/vocab/currency/"

_SCALE = {
    "": Decimal(1),
    "万": Decimal(10) ** 4,
    "十万": Decimal(10) ** 5,
    "百万": Decimal(10) ** 6,
    "千万": Decimal(10) ** 7,
    "亿": Decimal(10) ** 8,
    "十亿": Decimal(10) ** 9,
    "百亿": Decimal(10) ** 10,
    "千亿": Decimal(10) ** 11,
    "万亿": Decimal(10) ** 12,
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
    "tn": Decimal(10) ** 12,
}
_CURRENCIES = {
    "元": "CNY",
    "人民币": "CNY",
    "元人民币": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "美元": "USD",
    "usd": "USD",
    "$": "USD",
    "us$": "USD",
    "dollars": "USD",
    "usdollars": "USD",
    "欧元": "EUR",
    "eur": "EUR",
    "euros": "EUR",
    "€": "EUR",
    "英镑": "GBP",
    "£": "GBP",
    "gbp": "GBP",
    "pounds": "GBP",
    "日元": "JPY",
    "jpy": "JPY",
    "yen": "JPY",
    "港元": "HKD",
    "港币": "HKD",
    "hkd": "HKD",
    "hk$": "HKD",
}
_OTHER = {
    "%": UNIT + "PERCENT",
    "percent": UNIT + "PERCENT",
    "percentagepoints": UNIT + "PERCENT",
    "percentagepoint": UNIT + "PERCENT",
    "pp": UNIT + "PERCENT",  # percentage points: a difference of percentages
    "ppt": UNIT + "PERCENT",
    "ppts": UNIT + "PERCENT",
    "个百分点": UNIT + "PERCENT",
    "百分点": UNIT + "PERCENT",
    "count": UNIT + "NUM",
    # Chinese classifiers (量词): what follows a number that counts things
    **dict.fromkeys(
        (
            *("个", "家", "项", "款", "种", "位", "名", "人", "次", "例", "篇", "张", "所", "座"),
            *("台", "套", "条", "份", "部", "件", "批", "支", "起", "笔", "床", "间"),
            *("人次", "家次", "例次", "余个", "余家", "余项", "余种", "余名", "余人", "余例"),
        ),
        UNIT + "NUM",
    ),
    "年": UNIT + "YR",
    "years": UNIT + "YR",
    "year": UNIT + "YR",
    "yrs": UNIT + "YR",
    "个月": UNIT + "MO",
    "月": UNIT + "MO",
    "months": UNIT + "MO",
    "month": UNIT + "MO",
    "周": UNIT + "WK",
    "星期": UNIT + "WK",
    "weeks": UNIT + "WK",
    "week": UNIT + "WK",
    "天": UNIT + "DAY",
    "日": UNIT + "DAY",
    "工作日": UNIT + "DAY",
    "个工作日": UNIT + "DAY",
    "自然日": UNIT + "DAY",
    "个自然日": UNIT + "DAY",
    "days": UNIT + "DAY",
    "day": UNIT + "DAY",
    "小时": UNIT + "HR",
    "个小时": UNIT + "HR",
    "hours": UNIT + "HR",
    "hour": UNIT + "HR",
    "hrs": UNIT + "HR",
    "hr": UNIT + "HR",
    "分钟": UNIT + "MIN",
    "minutes": UNIT + "MIN",
    "minute": UNIT + "MIN",
    "mins": UNIT + "MIN",
    "min": UNIT + "MIN",
    "秒": UNIT + "SEC",
    "秒钟": UNIT + "SEC",
    "seconds": UNIT + "SEC",
    "second": UNIT + "SEC",
    "secs": UNIT + "SEC",
    "sec": UNIT + "SEC",
    "毫秒": UNIT + "MilliSEC",
    "ms": UNIT + "MilliSEC",
    "倍": UNIT + "UNITLESS",
    "x": UNIT + "UNITLESS",
    "×": UNIT + "UNITLESS",
    "fold": UNIT + "UNITLESS",
    "-fold": UNIT + "UNITLESS",
    "times": UNIT + "UNITLESS",
    "unitless": UNIT + "UNITLESS",
}


class UnitError(MedatlasError):
    """A unit that medatlas does not know how to normalise."""


def format_decimal(value: Decimal) -> str:
    """A plain decimal string, no exponent, no trailing zeros: 3.49E+10 -> '34900000000'."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def normalise_amount(number: str | float | int | Decimal, unit: str) -> tuple[str, str]:
    """Normalise *number* written with *unit* to (decimal string, QUDT unit IRI).

    >>> normalise_amount("349", "亿元")
    ('34900000000', 'http://qudt.org/vocab/currency/CNY')
    >>> normalise_amount("1.2", "billion USD")
    ('1200000000', 'http://qudt.org/vocab/currency/USD')
    >>> normalise_amount(70, "%")
    ('70', 'http://qudt.org/vocab/unit/PERCENT')
    """
    try:
        value = Decimal(str(number).replace(",", "").replace("，", ""))
    except InvalidOperation:
        raise UnitError(f"{number!r} is not a number") from None
    u = unit.strip().lower().replace(" ", "")
    if u in _OTHER:
        return format_decimal(value), _OTHER[u]
    # currency with an optional scale before or after: 亿元, 万美元, billionusd, usdbillion, $bn
    for cur_text, code in sorted(_CURRENCIES.items(), key=lambda kv: -len(kv[0])):
        for scale_text, scale in sorted(_SCALE.items(), key=lambda kv: -len(kv[0])):
            if u in (scale_text + cur_text, cur_text + scale_text):
                return format_decimal(value * scale), CURRENCY + code
    if u in _SCALE:
        return format_decimal(value * _SCALE[u]), UNIT + "NUM"
    for scale_text, scale in _SCALE.items():  # 万家, 亿人: a scaled count
        rest = u[len(scale_text) :]
        if scale_text and u.startswith(scale_text) and _OTHER.get(rest) == UNIT + "NUM":
            return format_decimal(value * scale), UNIT + "NUM"
    raise UnitError(
        f"unit {unit!r} is not known; use %, 元/万元/亿元, 美元/亿美元, USD billion, count, 年..."
    )

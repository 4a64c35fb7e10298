"""What a sum of money measures when the sentence says how it changes hands: an acquisition's
price, money a team receives. Every name is invented."""

from __future__ import annotations

import pytest
from figure_support import about_names, figures_of, markdown, measure_slug


@pytest.mark.parametrize(
    ("text", "original", "slug"),
    [
        ("岚图医疗以1.35亿元现金收购岚脉智能70%股权。", "1.35亿元", "price"),
        (
            "In July we completed the acquisition of Pelvane Labs for $96 million.",
            "$96 million",
            "price",
        ),
        (
            "Lakeview University receives $3.2 million to validate a model.",
            "$3.2 million",
            "financing-amount",
        ),
        ("Lakeview University received revenue of $3 million.", "$3 million", "revenue"),
        (
            "Acme acquired Beta for $50 million; Beta's revenue was $12 million.",
            "$12 million",
            "revenue",
        ),
        (  # a round by its stage, after a sentence about recurring revenue
            "Monthly recurring revenue hit $62,000 in May. **Raising:** $3M seed.",
            "$3M",
            "financing-amount",
        ),
        (
            "岱川创投拟以自有资金6,000万元认购标的公司新增注册资本。",
            "6,000万元",
            "financing-amount",
        ),
        ("Medicare pays about $930 per analysis in outpatient settings.", "$930", "price"),
        (  # venture money a quarter's review adds up
            "Venture investment across our three themes totalled $1.37 billion in the quarter.",
            "$1.37 billion",
            "financing-amount",
        ),
    ],
)
def test_money_by_how_it_changes_hands(text: str, original: str, slug: str) -> None:
    found = figures_of(markdown(text + "\n"), {})
    assert measure_slug(found[original]) == slug


def test_a_sector_heading_its_sentence_took_the_money() -> None:
    text = (
        "# Q3 review\n\nWe track oncology, dental imaging and pharmacovigilance.\n\n"
        "Oncology AI accounted for $241 million of the total. Dental imaging AI, long a "
        "favourite of investors, attracted $98 million. Tumorline AI raised $40 million.\n"
    )
    found = figures_of(markdown(text), {})
    assert "Oncology AI" in about_names(found["$241 million"])
    assert measure_slug(found["$241 million"]) == "financing-amount"
    assert "Dental imaging AI" in about_names(found["$98 million"])
    assert "Tumorline AI" not in about_names(found["$40 million"])  # a firm, not a field


def test_earlier_years_said_respectively_keep_the_measure_and_subject_before_them() -> None:
    """``2022年和2023年分别为29.1亿元和36.8亿元`` after the sentence sizing the market: the same
    market's size in those years, not sums of money about nothing."""
    text = (
        "我们测算，2024年中国汀械运维市场规模为46.8亿元，同比增长27.3%。"
        "2022年和2023年分别为29.1亿元和36.8亿元。\n"
    )
    found = figures_of(markdown(text), {"汀械运维": "Segment"})
    sized = found["46.8亿元"]
    for original in ("29.1亿元", "36.8亿元"):
        assert measure_slug(found[original]) == measure_slug(sized) == "market-size"
        assert about_names(found[original]) == about_names(sized)

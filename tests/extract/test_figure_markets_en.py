"""An English market report's market: "the global market for X and Y care was valued at $N"
names the market of X and Y care, and the amount it was valued at is its size (a firm
"valued at" an amount is still a valuation). Every name here is invented."""

from __future__ import annotations

from figure_support import about_names, figures_of, markdown, measure_slug

from medatlas.loaders.extract.subjects import find_markets


def test_a_market_for_two_fields_joined_by_and_is_one_market() -> None:
    text = "The global market for AI in diabetes and endocrine care was valued at $2.8 billion."
    names = [m.name for m in find_markets(text)]
    assert names == ["AI in diabetes and endocrine care market"], names


def test_and_before_a_verb_ends_the_markets_name() -> None:
    names = [m.name for m in find_markets("The market for imaging and is growing fast.")]
    assert names == ["imaging market"], names


def test_what_a_market_was_valued_at_is_its_size() -> None:
    text = (
        "# AI in Kidney Care: Global Market Report 2025\n\n"
        "The global market for AI in kidney care was valued at $412 million in 2024 and is "
        "projected to reach $1.38 billion by 2030.\n"
    )
    figures = figures_of(markdown(text), {})
    assert measure_slug(figures["$412 million"]) == "market-size"
    assert measure_slug(figures["$1.38 billion"]) == "forecast-market-size"
    assert "AI in kidney care market" in about_names(figures["$412 million"])


def test_a_firm_valued_at_an_amount_keeps_its_valuation() -> None:
    text = "# Review\n\nTumorvane was valued at $1.2 billion in its Series C.\n"
    figure = figures_of(markdown(text), {"Tumorvane": "Company"})["$1.2 billion"]
    assert measure_slug(figure) != "market-size"

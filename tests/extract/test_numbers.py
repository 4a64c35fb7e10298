"""Numbers with their units: English counts read off any plural noun (English has no
classifiers), and the numbers that are no count."""

from __future__ import annotations

import pytest

from medatlas.loaders.extract.numbers import find_quantities


def _counts(text: str) -> list[tuple[str, str]]:
    return [(q.original, q.values[0]) for q in find_quantities(text) if q.kind == "count"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("The pivotal study read 2,400 recordings.", [("2,400", "2400")]),
        ("The consultation drew more than 1,300 comments.", [("1,300", "1300")]),
        (
            "It is live in 650 practices and reads 2.4 million slides.",
            [("650", "650"), ("2.4 million", "2400000")],
        ),
        (
            "Roughly 2,300 delegates came; 120 hospitals took part.",
            [("2,300", "2300"), ("120", "120")],
        ),
    ],
)
def test_a_number_before_an_english_plural_counts_it(
    text: str, counts: list[tuple[str, str]]
) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    "text",
    [
        "In 2024 hospitals spent more on AI.",  # a year before a plural
        "4.2 Comments on the draft checklist are open.",  # a section's number
        "  5.1 Questions go to the Division.",
        "It has 3 status codes and 2 access levels after 4 analysis steps.",  # -us, -ss, -is
        "The model is within 2 points of the leader and 3 times faster.",
    ],
)
def test_years_section_numbers_and_singular_words_in_s_are_no_counts(text: str) -> None:
    assert not [q for q in find_quantities(text) if q.kind == "count" and q.original[0] in "2345"]


@pytest.mark.parametrize(
    ("text", "original"),
    [
        ("试点期为18个月（2025年7月至2026年12月）。", "18个月"),
        ("The pilot ran for 9 months before the wider roll-out.", "9 months"),
    ],
)
def test_a_length_of_time_no_word_names_is_a_duration(text: str, original: str) -> None:
    from figure_support import figures_of, markdown, measure_slug

    figure = figures_of(markdown(text), {})[original]
    assert measure_slug(figure) == "duration"


def test_counted_nouns_run_through_their_own_characters() -> None:
    nouns = {q.original: q.noun for q in find_quantities("全国120余家卒中中心和47家二级以上医院")}
    assert nouns == {"120余家": "家卒中中心", "47家": "家二级以上医院"}

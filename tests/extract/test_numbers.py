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

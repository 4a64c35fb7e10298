"""Score extracted relations against gold relations: precision and recall per predicate.

Both sides are ``(subject key, predicate, object key)`` triples, where a key is whatever
identifies a thing for the caller (an IRI, a date). Inverse and symmetric predicates are
compared in one canonical form: ``Y fundedBy X`` counts as ``X investsIn Y`` and
``partnersWith`` ignores direction, so a report that says "Y获得X投资" is not penalised for
not also saying "X投资Y".

>>> scores = score_relations(
...     [("a", "fundedBy", "b"), ("c", "partnersWith", "d"), ("e", "develops", "f")],
...     [("b", "investsIn", "a"), ("d", "partnersWith", "c"), ("e", "develops", "g")],
... )
>>> scores["all"].precision, scores["all"].recall, scores["develops"].recall
(0.6666666666666666, 0.6666666666666666, 0.0)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Score", "canonical", "format_scores", "score_relations"]

Triple = tuple[str, str, str]
_INVERSES = {"fundedBy": "investsIn"}
_SYMMETRIC = frozenset({"partnersWith"})


@dataclass(frozen=True)
class Score:
    """Counts for one predicate (or ``"all"``): true positives, predicted, gold."""

    predicate: str
    correct: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        """Share of predicted triples that are gold (1.0 when nothing was predicted)."""
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold triples that were predicted (1.0 when there is no gold)."""
        return self.correct / self.gold if self.gold else 1.0


def canonical(triple: Triple) -> Triple:
    """The one form an inverse or symmetric triple is compared in."""
    subject, predicate, obj = triple
    if predicate in _INVERSES:
        return obj, _INVERSES[predicate], subject
    if predicate in _SYMMETRIC and obj < subject:
        return obj, predicate, subject
    return subject, predicate, obj


def score_relations(predicted: Iterable[Triple], gold: Iterable[Triple]) -> dict[str, Score]:
    """Per-predicate and overall (``"all"``) scores of ``predicted`` against ``gold``."""
    guess = {canonical(t) for t in predicted}
    truth = {canonical(t) for t in gold}
    predicates = sorted({t[1] for t in guess | truth})
    scores = {
        p: Score(
            p,
            len({t for t in guess & truth if t[1] == p}),
            len({t for t in guess if t[1] == p}),
            len({t for t in truth if t[1] == p}),
        )
        for p in predicates
    }
    scores["all"] = Score("all", len(guess & truth), len(guess), len(truth))
    return scores


def format_scores(scores: dict[str, Score]) -> str:
    """A plain-text table: predicate, correct, predicted, gold, precision, recall."""
    lines = [f"{'predicate':<18}{'ok':>5}{'pred':>6}{'gold':>6}{'P':>8}{'R':>8}"]
    for name in [*sorted(p for p in scores if p != "all"), "all"]:
        s = scores[name]
        lines.append(
            f"{name:<18}{s.correct:>5}{s.predicted:>6}{s.gold:>6}"
            f"{s.precision:>8.2f}{s.recall:>8.2f}"
        )
    return "\n".join(lines)

"""What a policy's own title says it promotes: ``关于加快推进智慧医院建设的实施意见``.

A policy titled with a promoting word (推进, 促进, 加快, 支持, 鼓励, 推广, "promoting",
"accelerating") or named as a plan to build or develop something (``…建设三年行动计划``,
``…发展规划``) promotes the use cases, technologies and segments its title names; a top
concept of the vocabulary (人工智能, AI医疗) only when the title quotes it (``推进“人工智能+
医疗”应用``), as every such policy is about it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from medatlas.loaders.extract.model import Mention, RelationCandidate

__all__ = ["TITLE_STANCE_CONFIDENCE", "title_stances"]

TITLE_STANCE_CONFIDENCE = 0.65
_CONCEPTS = frozenset({"UseCase", "Technology", "Segment"})
_OPEN_QUOTES = frozenset("“\"'‘「『")
_CLOSE_QUOTES = frozenset("”\"'’」』")
_PROMOTING = re.compile(
    r"推进|推动|促进|加快|加速|支持|鼓励|推广|发展|建设|赋能|融合|创新"
    r"|\b(?:promot|accelerat|advanc|support|encourag|foster|boost|scal)\w*"
    r"|\b(?:development|adoption|deployment|roll-?out)\s+(?:plan|strategy|programme|program)\b",
    re.IGNORECASE,
)
# titles that restrain rather than promote
_RESTRAINING = re.compile(
    r"管理办法|管理规范|管理规定|监管|审查|审评|规范|禁止|限制|风险|安全|伦理"
    r"|\b(?:regulat|restrict|ban|prohibit|oversight|safety|risk|liabilit)\w*",
    re.IGNORECASE,
)


def title_stances(policies: Sequence[Mention]) -> Iterator[RelationCandidate]:
    """``promotes`` from each policy in ``policies`` to the concepts its title names.

    The concepts are read off the title with the vocabulary's labels (longest first, three
    characters or more, whole words in English), as the mentions inside a title give way to
    the title itself.
    """
    for policy in policies:
        title = policy.text
        if not _PROMOTING.search(title) or _RESTRAINING.search(title):
            continue
        for offset, label, iri, cls in _concepts_in(title):
            concept = Mention(
                policy.start + offset,
                policy.start + offset + len(label),
                label,
                cls,
                TITLE_STANCE_CONFIDENCE,
                "policy-title",
                iri=iri,
                name=label,
            )
            yield RelationCandidate(
                policy,
                "promotes",
                concept,
                policy.start,
                policy.end,
                TITLE_STANCE_CONFIDENCE,
                "policy-title",
            )


def _concepts_in(title: str) -> list[tuple[int, str, str, str]]:
    """(offset, label, IRI, class) of the vocabulary concepts a title names, not overlapping."""
    folded = title.casefold()
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, str, str, str]] = []
    seen: set[str] = set()
    for label, iri, cls, top in _labels():
        at = folded.find(label.casefold())
        while at >= 0:
            end = at + len(label)
            ascii_label = label.isascii()
            bounded = not ascii_label or (
                (at == 0 or not folded[at - 1].isalnum())
                and (end == len(folded) or not folded[end].isalnum())
            )
            # a top concept (人工智能, AI医疗) is every policy's theme: only when quoted
            quoted = title[at - 1 : at] in _OPEN_QUOTES and title[end : end + 1] in _CLOSE_QUOTES
            wanted = bounded and (quoted or not top) and iri not in seen
            if wanted and all(end <= a or at >= b for a, b in taken):
                taken.append((at, end))
                found.append((at, title[at:end], iri, cls))
                seen.add(iri)
            at = folded.find(label.casefold(), end)
    return sorted(found)


@cache
def _labels() -> tuple[tuple[str, str, str, bool], ...]:
    """(label, IRI, class, is a top concept) of every use case, technology and segment:
    longest label first."""
    from medatlas.graph.vocabulary import read_concepts

    labels = {
        (text, c.iri, c.cls, not c.broader)
        for c in read_concepts()
        if c.cls in _CONCEPTS
        for text, _ in (*c.pref_labels, *c.alt_labels)
        if len(text) >= (4 if text.isascii() else 3)
    }
    return tuple(sorted(labels, key=lambda t: (-len(t[0]), t[0], t[1])))

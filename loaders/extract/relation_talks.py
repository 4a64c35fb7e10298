"""Talks and their titles: who makes what and what it is for, read off an agenda.

A conference agenda or recap names each talk's speaker with the speaker's organisation in
brackets and then the talk's title (``演讲人：张三（甲科技）　题目：乙系统在急诊分诊中的应用``,
"Speaker: Jane Doe (Harlow Labs) — Title: Kestrel in the emergency department"). A company
whose speaker presents an offering by name in the title is taken to make it (at the lower
confidence of a layout, not a statement); hospitals and universities present tools they use,
so only firms and institutes count. A title (or a sentence) that speaks of "the application
of Y in Z" (``Y在Z中的应用``, ``Y在Z领域的实践``) says that offering Y serves the task Z.
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_engine import Rule

__all__ = ["TALK_RULES"]

_TITLE_ZH = "题目|主题|演讲题目|报告题目|演讲主题|议题|分享主题"
_TITLE_EN = r"Title|Topic|Talk|Session"
# between the speaker's bracketed organisation and the title's cue: spaces, dashes, a role
_TO_TITLE = r"[^\ue000\ue001。；;\n]{0,12}?"
_USE_NOUN_ZH = "应用|实践|探索|落地|应用实践|应用探索"

TALK_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-talk-speaker-firm-title-offering",
        rf"[（(]{{s:ORGX}}[）)]{_TO_TITLE}(?:{_TITLE_ZH})[：:]\s*{{q}}{{o:OFF}}",
        (("develops", "s", "o"),),
        0.6,
        hedgeable=False,
    ),
    Rule(
        "en-talk-speaker-firm-title-offering",
        rf"\({{s:ORGX}}\){_TO_TITLE}\b(?:{_TITLE_EN})\s*[:：]\s*{{q}}{{o:OFF}}",
        (("develops", "s", "o"),),
        0.6,
        hedgeable=False,
    ),
    Rule(
        "zh-offering-applied-in-task",
        rf"{{s:OFF}}{{q}}在{{k}}{{o:UC}}{{k}}(?:中|方面|领域|场景|上)?的(?:{_USE_NOUN_ZH})",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
)

"""How a view looks: a colour per class, node sizes, fonts and the vis-network options."""

from __future__ import annotations

import hashlib
import math
import unicodedata
from typing import Any

__all__ = [
    "CLASS_COLORS",
    "FONT_FACE",
    "LABEL_WIDTH",
    "class_color",
    "node_size",
    "short_label",
    "vis_options",
]

#: a colour per ontology class (by local name); unknown classes get one from :data:`_SPARE`
CLASS_COLORS: dict[str, str] = {
    "Company": "#4e79a7",
    "Organization": "#a0cbe8",
    "GovernmentBody": "#e15759",
    "Hospital": "#ff9d9a",
    "ResearchInstitution": "#59a14f",
    "University": "#8cd17d",
    "Association": "#b6992d",
    "Platform": "#f28e2b",
    "Product": "#ffbe7d",
    "AIModel": "#b07aa1",
    "Dataset": "#d4a6c8",
    "Policy": "#9d7660",
    "Report": "#d7b5a6",
    "Region": "#bab0ac",
    "Market": "#79706e",
    "Segment": "#499894",
    "UseCase": "#86bcb6",
    "Technology": "#f1ce63",
    "Measure": "#d37295",
}
_SPARE = ("#17becf", "#bcbd22", "#7f7f7f", "#8c564b", "#e377c2", "#9467bd")

#: fonts for labels drawn on the canvas: CJK first so Chinese never falls back to boxes
FONT_FACE = (
    '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", '
    '"Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif'
)

#: the widest label drawn on the canvas, in half-width characters (a Chinese character is two)
LABEL_WIDTH = 26

#: above this many nodes or edges, drawing favours speed over looks
_BIG = 1000


def class_color(local: str) -> str:
    """The colour of the class with local name *local* (stable for unknown classes too)."""
    if local in CLASS_COLORS:
        return CLASS_COLORS[local]
    digest = hashlib.sha1(local.encode("utf-8")).digest()[0]
    return _SPARE[digest % len(_SPARE)]


def short_label(text: str, width: int = LABEL_WIDTH) -> str:
    """*text* cut to *width* half-width characters with an ellipsis (the full name is in the
    tooltip and the details panel).

    >>> short_label("关于加快场景创新以人工智能高水平应用促进经济高质量发展的指导意见")
    '关于加快场景创新以人工智…'
    >>> short_label("NVIDIA")
    'NVIDIA'
    """
    used = 0
    for i, ch in enumerate(text):
        used += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
        if used > width:
            return text[: max(i - 1, 1)] + "…"
    return text


def node_size(score: float, top: float) -> float:
    """A node's ``value`` (0-100): the square root of its centrality *score* relative to *top*.

    vis-network maps it to a radius of 8-48 px and a label of 14-34 px, so the central nodes
    stay readable when the whole landscape is in view.
    """
    if top <= 0:
        return 0.0
    return round(100.0 * math.sqrt(max(score, 0.0) / top), 1)


def vis_options(*, nodes: int, edges: int) -> dict[str, Any]:
    """vis-network options: positions are precomputed, so physics is off at every size.

    Past :data:`_BIG` nodes or edges, edges are straight, hidden while dragging or zooming, and
    labels are drawn only when zoomed in enough to read them: a frame then stays cheap.
    """
    big = nodes > _BIG or edges > _BIG
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": not big,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
        },
        "nodes": {
            "shape": "dot",
            "borderWidth": 1,
            "font": {"face": FONT_FACE, "size": 16, "color": "#222222"},
            "scaling": {
                "min": 8,
                "max": 48,
                "label": {
                    "enabled": True,
                    "min": 14,
                    "max": 34,
                    "drawThreshold": 10 if big else 6,
                },
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "color": {"color": "#b7bcc6", "highlight": "#333333", "hover": "#555555"},
            "font": {
                "face": FONT_FACE,
                "size": 10,
                "color": "#555555",
                "strokeWidth": 2,
                "align": "middle",
            },
            "smooth": False if big else {"enabled": True, "type": "continuous", "roundness": 0.2},
            "scaling": {"label": {"drawThreshold": 10 if big else 7}},
            "width": 1,
            "selectionWidth": 2,
        },
    }

"""Techniques a Chinese report lists after a verb of use (``采用A与B技术``). Invented sentences."""

from __future__ import annotations

import pytest

from medatlas.loaders.extract.model import Mention
from medatlas.loaders.extract.technology_phrases import free_technologies


def _items(text: str, taken: list[Mention] | None = None) -> list[str]:
    return [m.text for m in free_technologies(text, 0, len(text), taken or [])]


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("该系统采用5G远程控制与力反馈技术。", ["5G远程控制", "力反馈"]),
        ("基于光学定位与术中CT三维重建技术，主要用于脊柱。", ["光学定位", "术中CT三维重建"]),
        ("采用运筹优化与机器学习相结合的方法，根据历史数据排程。", ["运筹优化", "机器学习"]),
        ("采用肌电信号识别与步态预测算法。", ["肌电信号识别", "步态预测算法"]),
        (
            "采用OCR票据识别、知识图谱与大模型审核相结合的技术路线。",
            ["OCR票据识别", "知识图谱", "大模型审核"],
        ),
        ("采用华为的数字孪生技术，能耗下降。", ["数字孪生"]),
    ],
)
def test_the_techniques_a_list_names(text: str, items: list[str]) -> None:
    assert _items(text) == items


@pytest.mark.parametrize(
    "text",
    ["公司采用了先进技术。", "平台采用AI技术。", "采用相关方法进行评估。", "该院采用了这一方法。"],
)
def test_words_that_name_no_technique(text: str) -> None:
    assert _items(text) == []


def test_a_name_in_the_list_is_no_technique_and_a_known_one_inside_gives_way() -> None:
    text = "采用衡影科技与深度学习融合技术。"
    firm = Mention(2, 6, "衡影科技", "Company", 0.9, "test", name="衡影科技")
    assert _items(text, [firm]) == ["深度学习融合"]
    text = "采用5G远程控制技术。"
    known = Mention(2, 4, "5G", "Technology", 0.9, "gazetteer", name="5G")
    assert _items(text, [known]) == ["5G远程控制"]

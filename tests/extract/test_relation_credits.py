"""Who issued or published the document itself, and when: the closing signature (落款) of an
official document, and the credits of a document that is a copy of a policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from medatlas.loaders.extract.gazetteer import Gazetteer, GazetteerEntry
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_credits import TITLE_METHOD, report_credits
from medatlas.loaders.readers import read_document

# invented
NOTICE = """\
首页 | 政务公开

岚川市卫生健康委员会关于开展智慧病房试点的通知

各区卫生健康局：

现就开展智慧病房试点有关事项通知如下。本次试点为期一年。

岚川市卫生健康委员会

2025年3月14日

分享到：微信 | 打印本页
"""


def _credits(tmp_path: Path, text: str, title: str, cls: str, names: dict[str, str]):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in names.items()]
    mentions = Gazetteer(entries).find(document.text)
    at = document.text.index(title)
    mentions.append(Mention(at, at + len(title), title, cls, 0.9, TITLE_METHOD, name=title))
    mentions.sort(key=lambda m: m.start)
    return list(report_credits(document, mentions))


def _facts(found: list[RelationCandidate]) -> set[tuple[str, str, str]]:
    return {
        (c.subject.text[:4], c.predicate, c.date or (c.object.text if c.object else ""))
        for c in found
    }


def test_a_notice_is_issued_by_its_signature_on_its_date(tmp_path: Path) -> None:
    title = "岚川市卫生健康委员会关于开展智慧病房试点的通知"
    found = _credits(tmp_path, NOTICE, title, "Policy", {"岚川市卫生健康委员会": "GovernmentBody"})
    assert _facts(found) == {
        ("岚川市卫", "issuedBy", "岚川市卫生健康委员会"),
        ("岚川市卫", "issuedOn", "2025-03-14"),
    }
    signature = next(c for c in found if c.predicate == "issuedBy")
    assert signature.object.start > NOTICE.index("本次试点")  # the signature, not the title


def test_a_report_signed_at_its_end_is_published_by_the_signer(tmp_path: Path) -> None:
    text = "# Orvane Outlook 2025\n\nThe outlook follows.\n\nHalden Institute\n\n12 May 2025\n"
    found = _credits(
        tmp_path, text, "Orvane Outlook 2025", "Report", {"Halden Institute": "ResearchInstitution"}
    )
    assert _facts(found) == {
        ("Orva", "publishedBy", "Halden Institute"),
        ("Orva", "issuedOn", "2025-05-12"),
    }


def test_a_name_and_a_date_inside_the_text_are_no_signature(tmp_path: Path) -> None:
    body = NOTICE.replace(
        "岚川市卫生健康委员会\n\n2025年3月14日", "岚川市卫生健康委员会将于2025年3月14日验收。"
    )
    title = "岚川市卫生健康委员会关于开展智慧病房试点的通知"
    found = _credits(tmp_path, body, title, "Policy", {"岚川市卫生健康委员会": "GovernmentBody"})
    assert _facts(found) == set()


def test_a_signature_needs_one_name_and_a_whole_date(tmp_path: Path) -> None:
    two = NOTICE.replace(
        "岚川市卫生健康委员会\n\n2025", "岚川市卫生健康委员会 岚川市医保局\n\n2025"
    )
    title = "岚川市卫生健康委员会关于开展智慧病房试点的通知"
    names = {"岚川市卫生健康委员会": "GovernmentBody", "岚川市医保局": "GovernmentBody"}
    assert _facts(_credits(tmp_path, two, title, "Policy", names)) == set()
    month = NOTICE.replace("2025年3月14日", "2025年3月")
    assert _facts(_credits(tmp_path, month, title, "Policy", names)) == set()


def test_a_notices_masthead_dates_it_and_names_its_issuer(tmp_path: Path) -> None:
    from medatlas.loaders.extract.relation_context import document_metadata

    title = "岚川市卫生健康委员会关于开展智慧病房试点的通知"
    text = (
        f"{title}\n\n发布机构：岚川市卫生健康委员会　发文日期：2025-03-14\n\n"
        "各区卫生健康局：现就开展智慧病房试点有关事项通知如下。\n"
    )
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    mentions = Gazetteer(
        [GazetteerEntry("t:lc", "GovernmentBody", ("岚川市卫生健康委员会",))]
    ).find(document.text)
    at = document.text.index(title)
    mentions = [m for m in mentions if not (at <= m.start < at + len(title))]
    mentions.append(Mention(at, at + len(title), title, "Policy", 0.9, TITLE_METHOD, name=title))
    mentions.sort(key=lambda m: m.start)
    facts = _facts(list(document_metadata(document, mentions)))
    assert ("岚川市卫", "issuedOn", "2025-03-14") in facts
    assert ("岚川市卫", "issuedBy", "岚川市卫生健康委员会") in facts
    assert not any(p in ("publishedBy", "authoredBy") for _, p, _ in facts)


def _metadata_facts(
    tmp_path: Path, text: str, title: str, cls: str, names: dict[str, str], *, skip: int = 0
):
    """Credits of the document *title* names; mentions in the first *skip* characters unseen."""
    from medatlas.loaders.extract.relation_context import document_metadata

    path = tmp_path / "doc.md"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    entries = [GazetteerEntry(f"t:{n}", c, (n,)) for n, c in names.items()]
    mentions = Gazetteer(entries).find(document.text)
    at = document.text.index(title)
    mentions = [m for m in mentions if not (at <= m.start < at + len(title)) and m.start >= skip]
    mentions.append(Mention(at, at + len(title), title, cls, 0.9, TITLE_METHOD, name=title))
    mentions.sort(key=lambda m: m.start)
    return _facts(list(document_metadata(document, mentions)))


def test_every_organiser_a_masthead_lists_publishes(tmp_path: Path) -> None:
    title = "2026岚州智慧医疗大会 会议日程"
    text = f"# {title}\n\n**主办单位：** 岚州医院协会、岚州大学\n\n正文。\n"
    names = {"岚州医院协会": "Association", "岚州大学": "University"}
    facts = _metadata_facts(tmp_path, text, title, "Report", names)
    assert {(p, o) for _, p, o in facts if p == "publishedBy"} == {
        ("publishedBy", "岚州医院协会"),
        ("publishedBy", "岚州大学"),
    }


def test_one_credit_per_organisation_however_often_the_masthead_names_it(tmp_path: Path) -> None:
    title = "会员单位名录（2025年版）"
    text = (
        f"岚州省医学影像学会\n{title}\n\n编制：岚州省医学影像学会\n发布日期：2025年7月\n\n"
        "说明：正文。\n"
    )
    facts = _metadata_facts(tmp_path, text, title, "Report", {"岚州省医学影像学会": "Association"})
    credits = [f for f in facts if f[1] in ("publishedBy", "authoredBy")]
    assert len(credits) == 1 and credits[0][2] == "岚州省医学影像学会"
    assert ("会员单位", "issuedOn", "2025-07") in facts


def test_a_masthead_in_capitals_credits_the_firm_the_body_names(tmp_path: Path) -> None:
    title = "FORM 10-K - FISCAL YEAR ENDED DECEMBER 31, 2025"
    body = "Brellin Diagnostics, Inc. sells imaging software. " * 80  # far below the head
    text = f"BRELLIN DIAGNOSTICS, INC.\n{title}\nFiled on 2 March 2026\n\n{body}\n"
    names = {"Brellin Diagnostics": "Company"}
    # the capitals are no mention: the firm is credited where the body names it
    facts = _metadata_facts(tmp_path, text, title, "Report", names, skip=len(title) + 30)
    assert ("FORM", "publishedBy", "Brellin Diagnostics") in facts
    assert ("FORM", "issuedOn", "2026-03-02") in facts


def test_a_day_first_date_in_a_masthead_dates_the_notice(tmp_path: Path) -> None:
    title = "Contract Notice: Imaging Triage Service"
    text = f"# {title}\n\n**Notice reference:** AB-2025-01 · **Published:** 03/11/2025\n\nBody.\n"
    facts = _metadata_facts(tmp_path, text, title, "Report", {})
    assert ("Cont", "issuedOn", "2025-11-03") in facts


@pytest.mark.parametrize(
    ("name", "credit", "whole"),
    [
        ("岚湖医谷", "苏州岚湖医谷发展有限公司", False),  # part of another, longer name
        ("岚泽医疗科技股份有限公司", "岚泽医疗科技股份有限公司董事会", True),  # its board signs
        ("岚州市统计局", "岚州市卫生健康委员会、岚州市统计局", True),
        ("松石研究", "松石研究 Pinegrove Research", True),
        ("岚序医疗", "岚序医疗科技股份有限公司", True),  # its short name: no legal form
        ("Kestrel Health", "Kestrel Health, Inc.", True),
    ],
)
def test_a_credit_names_a_whole_organisation(name: str, credit: str, whole: bool) -> None:
    from medatlas.loaders.extract.relation_context import _whole_item

    assert _whole_item(name, credit) is whole

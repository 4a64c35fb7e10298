"""The group a clause opens with, as what its figure measures: ``二级医院为19.9%``.

A survey breaks a rate down by tier, region or kind in a run of short clauses that each open
with the group and end with its value (``分层级看，三级甲等医院ICU的应用率为58.7%，其他三级医院
为36.4%，二级医院仅为19.9%``; ``中部为37.0%``). No list knows such groups, and the clause says
nothing else the figure could be about, so the group is named from the clause itself: the words
before ``为`` / ``达`` / ``占``, without the rate's own name (应用率, 占比) or a department word
(ICU, 科室) after them. A group of the country's parts (东部, 中西部, 华东地区) is a ``Region``;
any other a ``Segment`` (the pipeline files it as a discovered one).

Precision first: the group is two to ten Chinese characters that end as a group of sites,
places, firms or people do (医院, 机构, 地区, 医生…; so ``市场规模为`` names none), hold no
function word, no digit and no verb of a sentence (对, 在, 将…), and do not open with a word
that starts a sentence rather than names a group (其中, 同比, 预计, 受访者…). A clause that
names an entity there already says what its figure is about.

>>> [(m.text, m.cls) for m in clause_subjects("其他三级医院为36.4%", 0, 7, [])]
[('其他三级医院', 'Segment')]
>>> [(m.text, m.cls) for m in clause_subjects("中部为37.0%", 0, 3, [])]
[('中部', 'Region')]
>>> clause_subjects("受访者对AI工具的总体满意度为68.9%", 0, 15, [])
[]
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from medatlas.loaders.extract.model import Mention

__all__ = ["SUBJECT_METHOD", "clause_subjects"]

SUBJECT_METHOD = "figures.clause-subject"
_CONFIDENCE = 0.6
# the clause before a value: a group, a department word, the rate's name, the verb
_CLAUSE = re.compile(
    r"(?P<group>[\u4e00-\u9fff]{2,10}?)(?:ICU|科室|科)?的?"
    r"(?:[\u4e00-\u9fffA-Za-z]{0,6}?(?:率|比例|占比|比重|份额|满意度))?"
    r"(?:仅为|仅占|约为|为|达到|达|占|是)约?\s*$"
)
_NOT_GROUP = re.compile(r"[对的在与和及将把被由从向是有该这那了个]|等$|率$|看$")
_SENTENCE_LEADS = re.compile(
    r"^(?:其中|其余|另有|此外|同比|环比|较|比|约|共|目前|截至|预计|整体|总体|全国|平均|合计|总计"
    r"|受访|调查|本次|今年|去年|当年|同期|上述|以上|以下|这一|该|每|各|所有|全部|大多数|多数|半数)"
)
_REGION = re.compile(
    r"^(?:东|中|西|南|北|东北|西北|西南|东南|中西|华东|华南|华北|华中|沿海|内陆)部?(?:地区|省份)?$"
    r"|地区$"
)
# what a group of those a survey counts ends with: a kind of site, place, firm or person
_GROUP_END = re.compile(
    r"(?:医院|医疗机构|机构|卫生院|中心|门诊|诊所|科室|专科|城市|县域|农村|乡镇|社区|企业|药企|厂商"
    r"|医生|医师|护士|护士长|药师|技师|主任|院长|人员|患者|人群|老年人|儿童|用户|家庭|三甲|二级|三级"
    r"|一级|基层)$"
)
_CLAUSE_START = re.compile(r"[，,；;。！？!?\n：:（(]")


def clause_subjects(
    text: str, clause_start: int, at: int, taken: Sequence[Mention]
) -> list[Mention]:
    """The group the clause ``text[clause_start:at]`` (up to a figure at ``at``) opens with, as
    a one-mention list; empty when the clause has none or names an entity already."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, clause_start, at)]
    start = starts[-1] if starts else clause_start
    match = _CLAUSE.fullmatch(text, start, at)
    if match is None:
        return []
    group = match.group("group")
    if _NOT_GROUP.search(group) or _SENTENCE_LEADS.match(group):
        return []
    region = _REGION.search(group) is not None
    if not region and not _GROUP_END.search(group):
        return []  # 市场规模为18.6亿元: a measure, not a group of those counted
    a, b = match.span("group")
    if any(m.start < b and a < m.end and m.cls not in _CONCEPTS for m in taken):
        return []  # 衡汀医疗为31.4%: the firm is what it is about
    cls = "Region" if region else "Segment"
    return [Mention(a, b, group, cls, _CONFIDENCE, SUBJECT_METHOD, name=group)]


_CONCEPTS = frozenset({"Segment", "UseCase", "Technology", "Region"})

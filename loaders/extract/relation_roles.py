"""Labelled role lines: who leads, who takes part, who pays.

Registries, grant pages, event notices and project sheets give the parties of a study or project
as labelled lines rather than sentences::

    - **Lead sponsor:** Tessvale Medical Ltd (Cambridge, United Kingdom)
    - **Collaborators:** Harrowmere University; Kilnbrook Eye Institute
    - **Funding:** a £4.2 million grant from the National Institute for Health and Care Research

    主办单位：岚州医学会　　协办单位：岚州大学附属第一医院、岚图医疗
    单位：¹岚州大学附属第一医院眼科；²岚图医疗科技有限公司

The organisation of the lead line partners with each organisation of a partner line and is
funded by each of a funder line; the units of one paper's authors partner each other.
:class:`RoleLines` keeps the lead from line to line of one document; a heading does not end it
(the lines often sit under "Sponsor and collaborators").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from medatlas.loaders.extract.model import Mention, RelationCandidate

__all__ = ["ROLE_CONFIDENCE", "RoleLines"]

ROLE_CONFIDENCE = 0.7

_ORGS = frozenset(
    {
        "Company",
        "Hospital",
        "ResearchInstitution",
        "University",
        "Association",
        "Organization",
        "GovernmentBody",
    }
)
_LABEL_END = r"[\s*_]*[：:]"
_LEAD = re.compile(
    r"[\s*_>\-•·]*(?:lead\s+sponsor|sponsor|lead\s+applicant|applicant|lead\s+organi[sz]ation"
    r"|lead\s+institution|主办单位|主办方|牵头单位|申请单位|承担单位|项目承担单位|项目单位|发起单位)"
    + _LABEL_END,
    re.IGNORECASE,
)
_PARTNERS = re.compile(
    r"[\s*_>\-•·]*(?:collaborators?|partners?|partner\s+institutions?|co-?applicants?"
    r"|participating\s+(?:sites|institutions|centres|centers)|co-?organi[sz]ers?|co-?hosts?"
    r"|协办单位|协办方|合作单位|合作伙伴|战略合作伙伴|合作机构|参与单位"
    r"|联合申报单位|共建单位|支持单位)" + _LABEL_END,
    re.IGNORECASE,
)
_FUNDERS = re.compile(
    r"[\s*_>\-•·]*(?:funding|funders?|funded\s+by|grant\s+from|资助单位|资助方|资助机构|经费来源"
    r"|资金来源)" + _LABEL_END,
    re.IGNORECASE,
)


# the units a paper's authors belong to: "单位：¹X；²Y", "Affiliations: 1 X; 2 Y"
_AFFILIATIONS = re.compile(
    r"[\s*_>\-•·]*(?:作者单位|单位|affiliations?|author\s+affiliations?)" + _LABEL_END,
    re.IGNORECASE,
)


@dataclass
class RoleLines:
    """Reads labelled role lines in document order; remembers the lead party."""

    lead: Mention | None = None

    def read(
        self, text: str, start: int, end: int, inside: Sequence[Mention]
    ) -> list[RelationCandidate]:
        """The relations the line ``text[start:end]`` states as a role line, if it is one."""
        orgs = [m for m in inside if m.cls in _ORGS]
        if _AFFILIATIONS.match(text, start, end):
            # "单位：¹X医院眼科；²Y科技有限公司": the units of one paper's authors work together
            units = list({(m.iri or m.text): m for m in orgs}.values())
            return [
                RelationCandidate(a, "partnersWith", b, start, end, ROLE_CONFIDENCE, "role-line")
                for i, a in enumerate(units)
                for b in units[i + 1 :]
            ]
        if _LEAD.match(text, start, end):
            self.lead = orgs[0] if orgs else None
            # "主办单位：A、B": the bodies that lead together are partners
            return [
                RelationCandidate(
                    orgs[0], "partnersWith", m, start, end, ROLE_CONFIDENCE, "role-line"
                )
                for m in orgs[1:]
                if (m.iri or m.text) != (orgs[0].iri or orgs[0].text)
            ]
        if self.lead is None or not orgs:
            return []
        if _PARTNERS.match(text, start, end):
            predicate = "partnersWith"
        elif _FUNDERS.match(text, start, end):
            predicate = "fundedBy"
        else:
            return []
        return [
            RelationCandidate(self.lead, predicate, m, start, end, ROLE_CONFIDENCE, "role-line")
            for m in orgs
            if (m.iri or m.text) != (self.lead.iri or self.lead.text)
        ]

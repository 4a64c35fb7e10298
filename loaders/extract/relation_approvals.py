"""A regulator and the offerings it clears: ``regulates`` from a government body to a product.

Approvals, clearances and registrations are the acts by which a regulator (a
``GovernmentBody``: NMPA, FDA, MHRA) rules on a product, so each states ``body regulates
offering``:

- sentences (:data:`APPROVAL_RULES`): ``X获得国家药监局三类证``, ``X经NMPA批准上市``,
  ``国家药监局批准X``, "X received FDA 510(k) clearance", "X was cleared by the FDA",
  "the FDA cleared X", "FDA-cleared X";
- tables (:func:`approval_rows`): a row that names an offering and, in another cell, a body
  with an approval word (``NMPA三类证``, "FDA 510(k) cleared"), or a body under an issuer
  column (``审批部门``, "Issuing authority").

A CE mark from a notified body is no government act: only names typed ``GovernmentBody`` are
subjects. A pending filing (``注册申报中``, "submitted to the FDA") states nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from medatlas.loaders.document import Block
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS, Rule

__all__ = ["APPROVAL_RULES", "approval_rows"]

#: what a regulator grants (Chinese): a registration certificate of a class, an approval
_GRANT_ZH = (
    r"(?:第?[一二三Ⅱ Ⅲ]类(?:医疗器械)?(?:产品)?(?:注册证|证|认证)|(?:医疗器械)?注册证"
    r"|注册批准|上市许可|批准证明|批件|批文|准入|认证|许可证?|审批|批准|认定)"
)
_GRANT_EN = (
    r"(?:510\s*\(k\)\s+|De\s*Novo\s+|PMA\s+|premarket\s+|pre-market\s+|marketing\s+"
    r"|Class\s+(?:I{1,3}|[123])\s+|Breakthrough\s+Device\s+|breakthrough\s+)*"
    r"(?:clearance|approval|authori[sz]ation|designation|certification|registration|licen[cs]e)"
)
_RECEIVED_EN = (
    r"(?:received|receives|obtained|obtains|secured|secures|won|wins|earned|earns|gained|gains"
    r"|was granted|has been granted|were granted|had been granted|got|holds|has received"
    r"|has obtained|has secured|has won|has earned)"
)

# up to 40 (Chinese) or 90 (English) characters or names, but no other offering's name: in
# "X上市，Y获得NMPA三类证" the certificate is Y's alone
_GAP_ZH = r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?!Product|Platform|AIModel|Dataset)\w+\ue001){0,40}?"
_GAP_EN = r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?!Product|Platform|AIModel|Dataset)\w+\ue001){0,90}?"

# a few words of one clause, concepts allowed ("三类医疗器械注册证" holds a concept's name)
_CLAUSE_ZH = (
    r"(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,12}?"
)

APPROVAL_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-offering-obtains-approval",
        rf"{{o:OFF}}{_GAP_ZH}(?:获得|取得|拿到|获颁|领取|获批|获得了|取得了|拿到了|获)了?{{q}}{{s:GOV}}"
        rf"(?:的|颁发的|核发的|批准的|签发的)?{_CLAUSE_ZH}(?:{_GRANT_ZH}|证)",
        (("regulates", "s", "o"),),
        0.75,
        anchor="o",
    ),
    Rule(
        "zh-offering-approved-by",
        rf"{{o:OFF}}{_GAP_ZH}(?:获|经|通过|经过|得到|获得)了?{{q}}{{s:GOV}}"
        rf"{_CLAUSE_ZH}(?:批准|核准|审批|审查|认证|注册|准入)",
        (("regulates", "s", "o"),),
        0.75,
        anchor="o",
    ),
    Rule(
        "zh-body-approves-offering",
        r"{s:GOV}{g}(?:批准|核准|审批通过|批准了|核准了|颁发|核发)(?:了)?{k}{q}{o:OFF}",
        (("regulates", "s", "o"),),
        0.7,
        anchor="o",
    ),
    Rule(
        "en-offering-received-clearance",
        rf"{{o:OFF}}{_GAP_EN}\b{_RECEIVED_EN}\s+(?:a\s+|an\s+|the\s+|its\s+|US\s+|U\.S\.\s+)*"
        rf"{{s:GOV}}(?:['’]s)?\s*{_GRANT_EN}",
        (("regulates", "s", "o"),),
        0.75,
        anchor="o",
    ),
    Rule(
        "en-offering-received-clearance-from",
        rf"{{o:OFF}}{_GAP_EN}\b{_RECEIVED_EN}\s+(?:a\s+|an\s+|the\s+|its\s+)*{_GRANT_EN}\s+"
        r"(?:from|by)\s+(?:the\s+|US\s+|U\.S\.\s+)*{s:GOV}",
        (("regulates", "s", "o"),),
        0.75,
        anchor="o",
    ),
    Rule(
        "en-offering-cleared-by",
        rf"{{o:OFF}}{_GAP_EN}\b(?:was|were|has been|have been|is|are|had been|being)\s+(?:\w+\s+)?"
        r"(?:cleared|approved|authori[sz]ed|registered|granted\s+\w+(?:\s+\w+)?)\s+by\s+"
        r"(?:the\s+|US\s+|U\.S\.\s+)*{s:GOV}",
        (("regulates", "s", "o"),),
        0.75,
        anchor="o",
    ),
    Rule(
        "en-body-cleared-offering",
        r"{s:GOV}\s+(?:has\s+|had\s+|recently\s+|last\s+\w+\s+)?(?:cleared|approved|authori[sz]ed"
        r"|granted\s+(?:\w+\s+){0,3}?(?:clearance|approval|authori[sz]ation)\s+(?:to|for))\s+"
        r"(?:the\s+|its\s+)?{o:OFF}",
        (("regulates", "s", "o"),),
        0.7,
        anchor="o",
    ),
    Rule(
        "en-offering-apposition-cleared-by",
        r"{o:OFF},\s+(?:an?|the|its)\s+(?:[^\ue000\ue001,;.]|\ue000\d+\ue002(?:UseCase|Segment|Technology)"
        r"\ue001){0,60}?\b(?:cleared|approved|authori[sz]ed)"
        r"\s+by\s+(?:the\s+|US\s+|U\.S\.\s+)*{s:GOV}",
        (("regulates", "s", "o"),),
        0.7,
        anchor="o",
    ),
    Rule(
        "en-offering-kind-cleared-by",
        # "Its CereFlow LVO application, cleared by the FDA in 2023, runs in 1,150 hospitals"
        r"{o:OFF}\s+(?:application|app|software|tool|system|platform|device|product|algorithm)s?,"
        r"\s+(?:first\s+|later\s+|recently\s+)?(?:cleared|approved|authori[sz]ed)"
        r"\s+by\s+(?:the\s+|US\s+|U\.S\.\s+)*{s:GOV}",
        (("regulates", "s", "o"),),
        0.7,
        anchor="o",
    ),
    Rule(
        "en-body-clearance-for",
        rf"{{s:GOV}}(?:['’]s)?\s+{_GRANT_EN}\s+(?:for|of|to)\s+(?:the\s+|its\s+|their\s+)?{{o:OFF}}",
        (("regulates", "s", "o"),),
        0.7,
        anchor="o",
    ),
    Rule(
        "en-body-cleared-modifier",
        r"{s:GOV}[-‑–]\s*(?:cleared|approved|authori[sz]ed|registered)\s+(?:\w+\s+){0,3}?{o:OFF}",
        (("regulates", "s", "o"),),
        0.7,
        anchor="o",
        hedgeable=False,
    ),
)

# ---- approval tables ----------------------------------------------------------------------------

APPROVAL_ROW_CONFIDENCE = 0.7
_OFF = frozenset(CLASS_GROUPS["OFF"])
# a cell that states a grant: "NMPA三类证", "FDA 510(k)", "CE、NMPA二类证", "FDA cleared"
_GRANT_CELL = re.compile(
    rf"{_GRANT_ZH}|获批|已批准|\b(?:510\s*\(k\)|De\s*Novo|PMA|cleared|approved|authori[sz]ed"
    r"|registered|clearance|approval)\b",
    re.IGNORECASE,
)
# words in a cell that deny or defer the grant: a filing under review is no approval
_PENDING_CELL = re.compile(
    r"申报中|申请中|审评中|审批中|待批|未获|尚未|无需|不需|在审|拟申报|计划|pending|submitted|filed"
    r"|under review|planned|not required|\bno\b|none",
    re.IGNORECASE,
)
# a column whose cells name the body that approved the row's product
_ISSUER_HEADER = re.compile(
    r"审批部门|审批机关|审批机构|批准部门|批准机关|发证机关|发证部门|监管部门|监管机构|注册机关"
    r"|\b(?:regulator|issuing (?:authority|body|agency)|approving (?:authority|body|agency)"
    r"|authority|agency)\b",
    re.IGNORECASE,
)


def approval_rows(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """regulates from a body named in a table row to the offerings of the same row.

    The body must stand in an issuer column, or in a cell that says what it granted
    (``NMPA三类证``); a cell that says the filing is pending states nothing.
    """
    from medatlas.loaders.extract.relation_tables import table_rows
    from medatlas.loaders.extract.spans import MentionsWithin

    within = MentionsWithin(mentions)
    for block in blocks:
        if block.kind != "table" or block.table is None:
            continue
        issuer_columns = {
            i for i, name in enumerate(block.table.header) if _ISSUER_HEADER.search(name)
        }
        for row in table_rows(text, block):
            offerings = [m for m in within(row.start, row.end) if m.cls in _OFF]
            for column, (start, end) in enumerate(row.cells):
                cell = text[start:end]
                if _PENDING_CELL.search(cell):
                    continue
                if column not in issuer_columns and not _GRANT_CELL.search(cell):
                    continue
                bodies = [m for m in within(start, end) if m.cls == "GovernmentBody"]
                for body in bodies:
                    for offering in offerings:
                        if offering.start < start or offering.end > end:
                            yield RelationCandidate(
                                body,
                                "regulates",
                                offering,
                                row.start,
                                row.end,
                                APPROVAL_ROW_CONFIDENCE,
                                "approval-row",
                            )

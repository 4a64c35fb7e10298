"""Partnerships in wordings beyond the core patterns: deals, joint work, later clauses.

- a company named at the head of a sentence that goes on, in a later clause, to sign or work
  with another (``X以A为主业，2023年与Y签订合作``, ``X：算力云服务商，与Y合作搭建…``);
- "X signed a five-year enterprise deal with Y", "X will work alongside Y", "X and Y will run
  a joint study".

Confidence is lower (0.7) than for a verb right between the two names.
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_engine import Rule

__all__ = ["PARTNER_RULES"]

# up to 40 characters, concepts and places of one topic: no other organisation's name
_TOPIC_GAP = (
    r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Region)\ue001){0,40}?"
)
_ZH_DEAL = (
    "达成|签署|签订|签约|建立|开展|展开|深化|启动|共建|合建|共同|联合|合作|携手|联手|战略|结成|组建"
)
_EN_DEAL = (
    r"deal|agreement|contract|partnership|collaboration|alliance|memorandum of understanding"
    r"|MoU|licen[cs]e|licensing deal|pact|tie-up|joint venture"
)

PARTNER_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-topic-partners-in-a-later-clause",
        rf"(?<![由被与和同跟及、获得受]){{s:ORGX}}{_TOPIC_GAP}[，,；;][^\ue000\ue001，,。；;]{{0,12}}?(?:与|和|同|跟){{q}}{{o:ORG}}"
        rf"{{c}}(?:{_ZH_DEAL})",
        (("partnersWith", "s", "o"),),
        0.7,
        solo=("s",),
    ),
    Rule(
        "en-signed-a-deal-with",
        rf"{{s:ORG}}{{e}}\b(?:signed|inked|struck|sealed|closed|entered into|agreed|announced"
        rf"|expanded|renewed)\s+(?:a|an|its|their)\s+(?:[\w$.,-]+\s+){{0,5}}?(?:{_EN_DEAL})s?"
        r"\s+with\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-works-alongside",
        r"{s:ORG}{e}\b(?:work|works|worked|working|partner|partners|partnering|collaborate"
        r"|collaborates|collaborating|team|teams|teaming)\s+(?:up\s+)?(?:closely\s+)?"
        r"(?:alongside|together with)\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-and-run-joint-work",
        r"{s:ORG}\s+(?:and|&)\s+(?:the\s+)?{o:ORG}\s+(?:will|would|have|has|are|plan to"
        r"|agreed to|are set to|intend to)?\s*(?:\w+\s+){0,2}?(?:run|conduct|launch|open|establish"
        r"|build|set up|start|begin|carry out|lead|host)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"joint\b",
        (("partnersWith", "s", "o"),),
        0.75,
    ),
)

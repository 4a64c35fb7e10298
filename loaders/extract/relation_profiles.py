"""Directory entries and owners' kind nouns: two layouts the core patterns read too narrowly.

- A directory or member list profiles each organisation in an entry that opens with its name
  and a colon (``甲医院：三级综合医院，…，先后引入“乙系统”和“丙助手”``): every clause after the
  colon is said of the entry's name, however many concepts and figures come first, so a site
  that brings in, runs or trials an offering there uses it (``deployedAt``). The offering may
  carry its maker (``试运行丁公司的心电大模型“戊”``).
- An owner named before a kind noun and an offering's quoted name (``丁公司的心电大模型“戊”``,
  ``丁公司推出的随访小程序“己”``) made it (``develops``); a partner's, a customer's or a rival's
  product (``丁公司的合作产品“戊”``, ``竞品``) is not.

- "X's hospitals in Y" places X in Y.
- An offering made by two parties in one passive ("Y was developed by A together with B",
  "built by A in collaboration with researchers at B"): both made it, and they are partners;
  one that "comes from A's data-science team" A made (a team "working with researchers at B"
  makes B A's partner).

Only sites (hospitals, research centres, universities) adopt in the first wording, and the
clauses between the colon and the verb name no other organisation or offering.
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_engine import Rule

__all__ = ["PROFILE_RULES"]

# the clauses of an entry after its colon: concepts, places and figures, no other entity
_ENTRY_CHAIN = (
    r"(?:[^\ue000\ue001。；;！？!?]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Region)\ue001)"
    r"{0,80}?"
)
_ADOPT_ZH = "引入|引进|采购|部署|上线|启用|试运行|试用|使用|应用|接入|采用"
_ADOPT_LEAD_ZH = "先后|已|已经|陆续|相继|率先|正式|目前|还|并"
# the kind noun an offering's quoted name follows ("心电大模型“戊”", "随访小程序“己”")
_KIND_ZH = "产品|系统|平台|大模型|模型|软件|工具|助手|应用|App|APP|小程序|设备|机器人|解决方案|引擎"
# words that make the product someone else's: a partner's, a customer's, a rival's
_NOT_OWN_ZH = "合作|引入|引进|采购|代理|使用|部署|接入|竞争|竞品|对标|同类|第三方|客户"
_CONCEPT = r"\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001"

_EN_MADE = "developed|built|created|designed|trained|co-developed|made"
_EN_TOGETHER = (
    r"(?:together|jointly|in\s+collaboration|in\s+partnership|in\s+cooperation|working)\s+with"
)
_EN_PEOPLE_AT = r"(?:(?:researchers|teams?|clinicians|scientists|colleagues)\s+(?:at|from)\s+)?"

PROFILE_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-entry-site-adopts",
        rf"{{o:CARE}}{{q}}[：:]{_ENTRY_CHAIN}(?:{_ADOPT_LEAD_ZH})?(?:{_ADOPT_ZH})了?{{q}}"
        rf"(?:{{ORGX}}(?:的|研发的|推出的|开发的|打造的)(?:[^\ue000\ue001，,。；;的]|{_CONCEPT}){{0,10}}?)?"
        rf"{{q}}{{s:OFF!}}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-owner-kind-offering",
        rf"{{s:ORGX}}(?:的|推出的|自研的|研发的|开发的|打造的)(?!{_NOT_OWN_ZH})"
        rf"(?:[^\ue000\ue001，,。；;：:的]|{_CONCEPT}){{0,10}}?(?:{_KIND_ZH}|{_CONCEPT})"
        rf"[\s“”\"'‘’「」『』《*]+{{o:OFF!}}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-made-by-together-with",
        rf"{{o:OFF}}{{x}}\b(?:{_EN_MADE})\s+by\s+(?:the\s+)?{{s:ORG}}\s*,?\s+{_EN_TOGETHER}\s+"
        rf"(?:the\s+)?{_EN_PEOPLE_AT}(?:the\s+)?{{p:ORG}}",
        (("develops", "s", "o"), ("develops", "p", "o"), ("partnersWith", "s", "p")),
        0.8,
    ),
    # "across all 14 of X's hospitals in Ohio and Pennsylvania": where X is
    Rule(
        "en-orgs-sites-in-region",
        r"{s:ORG}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:hospitals|clinics|sites|facilities|campuses"
        r"|medical centers|medical centres|\ue000\d+\ue002Segment\ue001)\s+(?:in|across)\s+"
        r"(?:the\s+)?{o:REG}",
        (("locatedIn", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-comes-from-team",
        rf"{{o:OFF}}\s+(?:comes|came|originates|originated)\s+from\s+(?:the\s+)?{{s:ORG}}"
        r"(?:['’]s?\s+(?:[\w-]+\s+){0,2}?(?:team|group|lab|laboratory|unit|division|department)"
        rf"(?:\s*,\s*{_EN_TOGETHER}\s+(?:the\s+)?{_EN_PEOPLE_AT}(?:the\s+)?{{p:ORG}})?)?",
        (("develops", "s", "o"), ("partnersWith", "s", "p")),
        0.75,
    ),
)

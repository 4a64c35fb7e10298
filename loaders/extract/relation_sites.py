"""Where an offering is in use and what it is built on: wordings beyond the core patterns.

``usesTechnology`` from a technology fronted before the offering ("Powered by computer vision,
X…", ``依托计算机视觉技术，X…``), ``deployedAt`` from a site that starts using an offering ("X
has begun using Y", ``Y已覆盖X``, "Y's customers include X"), and ``basedOn`` from the model
or data an offering was trained or tuned on ("fine-tuned from X", "trained on X", ``以X为基座``,
``基于X微调``). :data:`SITE_RULES` also carries the approval wordings of
:mod:`.relation_approvals` (regulator → offering) and the maker and site wordings of
:mod:`.relation_portfolio`. Every rule is generic wording; the objects must be typed sites
(hospitals, research centres), offerings or technologies.
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_approvals import APPROVAL_RULES
from medatlas.loaders.extract.relation_engine import Rule
from medatlas.loaders.extract.relation_portfolio import PORTFOLIO_RULES

__all__ = ["SITE_RULES"]

_BASE_NOUN_ZH = "基座|底座|基础模型|基模型|底层模型|基础|底层"
# what an offering does where it is in use: 已完成2万例筛查, 辅助医生阅片, 上线运行
_IN_USE_ZH = (
    "完成|辅助|协助|处理|筛查|阅片|读片|分析|服务|覆盖|使用|应用|运行|上线|部署|投入|帮助|识别|检出|诊断"
    "|试运行|落地|接入|累计"
)
# what is said of an offering a fronted site uses: "At X, Y is used / flagged / cut …"
_IN_USE_EN = (
    r"(?:is|was|has been|have been|are)\s+(?:now\s+|already\s+)?(?:used|deployed|live|in use"
    r"|running|installed)|went live|runs|ran|helps|helped|flags|flagged|reads|read|screens"
    r"|screened|handles|handled|processes|processed|cut|cuts|reduced|reduces|triages|triaged"
)
# up to four lower-case words of kind, no preposition: "its new sepsis alert tool"
_KIND_WORDS_EN = (
    r"(?:(?!(?:of|from|by|with|for|to|in|at|on|and|or|than|after|before)\b)[a-z][\w-]*\s+){0,4}?"
)

SITE_RULES: tuple[Rule, ...] = (
    # ---- deployedAt -----------------------------------------------------------------------
    Rule(
        "en-site-began-using",
        r"{o:CARE}{e}\b(?:has begun using|began using|begins using|started using|has started using"
        r"|starts using|now uses|is now using|has deployed|has implemented|has adopted|licensed"
        r"|has licensed|introduced|has introduced|brought in|is rolling out|rolled out|switched on"
        r"|turned on|signed up for|subscribed to)\s+(?:the\s+|its\s+)?{w}{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
        partner_subject=True,
    ),
    Rule(
        "en-deployed-at-sites-including",
        r"{s:OFF}{E}\b(?:deployed|installed|in use|live|used|adopted|running|available)\s+"
        r"(?:at|in|across)\s+{x}\b(?:including|such as|among them|notably)\s+(?:the\s+)?{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-offering-customers-include",
        r"{s:OFF}['’]s?\s+(?:[\w-]+\s+){0,2}?(?:customers|users|clients|adopters|sites|deployments)"
        r"\s+(?:include|included|including|are|span|such as)\s+(?:the\s+)?{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-offering-covers-sites",
        r"{s:OFF}{G}(?:已|已经|目前|累计|先后)?(?:覆盖|服务于?|惠及|进驻|入驻|走进|落户)了?{q}{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-offering-users-include",
        r"{s:OFF}{q}的?(?:用户|客户|落地医院|合作医院|应用医院|试点医院|装机医院|标杆医院)"
        r"(?:包括|包含|有|涵盖|如)[：:]?{q}{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-group-hospitals-deploy",
        r"{o:ORG}{g}(?:其)?旗下[^\ue000\ue001，,。]{0,8}?(?:医院|院区|医疗机构|诊所|分院|\ue000\d+\ue002Segment\ue001)[^\ue000\ue001，,。；;]{0,8}?"
        r"(?:部署|上线|引入|使用|采用|接入|启用)了?{q}{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-pilot-of-offering-at-site",
        r"\bpilot(?:s|ed|ing)?\s+(?:of|with)\s+(?:the\s+|its\s+)?{s:OFF}\s+(?:at|in|across)\s+"
        r"(?:the\s+)?{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-after-a-pilot-at-site",
        r"\b(?:after|following)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:pilot|trial|evaluation)"
        r"\s+(?:at|in)\s+(?:the\s+)?{o:CARE}[^\ue000\ue001]{0,30}?,\s*(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-study-at-site",
        # "In a 6-month study at Redmond Valley Medical Center, patients using SageDose…",
        # "In a multicentre study at X, DepthView predicted…": the offering was run there
        r"(?:^|[.;:]\s+)[\s*_>#-]*(?:In|During|Across)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:study|trial|pilot|evaluation|deployment|rollout)\s+(?:at|in|across)\s+(?:the\s+)?"
        r"{o:CARE}[^\ue000\ue001.;]{0,12}?,\s+(?:[a-z]+\s+){0,3}?(?:using\s+|with\s+)?(?:the\s+)?"
        r"{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-fronted-site",
        # 在X医院（放射科），Y已完成2万例筛查: a site fronted as the place of what follows
        r"(?<![\ue001\w])在{q}{o:CARE}(?:的?[\u4e00-\u9fff]{1,4}(?:科|中心|病区|门诊|部))?[，,]{C}{q}{s:OFF!}"
        r"{q}(?:已|已经|累计|共|目前|先后|正式|每天|每日|平均)?"
        rf"(?:{_IN_USE_ZH})",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-site-first-to-use",
        r"{o:CARE}{g}(?:是|为|成为)(?:全国|全省|国内|省内|业内|区域)?(?:首家|第一家|首批|首个|率先)"
        r"(?:引进|引入|应用|部署|上线|使用|采用|落地|启用){q}{s:OFF}{q}的",
        (("deployedAt", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-fronted-site-uses",
        r"(?:^|[.;:]\s+)[\s*_>#-]*(?:At|In)\s+(?:the\s+)?{o:CARE}(?:['’]s\s+[\w\s-]{0,30}?)?,\s+"
        r"{e}\b(?:use|uses|used|are using|is using|now use|have deployed|deployed|rolled out"
        r"|rely on|relies on|adopted|installed|implemented|introduced)\s+"
        rf"{_KIND_WORDS_EN}{{s:OFF}}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-fronted-site-offering",
        r"(?:^|[.;:]\s+)[\s*_>#-]*(?:At|In)\s+(?:the\s+)?{o:CARE}(?:['’]s\s+[\w\s-]{0,30}?)?,\s+"
        rf"(?:the\s+)?{{s:OFF}}\s+(?:{_IN_USE_EN})",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-site-first-to-deploy",
        r"{o:CARE}\s+(?:is|was|became|has become)\s+(?:the|a|one of the)\s+(?:first|second|third"
        r"|latest|newest|earliest)\s+(?:[\w-]+\s+){0,2}?(?:sites?|hospitals?|health systems?"
        r"|systems?|trusts?|customers?|providers?|clinics?|centers?|centres?)\s+(?:[\w\s]{0,30}?\s+)?"
        r"to\s+(?:deploy|adopt|use|implement|roll out|go live with|install|license|pilot)\s+"
        rf"{_KIND_WORDS_EN}{{s:OFF}}",
        (("deployedAt", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-site-contracts-to-deploy",
        r"{o:CARE}{e}\b(?:signed|inked|struck|agreed|entered|reached)\b{E}\bto\s+(?:deploy|implement"
        rf"|install|roll out|adopt|use|license)\s+{_KIND_WORDS_EN}{{s:OFF}}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-site-took-up-owners-offering",
        # "went live with Veridian Health's sepsis alert tool, SepsisWatch"
        r"{o:CARE}{E}\b(?:deployed|adopted|implemented|rolled out|is using|uses|installed|selected"
        r"|chose|went live with|is piloting|piloted|licensed|introduced)\s+(?:the\s+|a\s+|an\s+)?"
        r"(?:(?:{ORG}|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s?\s+)?"
        rf"{_KIND_WORDS_EN}(?:[a-z][\w-]*,\s+)?{{s:OFF}}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    # ---- basedOn --------------------------------------------------------------------------
    Rule(
        "en-trained-on",
        r"{s:OFF}{E}\b(?:was|were|is|are|has been|been)?\s*(?:pre-?trained|trained|fine-?tuned"
        r"|tuned|post-trained|adapted|distilled|further trained)\s+(?:on|with|using|from)\s+"
        r"(?:the\s+|a\s+|an\s+)?{w}{q}{o:OFF}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-offering-uses-base-model",
        r"{s:OFF}{E}\b(?:uses|used|leverages|adopts|takes)\s+(?:the\s+)?{o:OFF}\s+as\s+(?:its|the)"
        r"\s+(?:base|foundation|backbone|underlying)\b",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-offering-base-is",
        rf"{{s:OFF}}{{G}}(?:以|采用|选用|使用){{q}}{{m}}{{q}}{{o:OFF}}{{q}}(?:大模型|模型)?(?:作为|为)(?:其)?"
        rf"(?:{_BASE_NOUN_ZH})",
        (("basedOn", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-offering-tuned-from",
        r"{s:OFF}{G}(?:基于|在|以|使用|利用|采用){q}{m}{q}{o:OFF}{q}[^\ue000\ue001，,。；;]{0,10}?"
        r"(?:微调|精调|蒸馏|训练|后训练|二次训练|再训练|增量预训练)",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    # ---- usesTechnology: a fronted instrument ----------------------------------------------
    Rule(
        "en-fronted-technology",
        r"(?:^|[.;:]\s+)[\s*_>#-]*(?:built\s+on|powered\s+by|using|leveraging|based\s+on"
        r"|driven\s+by|thanks\s+to)\s+(?:its\s+|the\s+)?(?:own\s+)?"
        r"{o:TECH}(?:[^\ue000\ue001,]|\ue000\d+\ue002(?:TECH|Technology)\ue001){0,40}?,\s*(?:the\s+)?"
        r"{s:AGENT}",
        (("usesTechnology", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-fronted-technology",
        r"(?:^|[。；;：:])[\s*_>#-]*(?:依托|基于|利用|借助|运用|采用|通过)(?:自研的?|先进的?)?{q}{o:TECH}"
        r"[^\ue000\ue001，,。；;]{0,8}?[，,]\s*{s:AGENT}",
        (("usesTechnology", "s", "o"),),
        0.75,
    ),
)
SITE_RULES = (*SITE_RULES, *APPROVAL_RULES, *PORTFOLIO_RULES)

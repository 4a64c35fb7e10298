"""The sentence patterns: one registry of how reports state each relation, Chinese and English.

Every :class:`~.relation_engine.Rule` is generic wording ("X与Y签署战略合作", "Y was acquired
by X", "X旗下Y"): no rule names a company. Confidence follows how explicit the wording is:
0.85-0.9 for an explicit verb between the two names, 0.7-0.8 for a verb further away or an
apposition, 0.6 for a possessive or two names side by side. The predicate ``source`` (a name
right before a report's title, ``X《Y》``) becomes ``authoredBy`` for research institutes and
universities and ``publishedBy`` for everyone else (media, companies, associations publish).
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_engine import BASE_LEAD_ZH, Rule
from medatlas.loaders.extract.relation_fields import FIELD_PREDICATE
from medatlas.loaders.extract.usecase_phrases import LIST_CLOSE_ZH, LIST_LEAD_ZH

__all__ = ["MODEL_KIND_RULES", "RULES"]

# the gap {G}, but past no offering unless a base (以通义千问为基座, 依托X推出的Y): the offering
# named last before a verb is its subject, what it is built on is not
_PAST_NO_OFFERING = (
    r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?!Platform\b|Product\b|AIModel\b|Dataset\b)\w+\ue001"
    rf"|{BASE_LEAD_ZH}\ue000\d+\ue002\w+\ue001)"
    r"{0,40}?"
)
# a model word after a base's name: 基于DeepSeek-R1蒸馏模型的…, 基于盘古大模型的…
_MODEL_NOUN = r"(?:蒸馏|微调|精调|开源|量化)?(?:大模型|模型)"
# what a site does with an offering another made, not making it: 与Y携手，引入其打造的Z
_NOT_ADOPTING = r"(?!引入|引进|采购|部署|上线|采用|使用|接入)"

_DEV_ZH = (
    "推出|发布|研发|开发|打造|上线|自研|自主研发|独立研发|研制|构建|搭建|独创|首创|创建|开源|升级"
    "|发布了|推出了|打造了|研发了|开发了|上线了|构建了|搭建了|承建|承建了"
    "|训练了|训练出|训练得到|微调得到|微调出|微调了"
    "|\ue000\\d+\ue002Technology\ue001(?:得到|出)"  # 微调得到 / 蒸馏得到, the method a concept
)
_DEV_EN = (
    "launched|launches|released|releases|developed|develops|introduced|introduces|unveiled"
    "|unveils|built|builds|created|creates|rolled out|rolls out|debuted|debuts|offers|makes"
    "|markets|sells|open-sourced|designed|designs|launching|releasing|introducing|unveiling"
    "|open-sourcing|building|developing|creating|designing"
)
_PRODUCT_NOUN_ZH = (
    "产品|系统|平台|大模型|模型|工具|解决方案|助手|软件|应用|引擎|设备|机器人|APP|App|小程序"
)
_PRODUCT_NOUN_EN = (
    "product|platform|tool|app|application|system|solution|software|assistant|model|engine"
    "|suite|device|service|scanner|analy[sz]er|algorithm|camera|robot|chatbot|copilot|module"
    "|workstation|kit|test|assay"
)
# rules that read a task before a technology named as an offering's kind (病历生成大模型): a
# field of tasks there (医学影像大模型) names the kind of model, not what it does
MODEL_KIND_RULES = ("zh-usecase-model-name", "zh-offering-usecase-model")
# a technology named in a description: 大模型 of 病历生成大模型, CT of 肺结节CT影像辅助检测软件
_TECH_TOKEN = r"\ue000\d+\ue002Technology\ue001"
_DESCRIBING_ZH = rf"(?:[^\ue000\ue001，,。；;]|{_TECH_TOKEN})"
_FOR_ZH = (
    "用于|应用于|适用于|应用在|运用于|聚焦于?|专注于?|致力于|面向|针对|主攻|深耕|服务于|主要用于|可用于"
    "|赋能|布局|切入|主打|专攻|应用到"
)
# up to three words of a descriptive phrase ("the Dutch variant-interpretation start-up"), where
# a word may be a place or a concept the gazetteer named
_DESCRIPTOR_WORDS = (
    r"(?:(?:[\w-]+|\ue000\d+\ue002(?:Region|UseCase|Segment|Technology)\ue001[\w-]*)\s+){0,3}?"
)
# a use case followed by the people or places it serves is their kind, not a task
# ("for oncology practices", "to radiology departments")
_NOT_A_MODIFIER_EN = (
    r"(?![\w-]*\s+(?:practices|clinics|hospitals|departments|teams|providers|patients|centers"
    r"|centres|companies|start-?ups|firms|market|markets|sector|space|industry|vendors|players"
    r"|pilots|projects|programmes|programs|contracts|deals|budgets|spending)\b)"
)
# "X's scribe is built on Y", "built with Y": Y is the base, not what X built
_ACTIVE = r"(?:(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeen )(?<!\bbe )|(?=\w+ing\b))"
_NOT_ON = r"(?!\s+(?:on|upon|with|using|atop)\b)"
# a group's hospitals ("集团旗下11家医院"): what follows is where they use an offering
_SITES_AFTER = (
    r"[^\ue000\ue001，,。]{0,8}?(?:医院|院区|诊所|医疗机构|门店|分院|\ue000\d+\ue002Segment\ue001)"
)
# a profile paragraph "X：成立于…，专注…，并推出Y": the clauses after the colon go on about X, with
# offerings, concepts, places and regulators named on the way but no other organisation
_PROFILE_CHAIN = (
    r"(?:[^\ue000\ue001。；;！？!?]|\ue000\d+\ue002(?:Platform|Product|AIModel|Dataset|UseCase|Segment"
    r"|Technology|Region|GovernmentBody|ServiceBody)\ue001){0,150}?"
)
_PROFILE_CHAIN_LAST = _PROFILE_CHAIN[:-1]  # greedy: the last product the profile lists
# who an offering's product word belongs to when the profile lists it ("心电产品Y"), not a
# partner's or a customer's ("合作产品Y", "引入的产品Y")
_OWN_PRODUCT_LEAD = r"(?!合作|引入|采购|代理|使用|部署|接入)[^\ue000\ue001，,。；;：:]{0,4}?"
_FIRM_QUALIFIER_ZH = (
    "领域|赛道|行业|市场|方向|板块|的|类|型|头部|领先|知名|新锐"
    "|本土|国产|创新|龙头|明星|代表|独角兽"
)
# a trial of an offering at a site, and when it ran: "a 6-month pilot in 2024"
_TRIAL_EN = r"(?:pilot|trial|evaluation|feasibility study|deployment|rollout|roll-out|go-live)"
_WHEN_EN = r"(?:\s+(?:in|during|from)\s+(?:early\s+|late\s+)?[\w-]+(?:\s+\d{4})?)?"
_CO_BUILD_ZH = "共建|合建|共同建设|联合共建|合作共建|共同打造|联合打造|共同搭建|联合搭建"
# "平台上的“Y”", "其上运行的Y": what runs on the platform just named
_ON_IT = r"(?:上|之上)(?:运行|部署|上线|上架|托管)?的"


_WITH_ZH = r"(?:与|和|同|携手)"
_PARTNERING_ZH = r"(?:达成|签署|开展|深化|建立)?(?:战略|深度|全面)?合作"
# up to 40 characters or names, but not past "与X合作": 其 after a partner is the partner's
_NO_PARTNERING_GAP = (
    rf"(?:(?!{_WITH_ZH}[\s“”\"'‘’「」]*\ue000\d+\ue002\w+\ue001[\s“”\"'‘’「」]*{_PARTNERING_ZH})"
    r"(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001)){0,40}?"
)


def _leads_and_builds(subject: str) -> str:
    """The words of two parties who made Z, the first of class group *subject*: "X牵头，联合Y
    建设了…平台“Z”", "A与B合作，基于M训练了…模型“Z”"."""
    return rf"{{s:{subject}}}" + _LEADS_AND_BUILDS


_LEADS_AND_BUILDS = (
    r"{h}(?:牵头)?[，,]?(?:联合|携手|会同|与|和|同){q}{p:ORG}"
    rf"(?:{_NOT_ADOPTING}[^\ue000\ue001]){{0,20}}?"
    r"(?:合作|共同|联合)?[，,]?"
    rf"(?:{_NOT_ADOPTING}[^\ue000\ue001。；;]"
    # 基于衡舟公司的舟检大模型搭建了Y: the base, and whose base it is, may come between
    r"|\ue000\d+\ue002(?:Platform|Product|AIModel|Dataset|Technology|UseCase|Segment)"
    r"\ue001|\ue000\d+\ue002Company\ue001的){0,30}?(?:建设|建成|建立|构建|共建|打造|搭建|训练|研发|开发|研制)了?"
    r"(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:Technology|UseCase|Segment|Region)\ue001){0,20}?"
    r"{q}{o:OFF!}"
)
_ISSUE_ZH = "印发|发布|出台|颁布|下发|公布|制定|推出|发出|修订|出版|发行"
_AUTHOR_ZH = "编写|撰写|编制|编著|编撰|著|主编|起草|研究撰写|研究编写|联合撰写"

# the verbs of a site taking an offering up: 上线, 引入, 部署…
_SITE_TAKES_UP = r"(?:上线|引入|部署|应用|启用|使用|采用|落地|接入|引进|试用|采购|购置)了?"
# the maker and kind of an offering a site takes up: 由X开发的, X的, X（简称“Y”）的, X推出的病理AI
# 平台, X运营的 (the kind noun is at most ten characters of no other name)
MAKER_LEAD_ZH = (
    r"(?:由?{q}{ORG}{q}(?:(?:与|和|、|联合){q}{ORG}{q})?(?:共同|联合)?(?:自主)?"
    r"(?:开发|研发|打造|推出|提供|研制|承建|共建|运营|搭建|发布)的|{q}{ORG}{q}"
    r"(?:[（(]简称{q}{ORG}{q}[)）])?(?:旗下)?(?:自主)?(?:推出|研发|开发|打造|提供|运营|发布)?的)?{k}"
)

RULES: tuple[Rule, ...] = (
    # ---- develops -------------------------------------------------------------------------
    Rule(
        "zh-org-verb-offering",
        # not a host: 平台运行在华为云上，核心模型为自研的X (华为云 runs it, it made nothing)
        rf"(?<![在于]){{s:ORGX}}(?!上){{G}}(?:{_DEV_ZH}){{N}}{{o:OFF!}}",
        (("develops", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-hospital-develops",
        r"{s:HOSP}{g}(?:研发|开发|研制|自主研发|自研)了?{C}{o:OFF!}",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-leads-and-builds-with",
        # "X牵头，联合Y建设了…平台“Z”", "A与B合作，基于M训练了…模型“Z”": both made Z
        # (not "与Y携手，引入其打造的Z": what one brings in, the other made)
        _leads_and_builds("ORG"),
        (("develops", "s", "o"), ("develops", "p", "o")),
        0.75,
        solo=("s", "p"),
    ),
    Rule(
        "zh-site-leads-and-builds-with",
        # what a hospital or a customs house builds with a firm runs there too
        _leads_and_builds("CLINIC"),
        (("deployedAt", "o", "s"),),
        0.7,
        solo=("s", "p"),
    ),
    Rule(
        "zh-led-the-making-of",
        # "西岭省人民医院牵头训练的“岭医大模型”": who led the work made it
        r"{s:ORG}{h}(?:牵头|主导|自主|联合)(?:训练|建设|打造|研发|开发|研制)的{k}{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-body-builds-platform",
        # "药品评价中心将建设全国统一的…平台“药安云”": a public body builds and runs it
        r"{s:GOV}{h}(?:将|拟|已|正在|计划)?(?:建设|建成|搭建|打造|上线)了?"
        r"(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:Technology|UseCase|Segment|Region)\ue001){0,24}?"
        r"{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-hospital-launches",
        # 澄州市中心医院发布“澄医”医疗大模型: a hospital launches what it built, no maker named
        r"{s:HOSP}{g}(?:正式)?(?:发布|推出)了?(?:自研的?|首个|首款|院内)?{N}{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-offering-is-by-org",
        # …由X运营: who runs a platform is whose it is
        rf"{{o:OFF}}{{g}}(?:是|为|系|由){{g}}{{s:ORGX}}{{C}}(?:{_DEV_ZH}|提供|出品|承建|承接|建设|运营(?!的))",
        (("develops", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-offering-comes-from",
        # "禾肾透析管理平台来自北京禾肾数字健康有限公司": where an offering comes from is its maker
        r"{o:OFF}{q}(?:来自|出自|源自)于?{q}{s:ORGX}{q}(?=[，,。；;（(]|$)",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-offering-by-two-makers",
        # "该模型由X公司与Y医院风湿免疫科共同研发": a firm and a hospital (or an institute) made it
        r"{o:OFF}{g}由{q}{s:ORG}[^\ue000\ue001，,。；;]{0,8}?(?:与|和|及|联合|携手){q}{p:ORG}"
        r"[^\ue000\ue001，,。；;]{0,8}?(?:联合|共同|合作)(?:研发|开发|训练|研制|构建|打造|标注|建设)",
        (("develops", "s", "o"), ("develops", "p", "o")),
        0.8,
    ),
    Rule(
        "zh-entry-offering-maker",
        # "- **MuPath 3**：穆川智能出品，主打…": an entry names the offering, then its maker
        # (its name in the other language may stand in brackets before the colon)
        r"{o:OFF}{q}(?:\s*[（(](?:[^）)\ue000\ue001]|\ue000\d+\ue002\w+\ue001){1,60}[）)])?[：:]\s*(?:由|为)?(?:{REG})?[^\ue000\ue001，,。；;：:]{0,6}?{q}{s:ORGX}{q}"
        r"(?:自主|独立|联合)?(?:出品|推出|打造|自研|研发|开发"
        r"|研制|发布|提供)",
        (("develops", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-offering-is-orgs-product",
        rf"{{o:OFF}}{{g}}(?:是|为|系|作为)(?:由)?{{q}}{{s:ORGX}}(?:的|旗下的?|推出的|自研的|研发的)"
        rf"(?:旗舰|核心|主打|代表|明星|首款|主要|重点)?(?:{_PRODUCT_NOUN_ZH})",
        (("develops", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-offerings-maker-is",
        r"{o:OFF}{q}的?(?:研发方|开发方|研发单位|开发商|研发企业|研发机构|厂商|生产商|生产企业|注册人"
        r"|制造商|提供方|供应商)(?:为|是|系)[：:]?{q}{s:ORGX}",
        (("develops", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "offering-maker-in-brackets",
        r"{o:OFF}[\s“”\"'’」』*]*[（(]\s*{s:ORGX}\s*[)）]",
        (("develops", "s", "o"),),
        0.65,
        hedgeable=False,
        partner_subject=True,
    ),
    Rule(
        "zh-org-products",
        # not a partner's or a supplier's product ("合作产品Y", "引入的产品Y")
        r"{s:ORGX}{G}(?<!合作)(?<!引入)(?<!引入的)(?<!采购)(?<!采购的)(?<!代理)(?<!代理的)"
        r"(?:核心产品|主打产品|代表产品|旗下产品|主要产品|明星产品|产品矩阵|产品线|产品)"
        r"(?:包括|有|为|是|涵盖|如)?[：:]?{k}{q}{o:OFF}",
        (("develops", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-org-owns-offering",
        # not "集团旗下11家医院已部署X": the group's hospitals use X, they did not make it
        rf"{{s:ORGX}}{{G}}(?:旗下|名下)(?!{_SITES_AFTER})"
        rf"(?:拥有|有|的)?{{C}}{{o:OFF}}",
        (("develops", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-org-adjacent-offering",
        r"{s:ORGX}(?:的|推出的|自研的|研发的)?{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.6,
        hedgeable=False,
        maker_modifier=True,
    ),
    Rule(
        "zh-maker-platform-parts",
        # "Clara是英伟达的计算平台，包含MONAI、BioNeMo", "英伟达的Clara平台及其开源框架MONAI":
        # the parts of a firm's platform are the firm's
        r"{s:ORGX}{c}的{c}(?:平台|框架|套件|生态)[^\ue000\ue001。；;]{0,6}?"
        r"(?:包含|包括|下设|涵盖|集成|及其){C}{q}{o:OFF}",
        (("develops", "s", "o"),),
        0.6,
        hedgeable=False,
    ),
    Rule(
        "zh-platform-of-maker",
        r"{o:OFF}{q}(?:是|为){q}{s:ORGX}{c}的{c}(?:平台|框架|套件)",
        (("develops", "s", "o"),),
        0.65,
        hedgeable=False,
    ),
    Rule(
        "zh-org-own-offering",
        r"{s:ORGX}{G}(?:自身的|自己的|自有的|自家的|本公司的){q}{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-org-its-offering",
        rf"{{s:ORGX}}{_NO_PARTNERING_GAP}(?<![与和同跟])其(?!旗下{_SITES_AFTER})"
        r"(?:自研的?|旗下的?|新一代|最新的?)?{k}{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        # 岱川健康与英伟达（NVIDIA）合作，基于其Clara平台…: 其 is the partner's
        "zh-partners-its-offering",
        rf"{{ORGX}}{{g}}{_WITH_ZH}{{q}}{{s:ORGX}}{{q}}{_PARTNERING_ZH}[，,]{{g}}(?<![与和同跟])其"
        r"(?:自研的?|旗下的?|新一代|最新的?)?{k}{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
        partner_subject=True,
        solo=("s",),  # the partner alone, not the firm it is coordinated with
    ),
    Rule(
        "zh-co-develop",
        rf"{{s:ORGX}}{{g}}(?:与|和|同|联合|携手){{q}}{{p:ORG}}{{C}}(?:共同|联合|合作|一起)"
        rf"(?:{_DEV_ZH}){{G}}{{o:OFF!}}",
        (("develops", "s", "o"), ("develops", "p", "o"), ("partnersWith", "s", "p")),
        0.8,
    ),
    Rule(
        "zh-both-parties-develop",
        rf"{{s:ORG}}{{G}}(?:与|和|同|联合|携手){{q}}{{p:ORG}}(?:[^\ue000\ue001。；;]"
        rf"|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){{0,30}}?双方(?:共同|联合|合作)?"
        rf"(?:{_DEV_ZH})的{{C}}{{o:OFF}}",
        (("develops", "s", "o"), ("develops", "p", "o"), ("partnersWith", "s", "p")),
        0.8,
        solo=("s", "p"),
    ),
    Rule(
        "zh-joins-building",
        r"{s:ORGX}{g}参与(?:了)?{q}{o:OFF}{q}(?:的)?(?:建设|研发|开发|搭建|研制)",
        (("develops", "s", "o"),),
        0.65,
    ),
    Rule(
        "zh-org-through-offering",
        r"{s:ORGX}[^\ue000\ue001，,。；;]{0,4}?通过(?:其|旗下的?|自有的?|自研的?)?{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.65,
    ),
    Rule(
        "zh-funds-offering-development",
        r"{s:ORGX}{G}(?:用于|投入|投向|聚焦){k}{q}{o:OFF}{q}(?:平台|系统|模型|大模型)?"
        r"的?(?:研发|开发|迭代|升级|训练|商业化)",
        (("develops", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-developed-with",
        rf"(?:与|和|同|联合){{q}}{{s:ORGX}}{{h}}(?:共同|联合|合作)?(?:{_DEV_ZH})的{{C}}{{o:OFF}}",
        (("develops", "s", "o"),),
        0.75,
        partner_subject=True,
    ),
    Rule(
        "zh-built-by-org",
        # "由X承建“Y”平台", "由X自主研发的Y系统": the one named after 由 built what follows
        r"(?<![与和同])由{q}{s:ORGX}{h}(?:负责)?(?:承建|建设|搭建|研发|开发|研制|打造|自研|自主研发)"
        r"(?:的)?{k}{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-co-build-offering",
        # "A与B共建肿瘤大模型“Y”": both build Y, and they work together
        rf"{{s:SITE}}[^\ue000\ue001，,。；;]{{0,12}}?(?:与|和|同|联合|携手){{q}}{{p:SITE}}{{h}}"
        rf"(?:{_CO_BUILD_ZH})了?{{N}}{{o:OFF!}}",
        (("develops", "s", "o"), ("develops", "p", "o"), ("partnersWith", "s", "p")),
        0.8,
        solo=("s", "p"),
    ),
    Rule(
        "zh-profile-also-launches",
        # "X：成立于2017年，…，并推出影像报告大模型“Y”"
        rf"^[\s*#>\-•·]*{{s:ORGX}}[\s*”\"]*[：:]{_PROFILE_CHAIN}[，,；;](?:并|还|同时|此外|另外|并且|另)[，,]?"
        rf"(?:{_DEV_ZH})了?{{N}}{{o:OFF!}}",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-profile-lists-product",
        # "X：深耕医疗信息化十余年，产品“Y”已服务…，心电产品“Z”在…使用" (Z: the first product is
        # zh-org-products')
        rf"^[\s*#>\-•·]*{{s:ORGX}}[\s*”\"]*[：:](?:{_PROFILE_CHAIN_LAST}[，,；;])?{_OWN_PRODUCT_LEAD}"
        rf"(?:产品|平台|系统|大模型|模型)[：:]?{{q}}{{o:OFF!}}",
        (("develops", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-org-verb-offering",
        # not the parent of an apposition ("X, a spin-out of Y University, builds Z": X's)
        rf"(?<!\sof\s)(?<!\sfrom\s){{s:ORGX}}{{E}}{_ACTIVE}\b(?:{_DEV_EN})\b{_NOT_ON}{{E}}{{o:OFF}}",
        (("develops", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-org-share-with-offering",
        # "Optivance Health (Boston) holds about 14% of the market with GlaucoScan AI": a
        # vendor's share, won with its own offering
        r"{s:ORGX}{c}\b(?:holds|held|has|had|commands|commanded|captures|captured|leads|led"
        r"|controls|controlled)\s+(?:about|around|roughly|nearly|some|an estimated|approximately)?"
        r"\s*[\d.]+\s*%[^\ue000\ue001.;]{0,40}?\bwith\s+(?:its\s+)?{w}{q}{o:OFF}",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-org-verb-offering-together",
        rf"{{s:ORGX}}{{E}}\b(?:{_DEV_EN})\b{{E}}{{OFF}}{{E}}"
        r"\b(?:together with|along with|as well as|alongside)"
        r"\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:new\s+)?{o:OFF}",
        (("develops", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-offering-by-org",
        r"{o:OFF}(?:[^\ue000\ue001]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,60}?"
        r"\b(?:developed|built|created|launched|made|designed|released|offered"
        r"|marketed|sold|produced|trained|run|operated)\s+by\s+(?:the\s+)?{s:ORGX}",
        (("develops", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-offering-developed-at",
        # a paper digest: "Y, developed at X", "Y was built at X's AI lab" (not "trained at")
        r"{o:OFF}(?:[^\ue000\ue001.;]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,60}?"
        r"\b(?:developed|built|created|designed|co-developed)\s+(?:in-house\s+)?at\s+(?:the\s+)?"
        r"{s:SITE}",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-offering-the-org-developed",
        r"{o:OFF},\s+(?:the|a|an)\s+(?:[^\ue000\ue001.;,]|\ue000\d+\ue002(?:UseCase|Segment|Technology)"
        r"\ue001){0,60}?{s:ORGX}\s+(?:has\s+|had\s+)?"
        r"(?:co-developed|developed|built|created|designed|trained|launched)\b",
        (("develops", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-offering-developed-with",
        r"{o:OFF},\s+(?:the|a|an)\s+(?:[^\ue000\ue001.;,]|\ue000\d+\ue002(?:UseCase|Segment|Technology)"
        r"\ue001){0,60}?\b(?:co-developed|developed|built|created|designed)\s+(?:jointly\s+)?"
        r"(?:with|together with)\s+(?:the\s+)?{s:ORGX}",
        (("develops", "s", "o"),),
        0.7,
        partner_subject=True,
    ),
    Rule(
        "en-org-runs-or-holds-with-offering",
        # "Nurture Labs runs HomeBeat", "Spermetrix holds 11% with SpermIQ", "X holds 7% through
        # its Geri incubator": what a vendor runs, or holds its share with, is its own
        r"{s:ORGX}[*\s]*(?:\([^()\ue000\ue001]{0,40}\)\s*|\(\ue000\d+\ue002Region\ue001"
        r"(?:,\s*\ue000\d+\ue002Region\ue001)*\)\s*)?"
        r"(?:runs|operates|holds\s+(?:about\s+|roughly\s+|nearly\s+)?\d+(?:\.\d+)?%\s+"
        r"(?:with|through)\s+(?:its\s+)?)\s*{o:OFF}",
        (("develops", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-org-funds-to-scale-offering",
        # "X closed a RMB 150 million Series B to scale FibroScore", "X used its Series B to
        # scale RejectSense": what a round pays to grow is the firm's own offering
        r"{s:ORGX}[^.;\ue000\ue001]{0,80}?\b(?:raised|closed|used|secured|completed)\b"
        r"[^.;\ue000\ue001]{0,60}?\bto\s+(?:scale|commerciali[sz]e|roll\s+out|expand)\s+"
        r"(?:its\s+|the\s+)?{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-maker-of-offering",
        # "Ruidao Medical Robotics, maker of the Tianheng robot", "X, whose UW-GPT model serves"
        # "X, the Singapore case-finding company behind Y"; "X is a Danish start-up whose
        # smartphone app, Y, …" (a place named in the apposition is a name too)
        r"{s:ORGX}{q}(?:\s*,\s+|\s+is\s+)(?:(?:the|a|an)\s+)?"
        r"(?:(?:[\w-]+|\ue000\d+\ue002Region\ue001)\s+){0,3}?(?:(?:maker|developer|creator"
        r"|manufacturer|builder|owner|provider|vendor)s?\s+of\s+(?:the\s+|its\s+)?"
        r"|(?:company|firm|start-?up|startup|team)\s+behind\s+(?:the\s+)?"
        # "X, whose upper-limb robot HY-Arm 3 holds…": its kind may stand before the name
        r"|whose\s+(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*,\s+)?)"
        r"{o:OFF}",
        (("develops", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-org-possessive-offering",
        r"{s:ORGX}['’]s?\s+{w}{q}{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-our-product-is",
        # "Our product is X", "Our flagship platform, X, …": what "we" make (the pronoun's slot)
        r"{s:ORGX}\s+(?:(?:flagship|main|core|first|new|latest|own|lead)\s+)*(?:product|platform"
        r"|model|tool|app|software|solution|offering|assistant)s?(?:\s+(?:is|are|was)\s+(?:called"
        r"\s+|named\s+)?|,\s*){q}{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-offering-from-org",
        r"{o:OFF}\s+(?:from|by)\s+(?:the\s+)?{s:ORGX}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
        partner_subject=True,
    ),
    Rule(
        "en-offering-kind-from-org",
        # "NeuroFlag, a hemorrhage detection model licensed from Cortexa Imaging", "PulmoSight,
        # a pulmonary embolism detector from Harbinger AI": an apposition names the maker
        r"{o:OFF},\s+(?:the|a|an)\s+(?:[^\ue000\ue001.;,]|\ue000\d+\ue002(?:UseCase|Segment"
        r"|Technology)\ue001){0,60}?\b(?:licensed\s+|sourced\s+|acquired\s+|bought\s+)?from\s+"
        r"(?:the\s+)?{s:ORGX}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
        partner_subject=True,  # "from" governs the maker
    ),
    Rule(
        "en-we-call",
        # "a small inference platform we call Relay": what "we" built and named
        r"\b(?:platform|tool|system|model|app|product|service|pipeline|assistant|engine)s?\s+"
        r"{s:ORGX}\s+(?:call|calls|called|named|dubbed|christened)\s+{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-offering-orgs-noun",
        r"{o:OFF},\s+{s:ORGX}['’]s?\s",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-org-its-offering",
        r"{s:ORGX}{E}{o:OFF},?\s+(?:its|their)\s",
        (("develops", "s", "o"),),
        0.6,
        hedgeable=False,
        subject_first=True,
    ),
    Rule(
        "en-listed-firm-and-its-offering",
        # "- Vitaline AI (London): ECG foundation model VitaECG-1": a list item names a firm,
        # then, after a colon, what it makes (not "deployed X", "licensed X")
        r"(?:^|\n)[\s*_>#-]*{s:ORGX}[*_]*(?:\s*[(（][^()（）\n]{1,30}[)）])?\s*[:：]\s*"
        r"(?:(?:its|an?|the)\s+)?(?:(?!(?:deploy|use|adopt|pilot|licen|select|partner|bought|buy"
        r"|acquir|install|implement|roll|sign|chose|test|evaluat|invest|back|fund|rais)\w*\b)"
        r"(?:[A-Za-z][\w-]*|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001)\s+){1,5}?{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-its-named-offering",
        # the sentence's firm, however long the clause about it before "its" runs
        r"{s:ORGX}{L}\b(?:its|their|its own)\s+{w}{q},?\s*{o:OFF}",
        (("develops", "s", "o"),),
        0.65,
        hedgeable=False,
        subject_first=True,
    ),
    Rule(
        # "Qiyuan works with NVIDIA, building on its Clara platform": its is the partner's
        "en-partner-its-offering",
        r"\bwith\s+(?:the\s+)?{s:ORGX}(?:\s*\([^)]{1,30}\))?,\s+(?:building on|using|via|through"
        r"|based on|on|leveraging|drawing on)\s+(?:its|their)\s+{w}{q},?\s*{o:OFF}",
        (("develops", "s", "o"),),
        0.65,
        hedgeable=False,
        partner_subject=True,
    ),
    Rule(
        "en-co-develop",
        r"{s:ORGX}{E}\b(?:with|and)\s+(?:the\s+)?{p:ORG}{e}\b(?:to\s+)?(?:co-develop(?:ed|s)?"
        r"|jointly\s+develop(?:ed|s)?|develop|build|launch|create|co-create|co-developed)\b{E}"
        r"{o:OFF}",
        (("develops", "s", "o"), ("develops", "p", "o")),
        0.8,
    ),
    # ---- partnersWith ---------------------------------------------------------------------
    Rule(
        "zh-partner-with",
        # not the investor of "获得X投资后，与Y合作", nor co-investors ("与Y共同投资")
        # nor the partner of a clause before ("与A合作部署；与B联合推广": A is no party to B)
        # nor the parent of the party ("与华为旗下的华为云签署": 华为云 signs)
        # a department named as a field may stand between (X医院皮肤科则与Y合作)
        r"(?<![获得受由被与同跟]){s:ORG}(?:{g}|{K})(?:与|和|同|跟){q}{o:ORG}(?!(?:旗下|下属)的?)"
        r"{C}(?:达成|签署|签订|签约|建立|开展|展开"
        r"|深化|启动|共建|合建|共同|联合|合作|携手|联手|战略|结成|组建)(?!投资|出资|注资|领投|跟投)",
        (("partnersWith", "s", "o"),),
        0.85,
    ),
    Rule(
        # X医院风湿免疫科与Y公司合作，在Z平台上开发了“W”: the hospital made W with Y and uses it
        "zh-site-codevelops",
        r"{s:HOSP}(?:{g}|{K})(?:与|和|同|携手|联合){q}{ORG}{q}合作[，,]{G}"
        r"(?:开发|研发|研制|打造|训练|构建)(?:了|出)?{k}{q}{o:OFF!}",
        (("develops", "s", "o"), ("deployedAt", "o", "s")),
        0.75,
    ),
    Rule(
        "zh-codeveloped-by",
        # "X由A与B联合研发": the two who made X worked together
        r"{OFF}{g}由{q}{s:ORG}{q}(?:与|和|及|同|联合|携手){q}{o:ORG}{q}"
        r"(?:联合|共同|合作)(?:研发|开发|研制|打造|建设|训练|推出)",
        (("partnersWith", "s", "o"),),
        0.8,
        solo=("s", "o"),
    ),
    Rule(
        "zh-partner-with-subsidiary",
        r"(?<![获得受由被与同跟]){s:ORG}{g}(?:与|和|同|跟){q}{ORG}(?:旗下|下属)的?{q}{o:ORG}"
        r"{C}(?:达成|签署|签订|签约|建立|开展|共建|合建|共同|联合|合作|携手|联手|战略|结成|组建)"
        r"(?!投资|出资|注资|领投|跟投)",
        (("partnersWith", "s", "o"),),
        0.8,
        solo=("s", "o"),
    ),
    Rule(
        "zh-partner-with-second-clause",
        r"{s:ORG}{G}[，,；;](?:并|还|也|同时|另|此外)[，,]?(?:与|和|同|跟){q}{o:ORG}{c}"
        r"(?:达成|签署|签订|签约|建立|开展|共建|合建|共同|联合|合作|携手|联手|结成|组建)",
        (("partnersWith", "s", "o"),),
        0.75,
        solo=("s",),  # "A与B共建X，并与C合作": B is A's partner, not C's
    ),
    Rule(
        "zh-partner-with-carried",
        r"{s:ORG}{g}(?:与|和|同|跟){q}{p:ORG}{C}[，,；;][^\ue000\ue001，,。；;]{0,4}?(?:与|和|同|跟){q}{o:ORG}"
        r"{C}(?:达成|签署|签订|签约|建立|开展|展开|深化|启动|共建|合建|共同|联合|合作|携手|联手|战略)",
        (("partnersWith", "s", "o"),),
        0.75,
        solo=("s",),
    ),
    Rule(
        "zh-serves-client",
        r"{s:ORGX}{g}(?:为|向){q}{o:ORG}(?:{q}[、，,和与及]{q}{ORG})*{k}提供",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-led-jointly",
        # "本研究由X（以下简称“我院”）超声医学科牵头，联合A、B共同开展": the lead and who joins it
        r"由{q}{s:ORG}{G}牵头[，,]?\s?(?:联合|会同|携手|协同){q}{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
        partner_subject=True,
    ),
    Rule(
        "zh-join-hands",
        r"{s:ORG}{g}(?:携手|联手|牵手|联合|合作)(?!开发|研发){q}{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-partners-include",
        r"{s:ORG}{G}(?:合作伙伴|合作方|战略合作|合作)[^\ue000\ue001]{0,15}?(?:包括|如|例如|涵盖)"
        r"[：:]?{q}{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-partnered-with",
        r"{s:ORG}{x}\b(?:partnered|partners|partnering|teamed up|teams up|collaborates|collaborated"
        r"|collaborating|is collaborating|has partnered|allied|works|working|worked"
        r"|joined forces|joins forces|joining forces)\s+with\s+"
        r"(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-partnership-with",
        # past offerings too ("X, maker of the Y system, … a partnership with Z"), not past firms
        r"{s:ORG}(?:[^\ue000\ue001]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Region|Product"
        r"|Platform|AIModel|Dataset)\ue001){0,140}?"
        r"\b(?:partnerships?|collaborations?|alliances?|agreements?|joint ventures?|mou"
        r"|contracts?|pact|memorand(?:um|a) of understanding)\s+with\s+(?:the\s+)?"
        r"(?:(?:{REG}|[A-Z][\w-]*)['’]s\s+)?{o:ORG}",  # "with Singapore's Meridian Lab Supplies"
        (("partnersWith", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-partnership-between",
        r"\b(?:partnership|collaboration|alliance|agreement|joint venture)\s+between\s+{s:ORG}"
        r"\s+and\s+{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-and-partnered",
        # "ShiftWell and Epic announced an integration partnership", "Cytiva and AWS extended
        # their collaboration"
        r"{s:ORG}\s+and\s+(?:the\s+)?{o:ORG}{e}\b(?:partnered|teamed up|collaborat\w*|signed"
        r"|formed a partnership|entered into (?:a|an)\b|announced (?:a|an)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:partnership|collaboration|alliance)"
        r"|(?:extended|expanded|deepened|renewed)\s+(?:their|a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:partnership|collaboration|alliance)"
        r"|(?:will\s+)?(?:jointly|together)\s+\w+|co-(?:develop|create|design)\w*)",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-partners-include",
        r"{s:ORG}(?:['’]s?\s+|{x}\b(?:its|their)\s+)(?:[\w-]+\s+)?(?:partners|collaborators|clients"
        r"|customers)\s+(?:include|includes|including|are|such as)\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-counts-among-partners",
        r"{s:ORG}\s+counts\s+(?:the\s+)?{o:ORG}(?:{E})?\s+among\s+(?:its|their)\s+(?:[\w-]+\s+)?"
        r"(?:partners|collaborators|clients|customers)",
        (("partnersWith", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-selected-as-partner",
        r"{s:ORG}{x}\b(?:selected|chose|picked|named|appointed)\s+(?:the\s+)?{o:ORG}\s+as\s+"
        r"(?:its|their|the|a)\s+" + _DESCRIPTOR_WORDS + r"(?:partner|vendor|supplier|provider)\b",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-chose-as-partner",
        r"{s:ORG}{g}(?:选择|选定|确定|引入|遴选)了?{q}{o:ORG}{g}(?:作为|为|成为)(?:其|该院)?{c}"
        r"(?:合作伙伴|合作方|供应商|技术提供方|服务商|承建方)",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-extend-partnership",
        r"{s:ORG}{x}\b(?:extend|expand|deepen|renew|broaden|extends|expands|deepens|renews"
        r"|extended|expanded|deepened|renewed)\s+(?:its|the|their)\s+(?:[\w-]+\s+)?"
        r"(?:partnership|collaboration|relationship|alliance)\s+with\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.75,
        hedgeable=False,  # "plans to extend the partnership with X": the partnership exists
    ),
    Rule(
        "en-in-collaboration-with",
        r"{s:ORG}{e}\b(?:in\s+(?:collaboration|partnership|association|cooperation)|jointly)"
        r"\s+with\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-product-used-at-sites",
        r"{s:ORGX}{E}\b(?:its|their)\s+{w}(?:product|platform|system|tool|solution|software"
        r"|service)s?\s+(?:is|are|has been|have been)\s+(?:now\s+)?(?:used|deployed|in use|live"
        r"|installed|running)\s+(?:at|in|across|by)\s+{E}{o:CARE}",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    # ---- investsIn / fundedBy -------------------------------------------------------------
    Rule(
        "zh-invests",
        r"{s:ORG}{g}(?:投资(?![方人者]|机构|金额)了?|注资|入股|战略投资|领投|跟投|参投|独家投资"
        r"|(?<!本次)(?<!此次)(?<!本轮)增资(?!完成|前|后|总额|金额)"
        r"|投资入股)了?{h}{q}"
        r"{o:ORG}(?!{q}(?:等)?(?:领投|跟投|参投|投资|注资))",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.85,
    ),
    Rule(
        "zh-receives-investment",
        r"{o:ORG}{G}(?:获得|获|得到|接受|引入)了?(?:由|来自)?{q}{s:ORG}(?:{q}[、，,和与及]{q}{ORG})*{g}"
        r"(?:的)?(?:投资|注资|战略投资"
        r"|融资|入股|增资)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.85,
    ),
    Rule(
        "zh-subscribes",
        # "X拟以自有资金6,000万元认购标的公司新增注册资本": X buys into the target's new capital
        r"{s:ORG}{g}(?:拟|将|已)?(?:以[^\ue000\ue001。；;]{0,24}?)?认购了?{h}{q}{o:ORG}"
        r"(?:的)?(?:新增注册资本|新增股份|股份|股权|增资|可转债)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
    ),
    Rule(
        "zh-round-subscribed-by",
        # "Y本轮增资总额为1.5亿元，由A与B共同认购": A and B fund Y
        r"{o:ORG}{g}(?:增资|融资|本轮|募资)[^\ue000\ue001。；;]{0,40}?由{q}{s:ORG}"
        r"(?:{q}(?:与|和|及|、){q}{p:ORG})?{G}"
        r"(?:共同|联合)?(?:认购|出资|投资|领投)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s"), ("fundedBy", "o", "p")),
        0.8,
    ),
    Rule(
        "zh-is-the-lead-investor",
        # "X系Y 2021年A轮融资的领投方": X invested in Y
        r"{s:ORG}{g}(?:系|是|为|作为){q}{o:ORG}{g}(?:融资|轮)的?(?:领投方|投资方|投资人|跟投方|领投机构"
        r"|投资机构|股东)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
    ),
    Rule(
        "en-invested-in",
        r"{s:ORG}{e}\b(?:invested|invests|has invested|is investing)\s+(?:\$?[\d.,]+\s*"
        r"(?:million|billion|m|bn)?\s+)?in\s+{o:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.85,
    ),
    Rule(
        "en-led-round-of",
        # "X, which also backs Y, led the round in Z": X led it, not Y
        r"{s:ORG}(?:,\s+(?:which|who|that)\b(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001){0,80}?,\s+"
        r"|[^\ue000\ue001,;]{0,60}?)\b(?:led|co-led|participated in|joined|backed)\s+"
        r"(?:the\s+|a\s+)?(?:[\w$.-]+\s+){0,4}?(?:round|financing|raise|investment|funding)\s+(?:of|in|for|into)"
        r"\s+{o:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.85,
    ),
    Rule(
        "en-backed-by",
        r"{o:ORG}{E}\b(?:is|are|was|were|has been|have been|being)?\s*(?:backed|funded|financed)"
        r"\s+by\s+(?:the\s+)?{s:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
    ),
    Rule(
        "en-backed",
        r"{s:ORG}{e}\b(?:backed|backs|took a stake in|takes a stake in|acquired a stake in"
        r"|bought a stake in)\s+{o:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
    ),
    # ---- acquiredBy -----------------------------------------------------------------------
    Rule(
        "zh-acquired-by",
        # "被上市公司Y收购": the buyer may be described before its name
        r"{s:ORG}{g}被(?:[^\ue000\ue001，,。；;]{0,6}?(?:公司|集团|企业|巨头|龙头|厂商))?{q}{o:ORG}{g}"
        r"(?:收购|并购|全资收购|控股收购|吞并|纳入麾下|合并)",
        (("acquiredBy", "s", "o"),),
        0.9,
    ),
    Rule(
        "zh-acquires",
        r"{o:ORG}{g}(?:收购|并购|全资收购|吞并|买下|控股收购)了?{c}{q}{s:ORG}(?!{q}(?:的)?(?:部分|股份|股权))",
        (("acquiredBy", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-takes-in",
        r"{o:ORG}{g}将{q}{s:ORG}{g}(?:收入囊中|收入麾下|纳入麾下|纳入旗下|整体收购|全资收购|收购)",
        (("acquiredBy", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-acquisition-of",
        r"{o:ORG}{g}(?:宣布|完成|正式)?对{q}{s:ORG}{g}的?(?:收购|并购|全资收购|吸收合并)",
        (("acquiredBy", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-was-acquired-by",
        r"{s:ORG}{e}\bacquired\s+by\s+(?:the\s+)?{o:ORG}",
        (("acquiredBy", "s", "o"),),
        0.9,
    ),
    Rule(
        "en-acquires",
        # the buyer's words run up to the verb, but not past ", and it": a new subject
        r"{o:ORG}(?:(?!,\s+(?:and|but)\s+(?:it\b|they\b|\ue000))"
        r"(?:[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001)){0,90}?"
        r"\b(?:acquired|acquires|acquire|has acquired"
        r"|completed (?:the|its) acquisition of|agreed to buy|to buy|will buy|buy"
        r"|completes (?:the|its)?\s*acquisition of|announced (?:the|its) acquisition of"
        r"|the acquisition of|acquisition of|bought|buys|purchased|took over|takes over"
        r"|completed (?:the|its) purchase of|the purchase of"
        r"|merged with)\s+(?:the\s+)?(?:(?:(?:the|a|an)\s+)?"
        + _DESCRIPTOR_WORDS
        + r"(?:start-?up|company|firm|developer|maker|provider|vendor|specialist|business"
        r"|network|operator|supplier|manufacturer|spin-?out)\s+"
        # "acquired Locumly's rival ShiftBridge", "the surgical guide business of Dentaprint"
        r"|\ue000\d+\ue002\w+\ue001['’]s?\s+(?:rival|competitor|peer|former partner)\s+"
        r"|(?:[\w-]+\s+){0,3}?(?:business|unit|division|operations)\s+of\s+(?:the\s+)?)?"
        r"{s:ORG}(?!\s+by\b|['’]s?\s)",  # "X's device business" is a part of X, not X
        (("acquiredBy", "s", "o"),),
        0.85,
        solo=("o",),  # "a partnership with Microsoft, and it acquired X": one buyer
    ),
    Rule(
        "en-bought-by",
        r"{s:ORG}{e}\b(?:bought|purchased|taken over|snapped up|absorbed)\s+by\s+"
        r"(?:the\s+)?{o:ORG}",
        (("acquiredBy", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-sold-to",
        r"{s:ORG}{e}\b(?:was|were|has been|had been|is being)\s+sold\s+to\s+(?:the\s+)?{o:ORG}",
        (("acquiredBy", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-which-acquired",
        r"{s:ORG},\s+which\s+(?:the\s+)?{o:ORG}\s+(?:acquired|bought|purchased|took over)\b",
        (("acquiredBy", "s", "o"),),
        0.85,
        hedgeable=False,
    ),
    Rule(
        "parent-company-named",
        r"{s:ORG}(?:['’]s?\s+|的)(?:parent company|parent|owner|母公司|控股股东|控股方)[,，：:]?\s*"
        r"(?:the\s+)?{o:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-leans-on-parent",
        # "联影智能依托母公司上海联影医疗科技股份有限公司的CT装机量": the parent, by its role
        r"{s:ORG}{h}(?:依托|借助|背靠|依靠|凭借|联合|与|和)(?:其)?(?:母公司|控股股东){q}{o:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-now-part-of",
        r"{s:ORG}{e}\b(?:now part of|now owned by|became part of|has become part of"
        r"|merged into|was folded into|was absorbed into)\s+(?:the\s+)?{o:ORG}",
        (("acquiredBy", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-merged-into",
        r"{s:ORG}{g}(?:已|已经|正式|整体)?(?:被)?(?:并入|(?:纳入|归入)(?=[^\ue000\ue001]{0,4}?"
        r"\ue000\d+\ue002\w+\ue001(?:旗下|麾下|体系)))[^\ue000\ue001，,。；;]{0,4}?{q}{o:ORG}",
        (("acquiredBy", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-acquisition-by",
        r"\bacquisition\s+of\s+{s:ORG}\s+by\s+(?:the\s+)?{o:ORG}",
        (("acquiredBy", "s", "o"),),
        0.9,
    ),
    # ---- subsidiaryOf ---------------------------------------------------------------------
    Rule(
        "zh-parent-owns",
        r"{o:ORG}{h}(?:旗下|下属|控股|所属)(?:的)?(?:子公司|公司|企业|机构)?{q}{s:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        solo=("o",),  # "A与华为旗下的华为云": A owns nothing
    ),
    Rule(
        "zh-sets-up-subsidiary",
        r"{o:ORG}{G}(?:设立|成立|组建|注册|新设|投资设立)了?(?:一家)?(?:全资|控股)?(?:子公司|分公司){q}{s:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-is-subsidiary",
        # "是港股上市公司Y的全资子公司": what the parent is may stand before its name
        r"{s:ORG}{g}(?:是|为|系|作为|成为)了?(?:[^\ue000\ue001，,。；;的]{0,6}?上市(?:公司|企业))?"
        r"{q}{o:ORG}{k}(?:的)?(?:全资|控股|直属|下属)?"
        r"(?:子公司|下属公司|下属机构|附属机构|附属医院|旗下公司|旗下企业|旗下品牌|分公司|事业部|业务板块"
        r"|子品牌|孙公司|二级单位)",
        (("subsidiaryOf", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-subsidiary-named",
        r"{o:ORG}{h}(?:的)?(?:全资|控股)?(?:子公司|附属医院|下属机构|分公司)[，,：:]?{q}{s:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-subsidiary-of",
        r"{s:ORG}{e}\b(?:wholly[- ]owned\s+|majority[- ]owned\s+|fully[- ]owned\s+)?"
        r"(?:subsidiary|unit|division|arm|affiliate|business unit)"
        # "a subsidiary of the pharmacy services group Veltrona Health": the group's trade first
        r"(?:\s+of)?\s+(?:the\s+(?:[a-z-]+\s+){0,3}(?:group|company|firm|conglomerate)\s+)?"
        r"(?:the\s+)?{o:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-spun-out-of",
        # a firm's or a hospital's spin-off stays in its group; a university's spin-out is a
        # start-up of its own ("Lumacol, a spin-out of Cendria University")
        r"{s:ORG}{e}\b(?:spin-?off|spun off from|spin-?out|spinout|spun out of)"
        r"(?:\s+of)?\s+(?:the\s+)?{o:CORP}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-owned-by",
        r"{s:ORG}{E}\b(?:(?:wholly|majority|fully)[- ])?owned\s+by\s+(?:the\s+)?{o:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-facility-of",
        r"{s:ORG}\s+(?:is|was|,){E}\b(?:the|a|an)\s+(?:flagship\s+|main\s+|teaching\s+)?(?:facility"
        r"|campus|branch|subsidiary|division|unit)\s+of\s+(?:the\s+)?{o:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-apposition-owners-facility",
        r"{s:ORG},\s+{o:ORG}['’]s?\s+(?:(?:flagship|main|largest|teaching|academic|new|own)\s+)*"
        r"(?:hospital|facility|campus|medical cent(?:er|re)|clinic|subsidiary|unit|division"
        r"|\ue000\d+\ue002Segment\ue001)(?!\w)",
        (("subsidiaryOf", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-parents-subsidiary",
        r"{o:ORG}['’]s?\s+(?:wholly[- ]owned\s+)?(?:subsidiary|unit|division|arm)\s*,?\s+{s:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-parents-unit",
        r"{o:ORG}['’]s?\s+(?:own\s+|new\s+)?{s:ORG}",
        (("unitOf", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    # ---- addressesUseCase -----------------------------------------------------------------
    Rule(
        "zh-used-for",
        # the offering named last before 用于 is what is used (X公司发布的“Y”主要用于Z: Y)
        rf"{{s:AGENT}}{_PAST_NO_OFFERING}(?:{_FOR_ZH})[^\ue000\ue001]{{0,8}}?{{o:UC}}"
        rf"(?!{{c}}的{{k}}{{q}}{{OFF}})",
        (("addressesUseCase", "s", "o"),),
        0.75,
        avoid_bases=True,
    ),
    Rule(
        "zh-used-for-audience",
        rf"{{s:AGENT}}{_PAST_NO_OFFERING}(?:{_FOR_ZH})(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:Segment|Region)"
        rf"\ue001){{0,12}}?的{{q}}{{o:UC}}{{q}}(?:服务|场景|领域|业务|工作|需求)?(?=[，,。；;、]|$)",
        (("addressesUseCase", "s", "o"),),
        0.7,
        avoid_bases=True,
    ),
    Rule(
        "zh-covers-usecases",
        rf"{{s:AGENT}}{{G}}(?:{LIST_LEAD_ZH})了?[：:]?{{q}}{{o:UC}}"
        rf"(?=(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002UseCase\ue001){{0,60}}?{LIST_CLOSE_ZH})",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-in-the-field-of",
        r"{s:AGENT}{g}在{q}{o:UC}{q}(?:等)?(?:领域|方向|赛道|场景|方面)[^\ue000\ue001，,。；;]{0,4}?(?:深耕"
        r"|布局|发力|积累|领先|拥有|推出|落地|耕耘|专注)",
        (("addressesUseCase", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-its-functions-are",
        r"{s:AGENT}{g}的?(?:主要|核心)?(?:功能|应用场景|使用场景|场景|用途|应用领域|应用方向)"
        r"(?:包括|包含|涵盖|为|是|有)[：:]?{q}{o:UC}",
        (("addressesUseCase", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-its-use-cases-are",
        r"{s:AGENT}['’]s?\s+(?:main\s+|primary\s+|key\s+|core\s+)?(?:use cases?|applications?"
        r"|uses)\s+(?:are|is|include|includes)\s+{o:UC}",
        (("addressesUseCase", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-used-for-within",
        rf"{{s:AGENT}}{{G}}(?:{_FOR_ZH})[^\ue000\ue001]{{0,8}}?{{UC}}(?:中的|里的|领域的|环节的|中)"
        rf"{{o:UC}}(?!{{c}}的{{k}}{{q}}{{OFF}})",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-org-usecase-products",
        r"{s:ORGX}(?:开发|研发|推出|提供|自研|打造)?的{q}{o:UC}(?:(?:与|和|、|及|以及){q}{UC})*{q}"
        r"(?:产品|系统|平台|解决方案|工具|软件"
        r"|服务|业务)",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-used-for-modifier",
        rf"(?:{_FOR_ZH})[^\ue000\ue001]{{0,8}}?{{o:UC}}{{c}}的{{k}}{{q}}{{s:OFF}}",
        (("addressesUseCase", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-usecase-product-name",
        rf"{{o:UC}}{_DESCRIBING_ZH}{{0,6}}?(?:{_PRODUCT_NOUN_ZH})(?:[“\"‘「『《]|\s)?{{s:OFF}}",
        (("addressesUseCase", "s", "o"),),
        0.75,
        solo=("s",),  # 问诊翻译系统“译医通”和随访机器人: the task is the first name's alone
    ),
    Rule(
        # 病历生成大模型"岐黄笔": a task, then a technology (大模型) as the kind, then the name
        MODEL_KIND_RULES[0],
        rf"{{o:UC}}{_DESCRIBING_ZH}{{0,6}}?{_TECH_TOKEN}(?:[“\"‘「『《]|\s)?{{s:OFF}}",
        (("addressesUseCase", "s", "o"),),
        0.75,
        solo=("s",),
    ),
    Rule(
        "zh-offering-usecase-noun",
        rf"{{s:OFF}}[\s“”\"]*(?:AI|人工智能|智能)?{{o:UC}}{_DESCRIBING_ZH}{{0,6}}?"
        rf"(?:{_PRODUCT_NOUN_ZH})",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        # “知影”结构化报告大模型: the name, then a task and a technology as its kind
        MODEL_KIND_RULES[1],
        rf"{{s:OFF}}[\s“”\"]*(?:AI|人工智能|智能)?{{o:UC}}{_DESCRIBING_ZH}{{0,6}}?{_TECH_TOKEN}",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-offering-is-usecase-kind",
        rf"{{s:OFF}}{{g}}(?:是|为|系)(?:一[款个套种项])?{{G}}{{o:UC}}[^\ue000\ue001，,。；;]{{0,6}}?"
        rf"(?:{_PRODUCT_NOUN_ZH})",
        (("addressesUseCase", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-focused-modifier",
        r"(?:专注于?|聚焦于?|深耕|主打|专攻|致力于)[^\ue000\ue001]{0,4}?{o:UC}{c}的{q}{s:AGENT}",
        (("addressesUseCase", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-provides-usecase",
        r"(?<![为向给替帮]){s:AGENT}{G}(?:提供|实现|支持|开展|辅助|助力|帮助|进行|完成)[^\ue000\ue001]{0,8}?"
        r"{o:UC}",
        (("addressesUseCase", "s", "o"),),
        0.65,
        avoid_hosts=True,  # X由Y开发，部署在腾讯云上，提供A: X provides A, not the cloud
    ),
    Rule(
        "en-for-usecase",
        r"{s:AGENT}{E}\b(?:for|used for|used in|to support|to improve|to speed up|to enhance"
        r"|to assist with|to help with|to detect|to screen for|to power"
        r"|applied to|designed for|targets|targeting"
        r"|aimed at|serving|that supports|that automates|that performs|to automate"
        r"|to accelerate|to streamline|to enable|enabling|helps with|for use in)"
        r"\s+(?:[\w-]+\s+){0,3}?{o:UC}" + _NOT_A_MODIFIER_EN,
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-focuses-on-usecase",
        # "Mercana AI focuses on revenue-cycle automation": a firm's line of business (operatesIn),
        # an offering's task (addressesUseCase); the relations module tells which by the subject
        r"{s:AGENT}{E}\b(?:focused on|focuses on|focusing on|speciali[sz](?:es|ing|ed) in"
        r"|dedicated to|in the field of)"
        r"\s+(?:[\w-]+\s+){0,3}?{o:UC}" + _NOT_A_MODIFIER_EN,
        ((FIELD_PREDICATE, "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-sells-usecase",
        r"{s:AGENT}(?:,?\s+which|,?\s+that)?\s+(?:sells|offers|provides|delivers|automates"
        r"|streamlines|digiti[sz]es|supports|enables|performs|handles|helps\s+(?:\w+\s+){0,2}?with)\s+(?:(?:[\w-]+|\ue000\d+\ue002Technology\ue001[\w-]*)\s+){0,2}?"
        r"{o:UC}" + _NOT_A_MODIFIER_EN,
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-apply-to-usecase",
        # not "use its round to expand its X platform": what the money buys is no task of it
        r"{s:AGENT}{E}\b(?:apply|applies|applying|applied|use|uses|using)\b{E}\bto\s+"
        r"(?![\w-]+\s+(?:its|their|our)\b){w}{o:UC}",
        (("addressesUseCase", "s", "o"),),
        0.65,
    ),
    Rule(
        "en-apposition-usecase-product",
        rf"{{s:OFF}},?\s+(?:its|an?|the|our|their|{{ORG}}['’]s?)\s+{{w}}{{o:UC}}"
        rf"(?:\s+and\s+[a-z][\w-]*)?\s+(?:{_PRODUCT_NOUN_EN})",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        # "Helix Sports Imaging, whose ACL-tear detection model…", "ScoliScan, a scoliosis
        # screening start-up": the firm's own task
        "en-apposition-usecase-firm",
        rf"{{s:ORGX}},\s+whose\s+{{w}}{{o:UC}}\s+(?:{_PRODUCT_NOUN_EN})",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-apposition-usecase-end",
        r"{s:OFF},?\s+(?:its|an?|the|our|their)\s+{w}{o:UC}(?=\s*(?:[.,;)]|$))",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-apposition-technology-powered",
        r"{s:OFF},?\s+(?:its|an?|the|our|their)\s+{w}{o:TECH}[- ](?:powered|based|driven|enabled)",
        (("usesTechnology", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-offering-powered-usecase",
        r"{s:OFF}[- ](?:powered|based|driven|enabled)\s+{o:UC}",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-usecase-company",
        r"{s:ORGX},?\s+(?:is\s+)?(?:a|an|the)\s+{w}{o:UC}\s+(?:company|firm|provider|start-?up"
        r"|vendor|specialist|developer|business)",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-usecase-product-named",
        rf"{{o:UC}}\s+(?:{_PRODUCT_NOUN_EN})\s*,?\s*(?:called|named)?\s*{{q}}{{s:OFF}}",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    # ---- operatesIn -----------------------------------------------------------------------
    Rule(
        "zh-usecase-company",
        r"{o:UC}[^\ue000\ue001，,。；;]{0,4}?(?:公司|企业|厂商|服务商|提供商|初创企业|独角兽|龙头)[“\"]?{s:ORGX}",
        (("addressesUseCase", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-segment-company",
        # "数字病理公司X", "医学影像领域头部企业X": words that qualify a firm, not a verb
        # ("医院选用了X": the hospital chose X, X is no hospital business)
        rf"{{o:SEG}}(?:{_FIRM_QUALIFIER_ZH}){{0,2}}(?:公司|企业|厂商|服务商|提供商|初创企业|独角兽|龙头)?"
        r"[“\"]?{s:ORGX}",
        (("operatesIn", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-technology-product-name",
        rf"{{o:TECH}}[^\ue000\ue001，,。；;]{{0,6}}?(?:{_PRODUCT_NOUN_ZH})[“\"‘「『《]?{{s:OFF}}",
        (("usesTechnology", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-is-usecase-company",
        r"{s:ORGX}{G}(?:是|为|作为)[^\ue000\ue001，,。]{0,12}?{o:UC}{k}(?:企业|公司"
        r"|厂商|服务商|提供商|龙头|领军企业|独角兽|科技公司)",
        (("addressesUseCase", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-focuses-on-segment",
        r"{s:ORGX}{G}(?:专注于?|聚焦于?|深耕|布局|从事|主营|致力于|涉足|进军|切入|扎根|定位于?|属于|立足"
        r"|聚焦在|专注在|押注|发力)[^\ue000\ue001]{0,8}?(?:{UC}{q}(?:、|和|与|及|以及|，)\s*)*{o:SEG}",
        (("operatesIn", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-segment-at-core",
        r"{s:ORGX}{g}以{q}{o:SEG}{q}为(?:核心|主业|主营业务|核心业务|重点|主要方向|主线)",
        (("operatesIn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-focused-segment-modifier",
        r"(?:专注于?|聚焦于?|深耕|主打|专攻|致力于|布局)[^\ue000\ue001]{0,4}?{o:SEG}{c}的{q}{s:ORGX}",
        (("operatesIn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-is-segment-company",
        r"{s:ORGX}{g}(?:是|为|作为){c}{o:SEG}{k}(?:企业|公司"
        r"|厂商|服务商|提供商|龙头|领军者|领军企业|独角兽|玩家|科技公司)",
        (("operatesIn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-segment-players",
        r"{o:SEG}[^\ue000\ue001]{0,10}?(?:企业|公司|厂商|玩家|参与者|代表企业|布局企业)[^\ue000\ue001]"
        r"{0,6}?(?:包括|有|如|主要有|例如|代表|：|:)[^\ue000\ue001]{0,4}?{q}{s:ORGX}",
        (("operatesIn", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-segment-company",
        r"{s:ORGX},?\s+(?:is\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?{o:SEG}\s+(?:company|firm"
        r"|provider|player|start-?up|vendor|business|specialist|leader|group|pioneer)",
        (("operatesIn", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-operates-in",
        r"{s:ORGX}{e}\b(?:operates in|focuses on|focused on|speciali[sz]\w* in|active in|works in"
        r"|competes in|serves the|is in the|entered|enters|expands into|expanded into)\s+"
        r"(?:the\s+)?{o:SEG}",
        (("operatesIn", "s", "o"),),
        0.75,
    ),
    # ---- usesTechnology -------------------------------------------------------------------
    Rule(
        "zh-uses-technology",
        # "X公司开发的Y系统，采用Z": the offering named between uses Z, not its maker
        r"{s:AGENT}{O}(?:基于|采用|利用|运用|借助|依托|使用|应用|融合|结合|搭载|集成|引入|通过)了?"
        r"(?:{q}{OFF}{q}[^\ue000\ue001，,。；;]{0,4}?的)?[^\ue000\ue001]{0,6}?{o:TECH}",
        (("usesTechnology", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-offering-is-technology",
        r"{s:OFF}{G}(?:是|为|系)(?:一[款个种套])?{C}{o:TECH}(?=[\s”\"]*(?:[，,。；;]|$))",
        (("usesTechnology", "s", "o"),),
        0.65,
    ),
    Rule(
        "en-uses-technology",
        r"{s:AGENT}{E}\b(?:uses|using|use of|used|powered by|runs on|running on|run on|leverages"
        r"|leveraging|leverage|built with|built on|based on|employs|employing|relies on|relying on"
        r"|applies|applying|harnesses|harnessing|combines|combining|integrates|integrating"
        r"|incorporates|incorporating|apply|to apply|use|to use|leverage|to leverage)\s+"
        r"(?:[\w-]+\s+){0,3}?{o:TECH}",
        (("usesTechnology", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-is-a-technology-based",
        r"{s:AGENT}\s+(?:is|was|are|remains)\s+(?:a|an|the)\s+{w}{o:TECH}[- ]?(?:based|powered"
        r"|driven|enabled)\b",
        (("usesTechnology", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-offerings-technology-part",
        r"{s:OFF}['’]s?\s+(?:own\s+|proprietary\s+|in-house\s+)?{o:TECH}\s+(?:engine|model|algorithm"
        r"|module|core|stack|backbone|pipeline)s?\b",
        (("usesTechnology", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "zh-technology-at-core",
        r"{s:AGENT}{g}以{q}{o:TECH}{q}(?:技术)?为(?:核心|基础|底座|驱动|引擎|支撑|底层)",
        (("usesTechnology", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-builds-technology",
        r"{s:ORGX}{E}\b(?:develops|developing|builds|building|makes|making)\s+(?:[\w-]+\s+){0,2}?"
        r"{o:TECH}",
        (("usesTechnology", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-apposition-technology-kind",
        r"{s:OFF},\s+(?:a|an|the|its|their)\s+{o:TECH}[\s-]+(?:model|system|tool|algorithm"
        r"|platform|software|engine|assistant|agent)s?\b",
        (("usesTechnology", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    # ---- basedOn --------------------------------------------------------------------------
    Rule(
        "zh-based-on",
        # "基于其自研的医疗大模型“X”": the words between may hold concepts (医疗, 大模型)
        # "A和基于B的C": B is C's base, not A's
        # "平台上的“Y”模型基于Z": the platform it runs on is no subject
        rf"{{s:OFF}}(?!{{q}}{_ON_IT})"
        r"(?:(?!包括|包含|例如)[^\ue000\ue001]|\ue000\d+\ue002\w+\ue001){0,40}?"
        r"(?<![和与及、])(?:基于|依托|构建于|建立在|建于|底层采用|接入|依靠)"
        r"(?:(?!训练|开发|研发|打造|构建|推出|微调)[^\ue000\ue001]"
        r"|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,12}?"
        r"(?:{ORG}[^\ue000\ue001]{0,8}?)?{q}{o:OFF}",
        (("basedOn", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-core-is-model",
        # "X系统，核心是其自研的视觉大模型“Y”", "底层模型为…训练的“Y”": what X is built on
        r"{s:OFF}{C}[，,]?(?:其)?(?:核心|底层模型|底座模型|底座|内核|核心模型)(?:是|为|采用)"
        r"(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Platform"
        r"|Company)\ue001){0,30}?{q}{o:OFF}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-tuned-on-platform",
        # "其YM-Fold模型在BioNeMo上微调", "运行在NVIDIA Holoscan边缘计算平台上"
        r"{s:OFF}(?:{c}[，,])?{c}(?:在|于|运行在|部署在|运行于|部署于){q}{o:OFF}"
        r"(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001){0,8}?"
        r"(?:之上|上)(?:微调|训练|构建|开发|搭建|运行|部署)?",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-based-on-modifier",
        r"(?:基于|依托)[^\ue000\ue001]{0,8}?{q}{o:OFF}{q}"
        rf"(?:{_MODEL_NOUN}|平台|技术|底座|架构)?"
        r"(?:的|打造的|开发的|构建的|训练的|研发的){C}{q}{s:OFF}",
        (("basedOn", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-on-top-of",
        r"在{q}{o:OFF}{q}(?:的)?(?:基础上|之上|基础之上)[，,]?{G}{s:OFF}",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-org-makes-on-base",
        # "X医疗基于Holoscan开发了Y", "团队在ModelArts平台上训练了“Y”": Y is built on the base
        r"(?:(?:基于|依托|利用)(?:{ORG}的)?|在){q}{o:OFF}{q}(?:平台|框架)?(?:上|之上)?"
        r"(?:[^\ue000\ue001，,。；;]|\ue000\d+\ue002(?:UseCase|Segment|Technology)\ue001)"
        r"{0,16}?(?:开发|研发|训练|打造|构建|推出|微调|搭建)(?:了|出)?"
        # 训练了环境识别模型“Y”: the task and the kind may stand before the name
        rf"(?:{{k}}(?:{_PRODUCT_NOUN_ZH}|{_TECH_TOKEN}))?{{q}}{{s:OFF!}}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-on-base-then-made",
        # "基于该平台，X医疗推出了Y": what follows is made on the platform
        r"(?:基于|依托){q}{o:OFF}{q}[，,]{C}(?:推出|开发|研发|打造|构建|训练|发布)了?{C}{q}{s:OFF!}",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-platform-apps-include",
        # "平台上的主要应用包括A和B", "X云的应用包括Y公司的A": the apps run on the platform
        r"{o:PLAT}{q}(?:上|之上)?(?:的|运行的|部署的|上线的)?(?:主要|核心|代表性?|典型|第三方|首批)?"
        r"(?:应用|模型|产品|工具|算法)[^\ue000\ue001。；;]{0,12}?(?:包括|包含|涵盖|有|如|例如)[：:]?"
        r"(?:[^\ue000\ue001，,。；;：:]|\ue000\d+\ue002(?!Platform|Product|AIModel|Dataset)\w+\ue001)"
        r"{0,20}?{q}{s:OFF}",
        (("basedOn", "s", "o"),),
        0.7,
        avoid_bases=True,  # 应用包括A（基于腾讯混元大模型的…）: not the model the app is built on
    ),
    Rule(
        "zh-offering-on-platform",
        # "平台上的“PumpWatch”输液泵故障预测模型", "其上的“肝语随访助手”": the one named runs on it
        rf"{{o:PLAT}}{{q}}{_ON_IT}(?:第三方|首个|首款)?{{q}}{{s:OFF!}}",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-built-on-base",
        # "X在DeepSeek-V2基础上经8万份出院小结微调", "它是在通义千问基础上…微调的"
        r"{s:OFF}{g}(?:是)?在{q}{o:OFF}{q}(?:的)?(?:基础上|之上|基础之上|底座上)",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-empowered-by",
        r"{s:OFF}{g}由{q}{o:OFF}{q}[^\ue000\ue001，,。]{0,6}?(?:赋能|驱动|支撑|提供支持|提供算力)",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-built-on",
        r"{s:OFF}{E}\b(?:built on|based on|powered by|runs on|running on|built upon|on top of"
        r"|fine-tuned from|fine-tuned on|derived from)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
        # "built on Google Cloud's Vertex AI platform": the cloud's own offering is the base
        r"(?:{ORG}['’]s?\s+|{OFF}['’]s\s+|[A-Z][\w-]*['’]s\s+)?{w}{q},?\s*{o:OFF}",
        (("basedOn", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-builds-offering-on",
        # "X builds Y on NVIDIA's MONAI framework": Y is built on MONAI; so is "built a
        # contamination-prediction model, WasteSense, on Amazon SageMaker"
        r"(?:\bbuilds|\bbuilt|\btrains|\btrained|\btrain|\bdeveloped|\bdevelops|\bruns"
        r"|\blaunched|\blaunches)\s+"
        r"(?:(?:an?|the|its)\s+[^,;\ue000\ue001]{3,60},\s+|its\s+)?{s:OFF}"
        # "built its VitaECG-1 foundation model on NVIDIA Clara": the kind after the name
        r"(?:\s+(?:[a-z][\w-]*|\ue000\d+\ue002\w+\ue001)){0,3}"
        r"(?:,\s+(?:an?|the|its)\s+(?:[^,;\ue000\ue001]|\ue000\d+\ue002\w+\ue001){3,80})?,?\s+on\s+"
        r"(?:the\s+|its\s+)?(?:{ORG}['’]s?\s+|{OFF}['’]s\s+|[A-Z][\w-]*['’]s\s+)?{o:OFF}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    # ---- deployedAt -----------------------------------------------------------------------
    Rule(
        "zh-deployed-in",
        r"{s:OFF}{G}(?:已|已经|先后|陆续|目前|正式)?(?:在|(?<![基对由关位属用源等至鉴])于|进驻|入驻|走进|进入)"
        r"[^\ue000\ue001]{0,4}?"
        r"{q}{o:SITE}{G}(?:规模化|全面|深度|创新)?"
        r"(?:落地|部署|上线|应用|使用|投入使用|运行|试点|装机|投用|启用|开展|实践|探索|实施)",
        (("deployedAt", "s", "o"),),
        0.8,
        avoid_bases=True,
    ),
    Rule(
        "zh-deployed-in-then-another",
        # 灵犀在A上线，同期在B开展试点: the second site of the same offering
        r"{s:OFF}{G}(?:已|已经|先后|陆续|目前|正式)?在[^\ue000\ue001]{0,4}?{q}{o:SITE}{G}"
        r"(?:落地|部署|上线|应用|使用|投入使用|运行|试点|启用)[^\ue000\ue001。；;]{0,12}?[，,]"
        r"(?:同期|同时|并|随后|此后|之后|后又|又|还|也|并已)?在{q}{p:SITE}{G}"
        r"(?:落地|部署|上线|应用|使用|投入使用|运行|试点|启用|开展)",
        (("deployedAt", "s", "o"), ("deployedAt", "s", "p")),
        0.75,
        avoid_bases=True,
    ),
    Rule(
        "zh-at-site-goes-live",
        # "在X医院，平台上线一年后…", "在X医院的应用中，…": the site opens the sentence and the
        # offering (often a bare 平台 or 应用 standing for it) goes live there
        # "在X医院，Y软件将阅片时间由…缩短至…", "在X中心，Z公司提供的Y已运行14个月": what it
        # does there, and whose it is, may follow
        r"(?:^|(?<=[，,。；;]))在{q}{o:SITE}(?:[，,]|的){q}(?:" + MAKER_LEAD_ZH + r")?{q}{s:OFF}"
        r"(?:(?:已|已经|目前|先后|正式)?(?:上线|部署|落地|投入使用|启用|运行)|中[，,]|将|使|让|帮助)",
        (("deployedAt", "s", "o"),),
        0.7,
        solo=("o",),  # the comma after the site ends it, it lists no maker with it
    ),
    Rule(
        "zh-site-adopts",
        r"{o:CARE}(?:{g}|{K})" + _SITE_TAKES_UP + MAKER_LEAD_ZH + r"{q}{s:OFF!}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        # X医院于3月引入A，并上线B: a second offering the same site takes up in the same sentence
        "zh-site-adopts-then",
        r"{o:CARE}(?:{g}|{K})" + _SITE_TAKES_UP + MAKER_LEAD_ZH + r"{q}{OFF}{k}{q}[，,]?"
        r"(?:并|同时|还|又|随后|此后|并且)" + _SITE_TAKES_UP + MAKER_LEAD_ZH + r"{q}{s:OFF!}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        # 禾丰大药房在旗下620家门店部署了X提供的Y: a chain's outlets are where Y runs
        "zh-chain-deploys-at-its-outlets",
        r"{o:ORGX}(?:{g}|{K})在(?:旗下|其|全国|全部|所有)?[^\ue000\ue001，,。；;]{0,8}?"
        r"(?:门店|分店|药店|网点|体检中心|分院|诊所|站点)(?:中|内)?"
        r"(?:上线|引入|部署|应用|启用|使用|采用|落地|接入|引进|试用)了?"
        + MAKER_LEAD_ZH
        + r"{q}{s:OFF!}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        # "Decathlon uses GaitLens in 85 stores": a chain runs it in its outlets
        "en-chain-uses-in-outlets",
        r"{o:ORGX}\s+(?:now\s+)?(?:uses|has deployed|deploys|rolled out|runs)\s+{s:OFF}\s+"
        r"(?:in|across|at)\s+(?:more than\s+|over\s+|all\s+|its\s+)*[\d,]+\s+"
        r"(?:stores|pharmacies|clinics|branches|outlets|locations|sites)\b",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-site-introduced-modifier",
        # 申报: a hospital files the product it uses for pricing or insurance (医保备案)
        r"{o:CARE}{c}(?:引进|引入|上线|部署|采购|启用|落地|应用|申报)的{C}[—\-–：:（(]*{C}{q}{s:OFF!}",
        (("deployedAt", "s", "o"),),
        0.7,
        anchor="s",
    ),
    Rule(
        "zh-site-builds-with-vendor",
        r"{o:CARE}{G}(?:构建|打造|搭建|上线|部署|推出|建设|引入)了?{C}{q}{s:OFF!}{C}[，,]?由{k}{p:ORGX}{g}"
        r"(?:承建|建设|开发|研发|提供|打造|实施|负责)",
        (("deployedAt", "s", "o"), ("partnersWith", "p", "o")),
        0.75,
        anchor="s",
    ),
    Rule(
        "zh-builds-sites-offering",
        # "X承建了Y医院的“智慧后勤一体化平台”": what X built runs at Y
        r"{p:ORGX}{g}(?:承建|建设|打造|搭建|交付|实施)了?{q}{o:CARE}的{q}{s:OFF!}",
        (("deployedAt", "s", "o"), ("develops", "p", "s")),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-deployed-including",
        r"{s:OFF}{G}(?:进驻|部署|落地|上线|入驻|覆盖|进入|服务|接入|(?<![的方要])应用|引入|投入使用)"
        r"(?:于|到|至|在)?{G}"
        r"(?:其中包括|包括|如|例如)"
        r"[：:]?{q}{o:SITE}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-deployed-to",
        r"{s:OFF}{G}(?:部署|落地|应用|上线|推广|覆盖)(?:于|到|至|在)[^\ue000\ue001]{0,4}?{q}{o:SITE}"
        r"(?![”\"]?(?:上|之上))",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-hosted-on-cloud",
        # "营养云脑…部署在腾讯云上", "平台运行在华为云上": a firm's cloud hosts it, no site
        r"{s:OFF}{G}(?:部署|运行|托管|搭建|构建|架设)(?:于|在)[^\ue000\ue001]{0,4}?{q}{o:ORGX}{q}"
        r"(?:上|之上|平台上)",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-landed-at-care",
        # "该产品已落地X医院", "已进驻Y医院": the offering went live at a care site
        r"{s:OFF}{G}(?:已|已经|正式|先后|陆续|率先)(?:落地|进驻|入驻)了?{q}{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-used-at-site",
        # "该模型已用于X医院的急性卒中分诊": in use at a care site
        r"{s:OFF}{G}(?:已|已经|目前|现已|正|均已)(?:被)?(?:用于|应用于|服务于){q}{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-enters-site",
        # "2025年，骨龄智评进入海州市妇幼保健院": an offering enters a care site
        r"{s:OFF}{G}(?:已|已经|先后|陆续|目前|现已|均已)?(?:进入|进驻|入驻|走进)了?{q}{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
        avoid_bases=True,
    ),
    Rule(
        "zh-in-use-at-site",
        # "骨准Q-BMD在青屿市中心医院的应用中": the offering's use at a care site
        r"{s:OFF}{h}在{q}{o:CARE}(?:的|中的)(?:应用|使用|部署|试点|落地|实践|临床应用|上线|{OFF})",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-site-is-user-of",
        # "X医院是Y模型的首家三甲医院用户": a site that uses the offering
        r"{o:CARE}{h}(?:是|为|成为)了?{q}{s:OFF}{q}的(?:首家|首批|第一家|第一批|首个|早期|重点)?"
        r"{k}(?:用户|客户|使用单位|应用单位)",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-site-uses-as-follows",
        # "X医院…开展筛查项目，使用的是Y公司研发的模型“Z”": what the site's own project uses
        r"{o:CARE}{C}[，,](?:所)?(?:使用|采用|应用|依托)的(?:是|为){C}{q}{s:OFF!}",
        (("deployedAt", "s", "o"),),
        0.7,
        solo=("o",),
    ),
    Rule(
        "zh-connected-to-site",
        r"{s:OFF}{G}(?:已|已经|正式|全面)?接入(?:了|到|至)?{q}{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-site-adopts-built-on",
        r"{o:CARE}{g}(?:上线|引入|部署|启用|采用|落地|接入)了?(?:基于|依托){q}{s:OFF}{q}(?:大模型|模型)?"
        r"(?:的|打造的|开发的|构建的)",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-site-adopts-offering-built-on",
        # "医院上线了基于DeepSeek-R1蒸馏模型的病历质控助手": the assistant runs at the hospital
        r"{o:CARE}{g}(?:上线|引入|部署|启用|采用|落地|接入)了?(?:基于|依托){q}{p:OFF}{q}"
        rf"(?:{_MODEL_NOUN})?(?:的|打造的|开发的|构建的){{C}}{{q}}{{s:OFF!}}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-site-and-partner-deploy",
        # 该院营养科与X合作，在体重管理门诊部署Y: where it is deployed may come between
        # "H与Y合作，上线了细胞治疗全链条追溯平台“Z”", "H则与Y合作，使用Z完成了4200人次咨询"
        r"{o:CARE}{g}(?:与|和|同|携手|联合){q}{ORG}{g}(?:合作|共同|联合)?(?:[，,]?(?:在|于|为){K})?"
        r"(?:部署|上线|引入|落地|应用|使用|采用|引进|启用)了?{k}"
        r"{q}{s:OFF!}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-site-agrees-to-deploy",
        # "IVI RMA Global signed a multi-year agreement with Ovanta Health to deploy EmbryoLens":
        # the site deploys it, the partner made it (a care site only: "a vendor signed a
        # partnership with X to roll out Y" goes the other way)
        r"{s:CLINIC}{E}\b(?:signed|inked|struck|reached|entered into)\b[^.;\ue000\ue001]{0,60}?"
        r"\b(?:agreement|deal|contract|partnership)\s+with\s+{p:ORG}[^.;\ue000\ue001]{0,40}?"
        r"\bto\s+(?:deploy|roll out|implement|adopt|install)\s+(?:its\s+|the\s+)?{o:OFF}",
        (("deployedAt", "o", "s"), ("develops", "p", "o")),
        0.75,
        solo=("s", "p"),
    ),
    Rule(
        "en-deployed-at",
        # not what it runs on ("X runs on NVIDIA GPUs and is in clinical use at Y": X is)
        r"(?<!\bon\s)(?<!\bon\sthe\s){s:OFF}{E}\b(?:deployed|installed|implemented|rolled out"
        r"|in use|live|used|adopted|piloted|running|runs|run|operates|in clinical use|validated"
        r"|trialled|trialed|tested"
        r"|evaluated|went live)\s+(?:at|in|across|(?<!\brun )(?<!\boperates )by)\s+"
        r"(?:the\s+|all\s+|\w+\s+)*?{o:SITE}",
        (("deployedAt", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-study-at-site-then-offering",
        # "In a 1,400-patient study at Cleveland Clinic, Compass cut readmissions by 31%", "At
        # West China Hospital, a shift agent built on X filled…": where it was tried, then it
        r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:(?:in|during)\s+(?:a|an|the|its)\s+"
        r"(?:[\w,-]+\s+){0,3}?(?:study|pilot|trial|evaluation|rollout|deployment|validation)\s+"
        r"(?:at|in|with)|at)\s+(?:the\s+)?{o:CARE}(?:\s*[（(][^）)]{1,60}[）)])?\s*,\s+{s:OFF}\s+"
        r"(?!is\b|was\b|and\b)[a-z]+",
        (("deployedAt", "s", "o"),),
        0.7,
        solo=("o",),
    ),
    Rule(
        "en-study-at-site-found-offering",
        # "A prospective study at Tidelake Eye Institute enrolled 1,240 patients and found that
        # TearMap cut the work-up": the site of the study, then what it found the offering did
        r"(?:^|(?<=[.;:]\s)|(?<=\n))(?:a|an|the|its)\s+(?:[\w,-]+\s+){0,3}?"
        r"(?:study|pilot|trial|evaluation|validation)\s+(?:at|in)\s+(?:the\s+)?{o:CARE}"
        r"[^.;:\ue000\ue001]{0,90}?\b(?:found|showed|shows|finds|reported)\s+that\s+"
        r"(?:the\s+)?{s:OFF}\s+[a-z]+",
        (("deployedAt", "s", "o"),),
        0.65,
        solo=("o",),
    ),
    Rule(
        "en-deployed-at-sites-including",
        # "It runs inside 85 hospitals, including Stonebriar Medical Center": a named one of
        # the counted sites
        r"{s:OFF}{E}\b(?:deployed|installed|implemented|in use|live|used|adopted|piloted"
        r"|running|runs|run)\s+(?:at|in|inside|across)\s+(?:more than\s+|over\s+|some\s+)?"
        r"[\d,]+\s+(?:[a-z-]+\s+){0,2}(?:hospitals|health systems|clinics|sites|centers|centres"
        r"|facilities|practices|pharmacies|labs|laboratories|{SEG}),?\s+(?:including|such as"
        r"|among them)"
        r"\s+(?:the\s+)?{o:SITE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-went-live-with-site",
        # "It went live with the Guangdong provincial CDC in March": the site took it up
        r"{s:OFF}{E}\b(?:went|goes|go|has gone)\s+live\s+with\s+(?:the\s+)?{o:SITE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-deployed-at-then-another",
        # "went live at A in 2024 and at B": the second site of the same offering
        r"{s:OFF}{E}\b(?:deployed|installed|implemented|rolled out|in use|live|used|adopted"
        r"|piloted|running|validated|went live)\s+(?:at|in|across)\s+"
        r"(?:the\s+|all\s+|\w+\s+)*?{o:SITE}[^.;:\ue000\ue001]{0,48}?,?\s(?:and|as well as)\s+"
        r"(?:later\s+|also\s+|then\s+)?(?:at|in)\s+(?:the\s+)?{p:SITE}",
        (("deployedAt", "s", "o"), ("deployedAt", "s", "p")),
        0.75,
    ),
    Rule(
        "en-rolled-out-x-at-site",
        # "the company rolled out FlowIQ at Brightwater Health System"
        r"\b(?:rolled out|rolls out|deployed|deploys|installed|installs|implemented|implements"
        r"|switched on|went live with)\s+(?:the\s+|its\s+|their\s+)?{s:OFF}\s+(?:first\s+)?"
        r"(?:at|in|across)\s+(?:the\s+|all\s+|\d+\s+)?{o:SITE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-trial-at-site-using",
        # "ran a 6-month pilot in 2024 at X using Y"
        rf"\b{_TRIAL_EN}{_WHEN_EN}\s+(?:at|in|across)\s+(?:the\s+)?{{o:CARE}},?\s+(?:using|with)\s+"
        r"(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-trial-of-at-site",
        # "a pilot of Y at X began in May"
        rf"\b{_TRIAL_EN}\s+of\s+(?:the\s+)?{{s:OFF}}{_WHEN_EN}\s+(?:at|in|across)\s+(?:the\s+)?"
        r"{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-result-at-site",
        # "FlowBoard cut average ED boarding time by 2.7 hours at Harlow Regional Health"
        r"{s:OFF}\s+(?:has\s+|have\s+)?(?:cut|reduced|saved|lowered|shortened|halved|improved|raised"
        r"|increased|freed up|sped up|boosted)\s+{x}\bat\s+(?:the\s+)?{o:CARE}",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-site-rollout-of",
        r"{o:SITE}{E}\b(?:rollout|roll-out|deployment|implementation|installation|adoption"
        r"|go-live)\s+of\s+{E}{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-rolled-out-to",
        r"{s:OFF}{E}\b(?:rolled out|expanded|extended|brought)\s+to\s+(?:the\s+|all\s+|\w+\s+)*?"
        r"{o:SITE}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-staff-at-site-use",
        r"\b(?:clinicians|doctors|physicians|radiologists|nurses|staff|teams?|pathologists"
        r"|cardiologists|surgeons)\s+(?:at|in|from|of)\s+(?:the\s+)?{o:CARE}{e}\b(?:use|uses"
        r"|used|are using|now use|have adopted|adopted|rely on|relied on)\s+(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-site-is-a-user",
        r"{o:CARE}{g}(?:是|为|成为)了?{q}{s:OFF}{q}的(?:首批|首家|第一批|首个|重要|核心|标杆|种子)?"
        r"(?:用户|客户|试点医院|落地医院|应用医院|示范医院|试点单位|应用单位)",
        (("deployedAt", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-site-is-a-user",
        r"{o:CARE}\s+(?:is|was|became|has become)\s+(?:one of\s+|among\s+)?(?:the|a|an)\s+"
        r"(?:first\s+|earliest\s+|early\s+|largest\s+|launch\s+|pilot\s+)?(?:users?|customers?"
        r"|adopters?|sites?)\s+(?:of|for)\s+(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-partner-to-deploy",
        r"\bwith\s+(?:the\s+)?{o:SITE}\s+to\s+(?:deploy|install|roll out|implement)\s+"
        r"(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-site-brings-in",
        r"{o:CARE}{G}(?:将|把){C}{s:OFF}{q}(?:引入|部署|应用|上线|接入|用于|嵌入|集成|纳入|整合|融入)",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-partner-deploys",
        r"(?:与|和|同){q}{o:CARE}{C}(?:合作|签约)?[，,]?(?:在|于)?[^\ue000\ue001，,。]{0,8}?(?:部署|上线|引入"
        r"|应用|落地)[^\ue000\ue001，,。]{0,8}?{q}{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.7,
        partner_subject=True,
    ),
    Rule(
        "en-site-deployed",
        r"{o:CARE}{E}\b(?:deployed|adopted|implemented|rolled out|is using|uses|installed|selected"
        r"|chose|went live with|is piloting|piloted)\s+(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.75,
        partner_subject=True,  # "went live with X": X is what went live, not a partner
    ),
    # ---- locatedIn ------------------------------------------------------------------------
    Rule(
        "zh-located-in",
        r"{s:ORG}{G}(?:总部(?:位于|设在|设于|设立于|坐落于|落户于?|在)|位于|坐落于|地处|落户|注册于"
        r"|注册地(?:为|在|位于)|扎根于?)[^\ue000\ue001]{0,4}?"
        r"{o:REG}",
        (("locatedIn", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-is-a-region-firm",
        r"{s:ORG}{g}(?:是|为|系)(?:一家|一所|一个)?[^\ue000\ue001，,。；;]{0,14}?的?{o:REG}"
        r"(?:本土|本地|当地)?(?:企业|公司|初创企业|科技公司|医院|机构|团队)",
        (("locatedIn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-region-before-org",
        r"{o:REG}(?:[^\ue000\ue001，,。；;：:“”\"（）()、\s]|\ue000\d+\ue002(?:UseCase|Segment"
        r"|Technology)\ue001){0,8}?{s:ORG}",
        (("locatedIn", "s", "o"),),
        0.65,
    ),
    Rule(
        "en-region-based",
        r"{o:REG}-based\s+(?:(?!of\b|from\b)[\w-]+\s+){0,2}?{s:ORG}",
        (("locatedIn", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-org-region-based",
        r"{s:ORG},?\s+(?:a|an|the)\s+{o:REG}-based\b",
        (("locatedIn", "s", "o"),),
        0.85,
        hedgeable=False,
    ),
    Rule(
        "en-apposition-region-kind",
        r"{s:ORG},\s+(?:a|an|the)\s+{o:REG}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?)?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:start-?up|company|firm|developer|maker|provider|vendor|group"
        r"|hospital|insurer|investor|fund|lab|laboratory|institute|university|unicorn|business)\b",
        (("locatedIn", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-apposition-in-region",
        r"{s:ORG}[*_]*,\s+(?:a|an|the|{ORG}['’]s)\s+{a}\b(?:in|from|out of|based in)\s+{o:REG}"
        r"\s*[,.;)]",
        (("locatedIn", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-is-a-kind-in-region",
        r"{s:ORG}\s+(?:is|was|remains)\s+(?:a|an|the)\s+{a}\b(?:in|from)\s+{o:REG}\s*[,.;)]",
        (("locatedIn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-org-region-in-brackets",
        r"{s:ORG}[*_\s]*[(（]\s*{o:REG}(?:\s*[,，]\s*(?:{REG}|[A-Z][\w.'’ -]{1,30}?))?\s*[)）]",
        (("locatedIn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "headquarters-in-brackets",
        r"{s:ORG}\s*[（(]\s*(?:总部|总部所在地|注册地|HQ|headquarters|headquartered in|based in)"
        r"\s*[：:]?\s*{o:REG}",
        (("locatedIn", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-regions-org",
        r"(?<![\w\ue001])(?:the\s+)?{o:REG}['’]s\s+{s:ORG}",
        (("locatedIn", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-site-in-region",
        r"{s:CARE}\s+(?:in|of)\s+{o:REG}(?:\s*,\s*{REG})?(?=\s*[,.;)]|\s+(?:has|have|had|is|was"
        r"|deployed|adopted|uses|used|went|began|started|said|reported|signed))",
        (("locatedIn", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-region-kind-org",
        r"\b(?:the|a|an)\s+{o:REG}(?:-based)?\s+(?:[\w-]+\s+){0,2}?(?:start-?up|company|firm"
        r"|developer|maker|provider|vendor|group|insurer|unicorn|specialist)\s+{s:ORG}",
        (("locatedIn", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-is-regions-firm",
        r"{s:ORG}{g}(?:是|为|系){o:REG}(?:的|本土的?|本地的?|当地的?)?(?:一家|一所|一个)",
        (("locatedIn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-fronted-headquarters",
        r"\b(?:headquartered|based|located)\s+in\s+{o:REG}(?:\s*,\s*{REG})?,\s+(?:the\s+)?{s:ORG}",
        (("locatedIn", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-founded-in",
        r"{s:ORG}{e}\b(?:founded|established|incorporated|started|set up)\s+in\s+{o:REG}",
        (("locatedIn", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-based-in",
        r"{s:ORG}{E}\b(?:based in|based out of|headquartered in|located in|headquarters in|hq in"
        r"|offices in|incorporated in)\s+{o:REG}",
        (("locatedIn", "s", "o"),),
        0.85,
    ),
    # ---- issuedBy / publishedBy / authoredBy ----------------------------------------------
    Rule(
        "zh-body-issues",
        rf"{{o:ORG}}{{G}}(?:联合|共同)?(?:{_ISSUE_ZH})了?(?:的)?[^\ue000\ue001]{{0,6}}?{{q}}{{s:DOC}}",
        (("issuer", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-entry-body-colon-document",
        # a digest's entry heading: "一、国家卫生健康委员会：《X方案》", "五、A B：《Y》"
        r"^[#*\s]*(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]\s*)?{q}{o:ORG}{q}"
        r"(?:\s*(?:、|和|与|及)?\s*{q}{ORG}{q})*\s*[：:]\s*{q}{s:DOC}{q}\s*$",
        (("issuer", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-issued-by",
        rf"{{s:DOC}}{{g}}(?:由|经){{q}}{{o:ORG}}{{G}}(?:{_ISSUE_ZH})",
        (("issuer", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-authored",
        rf"{{o:ORG}}{{G}}(?:{_AUTHOR_ZH})的?[^\ue000\ue001]{{0,6}}?{{q}}{{s:REP}}",
        (("authoredBy", "s", "o"),),
        0.85,
    ),
    Rule(
        "zh-authored-by",
        rf"{{s:REP}}{{g}}由{{q}}{{o:ORG}}{{G}}(?:{_AUTHOR_ZH}|完成)",
        (("authoredBy", "s", "o"),),
        0.85,
    ),
    Rule("zh-org-title", r"{o:ORG}\s?[《“\"]?{s:REP}", (("source", "s", "o"),), 0.6),
    Rule(
        "en-body-issues",
        r"{o:ORG}{e}\b(?:issued|issues|published|publishes|released|releases|unveiled|introduced"
        r"|adopted|enacted|finalized|finalised|launched|launches|set up|established)\s+"
        r"(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:(?:to|of|on)\s+(?:its|the|their)\s+)?"
        r"{q}{s:DOC}",
        (("issuer", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-body-its-document",
        r"^[^\ue000\ue001]{0,30}?{o:ORG}{E}\b(?:its|their)\s+(?:own\s+|new\s+|updated\s+)?{q}{s:POL}",
        (("issuer", "s", "o"),),
        0.65,
        hedgeable=False,
        subject_first=True,
    ),
    Rule(
        "en-body-possessive-policy",
        r"{o:GOV}['’]s?\s+(?:(?:new|updated|draft|final|revised|latest)\s+)?{q}{s:POL}",
        (("issuer", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-issued-by",
        r"{s:DOC}{e}\b(?:issued|published|released|enacted|adopted|introduced)\s+by\s+(?:the\s+)?"
        r"{o:ORG}",
        (("issuer", "s", "o"),),
        0.85,
    ),
    Rule(
        "en-authored-by",
        r"{s:REP}{e}\b(?:authored by|written by|prepared by|produced by|compiled by|by)\s+"
        r"(?:the\s+)?{o:ORG}",
        (("authoredBy", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-report",
        r"{o:ORG}['’]s?\s+(?:[\w-]+\s+){0,3}?{q}{s:REP}",
        (("source", "s", "o"),),
        0.6,
    ),
)

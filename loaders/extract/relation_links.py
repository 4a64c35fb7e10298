"""Links between organisations and offerings that other rule modules miss: partnerships stated
as joint work, offerings built on a model or trained on a dataset, units of a body, investors
named in passing. The rules are :class:`~.relation_engine.Rule` patterns like those of
:mod:`.relation_patterns`, kept here so that the catalogue there stays one kind of wording each.

- partnersWith: parties listed before a signing (``A、B签署战略合作协议``); one named the
  other's partner or provider (``A成为B的战略合作伙伴``, ``A为B的技术提供方``, ``A合作伙伴：B、C``,
  "A's clinical partner, B", "A works with 20 partners, including B"); joint work ("A, together
  with B,", "Working with B, A…", "co-developed with B", "A and B joined forces", "a joint
  venture of A and B", "A collaborated closely with B"); a hospital that pilots a tool with its
  maker ("B piloted the tool with A"); a firm brought in for work or signed up to use another's
  product ("A brought in B for assay work", "A signed an agreement to use Z, B's platform"); a
  sentence's topic that, after a clause naming someone else, goes on to work with another
  (``A获得X投资后，与B展开合作``), a partner described before its name (``与本地企业B共建``,
  ``与国内的B达成合作``), a topic's dated clause (``A是…，2025年与B建立合作``) and the founders of
  one body (``由A与B联合设立``);
- basedOn: an offering that carries, integrates or uses a model (``搭载``/``集成``/``采用``,
  "integrates", "combines … with", "Y-powered X", "a fine-tuned version of Y", "built atop Y",
  ``底座模型为Y``, ``核心能力来自Y``), or was trained on data taken from a dataset ("trained on
  40,000 notes from Y", ``训练数据来自Y``). Only models and datasets count as what these
  wordings build on;
- subsidiaryOf: "the Division of the Authority" (a unit by its head noun), a body's department
  (``X是Y的内设机构``, ``Y卫生健康委员会X处``), a company's fund or lab ("X's venture fund Y",
  "with X's Y participating", "Y, the AI lab of X", "Y, an X company", "Y, part of X", "Y is
  X's subsidiary", ``Y（X全资子公司）``, ``X投资设立的Y``), and a directory entry's
  (``Y：X控股子公司，…``, ``Y：由X与Z联合设立的…``);
- investsIn / fundedBy: the lead investor named before the round ("X led a Series A in Y",
  ``X参与了Y的B轮融资``), investors listed or described (``Y的投资方包括X``,
  ``Y引入X作为战略投资者``, "X is an investor in Y", "Y, a portfolio company of X", "Y counts
  X among its backers") and minority stakes (``Y其余30%股权由X持有``, "X holds a 15% stake
  in Y"; half or more makes a parent, which these rules leave alone).

Precision first: co-issuers of a document, an investor, a customer and "based in" are not
partners or bases; planning words halve a match's confidence as for every rule.
"""

from __future__ import annotations

from medatlas.loaders.extract.relation_engine import Rule

__all__ = ["LINK_RULES"]

# a class restriction narrower than a slot group: put it right before the slot it restricts
_MODEL_AHEAD = r"(?=\ue000\d+\ue002AIModel\ue001)"
_MODEL_OR_DATA_AHEAD = r"(?=\ue000\d+\ue002(?:AIModel|Dataset)\ue001)"
_DATA_AHEAD = r"(?=\ue000\d+\ue002Dataset\ue001)"
# up to 90 characters with offerings, concepts and places but no organisation's name
_NO_ORG_GAP = (
    r"(?:[^\ue000\ue001]|\ue000\d+\ue002(?:Platform|Product|AIModel|Dataset|UseCase|Segment"
    r"|Technology|Region)\ue001){0,90}?"
)
# the same within one clause (no comma, no semicolon), up to 50 characters
_NO_ORG_CLAUSE = (
    r"(?:[^\ue000\ue001,;]|\ue000\d+\ue002(?:Platform|Product|AIModel|Dataset|UseCase|Segment"
    r"|Technology|Region)\ue001){0,50}?"
)
# a name that opens its clause: not the object of a deal ("invested in X, together with Y")
_CLAUSE_OPENING = r"(?:^|[.;:,]\s*|\b(?:then|while|when|as)\s+)[\s*_>#-]*(?:the\s+)?"
# a first clause that names others too, but not one the topic only modifies ("X投资的Y")
_TOPIC_CLAUSE = r"(?:(?!的\ue000)[^\ue000\ue001，,。；;]|\ue000\d+\ue002\w+\ue001){0,40}?"
# the words of training data between "trained on" and where it came from: up to the first
# source a sentence names, and (greedy) up to the last ("… from X plus … from Y": X, then Y)
_DATA_WORD = (
    r"(?:[^\ue000\ue001;]|\ue000\d+\ue002(?:UseCase|Segment|Technology|Region|Dataset)\ue001)"
)
_DATA_WORDS = _DATA_WORD + "{0,160}?"
_DATA_WORDS_LAST = _DATA_WORD + "{0,160}"
_SENTENCE_LEAD = r"^[\s“”\"'*\-•·]*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?"

_ZH_SIGN = "签署|签订|签约|达成|缔结|建立"
_ZH_DEAL = (
    "达成|签署|签订|签约|建立|开展|展开|深化|启动|共建|合建|共同|联合|合作|携手|联手|结成|组建"
)
_ZH_PARTNER_NOUN = (
    r"(?:(?:战略|核心|重要|长期|独家|首家|首批|深度|全面|生态|技术|临床|科研)*合作(?:伙伴|方|单位"
    r"|医院|机构|企业|\ue000\d+\ue002Segment\ue001)|(?:技术支持|技术提供|技术服务|承建)(?:方|单位|商)"
    r"|(?:技术|承建)\ue000\d+\ue002Segment\ue001)"
)
_EN_JOINT_VERB = (
    r"co-developed|co-develops|co-develop|co-designed|co-designs|co-created|co-creates|co-built"
    r"|developed jointly|jointly developed|built jointly|jointly built|developed together"
    r"|built together|designed together"
)
_EN_ENLIST_VERB = (
    r"brought in|brings in|bringing in|enlisted|enlists|enlisting|engaged|engages|tapped|taps"
    r"|commissioned|commissions|contracted|hired|hires|retained|retains|onboarded|onboards"
)
_EN_AGREEMENT = r"agreements?|deals?|contracts?|licen[cs]es?|licensing deals?|subscriptions?"
_EN_PILOT_VERB = (
    r"piloted|pilots|piloting|trialled|trialed|trials|trialling|trialing|tested|tests|testing"
    r"|validated|validates|validating|evaluated|evaluates|co-evaluated|rolled out|rolls out"
    r"|implemented|implements|deployed|deploys"
)
_EN_CARRY_VERB = (
    r"integrates|integrated|integrating|incorporates|incorporated|incorporating|embeds|embedded"
    r"|combines|combined|combining|uses|used|using|leverages|leveraged|leveraging|wraps|wrapped"
    r"|runs|is running"
)
_EN_TRAIN_VERB = r"pre-?trained|trained|fine-?tuned|tuned|adapted|post-trained|further trained"
_ZH_CARRY = "搭载|集成|内置|内嵌|嵌入|融合|融入|调用|整合|采用|运用|利用|使用"
_ZH_UNIT_NOUN = (
    "内设机构|内设部门|直属单位|直属机构|下属单位|下属部门|派出机构|职能部门|职能处室|处室|业务处室"
    "|二级机构|内设处室"
)
_EN_FUND_NOUN = (
    r"(?:corporate\s+)?(?:venture|VC|investment|strategic investment|innovation)\s+"
    r"(?:capital\s+)?(?:arm|fund|unit|division|vehicle)"
)
_EN_INVESTING = (
    r"(?:also\s+)?(?:participating|participated|joining|joined|investing|invested|co-investing"
    r"|co-invested|led|co-led|contributing|contributed)\b"
)
# a controlling shareholder (控股股东, 第一大股东) is a parent, not an investor
_ZH_INVESTOR_NOUN = "投资方|投资机构|投资人|出资方|资方|(?<!控股)(?<!大)股东|投资者"
_ZH_INVEST_VERB = "参与|参投|领投|跟投|主导|独家投资|联合领投|追加投资"
_EN_INVESTOR_NOUN = r"investors?|backers?|early backers?|lead investors?|financial backers?"
# up to two words before a head noun, concepts included ("the AI lab of")
_EN_WORDS2 = r"(?:(?:[\w-]+|\ue000\d+\ue002(?:Technology|UseCase|Segment)\ue001)\s+){0,2}?"
_EN_UNIT_NOUN = (
    r"lab|laboratory|research arm|innovation arm|research unit|research centre|research center"
    r"|innovation centre|innovation center|innovation lab|digital health arm|health arm|AI arm"
)
# a stake below half: an investor's, not a parent's (a parent holds 控股/majority)
_MINORITY_PCT = r"(?<![\d.])(?:[1-4]?\d(?:\.\d+)?)\s?[%％]"
_EN_ROUND = (
    r"(?:series\s+[a-f]\d?\+?(?:\s+(?:round|financing|funding|extension))?"
    r"|(?:seed|pre-seed|angel|growth|bridge)\s+(?:round|financing|funding|extension)"
    r"|round|financing|funding|investment|raise)"
)

_PARTNER_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-listed-parties-sign",
        rf"{{s:ORG}}{{q}}、{{q}}{{o:ORG}}{{q}}(?:双方|三方|等)?(?:正式|共同|联合)?(?:{_ZH_SIGN})了?{{k}}"
        r"(?:战略)?合作",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-is-partner-of",
        rf"{{s:ORG}}{{g}}(?<![不非])(?:是|为|系|成为|作为|入选|被列为|被确定为)了?{{q}}{{o:ORG}}{{k}}的?{{k}}"
        rf"{_ZH_PARTNER_NOUN}",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-topic-partners-after-a-clause",
        # "A获得X投资后，与B展开合作": A, the sentence's topic, works with B (X only invested)
        rf"{_SENTENCE_LEAD}{{s:ORGX}}{_TOPIC_CLAUSE}[，,；;][^\ue000\ue001，,。；;]{{0,8}}?"
        rf"(?<![由被])(?:与|和|同|跟){{q}}{{o:ORG}}{{c}}(?:{_ZH_DEAL})(?!投资|出资|注资|领投|跟投)",
        (("partnersWith", "s", "o"),),
        0.7,
        solo=("s",),
    ),
    Rule(
        "zh-partners-named-after-noun",
        # "X合作伙伴：A、B", "X的主要合作医院有A、B"
        rf"{{s:ORGX}}{{k}}的?(?:主要|核心|重点|部分)?{{k}}{_ZH_PARTNER_NOUN}"
        r"(?:(?:包括|有|为|是|涵盖)[：:]?|[：:])\s*{q}{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-and-joined-forces",
        r"{s:ORG}\s+(?:and|&)\s+(?:the\s+)?{o:ORG}{e}\b(?:have\s+|has\s+|had\s+|will\s+)?"
        r"(?:joined forces|join forces|teamed up|team up|linked up|link up|worked together"
        r"|work together|are working together|have been working together|are partnering"
        r"|co-founded a joint|formed a joint|set up a joint|established a joint)\b",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-joint-venture-of",
        r"\bjoint venture\s+(?:of|formed by|set up by|owned by)\s+(?:the\s+)?{s:ORG}\s+(?:and|&)\s+"
        r"(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-worked-closely-with",
        r"{s:ORG}{x}\b(?:partnered|partners|partnering|collaborated|collaborates|collaborating"
        r"|worked|works|working|cooperated|cooperates|cooperating)\s+(?:closely|directly|jointly"
        r"|extensively|hand in hand|side by side)\s+with\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-together-with",
        _CLAUSE_OPENING
        + r"{s:ORG}\s*,\s*(?:together|along|jointly)\s+with\s+(?:the\s+)?{o:ORG}\s*,",
        (("partnersWith", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-fronted-together-with",
        r"(?:^|[.;:]\s+)[\s*_>#-]*(?:Together|Jointly|In partnership|In collaboration|Working"
        r"|Partnering|Collaborating|Teaming up)\s+with\s+"
        r"(?:the\s+)?{o:ORG}\s*,\s*(?:the\s+)?{s:ORG}",
        (("partnersWith", "s", "o"),),
        0.75,
        partner_subject=True,  # the list "B, A" after "with" does not govern A
    ),
    Rule(
        "en-co-developed-with",
        rf"{{s:ORG}}{_NO_ORG_GAP}\b(?:{_EN_JOINT_VERB})\b{_NO_ORG_CLAUSE}\bwith\s+(?:the\s+)?"
        r"{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-co-developed-with-by",
        rf"\b(?:{_EN_JOINT_VERB})\s+with\s+(?:the\s+)?{{o:ORG}}\s+by\s+(?:the\s+)?{{s:ORG}}",
        (("partnersWith", "s", "o"),),
        0.75,
        partner_subject=True,
    ),
    Rule(
        "en-site-pilots-with-vendor",
        # "Beta Hospital piloted the scribe with Acme": the hospital works with the vendor
        rf"{{s:CARE}}{_NO_ORG_CLAUSE}\b(?:{_EN_PILOT_VERB})\b{_NO_ORG_CLAUSE}"
        r"\b(?:together\s+)?with\s+(?:the\s+)?{o:ORGX}(?!['’])",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-partners-including",
        rf"{{s:ORGX}}{_NO_ORG_GAP}\b(?:partners|collaborators|partner organi[sz]ations"
        r"|partner hospitals|partner institutions)\s*,?\s+"
        r"(?:including|such as|like|among them|notably)\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-owners-partner-named",
        r"{s:ORG}(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?partner\s*,?\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-brought-in-for-work",
        # "X brought in Y for assay work", "X enlisted Y to run the trial"
        rf"{{s:ORG}}{{x}}\b(?:{_EN_ENLIST_VERB})\s+(?:the\s+)?{{o:ORG}}\s*(?:\([^()]{{0,40}}\)\s*)?"
        r"(?:for|to)\b",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-signed-to-use-owners-offering",
        # "X signed a multi-year agreement to use Z, Y's platform": X and Y work together
        rf"{{s:ORG}}{{x}}\b(?:signed|inked|struck|sealed|entered into)\s+(?:a|an|its|their)\s+"
        rf"(?:[\w$.,-]+\s+){{0,4}}?(?:{_EN_AGREEMENT})\s+(?:to\s+(?:use|deploy|license|access"
        r"|adopt|roll out)\s+|for\s+)(?:the\s+)?{OFF}\s*,\s*(?:the\s+)?{o:ORGX}['’]s?\s",
        (("partnersWith", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-teamed-with",
        r"{s:ORG}{x}\b(?:teamed|teams|teaming|paired|pairs|linked up|links up|has teamed)"
        r"\s+with\s+(?:the\s+)?{o:ORG}",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
)

_BASE_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-offering-carries-model",
        rf"{{s:OFF}}{{G}}(?:{_ZH_CARRY})了?{{k}}{{q}}{_MODEL_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-training-data-from",
        r"{s:OFF}{G}(?:训练数据|训练语料|训练集|预训练数据|微调数据|数据)(?:主要)?(?:来自|来源于|源自|取自"
        rf"|采用|使用)(?:于)?[^\ue000\ue001，,。；;]{{0,6}}?{{q}}{_DATA_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-offerings-base-model-is",
        r"{s:OFF}{G}的?(?:底座|基座|底层|基础|基模)(?:大模型|模型)?(?:为|是|采用|选用|使用)[：:]?{q}"
        rf"{_MODEL_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-version-of-model",
        r"{s:OFF}{x}\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:version|variant|derivative|fine-tune"
        rf"|adaptation|distillation|distilled version)\s+of\s+(?:the\s+)?{_MODEL_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-model-powered-offering",
        rf"{_MODEL_AHEAD}{{o:OFF}}[‐-](?:powered|based|driven|enabled)\s+(?:the\s+)?{{s:OFF}}",
        (("basedOn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-offering-carries-model",
        rf"{{s:OFF}}{{x}}\b(?:{_EN_CARRY_VERB})\s+(?:[^\ue000\ue001.;]{{0,60}}?\bwith\s+)?"
        rf"(?:the\s+|a\s+|an\s+|its\s+)?(?:{{ORG}}['’]s?\s+)?{_MODEL_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-trained-on-data-from-last",
        rf"{{s:OFF}}{{x}}\b(?:{_EN_TRAIN_VERB})\s+(?:on|with|using)\b{_DATA_WORDS_LAST}"
        rf"\b(?:from|of|in|drawn from|taken from)\s+(?:the\s+)?{_MODEL_OR_DATA_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-fronted-built-on",
        r"(?:^|[.;:]\s+)[\s*_>#-]*(?:Built|Based|Trained|Fine-tuned|Running|Powered)\s+"
        r"(?:on|upon|atop|from|by)\s+(?:the\s+|a\s+|an\s+)?{o:OFF}[^\ue000\ue001.;]{0,40}?,\s*"
        r"(?:the\s+)?{s:OFF}",
        (("basedOn", "s", "o"),),
        0.75,
    ),
    Rule(
        "en-built-atop",
        r"{s:OFF}{x}\b(?:built|builds|running|runs|sits|sitting|layered)\s+(?:directly\s+)?atop"
        r"\s+(?:the\s+|a\s+|an\s+)?{o:OFF}",
        (("basedOn", "s", "o"),),
        0.8,
    ),
    Rule(
        "en-trained-on-data-from",
        rf"{{s:OFF}}{{x}}\b(?:{_EN_TRAIN_VERB})\s+(?:on|with|using)\b{_DATA_WORDS}"
        rf"\b(?:from|of|in|drawn from|taken from)\s+(?:the\s+)?{_MODEL_OR_DATA_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.7,
    ),
)

_UNIT_RULES: tuple[Rule, ...] = (
    Rule(
        "en-unit-of-body",
        # "the Device Evaluation Division of the Authority": unitOf holds for unit names only
        r"{s:ORG}\s+(?:of|at|within)\s+(?:the\s+)?{o:ORG}(?!['’])",
        (("unitOf", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-internal-unit-of",
        rf"{{s:ORG}}{{g}}(?:是|为|系|作为)了?{{q}}{{o:ORG}}{{k}}的?(?:{_ZH_UNIT_NOUN})",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-body-and-its-unit",
        # "某卫生健康委员会医政医管处": a body's name right before one of its departments
        r"{o:GOV}(?=\ue000\d+\ue002Organization\ue001){s:ORG}(?![、和与及])",
        (("subsidiaryOf", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-lab-of",
        rf"{{s:ORG}}\s*(?:,|\bis|\bwas)\s+(?:the|a|an|its)\s+{_EN_WORDS2}"
        rf"(?:{_EN_UNIT_NOUN})\s+of\s+(?:the\s+)?{{o:ORG}}",
        (("subsidiaryOf", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-set-up-by",
        r"{o:ORGX}(?:所|共同|联合|投资|出资|全资)?(?:成立|设立|组建|创办|创建|筹建)的{q}{s:ORG}",
        (("subsidiaryOf", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
    Rule(
        "en-a-parents-company",
        r"{s:ORG}\s*,\s+(?:a|an)\s+{o:ORGX}\s+(?:company|subsidiary|business|unit)\b",
        (("subsidiaryOf", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-part-of",
        r"{s:ORG}\s*,\s+(?:(?:itself|also)\s+)?(?:part|a part|a unit|a division)\s+of\s+(?:the\s+)?"
        r"{o:ORG}(?!\s+(?:consortium|alliance|network|coalition|initiative|programme|program"
        r"|project|cohort)\b)",
        (("subsidiaryOf", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-is-parents-subsidiary",
        r"{s:ORG}\s+(?:is|was|became|has become|remains)\s+(?:now\s+)?{o:ORG}['’]s?\s+"
        r"(?:wholly[- ]owned\s+|majority[- ]owned\s+|fully[- ]owned\s+)?(?:subsidiary|unit|division"
        r"|arm|affiliate)\b",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-subsidiary-in-brackets",
        r"{s:ORG}[（(]\s*(?:系|为|是)?{q}{o:ORG}{h}的?(?:全资|控股)?(?:子公司|孙公司|分公司|旗下公司"
        r"|下属公司|下属单位|附属医院)",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-venture-fund-of",
        rf"{{o:ORGX}}['’]s?\s+{_EN_FUND_NOUN}\s*,?\s+(?:the\s+)?{{s:ORGX}}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-fund-apposition-of",
        rf"{{s:ORGX}}\s*,\s*(?:the|a|an|its)\s+{_EN_FUND_NOUN}\s+of\s+(?:the\s+)?{{o:ORGX}}",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-owners-fund-invests",
        # "with Microsoft's M12 participating": a company's own investing arm
        rf"{{o:ORGX}}['’]s\s+{{s:ORGX}}\s+{_EN_INVESTING}",
        (("subsidiaryOf", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
)

_FUNDING_RULES: tuple[Rule, ...] = (
    Rule(
        "en-led-named-round-in",
        rf"{{s:ORG}}[^\ue000\ue001,;]{{0,40}}?\b(?:led|co-led|participated in|joined|backed)\s+"
        rf"(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w$.,-]+\s+){{0,3}}?{_EN_ROUND}\s+(?:of|in|for|into)"
        r"\s+(?:the\s+)?{o:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.85,
    ),
    Rule(
        "en-investor-in",
        rf"{{s:ORG}}\s*(?:,|\bis|\bwas|\bhas been|\bremains)\s+(?:an?|the|one of the|among the)\s+"
        rf"{_EN_WORDS2}(?:{_EN_INVESTOR_NOUN})\s+(?:in|of|behind)\s+(?:the\s+)?{{o:ORG}}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-portfolio-company-of",
        r"{o:ORG}\s*(?:,|\bis|\bwas)\s+(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?"
        r"portfolio compan(?:y|ies)\s+of\s+(?:the\s+)?{s:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-joined-round-of",
        rf"{{s:ORG}}{{h}}(?:{_ZH_INVEST_VERB})了?{{q}}{{o:ORG}}(?:{{q}}的)?"
        r"[^\ue000\ue001，,。；;]{0,12}?(?:融资|投资|增资)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
    ),
    Rule(
        "zh-brings-in-investor",
        r"{o:ORGX}{g}(?:引入|引进|迎来)了?{q}{s:ORG}{k}(?:作为|成为|为)?{k}(?:战略|新|外部)?"
        r"(?:投资者|投资方|投资人|股东)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
    ),
    Rule(
        "en-counts-among-investors",
        r"{o:ORG}\s+counts\s+(?:the\s+)?{s:ORG}(?:{E})?\s+among\s+(?:its|their)\s+(?:[\w-]+\s+)?"
        r"(?:investors|backers|shareholders)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "en-owners-investors-include",
        r"{o:ORG}(?:['’]s?\s+|{x}\b(?:its|their)\s+)(?:[\w-]+\s+)?(?:investors|backers"
        r"|shareholders)\s+(?:include|includes|included|including|are|such as)\s+(?:the\s+)?"
        r"{s:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-minority-stake-held-by",
        # "X其余30%股权由Y持有": Y holds a minority stake in X
        rf"{{o:ORG}}{{k}}(?:其余|剩余|另外|另有)?的?{_MINORITY_PCT}的?(?:股权|股份)(?:由|为){{q}}{{s:ORG}}"
        r"(?:{q}[、和与及]{q}{ORG})*{h}(?:持有|所持|持股)",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-holds-minority-stake",
        rf"{{s:ORG}}{{h}}(?:持有|持股|持)了?{{q}}{{o:ORG}}{{k}}的?{_MINORITY_PCT}的?(?:股权|股份)?",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "en-holds-minority-stake",
        rf"{{s:ORG}}{{e}}\b(?:holds|held|owns|owned|has|had|took|takes|acquired|bought)\s+(?:a|an)\s+"
        rf"(?:{_MINORITY_PCT}|minority|small|minor)\s+(?:equity\s+)?(?:stake|interest|holding)\s+in\s+"
        r"(?:the\s+)?{o:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.75,
    ),
    Rule(
        "zh-investors-listed",
        rf"{{o:ORGX}}{{g}}的?(?:主要|现有|早期|知名)?(?:{_ZH_INVESTOR_NOUN})(?:包括|包含|有|为|是|涵盖)"
        r"[：:]?{q}{s:ORG}",
        (("investsIn", "s", "o"), ("fundedBy", "o", "s")),
        0.8,
        hedgeable=False,
    ),
)

# a partner described before its name: "与本地企业X共建", "与国内的X达成战略合作", "与海外公司X"
_ZH_PARTNER_DESCRIPTOR = (
    r"(?:[^\ue000\ue001，,。；;：:]{0,6}?(?:企业|公司|医院|机构|高校|大学|团队|厂商|伙伴)"
    r"|(?:国内|国外|海外|本地|当地|省内|市内|知名|头部)的?)"
)
_ZH_JOINT_WORK = "达成|签署|签订|签约|建立|开展|共建|合建|共同|联合|合作|携手|联手|结成"
# what gives an offering its abilities: "Y的核心能力来自公司自研的“X”大模型"
_ZH_ABILITY = "核心能力|核心技术|底层能力|底层技术|AI能力|智能能力|能力|技术底座"

_GENRE_RULES: tuple[Rule, ...] = (
    Rule(
        "zh-partner-with-described",
        # one clause: "推动A与本地企业B共建示范病区"; not "获得X投资后，与Y"
        r"(?<![获得受由被与同跟]){s:ORG}[^\ue000\ue001，,。；;]{0,12}?(?:与|和|同|跟)"
        rf"{_ZH_PARTNER_DESCRIPTOR}{{q}}{{o:ORG}}{{c}}(?:{_ZH_JOINT_WORK})(?!投资|出资|注资|领投|跟投)",
        (("partnersWith", "s", "o"),),
        0.8,
    ),
    Rule(
        "zh-partner-in-dated-clause",
        # "X是A的合作伙伴，2025年与海外公司B建立战略合作关系": the sentence's topic works with B
        r"{s:ORG}{G}[，,；;](?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?)[，,]?(?:又|还|也|再)?"
        rf"(?:与|和|同|跟)(?:{_ZH_PARTNER_DESCRIPTOR})?{{q}}{{o:ORG}}{{c}}(?:{_ZH_JOINT_WORK})"
        r"(?!投资|出资|注资|领投|跟投)",
        (("partnersWith", "s", "o"),),
        0.75,
    ),
    Rule(
        "zh-jointly-set-up-by",
        # "由A与B于2022年联合设立的研究院": the two founders work together
        r"由{q}{s:ORG}{h}(?:与|和|同){q}{o:ORG}{g}(?:联合|共同)(?:设立|组建|创办|发起成立|筹建|举办"
        r"|成立)",
        (("partnersWith", "s", "o"),),
        0.75,
        solo=("s", "o"),
    ),
    Rule(
        "zh-ability-from-model",
        rf"{{s:OFF}}{{G}}(?:{_ZH_ABILITY})(?:主要)?(?:来自|来源于|源自|基于|依托|依托于)"
        r"(?:公司|其|旗下|自家)?(?:自研|自主研发)?的?{q}"
        rf"{_MODEL_AHEAD}{{o:OFF}}",
        (("basedOn", "s", "o"),),
        0.75,
        hedgeable=False,
    ),
    Rule(
        "zh-profile-subsidiary",
        # "X：Y控股子公司，主营…" (a member list or directory entry)
        r"^[\s*#>\-•·]*{s:ORG}[\s*”\"]*[：:]{q}{o:ORG}{h}的?(?:全资|控股|直属)?(?:子公司|孙公司|分公司"
        r"|下属公司|下属单位|附属医院|旗下公司|旗下企业)",
        (("subsidiaryOf", "s", "o"),),
        0.8,
        hedgeable=False,
    ),
    Rule(
        "zh-profile-set-up-by",
        # "X：由A与B于2022年联合设立的新型研发机构"
        r"^[\s*#>\-•·]*{s:ORG}[\s*”\"]*[：:，,](?:是|系|为)?由{q}{o:ORG}"
        r"(?:[^\ue000\ue001，,。；;]{0,4}?(?:与|和|、|及){q}\ue000\d+\ue002\w+\ue001)*"
        r"[^\ue000\ue001，,。；;]{0,12}?(?:联合|共同|出资|投资)?(?:设立|组建|创办|发起成立|筹建|举办)",
        (("subsidiaryOf", "s", "o"),),
        0.7,
        hedgeable=False,
    ),
)

LINK_RULES: tuple[Rule, ...] = (
    *_PARTNER_RULES,
    *_BASE_RULES,
    *_UNIT_RULES,
    *_FUNDING_RULES,
    *_GENRE_RULES,
)

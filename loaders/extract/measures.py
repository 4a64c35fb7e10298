"""Choose what a number measures: a concept of ``ontology/vocab/measures.ttl``.

Three kinds of evidence, all read from the words around the number:

- **labels**: every ``skos:prefLabel``/``skos:altLabel`` of a measure (``采用率``, ``CAGR``,
  ``market share``...) is a cue for it;
- **lexicon**: a small table of generic keywords and phrases (``融资``, ``raised``, ``估值``,
  ``X%的受访者``, a counted noun such as ``家医院``) for the measures reports name indirectly;
- **change statements**: a number right after a verb of change (``降低28%``, ``cut ... by
  30%``) measures a change of the noun it speaks of (cost -> cost reduction, time -> time
  saved, efficiency -> efficiency improvement...).

A cue only counts if the measure can take the number's kind (a percentage cannot be a
market size). Among the cues of a clause the strongest and then the nearest wins, and a more
specific measure that the words also name (a descendant in ``skos:broader``) refines it. With
no cue, a percentage is a ``proportion``, an amount of money a ``monetary-measure``, a count a
``count``, a length of time a ``duration``; a unit-less number without a cue is not a figure
(``None``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

import ahocorasick

from medatlas.graph.vocabulary import read_concepts
from medatlas.loaders.extract.folding import fold
from medatlas.loaders.extract.numbers import noun_head

__all__ = ["MEASURE_BASE", "MeasureChoice", "MeasureVocabulary", "measure_vocabulary"]

MEASURE_BASE = "https://w3id.org/medatlas/vocab/measure/"

# Which kinds of number each branch of the hierarchy can take (inherited by descendants).
_KINDS: dict[str, frozenset[str]] = {
    "proportion": frozenset({"percent"}),
    "market-size": frozenset({"money"}),
    "growth-rate": frozenset({"percent"}),
    "percentage-point-change": frozenset({"points"}),
    "count": frozenset({"count"}),
    "model-performance": frozenset({"percent", "scalar"}),
    "correlation-coefficient": frozenset({"scalar"}),
    "time-measure": frozenset({"duration"}),
    "time-saved": frozenset({"duration", "percent"}),
    "monetary-measure": frozenset({"money"}),
    "rd-expense-ratio": frozenset({"percent"}),
    "it-investment-ratio": frozenset({"percent"}),
    "return-on-investment": frozenset({"percent", "multiple"}),
    "cost-reduction": frozenset({"money", "percent"}),
    "efficiency-measure": frozenset({"percent"}),
    "efficiency-improvement": frozenset({"percent", "multiple"}),
    "fold-change": frozenset({"multiple"}),
}
_FALLBACK = {
    "percent": "proportion",
    "points": "percentage-point-change",
    "money": "monetary-measure",
    "duration": "duration",  # "试点期为18个月", "ran for 9 months": a length of time stated
}
_FALLBACK_COUNT = "count"
_FALLBACK_MULTIPLE = "fold-change"

# Labels the lexicon reads instead (a valuation stays a valuation in a sentence about revenue
# or a round; as labels they would give way to the sentence's earlier measure).
_LEXICON_LABELS = frozenset({"估值", "市值", "valuation", "market capitalisation"})
# Labels too vague to name a measure on their own.
_VAGUE_LABELS = frozenset(
    {"number", "time", "return", "error", "growth", "yield", "money", "share", "coverage"}
    | {"percentage", "counts", "count", "price", "fee", "sales", "costs", "cost", "time taken"}
)


@dataclass(frozen=True)
class MeasureChoice:
    """The chosen measure, where its cue is in the context, and how it was found.

    ``source`` is ``label``, ``lexicon``, ``noun``, ``population``, ``change``, ``inherited``
    or ``fallback``; ``negate`` is True when a growth measure was stated as a fall
    (``同比下降12%`` is a growth rate of -12); ``population`` when the number is a share of a
    population it names (``70%的受访者``, ``58% of clinicians said``).
    """

    slug: str
    cue_start: int | None
    cue_end: int | None
    source: str
    negate: bool = False
    weight: int = 3
    population: bool = False

    @property
    def iri(self) -> str:
        """The measure concept's IRI."""
        return MEASURE_BASE + self.slug

    @property
    def from_cue(self) -> bool:
        """True when words of the text named the measure (not a default)."""
        return self.source not in ("fallback", "inherited")


@dataclass(frozen=True)
class _Cue:
    slug: str
    start: int
    end: int
    weight: int
    source: str


# ---- the generic lexicon -----------------------------------------------------------------------
# (measure slug, weight, pattern on folded text). Weight 3 names the measure, 2 is a strong
# keyword, 1 a weak one. Patterns are generic report language, not phrases of one report.
_LEXICON: tuple[tuple[str, int, str], ...] = (
    ("market-size", 2, r"市场规模|市场空间|市场容量|行业规模|\bmarket\b(?! share)"),
    ("potential-market-size", 3, r"潜在市场|可及市场|addressable market"),
    ("cagr", 3, r"\bcagr\b|复合(?:年)?(?:均)?增长率|年复合|compound annual|年均(?:增长|增速|增幅)"),
    (
        "growth-rate",
        2,
        r"同比|环比|增速|增幅|增减|比上年|较上年|较去年|year[ -](?:on|over)[ -]year|\byoy\b|"
        r"growth rate|% change|change \(%\)",
    ),
    (
        "market-share",
        3,
        r"市场份额|市场占有率|市场占比|份额|share of (?:the |its )?(?:\w+ )?market",
    ),
    ("market-share", 2, r"%\s?(?:market )?share\b|\bleads? with\b"),
    ("penetration-rate", 3, r"渗透率|普及率|penetration"),
    ("coverage-rate", 2, r"覆盖率|覆盖|\bcover(?:s|ed|age)?\b"),
    ("proportion", 2, r"占比|比例|比重|占据|\bproportion\b|accounting for|accounted for|share of"),
    ("import-share", 3, r"进口率|进口占比|\bimport"),
    ("localization-rate", 3, r"国产化率|国产替代率|国产占比"),
    ("adoption-rate", 2, r"采用率|应用率|\badoption\b"),
    ("adoption-rate", 3, r"部署比例|部署率|使用比例|应用比例|deployment rate|share deploying"),
    ("utilization-rate", 3, r"使用率|调用率|usage rate|utili[sz]ation"),
    ("accuracy", 3, r"准确率|准确度|准确性|正确率|\baccuracy\b"),
    # agreement with a reference reader or diagnosis (诊断符合率, "agreement with radiologists")
    ("accuracy", 2, r"符合率|一致率|一致性|concordance|\bagreement with\b"),
    ("sensitivity", 3, r"敏感度|敏感性|灵敏度|召回率|\bsensitivity\b|\brecall\b"),
    ("specificity", 3, r"特异度|特异性|\bspecificity\b"),
    ("auc", 3, r"\bauc\b|\bauroc\b"),
    ("f1-score", 3, r"\bf1(?:[- ]?score)?\b|f1(?:值|分数|得分)|\bf-measure\b"),
    ("detection-rate", 3, r"检出率|筛出率|detection rate"),
    ("missed-diagnosis-rate", 3, r"漏诊率|漏检率|误诊率|miss rate|misdiagnosis"),
    (
        "rd-expense-ratio",
        3,
        r"研发(?:投入|费用|支出).{0,8}(?:占|比例|比重|率)|r&d.{0,24}of (?:revenue|sales)",
    ),
    ("revenue", 2, r"营收|营业收入|收入|销售额|营业额|\brevenues?\b|\bsales\b|\bturnover\b"),
    (
        "financing-amount",
        2,
        r"融资|募资|募集|领投|跟投|\braised?\b|\braising\b|\bfunding\b|"
        r"\bfinancing\b|\bseries [a-z]\b|\bround\b|"
        # a named round: 天使轮, Pre-A轮, B+轮, 战略轮
        r"(?:天使|种子|战略|pre-?[a-f]\+{0,2}|(?<![a-z])[a-f]\+{0,2})轮",
    ),
    # a round named by its stage, money put into a firm's new capital: "$3M seed", 认购, 增资
    (
        "financing-amount",
        3,
        r"\b(?:pre-?)?seed(?:\s+(?:round|extension))?\b|\bseries [a-f]\b|认购|增资(?!前|后)",
    ),
    # what one use of a service costs: "$930 per analysis", 每例收费
    (
        "price",
        2,
        r"\bper (?:scan|study|test|analysis|exam|read|report|use|seat|licen[cs]e|image|slide)\b"
        r"|每例|每次|每人次",
    ),
    # what a patient or a member pays for a while or a course: 每人每月30元, 单疗程支付标准,
    # "$50 per patient per month", 月费, 注册费
    (
        "price",
        2,
        r"\bper (?:patient|member|person|user|participant|subscriber)\b|每人每[月年]|每月每人"
        r"|支付标准|收费标准|报销上限|月费|年费|注册费|配送费|早鸟价|定价",
    ),
    # a grant is money a firm or lab receives: a $1.8 million grant, 获得基金会资助
    ("financing-amount", 2, r"\bgrants?\b|资助"),
    # a firm that received an investment: 获得某基金独家投资8000万元, 获投
    ("financing-amount", 2, r"获得?[^，,。；;]{0,16}?投资|获投"),
    (
        "monetary-measure",
        3,
        r"估值|市值|valuation|valued (?:the company )?at|post-money|pre-money|market cap",
    ),
    # a fine a rule sets: 罚款最高500万元, fines can reach EUR 15 million
    ("monetary-measure", 3, r"罚款|罚金|\bfines?\b|\bfined\b|\bpenalt(?:y|ies)\b"),
    ("net-profit", 3, r"净利润|归母净利|净利(?!率)|净亏损|\bnet (?:profit|income|earnings|loss)\b"),
    ("net-profit", 2, r"利润(?!率)"),
    ("gross-margin", 3, r"毛利率|gross (?:profit )?margin"),
    ("net-margin", 3, r"净利率|净利润率|net (?:profit )?margin"),
    ("price", 3, r"中标金额|合同金额|成交金额|中标价|contract (?:value|amount|worth)"),
    # what a buyer pays for a firm or a stake: 以1.35亿元现金收购, acquired for $96 million
    ("price", 2, r"收购|并购|\bacquir(?:e|ed|es|ing)\b|\bacquisition\b|\b(?:buy|buys|bought)\b"),
    # money a team or firm is given: "X receives $3.2 million to validate…", 获得…资金支持
    ("financing-amount", 1, r"\breceives?\b|\breceived\b|\bawarded\b|获得[^，,。；;]{0,8}?资金"),
    # what a deal is worth or pays: "a deal with X worth $27M", "$12M upfront", 首付款
    ("price", 3, r"\b(?:deal|contract|agreement)\b[^,;.]{0,60}?\bworth\b"),
    (
        "monetary-measure",
        2,
        r"\bupfront\b|\bmilestone payments?\b|\bin milestones\b|首付款|里程碑付款",
    ),
    # how much data a model learnt from: trained on 2.1 million studies, 标注过的心电图超过3000万份
    (
        "dataset-size",
        3,
        r"\btrained on\b|\btraining (?:set|data)\b|训练(?:数据|集|样本|语料)"
        r"|(?:标注|训练)(?:过|了)的?",
    ),
    # what a dataset or corpus holds: its shared imaging dataset holds 450,000 studies, 语料
    ("dataset-size", 2, r"\bdata ?sets?\b|数据集|语料"),
    ("number-of-products", 3, r"装机|installed base|\binstallations\b"),
    ("budget", 2, r"预算|专项资金|财政资金|资金支持|\bbudgets?\b|\bspend(?:s|ing)?\b"),
    # what a project costs its owner: 该项目总投资1,680万元, 平台一期投资3.6亿元
    ("budget", 3, r"总投资|投资总额|[一二三]期投资|计划投资|项目投资"),
    # money a government grants a programme: 一次性补助, 补贴, 奖补, 奖励资金, subsidies
    ("budget", 2, r"补助|补贴|奖补|奖励|扶持资金|\bsubsid(?:y|ies|ise[sd]?|ize[sd]?)\b"),
    # money a change spares someone: 每年为参保人减轻负担约2600万元, cost savings of $3M
    (
        "cost-reduction",
        2,
        r"减轻[\u4e00-\u9fff]{0,4}负担|(?:节省|节约|降低)(?:了)?(?:费用|开支|成本|支出)"
        r"|\bcost savings?\b",
    ),
    (
        "rd-expenditure",
        3,
        r"研发投入|研发费用|研发支出|r&d (?:spending|expenses?|investment)|\b(?:on|in) r&d\b",
    ),
    ("cost", 2, r"成本|费用|\bcosts?\b|\bexpenses?\b"),
    ("price", 3, r"价格|单价|收费|售价|\bprices?\b|\bpriced\b"),
    # a share's price in an analyst's note: 目标价, last close, the stock closed at
    (
        "price",
        3,
        r"目标价|收盘价|股价|\blast close\b|\bclosing price\b|\bclosed at\b|\bshare price\b"
        r"|\bstock price\b|\bprice target\b",
    ),
    ("return-on-investment", 3, r"\broi\b|投资回报|回报率|return on investment"),
    (
        "diagnosis-time",
        3,
        r"诊断时间|阅片时间|读片时间|reading time|time to diagnosis|报告时间|reporting time",
    ),
    # a time per case, or until a finding is given: 单例处理时间, 3分钟内给出提示, per scan
    (
        "diagnosis-time",
        3,
        r"单例|每例|\bper (?:case|study|scan|image|exam)\b"
        r"|给出[\u4e00-\u9fff]{0,10}?(?:提示|结果|报告|诊断)|出具报告",
    ),
    ("waiting-time", 3, r"等待时间|等待|wait(?:ing)? time"),
    (
        "development-cycle-time",
        3,
        r"研发周期|研发耗时|phase (?:i|1)\b|i期临床|进入临床|to market|"
        r"development (?:time|cycle|timeline)"
        r"|time (?:from target )?to (?:a )?(?:candidate|clinic|ind)\b"
        r"|to (?:a |the )?(?:preclinical |clinical |development )candidate"
        r"|候选(?:化合物|药物|分子)",
    ),
    (
        "warning-lead-time",
        3,
        r"提前|早于|预测未来|in advance|ahead of|lead time|earlier than|"
        r"predicts? .{0,30}(?:in|within|over) the next",
    ),
    (
        "duration",
        2,
        r"耗时|用时|有效期|期限|服务期|合同期|时限|时长|周期|(?<![-\w])term\b|仅需|只需|需要|完成|生成|压缩至|压缩到|缩短至|缩短到|降至|"
        r"流程|turnaround|reduced to|cut to|shortened to|down to|"
        r"\btakes?\b|\btook\b|\btaking\b|processing time|\bin just\b|\bon average\b|平均",
    ),
    ("duration", 1, r"\btime\b|时间"),
    ("efficiency-improvement", 2, r"提速|加速|效率|faster|speed-?up|productivity"),
    ("success-rate", 3, r"成功率|success rate"),
    ("mortality-rate", 3, r"死亡率|病死率|致死率|\bmortality\b|death rate"),
    ("retention-rate", 3, r"留存率|续约率|续费率|\bretention\b|renewal rate|\bnrr\b"),
    ("annual-recurring-revenue", 3, r"\barr\b|经常性收入|recurring revenue"),
    ("registered-capital", 3, r"注册资本|注册资金|registered (?:share )?capital"),
    ("order-backlog", 3, r"在手订单|订单储备|未完成订单|\bbacklog\b"),
    ("use-of-proceeds", 3, r"拟投入|拟使用募集|募投|use of proceeds|proceeds (?:will|to) be"),
    ("number-of-parameters", 3, r"参数量|参数规模|\bparameters?\b"),
    (
        "number-of-visits",
        3,
        r"门诊量|门急诊量|就诊人次|诊疗人次|门诊人次|接诊量|\b(?:patient|outpatient) visits\b",
    ),
    ("benchmark-score", 2, r"得分|评分|\bscored\b|\bscores? of\b"),
    ("time-saved", 2, r"\bsav(?:e|es|ed|ing)\b|节省|节约|省去"),
    ("headcount", 2, r"\bemploy(?:s|ed|ing)?\b|员工总数|雇员总数"),
    # the size of a firm's team: 团队约120人, 最初只有5个人, a team of 85
    (
        "headcount",
        2,
        r"团队(?:规模|人数)?(?:约|共有|有|达|超过)?(?=\s?\d)|\bteam of(?=\s?\d)|\bheadcount\b",
    ),
)
# counted nouns -> count measure; for Chinese the last (head) noun of the phrase wins
_NOUNS: tuple[tuple[str, str], ...] = (
    # health systems are providers: "used by 41 health systems"
    # a clinical centre treats patients as a hospital does: 64家生殖中心, 31家移植中心
    (
        "number-of-hospitals",
        r"医院|三甲|卫生院|保健院|(?:生殖|移植|透析|体检|康复|诊疗)中心"
        r"|hospitals?|health systems|(?:NHS|hospital|health) trusts",
    ),
    ("number-of-beds", r"床位|病床|\bbeds\b"),
    (
        "number-of-organizations",
        r"企业|药企|公司|机构|部门|厂商|单位|医疗系统|companies|firms|"
        r"organi[sz]ations|institutions|startups|vendors|departments|agencies|practices|"
        r"(?<!数据)(?<!研发)(?<!运营)中心|医馆|诊所|门诊部|clinics"
        r"|(?:care|medical|health) cent(?:er|re)s"
        # "used at 140 US sites", "all of its 70 laboratories", "2,400 facilities"
        r"|sites|facilities|laborator(?:y|ies)|labs|(?<!data )cent(?:er|re)s",
    ),
    (
        "number-of-approvals",
        r"注册证|三类证|二类证|证书|^[张个]证$|批文|获批|approvals|clearances|certificates",
    ),
    ("number-of-products", r"产品|products|solutions|devices|tools|apps|applications"),
    ("number-of-scenarios", r"场景|用例|use cases|scenarios"),
    ("number-of-patients", r"患者|病人|病例|patients|cases|residents"),
    ("number-of-physicians", r"医生|医师|physicians|doctors|clinicians|radiologists"),
    ("number-of-users", r"用户|users|subscribers|members"),
    ("number-of-organizations", r"客户|合作伙伴|伙伴|customers|clients|partners"),
    (
        "headcount",
        r"员工|职工|雇员|^个人$|employees|staff|(?:研究|研发|技术|工作|专业|科研|专职|全职|在职|[科部室])人员"
        r"|工程师|研究员|科学家|队员|(?:咨询|治疗|营养|康复|药|技|护)师|护士|counsell?ors|nurses"
        r"|pharmacists|therapists|engineers|reps|representatives|reviewers|salespeople|名代表",
    ),
    ("number-of-publications", r"论文|文献|papers|publications"),
    # images a collection holds or a model learnt from: 收录了约35万张X线片, 4.2万张眼底照片
    ("dataset-size", r"[xX]线片|眼底照片|图像|病理切片|心电图|images|slides|radiographs"),
    # a patent table's columns: 申请量（件）, 授权量 (not 注册申请, a filing for approval)
    ("number-of-patents", r"专利|patents|(?<!注册)(?:申请|授权)(?:量|数|件数)"),
    ("number-of-financing-deals", r"融资事件|融资|投融资|deals|funding rounds|rounds"),
    ("knowledge-coverage", r"疾病|病种|实体|知识|典籍|指南|diseases|conditions|entities"),
    # a survey's sample (样本数（家）, 有效问卷), not a model's training samples (训练样本)
    ("survey-sample-size", r"问卷|答卷|(?<!训练)(?<!标注)(?:有效样本|样本[数量])|受访"),
    (
        "dataset-size",
        r"影像数据|数据量|语料|样本|图像|对话|档案|病历|医案|病案|数据|images|scans|samples|tokens|records"
        r"|(?:imaging|annotated|label+ed|radiology|ct|mri) studies|\bexams\b|examinations",
    ),
    ("number-of-parameters", r"参数|parameters|params"),
    ("number-of-visits", r"visits|encounters|门急诊|门诊(?![部科])|急诊(?![科室])|就诊|接诊|诊疗"),
    ("usage-volume", r"人次|调用|咨询|问诊|consultations|queries|calls"),
    (
        "number-of-regions",
        r"省份|省区|^个?省|^个?市$|地市|设区市|市[（(]州[)）]|城市|区县|县区|国家|countries|cities|provinces"
        r"|states\b|统筹(?:地)?区|地区数?$|regions\b|markets\b",
    ),
    ("count", r"案例|项目|projects"),
)
_SURVEY_ADJACENT_BEFORE = re.compile(
    r"(?:surveyed|survey of|polled|interviewed|对|调研了|调查了|访谈了"
    r"|(?:调研|调查|问卷|访谈)(?:共)?(?:覆盖|涵盖|收集|回收|访问)了?(?:全国)?)\s?$"
)
# between a noun and the number that counts it: 覆盖患者超过2000万人, 用户数达1.69亿
_LEAD_GAP = re.compile(
    r"(?:(?:及|和|与|、)[\u4e00-\u9fff]{1,3}?)?(?:事件|交易)?"
    r"(?:数|量|总数|人数|规模|数量)?\s?(?:已|共计|合计|共|累计|总计|达到?|超过|超|逾|近|约|为|突破|有|不少于|不低于"
    r"|不超过|至少|:|：|\s)*"
)
# an English counted noun ends at a preposition or conjunction
_EN_NOUN_END = re.compile(r"\s(?:with|of|in|at|for|from|across|including|and|or|to)\b")
_EN_JOINED = re.compile(r"\s(?:and|or)\b")  # two kinds of one noun: pharma and biotech firms
# 起/笔 count events; in a sentence about funding the events are financing deals
_EVENT_CLASSIFIERS = frozenset({"起", "笔"})
# classifiers that count occasions, not things: 9.8万人次 counts the noun named before it
_BARE_CLASSIFIERS = frozenset({"人次", "次", "例次"})
# 例 counts cases: with no other word for the measure, a count of patients (诊断约2.1万例)
_CASE_CLASSIFIERS = frozenset({"例"})
_FUNDING_CONTEXT = re.compile(
    r"融资|募资|投融资|并购|\braised?\b|\bfunding\b|\bfinancing\b|\bdeals?\b|\brounds?\b"
    r"|\bventure (?:investment|capital|funding)\b|风险投资|创投"
    # "Investors put $438 million into…", "X took the largest slice at $612 million"
    r"|\binvestors?\b|\b(?:largest|biggest|smallest) slice\b|\bof (?:the )?dollars\b"
)
_BOUGHT_FOR = re.compile(
    r"\b(?:acquir(?:e|ed|es|ing)|buy|buys|bought|purchas(?:e|ed|es|ing))\b[^;]{0,120}?\bfor\s?$"
)
_DEAL_CONTEXT = re.compile(_FUNDING_CONTEXT.pattern + r"|投资|交易|\binvest")
# what a survey's returned sample is called right before its count: 回收有效问卷, 有效样本
_SAMPLE_BEFORE = re.compile(
    r"(?<!训练)(?<!标注)(?:有效)?(?:问卷|答卷|样本)(?:量|数)?(?:共|为|达|约|合计)?\s?$"
)
_SAMPLE_UNIT = re.compile(r"\s?(?:份|人|名|位|家|个)")
_SURVEY_ADJACENT_AFTER = re.compile(r"^\s?(?:的?(?:调研|调查|访谈|问卷)|respondents)")
_PEOPLE_OR_ORGS = re.compile(
    r"人|位|名|家|受访|respondents|professionals|executives|leaders|physicians|doctors|"
    r"[a-z]+ists\b|surgeons|patients|adults|consumers|members|managers|"
    r"clinicians|nurses|participants|people|organi[sz]ations|hospitals|companies|institutions"
)

# "X%的受访者", "X% of respondents", "X% said": a share of a surveyed population
_POPULATION = re.compile(
    r"^[\s\\*)）]*(?:的|of\s+(?:the\s+|all\s+|those\s+)?)(?:[\w\-/ ]{0,24}?)"
    r"(?:受访者|受访组织|受访|调研对象|高管|管理层|决策者|从业者|专业人士|组织|机构|企业|公司|医院|医生|"
    r"支付方|提供方|respondents|executives|leaders|decision[- ]makers|organi[sz]ations|companies|"
    r"hospitals|health systems|physicians|clinicians|doctors|nurses|providers|payers|"
    r"participants|professionals|those surveyed|firms)"
    r"|^\s?(?:said|say|reported|report|indicated|expect|plan|agree)"
    r"|^[\s\\*)）]*[\u4e00-\u9fff]{0,4}?(?:受访者|受访组织|高管|管理层|决策者|组织|机构|企业|医院)"
    r"(?=[\u4e00-\u9fff]{0,4}(?:表示|报告|认为|称|正在|已经))"
    r"|^[\s\\*)）]*(?:的)?(?:[\u4e00-\u9fff]{0,6}?)"
    r"(?:表示|报告|认为|称|预计|计划|正在|已经|希望|担心|选择|将)"
)
_ADOPTION_VERB = re.compile(
    r"正在使用|积极使用|使用|采用|部署|应用了|\buse\b|\busing\b|\buses\b|\bused\b|\badopt(?:ed|ing)?\b|"
    r"\bdeploy(?:ed|ing)?\b|have implemented|\bimplement"
)
_POPULATION_EN = re.compile(
    r"^\s?of\s+(?:the\s+|all\s+|those\s+)?[a-z][\w\- ]{0,30}?\s(?:now\s|currently\s|already\s)?"
    r"(?:use|used|said|say|report|reported|plan|expect|indicated|deploy|adopt)"
    # "58% of clinicians were ...", not "17% of images were excluded": a state verb needs people
    r"|^\s?of\s+(?:the\s+|all\s+|those\s+)?(?:[a-z][\w\-]*\s){0,3}?"
    r"(?:respondents|clinicians|physicians|doctors|nurses|executives|leaders|organi[sz]ations|"
    r"hospitals|health systems|providers|payers|companies|firms|participants|professionals|"
    r"[a-z]+ists|people|adults|consumers|patients|users|members|staff|employees)\s"
    r"(?:now\s|currently\s|already\s)?(?:are|were|have|had)\b"
)
_ADOPTION_AFTER = re.compile(
    r"^\s?(?:of \w+ )?(?:now |currently |already )?(?:use|are using|have adopted|deploy|adopt)\b"
)
# "72% want ...", "Only 24% said ...": a share heading its clause with a verb only people use
_CLAUSE_HEAD = re.compile(
    r"[\s\-*•]*(?:only|just|nearly|almost|about|around|roughly|over|some)?\s?"
)
_PEOPLE_VERB = re.compile(
    r"^\s?(?:want(?:ed)?|used|say|believe[sd]?|think|thought|would|prefer(?:red)?|did|plan(?:ned)?|"
    r"expect(?:ed)?|worr(?:y|ied)|feel|felt|trust(?:ed)?|agreed?|consider(?:ed)?|rated|"
    r"intend(?:ed)?|mentioned|cited|named|chose)\b"
)
# the answers a survey lists with their shares: "most cited concerns were X (61%)"
_CITED = re.compile(
    r"\bmost (?:often |frequently |commonly )?(?:cited|mentioned|named|reported)\b|"
    r"\btop (?:concerns|barriers|reasons|challenges|priorities)\b|"
    r"最(?:常|多)(?:被)?(?:提及|提到|选择)|(?:主要|首要)(?:担忧|顾虑|障碍)"
)
# children of share-of-respondents (and of adoption-rate), told apart by their keywords
_SPECIALISE: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "share-of-respondents",
        (r"roi|投资回报|回报|paid back|payback|return",),
        "share-reporting-roi",
    ),
    (
        "share-of-respondents",
        (r"收入|营收|revenue|sales", r"增加|提升|增长|提高|increas|boost|grow|rais"),
        "share-reporting-revenue-increase",
    ),
    (
        "share-of-respondents",
        (r"成本|cost", r"降低|减少|节约|节省|reduc|cut|lower|sav"),
        "share-reporting-cost-reduction",
    ),
    (
        "share-of-respondents",
        (r"预算|budget|spending", r"增加|提升|增长|提高|increas|grow|rise|raise"),
        "share-planning-budget-increase",
    ),
    (
        "share-of-respondents",
        (r"预算|budget", r"不变|持平|unchanged|flat|same"),
        "share-budget-unchanged",
    ),
    (
        "share-of-respondents",
        (r"开源|open[- ]source", r"重要|important|critical"),
        "share-rating-open-source-important",
    ),
    ("share-of-respondents", (r"培训|training|train",), "share-providing-ai-training"),
    (
        "adoption-rate",
        (r"生成式|generative|genai|大语言模型|大模型|\bllms?\b",),
        "generative-ai-adoption-rate",
    ),
    ("adoption-rate", (r"智能体|agentic|\bagents?\b",), "agentic-ai-adoption"),
    ("growth-rate", (r"营收|营业收入|收入|销售额|revenue|sales",), "revenue-growth"),
    (
        "market-size",
        (r"预计|预测|有望|将|expected|projected|forecast|will|is set to|estimated to",),
        "forecast-market-size",
    ),
)

_DIGIT = re.compile(r"\d")

# change statements: a verb of change right before the number, or "verb ... by X%"
_INCREASE = (
    r"提升|提高|增长|增加|上升|上涨|加快|改善|improv\w*|increas\w*|ris(?:e|es|ing)|rose|"
    r"gr[eo]w\w*|boost\w*|gain\w*|\bup\b"
)
_DECREASE = (
    r"降低|下降|减少|缩短|压缩|节省|节约|下滑|回落|削减|fell|fall\w*|declin\w*|decreas\w*|"
    r"drop\w*|reduc\w*|\bcut\w*|lower\w*|shorten\w*|sav(?:e|es|ed|ing)|\bdown\b"
)
_CHANGE_ADJACENT = re.compile(
    rf"(?P<verb>{_INCREASE}|{_DECREASE})\s?"
    r"(?:了|约|近|超过|达|逾|高达|by|of|about|nearly|over|more than|roughly|around|some"
    r"|approximately|an estimated|estimated|~|～|≈|\s)*\s?$"
)
_CHANGE_BY = re.compile(
    rf"(?P<verb>{_INCREASE}|{_DECREASE})[^,;，；。]{{0,50}}?\bby\s?"
    r"(?:about |nearly |over |more than )?$"
)
_IS_DECREASE = re.compile(_DECREASE)
_CHANGE_OBJECTS: tuple[tuple[str, str, str], ...] = (
    # (pattern of the object, measure if it rises, measure if it falls)
    (r"成本|费用|开支|\bcosts?\b|expenses?", "relative-increase", "cost-reduction"),
    (
        r"工作量|工作负担|负担|文书|workload|burden|effort|charting|documentation|paperwork",
        "relative-increase",
        "workload-reduction",
    ),
    (
        r"时间|耗时|周期|时长|用时|\btime\b|cycle|turnaround|\bwait",
        "relative-increase",
        "time-saved",
    ),
    (
        r"效率|效能|产能|productivity|efficiency|throughput|速度|\bspeed\b",
        "efficiency-improvement",
        "relative-reduction",
    ),
    (
        r"性能|准确率|准确度|精度|敏感度|灵敏度|特异度|\bauc\b|accuracy|sensitivity|specificity|performance|precision",
        "performance-improvement",
        "relative-reduction",
    ),
    (r"营收|营业收入|收入|销售额|revenue|sales", "revenue-growth", "revenue-growth"),
    # an average yearly growth: 年均增长25%, grew at an average annual 12%
    (r"年均|average annual|annuali[sz]ed", "cagr", "growth-rate"),
    (r"同比|环比|年增长|\byoy\b|year[ -](?:on|over)[ -]year|annual", "growth-rate", "growth-rate"),
    # a change on the year before: 比上年增长18%, up 12% on the previous year
    (
        r"[比较](?:上|去|(?:19|20)\d{2})年|上年同期"
        r"|(?:on|over|from|than) (?:the )?(?:previous|prior|last) year"
        # "up 22% on Q2", "up 19% from H1 2024", "up 17% from $3.3 billion", "on the same period"
        r"|(?<=% )(?:on|from|over|versus|vs\.?) (?:the )?(?:same (?:period|quarter)"
        r"|q[1-4]\b|h[12]\b|(?:first|second) half|(?:19|20)\d{2}\b|[$£€]|rmb|usd|eur"
        r"|(?:prior|previous|last) (?:quarter|period|half))",
        "growth-rate",
        "relative-reduction",
    ),
    (r"市场|规模|融资|投资|market|funding|investment", "growth-rate", "growth-rate"),
    # any other rate named next to the verb: 漏诊率下降了63% (not a time named further off)
    (r"(?<=[\u4e00-\u9fff])率|\brates?\b", "relative-increase", "relative-reduction"),
)
_FAMILY_CHANGE = {  # the change of a measure named before: AUC达0.92，较传统方法提升35%
    "model-performance": "performance-improvement",
    "cost": "cost-reduction",
    "time-measure": "time-saved",
    "market-size": "growth-rate",
    "revenue": "revenue-growth",
    "financing-amount": "growth-rate",
    "budget": "growth-rate",
}
_GROWTH_FAMILY = "growth-rate"
_CHANGE_MEASURES = (
    "growth-rate",
    "relative-reduction",
    "relative-increase",
    "cost-reduction",
    "time-saved",
    "workload-reduction",
    "efficiency-improvement",
    "performance-improvement",
)
# a level in "from X to Y" (从X降至Y, went from 14.8% to 11.9%)
_FROM_TO = re.compile(
    r"(?:\bfrom|由|从)\s?(?:[\d.,]+\s?%?\s?(?:\bto|至|到|降至|升至|提升至|下降至)\s?)?$"
)


class MeasureVocabulary:
    """The measures of ``measures.ttl`` with their hierarchy, labels and the cue lexicon."""

    def __init__(self, concepts: Iterable[tuple[str, str | None, tuple[str, ...]]]) -> None:
        """Build from ``(slug, parent slug, labels)`` triples."""
        self.parent: dict[str, str | None] = {}
        self.labels: dict[str, tuple[str, ...]] = {}
        labels: list[tuple[str, str]] = []
        for slug, parent, names in concepts:
            self.parent[slug] = parent
            self.labels[slug] = tuple(sorted({fold(n).replace(" ", "") for n in names}))
            labels += [
                (fold(n), slug)
                for n in names
                if fold(n) not in _VAGUE_LABELS | _LEXICON_LABELS and len(n) >= 2
            ]
        labels.sort(key=lambda pair: (-len(pair[0]), pair[0]))
        # one Aho-Corasick automaton over every label (hundreds of them, every clause)
        self._labels = ahocorasick.Automaton()
        for label, slug in reversed(labels):  # the first listed label of a text wins
            self._labels.add_word(label, (label, slug))
        if labels:
            self._labels.make_automaton()
        self._lexicon = [(slug, weight, re.compile(pattern)) for slug, weight, pattern in _LEXICON]
        self._nouns = [(slug, re.compile(pattern)) for slug, pattern in _NOUNS]
        for slug, *_ in (*_LEXICON, *_NOUNS):
            if slug not in self.parent:
                raise ValueError(f"cue lexicon names {slug!r}, which is not in measures.ttl")

    # ---- hierarchy ------------------------------------------------------------------------------
    def ancestors(self, slug: str) -> list[str]:
        """The measure and its broader measures, nearest first."""
        chain = []
        current: str | None = slug
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parent.get(current)
        return chain

    def is_a(self, slug: str, ancestor: str) -> bool:
        """True if *slug* is *ancestor* or narrower than it."""
        return ancestor in self.ancestors(slug)

    def names_part(self, slug: str, name: str) -> bool:
        """True if *name* is part of a label of the measure (``生成式AI`` in 生成式AI采用率)."""
        key = fold(name).replace(" ", "")
        return len(key) >= 2 and any(key in label for label in self.labels.get(slug, ()))

    def kinds(self, slug: str) -> frozenset[str]:
        """The kinds of number (percent, money, count...) the measure can take."""
        for node in self.ancestors(slug):
            if node in _KINDS:
                return _KINDS[node]
        return frozenset()

    def accepts(self, slug: str, kind: str) -> bool:
        """True if a number of *kind* can be a value of measure *slug*."""
        return kind in self.kinds(slug)

    # ---- cues -----------------------------------------------------------------------------------
    def cues(self, context: str, kind: str | None = None) -> list[_Cue]:
        """Every label and lexicon cue in the folded *context*, strongest forms first.

        With *kind*, labels of measures that cannot take that kind of number are passed over
        first, so they hide no shorter label inside them (``信息化投入`` of a share hides no
        ``投入`` before an amount of money).
        """
        found: list[_Cue] = []
        taken: list[tuple[int, int]] = []
        hits = []
        if len(self._labels):
            for last, (label, slug) in self._labels.iter(context):
                start, end = last - len(label) + 1, last + 1
                if _word_char(label[0]) and start > 0 and _word_char(context[start - 1]):
                    continue
                if _word_char(label[-1]) and end < len(context) and _word_char(context[end]):
                    continue
                if kind is None or self.accepts(slug, kind):
                    hits.append((start, -end, slug))
        for start, neg_end, slug in sorted(hits):  # leftmost-longest, no overlaps
            if taken and start < taken[-1][1]:
                continue
            taken.append((start, -neg_end))
            found.append(_Cue(slug, start, -neg_end, 3, "label"))
        for slug, weight, pattern in self._lexicon:
            for m in pattern.finditer(context):
                if any(s <= m.start() and m.end() <= e for s, e in taken):
                    continue
                found.append(_Cue(slug, m.start(), m.end(), weight, "lexicon"))
        return found

    def noun_measure(self, noun: str) -> str | None:
        """The count measure a counted noun names (``家医院`` -> number-of-hospitals)."""
        folded = fold(noun)
        head = folded[:1] + noun_head(folded[1:])  # 家社区卫生服务中心: up to 中心
        first = _EN_NOUN_END.split(head, maxsplit=1)[0]  # interviews with vendors: interviews
        found = self._head_measure(first)
        if found is None and _EN_JOINED.match(head, len(first)):
            found = self._head_measure(head)  # pharma and biotech partners: the partners
        return found

    def _head_measure(self, head: str) -> str | None:
        best: tuple[int, str] | None = None
        for slug, pattern in self._nouns:
            for m in pattern.finditer(head):
                if best is None or m.end() > best[0]:
                    best = (m.end(), slug)
        return best[1] if best else None

    # ---- the choice -----------------------------------------------------------------------------
    def choose(
        self,
        kind: str,
        clause: str,
        number_start: int,
        number_end: int,
        *,
        noun: str = "",
        window: str = "",
        before: str = "",
        previous: Sequence[str] = (),
        scale_only: bool = False,
    ) -> MeasureChoice | None:
        """Choose the measure of a number of *kind* at ``clause[number_start:number_end]``.

        Args:
            kind: ``percent``, ``points``, ``money``, ``count``, ``duration``, ``multiple``,
                ``scalar``.
            clause: the folded clause that holds the number.
            noun: the counted noun written after a count.
            window: the folded words that follow the number up to the next figure (what a
                survey share is a share of: ``82%的受访者表示，开源...重要``).
            before: the folded words of the sentence before the clause.
            previous: the measures of the sentence's earlier figures, latest first.
            scale_only: a number written with only a scale (``1.69亿``) needs a cue.

        Returns:
            The choice, or ``None`` when the number is not a figure (no cue for a unit-less
            number or a bare scale).
        """
        if kind == "points":
            return MeasureChoice("percentage-point-change", None, None, "lexicon")
        if (
            kind == "duration"
            and (lead := _LEAD_AFTER.match(clause, number_end))
            and _PREDICTS.search(clause[:number_start])
        ):
            return MeasureChoice("warning-lead-time", lead.start(), lead.end(), "lexicon")
        change = self._change(kind, clause, number_start, number_end, previous[:1])
        earlier = next((p for p in previous if self.accepts(p, kind)), None)
        if earlier in _NOT_INHERITED:
            earlier = None  # "in 680 counties, giving 890 million suggestions": not regions
        if (
            earlier in _ORGANISATION_COUNTS
            and kind == "count"
            and clause[number_end - 1 : number_end] in _DEVICE_CLASSIFIERS
        ):
            earlier = None  # …医疗机构约2860家，在用医用氧舱约4100台: machines, not organisations
        if change is not None:
            return self._specialise(change, clause, number_start, window, before)
        cues = [c for c in self.cues(clause, kind) if self.accepts(c.slug, kind)]
        if kind == "count":
            choice = self._count(
                clause, number_start, number_end, noun, cues, scale_only, before + clause
            )
            if choice is None:
                return None
        elif kind == "percent" and (
            population := self._population(clause, number_start, number_end, window, before)
        ):
            choice = population
        else:
            choice = self._nearest(cues, number_start, number_end, clause)
        if earlier and _FROM_TO.search(clause[:number_start]) and self._is_change(earlier):
            earlier = None  # "went from 14.8% to 11.9%": levels, not the change named before
        if earlier and (choice is None or self._vaguer(choice, earlier)):
            choice = MeasureChoice(earlier, None, None, "inherited")
        if (
            kind == "money"
            and (choice is None or choice.slug == "monetary-measure")
            and _MARKET_VALUED.search(before + clause[:number_start])
        ):
            choice = MeasureChoice("market-size", None, None, "inherited")  # market valued at
        elif (
            choice is None
            and kind == "money"
            and (
                _sizes_a_market(before + clause[:number_start])
                or _AFTER_CAGR.search(clause[:number_start])
            )
        ):
            # "The X market, covering A and B, reached $3.4 billion", "the largest segment at
            # $1.19 billion", "该市场将突破150亿元": no word for the amount but the market's
            choice = MeasureChoice("market-size", None, None, "inherited")
        if choice is None:
            if kind in _FALLBACK:
                choice = MeasureChoice(_FALLBACK[kind], None, None, "fallback")
            elif kind == "multiple":
                choice = MeasureChoice(_FALLBACK_MULTIPLE, None, None, "fallback")
            else:
                return None  # a unit-less number that no word calls a measure
        choice = self._refine(choice, cues, kind, (number_start, number_end))
        if (
            choice.slug == "monetary-measure"
            and choice.source in ("fallback", "label")
            and _FUNDING_CONTEXT.search(before + clause)
        ):
            choice = MeasureChoice("financing-amount", None, None, "inherited")  # 融资…金额合计
        elif (
            choice.slug == "monetary-measure"
            and choice.source == "fallback"
            and _BOUGHT_FOR.search(before + clause[:number_start])
        ):
            # "agreed to buy Cardiotoco Inc., maker of X, for USD 410 million": what was paid
            choice = MeasureChoice("price", None, None, "inherited")
        return self._specialise(choice, clause, number_start, window, before)

    def _is_change(self, slug: str) -> bool:
        """A measure of change (growth, reduction, time saved), not of a level."""
        return any(self.is_a(slug, c) for c in _CHANGE_MEASURES)

    def _vaguer(self, choice: MeasureChoice, earlier: str) -> bool:
        """True if *choice* is a vaguer word for the measure named earlier in the sentence.

        ``一年前这一比例为12%`` after ``31%...使用AI病历助手``: "proportion" is the use-case
        adoption rate again. Only a top concept or a weak keyword gives way, never a counted
        noun or a measure's own name (``整体AI采用率`` after ``生成式AI采用率``).
        """
        if choice.slug == earlier or not self.is_a(earlier, choice.slug) or choice.source == "noun":
            return False
        top = self.parent.get(choice.slug) is None
        if choice.source == "lexicon":
            return choice.weight <= 2
        return top

    def _nearest(
        self, cues: list[_Cue], start: int, end: int, clause: str = ""
    ) -> MeasureChoice | None:
        """The strongest, then nearest cue; one written after a later number is that one's.

        ``fines can reach EUR 15 million or 3% of annual turnover``: turnover names the 3%.
        """
        if not cues:
            return None

        def key(c: _Cue) -> tuple[bool, int, int, int]:
            distance = start - c.end if c.end <= start else max(0, c.start - end)
            beyond = c.start >= end and bool(_DIGIT.search(clause, end, c.start))
            return (beyond, -c.weight, distance, -(c.end - c.start))

        best = min(cues, key=key)
        return MeasureChoice(best.slug, best.start, best.end, best.source, weight=best.weight)

    def _refine(
        self, choice: MeasureChoice, cues: list[_Cue], kind: str, at: tuple[int, int] = (0, 0)
    ) -> MeasureChoice:
        """Prefer a narrower measure the clause also names (预算增幅超过10% under 预算增加).

        A valuation (``估值``, ``valued the company at``) stays a valuation even in a
        sentence about the round that set it.
        """
        if choice.slug == "monetary-measure" and choice.source == "lexicon":
            return choice
        narrower = [
            c
            for c in cues
            if c.slug != choice.slug
            and self.is_a(c.slug, choice.slug)
            and self.accepts(c.slug, kind)
        ]
        if not narrower:
            return choice
        start, end = at

        def distance(c: _Cue) -> int:  # 6,000万元认购…新增注册资本: the nearer word says it
            return start - c.end if c.end <= start else max(0, c.start - end)

        best = max(
            narrower,
            key=lambda c: (len(self.ancestors(c.slug)), -distance(c), c.end - c.start),
        )
        return replace(choice, slug=best.slug, cue_start=best.start, cue_end=best.end)

    def _specialise(
        self, choice: MeasureChoice, clause: str, number_start: int, window: str, before: str
    ) -> MeasureChoice:
        changed = True
        while changed:
            changed = False
            for base, patterns, target in _SPECIALISE:
                if choice.slug != base:
                    continue
                if base == "market-size":
                    text = before + clause[:number_start]
                elif base == "growth-rate":
                    text = before + clause
                else:
                    text = clause + window
                if all(re.search(p, text) for p in patterns):
                    choice = replace(choice, slug=target)
                    changed = True
                    break
        return choice

    def _population(
        self, clause: str, number_start: int, number_end: int, window: str, before: str = ""
    ) -> MeasureChoice | None:
        after = clause[number_end:]
        lead = clause[:number_start]
        if _CITED.search(before + lead) and re.search(r"[(（]\s?$", lead):
            # "the most cited concerns were accuracy (61%), cost (54%)": shares of respondents
            return MeasureChoice("share-of-respondents", None, None, "population", population=True)
        if not (
            _POPULATION.match(after)
            or _POPULATION_EN.match(after)
            or _ADOPTION_AFTER.match(after)
            or (_CLAUSE_HEAD.fullmatch(lead) and _PEOPLE_VERB.match(after))
        ):
            return None
        said = after + window
        if _ADOPTION_VERB.search(said[:60]) and not re.search(
            r"roi|回报|收入|营收|成本|预算|budget|revenue|cost|开源|open[- ]source|培训|training",
            said,
        ):
            return MeasureChoice("adoption-rate", None, None, "population", population=True)
        return MeasureChoice("share-of-respondents", None, None, "population", population=True)

    def _count(
        self,
        clause: str,
        start: int,
        end: int,
        noun: str,
        cues: list[_Cue],
        scale_only: bool,
        before_text: str = "",
    ) -> MeasureChoice | None:
        before = clause[max(0, start - 16) : start]
        after = clause[end : end + 12]
        people = _PEOPLE_OR_ORGS.search(fold(noun)) if noun else None
        if _SAMPLE_BEFORE.search(before) and _SAMPLE_UNIT.match(fold(noun)):
            return MeasureChoice("survey-sample-size", None, None, "noun")  # 回收有效问卷612份
        if people and (
            _SURVEY_ADJACENT_BEFORE.search(before) or _SURVEY_ADJACENT_AFTER.match(after)
        ):
            return MeasureChoice("survey-sample-size", None, None, "noun")
        if noun and (slug := self.noun_measure(noun)):
            if fold(noun).strip() in _BARE_CLASSIFIERS:  # 出院患者9.8万人次: the patients
                named = self._lead_noun(clause, start)
                if named is not None:
                    return named
            return MeasureChoice(slug, None, None, "noun")
        if clause[end - 1 : end] in _EVENT_CLASSIFIERS and _DEAL_CONTEXT.search(before_text):
            return MeasureChoice("number-of-financing-deals", None, None, "noun")  # 融资事件11起
        if noun and _SURVEY_ADJACENT_AFTER.match(after):
            return MeasureChoice("survey-sample-size", None, None, "noun")
        nearest = self._nearest(cues, start, end)
        if nearest is not None:
            return nearest
        # a noun named just before the number: 覆盖患者超过2000万人, 用户数达1.69亿
        lead_noun = self._lead_noun(clause, start)
        if lead_noun is not None:
            return lead_noun
        if scale_only:
            return None
        if noun.strip() in _CASE_CLASSIFIERS:  # 例 alone, not 例标注检查 (studies)
            return MeasureChoice("number-of-patients", None, None, "noun")  # 诊断约2.1万例
        if clause[end - 1 : end] == "家" or fold(noun).startswith("家"):
            # 家 counts establishments: 14家省级或地市级疾控机构, 被受访医院中的127家采用
            hospitals = re.search(r"医院|卫生院|诊所", before + fold(noun)[:12])
            slug = "number-of-hospitals" if hospitals else "number-of-organizations"
            return MeasureChoice(slug, None, None, "noun")
        return MeasureChoice(_FALLBACK_COUNT, None, None, "fallback")

    def _lead_noun(self, clause: str, start: int) -> MeasureChoice | None:
        """The count a noun just before the number names: 覆盖患者超过2000万人."""
        lead = clause[max(0, start - 14) : start]
        for slug, pattern in self._nouns:
            for m in pattern.finditer(lead):
                if _LEAD_GAP.fullmatch(lead[m.end() :]):
                    return MeasureChoice(slug, None, None, "noun")
        return None

    def _change(
        self, kind: str, clause: str, start: int, end: int, previous: Sequence[str]
    ) -> MeasureChoice | None:
        if kind not in ("percent", "duration", "multiple"):
            return None
        lead = clause[max(0, start - 70) : start]
        match = _CHANGE_ADJACENT.search(lead) or _CHANGE_BY.search(lead)
        if match is None:
            return self._comparative(kind, clause, end)
        if re.search(r"(?:至|到|to|为)\s?$", lead[: match.end()].rstrip()):
            return None  # 提升至70%: the new level, not the change
        verb_at = start - len(lead) + match.start()
        falls = bool(
            _IS_DECREASE.fullmatch(match.group("verb")) or _IS_DECREASE.match(match.group("verb"))
        )
        if kind == "duration":
            return MeasureChoice("time-saved", verb_at, start, "change") if falls else None
        if kind == "multiple":
            return None
        verb_end = start - len(lead) + match.end("verb")
        best: tuple[int, int, str, str] | None = None
        for order, (pattern, rises_to, falls_to) in enumerate(_CHANGE_OBJECTS):
            for m in re.finditer(pattern, clause):
                if verb_end <= m.start() and m.end() <= start:
                    distance = 0  # between the verb and the number: "cut reporting time by"
                elif m.end() <= verb_at:
                    distance = verb_at - m.end()
                elif m.start() >= end:
                    distance = m.start() - end
                else:
                    continue
                candidate = (distance, order, rises_to, falls_to)
                if best is None or candidate < best:
                    best = candidate
        if best is not None:
            slug = best[3] if falls else best[2]
            negate = falls and self.is_a(slug, _GROWTH_FAMILY)
            return MeasureChoice(slug, verb_at, start, "change", negate)
        if previous:
            for family, slug in _FAMILY_CHANGE.items():
                if self.is_a(previous[0], family):
                    negate = falls and self.is_a(slug, _GROWTH_FAMILY)
                    return MeasureChoice(slug, verb_at, start, "change", negate)
        slug = "relative-reduction" if falls else "relative-increase"
        return MeasureChoice(slug, verb_at, start, "change")

    def _comparative(self, kind: str, clause: str, end: int) -> MeasureChoice | None:
        """``read 22% more studies``, ``30% fewer readmissions``: a change told after the number."""
        if kind != "percent":
            return None
        on_year = _CHANGE_ON_YEAR.match(clause, end)
        if on_year is not None:
            falls = on_year.group("word") in _FALLING_CHANGES
            return MeasureChoice(
                "growth-rate", on_year.start("word"), on_year.end("word"), "change", falls
            )
        match = _COMPARATIVE_AFTER.match(clause, end)
        if match is None:
            return None
        falls = match.group("word") in _FALLING_COMPARATIVES
        slug = "relative-reduction" if falls else "relative-increase"
        return MeasureChoice(slug, match.start("word"), match.end("word"), "change")


# a comparative right after a percentage ("22% more studies", "15% lower cost")
_COMPARATIVE_AFTER = re.compile(
    r"\s?(?P<word>more|higher|faster|greater|larger|fewer|less|lower|smaller|shorter)\b"
)
# a change on a year named after the number: "a 27% increase on 2023", "a 9% drop from last year"
_CHANGE_ON_YEAR = re.compile(
    r"\s?(?P<word>increase|rise|growth|jump|gain|decrease|decline|drop|fall)\s(?:on|over|from|versus|vs\.?)\s"
    r"(?:(?:19|20)\d{2}\b|(?:the )?(?:previous|prior|last) year)"
)
# a time a signal comes before an event: "alerts fire a median of 4 hours before recognition"
# (a prediction said before the number; "the pilot ran for 9 months before" is a duration)
_PREDICTS = re.compile(r"predict|detect|identif|flag|alert|warn|signal|forecast|anticipat|spott?")
_LEAD_AFTER = re.compile(
    r"\s?(?:earlier\s)?(?:before|prior to|ahead of|earlier than)\s(?!the end\b|its\b)"
)
_FALLING_COMPARATIVES = frozenset({"fewer", "less", "lower", "smaller", "shorter"})
_FALLING_CHANGES = frozenset({"decrease", "decline", "drop", "fall"})


# a market or a segment named before an amount, with no other word for what the amount is
_MARKET_BEFORE = re.compile(
    r"\bmarket\b(?! share)|\bsegments?\b|该市场|(?<!进入)(?<!开拓)市场(?!份额|占有率|化|准入)"
    r"|细分(?:市场|领域|赛道)"
)
_OTHER_MONEY = re.compile(
    r"rais|fund|round|invest|valu|revenue|sales|price|cost|spend|budget|acqui|deal|earn|paid"
    r"|融资|投资|估值|收入|营收|销售|价格|成本|支出|预算|收购|并购|交易|金额|费用|利润"
)


# "grow at a CAGR of 21.7% to $11.0 billion", "以24.6%的年复合增长率增长至258亿元"
_AFTER_CAGR = re.compile(
    r"(?:\bcagr\b|复合(?:年)?(?:均)?增长率)[^。；;]{0,30}?(?:\bto|增长至|增至|达到|达)\s?$"
    # "We forecast $8.9 billion by 2030": an analyst's forecast of no other amount is the market's
    r"|\bwe (?:forecast|project)\s?$"
)


# measures a later number in the sentence does not take from an earlier one
_NOT_INHERITED = frozenset({"number-of-regions"})
# counts of organisations, and the classifiers of machines that never count them
_ORGANISATION_COUNTS = frozenset({"number-of-organizations", "number-of-hospitals"})
_DEVICE_CLASSIFIERS = frozenset("台套部件辆架")


# "the global market for X was valued at $2.84 billion": the market's value is its size
_MARKET_VALUED = re.compile(
    r"\bmarkets?\b[^.;$€£¥]{0,80}?\b(?:was|is|were|are|been|be)\s+(?:estimated\s+and\s+)?valued\b"
)


def _sizes_a_market(text: str) -> bool:
    """The sentence so far speaks of a market and of no other money: an amount is its size."""
    return bool(_MARKET_BEFORE.search(text)) and not _OTHER_MONEY.search(text)


def _word_char(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


@cache
def measure_vocabulary() -> MeasureVocabulary:
    """The measures of the ontology's vocabulary, read once."""
    triples = []
    for concept in read_concepts():
        if concept.cls != "Measure" or not concept.iri.startswith(MEASURE_BASE):
            continue
        parent = next(
            (b[len(MEASURE_BASE) :] for b in concept.broader if b.startswith(MEASURE_BASE)), None
        )
        names = tuple(text for text, _ in (*concept.pref_labels, *concept.alt_labels))
        triples.append((concept.iri[len(MEASURE_BASE) :], parent, names))
    return MeasureVocabulary(triples)

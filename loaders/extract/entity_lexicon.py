"""Word lists entity discovery reads: government bodies, name suffixes, cue words, stop lists.

Everything here is general knowledge about how organisations, offerings and documents are
named in Chinese and English healthcare-AI writing; nothing is fitted to one report. The
government bodies are a small gazetteer of well-known ministries, regulators and agencies
(China, the US, the UK, the EU and a few others) with their usual abbreviations.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from medatlas.loaders.extract.entity_common import word_list

__all__ = [
    "BODY_FIELD_VERBS",
    "CLINICAL_WORDS",
    "COMMITTEE_ENDINGS",
    "EN_CONNECTORS",
    "EN_DESIGNATORS",
    "EN_HEAD_CLASSES",
    "EN_STOP_WORDS",
    "EN_TRAILING_CUES",
    "EN_TYPE_NOUNS",
    "GENERIC_LEADS",
    "GENERIC_WORDS",
    "GENE_SYMBOL",
    "GOVERNMENT_BODIES",
    "GOV_ADMIN_WORDS",
    "HEADER_CLASSES",
    "HOSPITAL_KINDS",
    "LED_BODY_ENDINGS",
    "MEDICAL_ACRONYMS",
    "MODALITIES",
    "MODEL_FAMILIES",
    "NATIONAL_LEADS",
    "OFFERING_AFTER_BRAND",
    "OFFERING_SUFFIXES",
    "ORG_SUFFIXES",
    "POLICY_ENDINGS",
    "QUOTE_TYPE_NOUNS",
    "REGION_CHARS",
    "REPORT_ENDINGS",
    "ROLE_LEADS",
    "SOURCE_CUES",
    "STOP_CHARS",
    "Body",
    "Suffix",
]


@dataclass(frozen=True)
class Body:
    """A well-known public body, or one of the large technology firms, models and clouds every
    report may name: the name to file it under, its other names, its class."""

    name: str
    aliases: tuple[str, ...]
    cls: str = "GovernmentBody"


def _b(name: str, *aliases: str, cls: str = "GovernmentBody") -> Body:
    return Body(name, tuple(aliases), cls)


GOVERNMENT_BODIES: tuple[Body, ...] = (
    # China: the Party and State Council
    _b("中共中央", "中央委员会"),
    _b("中共中央办公厅", "中办"),
    _b("国务院", "中华人民共和国国务院", "State Council"),
    _b("国务院办公厅", "国办"),
    _b("全国人民代表大会常务委员会", "全国人大常委会", "NPC Standing Committee"),
    _b("中央网络安全和信息化委员会办公室", "中央网信办"),
    _b("国家互联网信息办公室", "国家网信办", "网信办", "Cyberspace Administration of China"),
    # China: ministries and commissions
    _b("国家发展和改革委员会", "国家发展改革委", "国家发改委", "发改委", "NDRC"),
    _b("教育部", "Ministry of Education"),
    _b("科学技术部", "科技部", "Ministry of Science and Technology"),
    _b("工业和信息化部", "工信部", "MIIT", "Ministry of Industry and Information Technology"),
    _b("公安部"),
    _b("民政部"),
    _b("司法部"),
    _b("财政部", "Ministry of Finance"),
    _b("人力资源和社会保障部", "人社部"),
    _b("自然资源部"),
    _b("生态环境部"),
    _b("住房和城乡建设部", "住建部"),
    _b("交通运输部"),
    _b("水利部"),
    _b("农业农村部"),
    _b("商务部", "MOFCOM"),
    _b("文化和旅游部", "文旅部"),
    _b(
        "国家卫生健康委员会",
        "国家卫生健康委",
        "国家卫健委",
        "卫健委",
        "National Health Commission",
        "NHC",
    ),
    _b("国家卫生和计划生育委员会", "国家卫计委", "卫计委"),
    _b("退役军人事务部"),
    _b("应急管理部"),
    _b("中国人民银行", "央行", "People's Bank of China", "PBOC"),
    _b("审计署"),
    _b("国务院国有资产监督管理委员会", "国务院国资委", "国资委", "SASAC"),
    _b("海关总署"),
    _b("国家税务总局"),
    _b("国家市场监督管理总局", "市场监管总局", "SAMR"),
    _b("国家金融监督管理总局", "金融监管总局"),
    _b("中国证券监督管理委员会", "中国证监会", "证监会", "CSRC"),
    _b("国家统计局"),
    _b("国家知识产权局", "CNIPA"),
    _b("国家医疗保障局", "国家医保局", "医保局", "NHSA"),
    _b("国家中医药管理局", "国家中医药局", "NATCM"),
    _b("国家疾病预防控制局", "国家疾控局"),
    _b("国家药品监督管理局", "国家药监局", "药监局", "NMPA"),
    _b(
        "国家药品监督管理局医疗器械技术审评中心",
        "国家药监局医疗器械技术审评中心",
        "器审中心",
        "CMDE",
    ),
    _b("国家药品监督管理局药品审评中心", "国家药监局药品审评中心", "药审中心"),
    _b("国家数据局", "National Data Administration"),
    _b("国家标准化管理委员会", "国家标准委", "Standardization Administration of China"),
    _b("国家自然科学基金委员会", "国家自然科学基金委", "NSFC"),
    _b("中国疾病预防控制中心", "中国疾控中心", "China CDC"),
    _b("国家卫生健康委统计信息中心", "国家卫健委统计信息中心"),
    _b("国家远程医疗与互联网医学中心"),
    # United States
    _b(
        "美国食品药品监督管理局",
        "美国FDA",
        "FDA",
        "Food and Drug Administration",
        "U.S. FDA",
        "US FDA",
    ),
    _b("Centers for Medicare & Medicaid Services", "美国医疗保险和医疗补助服务中心", "CMS"),
    _b("National Institutes of Health", "美国国立卫生研究院", "NIH"),
    _b("Centers for Disease Control and Prevention", "美国疾病控制与预防中心", "美国疾控中心"),
    _b("Department of Health and Human Services", "美国卫生与公众服务部", "HHS"),
    _b(
        "Office of the National Coordinator for Health Information Technology",
        "ONC",
    ),
    _b("Federal Trade Commission", "FTC"),
    # Europe and the UK
    _b("European Medicines Agency", "欧洲药品管理局", "EMA"),
    _b("European Commission", "欧盟委员会"),
    _b("Medicines and Healthcare products Regulatory Agency", "英国药品和保健品监管局", "MHRA"),
    _b("National Institute for Health and Care Excellence", "英国国家卫生与临床优化研究所", "NICE"),
    _b("National Health Service", "英国国家医疗服务体系", "NHS"),
    _b("NHS England", "英格兰国民保健署"),
    _b("Department of Health and Social Care", "英国卫生和社会保障部", "DHSC"),
    # Asia-Pacific and international
    _b("Pharmaceuticals and Medical Devices Agency", "日本医药品医疗器械综合机构", "PMDA"),
    _b("Ministry of Health, Labour and Welfare", "日本厚生劳动省", "厚生劳动省", "MHLW"),
    _b("Ministry of Food and Drug Safety", "韩国食品药品安全部", "MFDS"),
    _b("Therapeutic Goods Administration", "澳大利亚药物管理局", "TGA"),
    _b("Health Sciences Authority", "新加坡卫生科学局"),
    _b("Health Canada", "加拿大卫生部"),
    _b("World Health Organization", "世界卫生组织", "世卫组织", "WHO", cls="Organization"),
    # the large technology firms and their general models and clouds that healthcare-AI
    # reports build on: named in every market, listed by no report's own table
    _b("阿里云", "Alibaba Cloud", "阿里云计算有限公司", cls="Company"),
    _b("腾讯", "Tencent", "腾讯公司", "腾讯控股", cls="Company"),
    _b("百度", "Baidu", "百度公司", cls="Company"),
    _b("字节跳动", "ByteDance", cls="Company"),
    _b("科大讯飞", "iFlytek", "iFLYTEK", "科大讯飞股份有限公司", cls="Company"),
    _b("商汤科技", "SenseTime", "商汤", cls="Company"),
    _b("微软", "Microsoft", "微软公司", "Microsoft Corporation", cls="Company"),
    _b("谷歌", "Google", "Google LLC", cls="Company"),
    _b("OpenAI", cls="Company"),
    _b("Anthropic", cls="Company"),
    _b("通义千问", "Qwen", "通义千问大模型", cls="AIModel"),
    _b("文心一言", "ERNIE Bot", cls="AIModel"),
    _b("腾讯混元", "混元大模型", "Hunyuan", cls="AIModel"),
    _b("讯飞星火", "讯飞星火认知大模型", "iFlytek Spark", cls="AIModel"),
    _b("Microsoft Azure", "Azure", "微软Azure", cls="Platform"),
    _b("Azure OpenAI", "Azure OpenAI Service", "Azure OpenAI服务", cls="Platform"),
    _b("阿里云百炼", "Alibaba Cloud Model Studio", "百炼", cls="Platform"),
    _b("Amazon Web Services", "AWS", "亚马逊云科技", cls="Platform"),
)


@dataclass(frozen=True)
class Suffix:
    """A name ending and the class it gives; ``weak`` endings are ordinary words too."""

    text: str
    cls: str
    weak: bool = False


def _suffixes(cls: str, words: str, *, weak: bool = False) -> tuple[Suffix, ...]:
    return tuple(Suffix(w, cls, weak) for w in words.split())


# Chinese organisation endings. "Gov" endings only count with an administrative modifier.
ORG_SUFFIXES: tuple[Suffix, ...] = (
    *_suffixes(
        "Company",
        "股份有限公司 有限责任公司 有限公司 集团有限公司 集团公司 公司 集团 控股 证券 银行 保险"
        " 合伙企业（有限合伙） 合伙企业(有限合伙) 合伙企业 会计师事务所",
    ),
    # investment funds, named as the trade they invest in: 鼎川医疗产业基金
    *_suffixes("Company", "产业基金 投资基金 产业投资基金 创业投资基金 股权投资基金 并购基金"),
    *_suffixes(
        "Company",
        "科技 医疗 医药 生物 智能 健康 云 资本 创投 投资 基金 药业 制药 医疗器械 数智 数科 智医"
        " 数字医学",
        weak=True,
    ),
    # a research firm that publishes the market reports (启衡咨询) is filed with the institutes
    *_suffixes("ResearchInstitution", "咨询", weak=True),
    *_suffixes(
        "Hospital",
        "医院 人民医院 附属医院 中医院 中医医院 卫生院 妇幼保健院 保健院 医学中心 诊所 门诊部"
        " 医疗中心 精神卫生中心 卫生服务中心 卫生服务站 康复中心 医共体 护理院"
        # the clinics of occupational and public health (职业病防治院, 职业健康体检中心) and the
        # check-up chains (鸿泰健康体检集团)
        " 防治院 体检中心 健康管理中心 体检集团"
        # the short forms hospitals go by: 栖霞一院, 澜海市三院, 澜州大学附一院, 澜海人医
        " 一院 二院 三院 四院 五院 六院 七院 八院 九院 附一院 附二院 附三院 人医",
    ),
    *_suffixes("University", "大学 学院 医学院 高校"),
    *_suffixes(
        "ResearchInstitution",
        "研究院 研究所 实验室 研究中心 科学院 工程院 研究室 智库 重点实验室 创新中心",
    ),
    *_suffixes(
        "Association",
        "协会 学会 联盟 商会 专业委员会 专委会 分会 联合会 促进会 研究会 俱乐部"
        " 协作组 协作网 工作组 专家组",
    ),
    *_suffixes("Organization", "交易所 联交所 律师事务所 基金会"),
    # parks and incubators that host firms, named by a place and a trade: 岚湖生命健康产业园
    *_suffixes("Organization", "产业园 产业园区 医谷 药谷 孵化器 加速器 产业基地"),
    *_suffixes("Organization", "报社 杂志社 出版社 日报 时报 周刊", weak=True),
    *_suffixes(
        "GovernmentBody",
        "委员会 管理局 监督管理局 总局 局 部 厅 委 办公室 办 署 中心 人民政府 管委会 海关",
    ),
)

# Chinese offering endings: what a product, platform or model name ends with.
OFFERING_SUFFIXES: tuple[Suffix, ...] = (
    *_suffixes("AIModel", "大模型 大语言模型 语言模型 模型 GPT"),
    *_suffixes(
        "Platform",
        "平台 云平台 开放平台 操作系统 影像云 医疗云 健康云 病理云 数据云 心电云 超声云 检验云"
        " 随访云"
        # a brand, a field and 云: 灵步康复云, 岚酸尿酸管理云, 资衡设备资产云
        " 康复云 管理云 筛查云 专病云 慢病云 眼科云 服务云 药学云 护理云 资产云 追溯云 质控云"
        " 急救云 医保云 胶片云 诊疗云 科研云 体检云 问诊云 监测云",
    ),
    *_suffixes("Platform", "大脑", weak=True),  # 溯禾影像大脑: a platform named as a brain
    *_suffixes("Platform", "数据底座 底座", weak=True),  # 汇流健康数据底座: a base others build on
    *_suffixes(
        "Product", "系统 机器人 助手 引擎 管家 一体机 软件 App APP 小程序 医生 解决方案 CDSS PACS"
    ),
    # devices: 鹿鸣血糖仪, a brand and the kind of device it is
    *_suffixes(
        "Product",
        "血糖仪 血压计 监护仪 检测仪 分析仪 筛查仪 评估仪 测量仪 治疗仪 心电仪 听诊器 呼吸机"
        " 手环 手表 监护盒 计算盒 盒子 头环 鞋垫 贴片 判读仪",
    ),
    *_suffixes(
        "Dataset",
        "数据集 数据库 专病库 语料库 语料 样本库 生物样本库 影像库 切片库 病例库 评测集 测试集"
        " 视频库 知识库 资源库 图像库 曲线库 登记库 标注库 随访库",
    ),
)

# The field word an offering is named by after its maker's brand: 汀澜问诊, 岑朗心电 (the
# brand of 汀澜科技, 岑朗医疗 in the same report). Clinical fields and tasks only: never a word
# that says something of the firm itself (团队, 数据, 官网, 业务).
OFFERING_AFTER_BRAND: frozenset[str] = frozenset(
    word_list(
        "问诊 预问诊 导诊 分诊 智诊 云诊 慧诊 辅诊 心电 脑电 影像 智影 慧影 云影 肺影 病理"
        " 超声 眼底 放疗 内镜 质控 随访 慢病 医助 药师 听诊 肺结节 病历"
    )
)


# Words an administrative body's name contains (国家/省/市 + one of these + 局/委/厅...).
GOV_ADMIN_WORDS: tuple[str, ...] = tuple(
    word_list(
        "卫生 健康 卫健 医疗保障 医保 药品 药监 监督 监管 管理 市场 发展 改革"
        " 科学技术 科技 经济 信息化 工业 财政 教育 民政 人力资源 社会保障 数据"
        " 网信 互联网 标准 疾病预防控制 疾控 中医药 审评 统计 商务 公安 医院管理"
        " 大数据 政务 政府 人民政府 金融 应急 公共资源"
    )
)

# Leading words that make a phrase generic ("相关企业", "多家医院"): never part of a name.
GENERIC_LEADS: frozenset[str] = frozenset(
    word_list(
        "该 各 本 其 此 这 那 每 某 诸 另 多家 部分 相关 各级 各类 各地"
        " 各大 全国 国内 国外 海外 首批 一批 首家 其他 其它 以及 主要 重点"
        " 大型 中小 中小型 头部 知名 领先 龙头 新兴 传统 众多 诸多 所有 全部"
        " 一些 若干 这些 那些 上述 下属 旗下 我国 我们 他们 本土 国产 外资"
        " 民营 公立 私立 三甲 三级 二级 一级 基层 大量 少数 多数 大多数 更多"
        " 不少 一家 两家 多个 一个 这家 那家 此类 同类 同行 行业 全球 国际"
        " 地方 省级 市级 县级 区域 综合 专科 社区 乡镇 基础 合作 试点 示范"
        " 目标 客户 服务 上市 非上市 初创 创业 独角兽 明星 优质 下游 上游 中游"
        " 医疗 AI 人工智能 数字 智慧 智能 互联网 新型 现有 全新 首个 首款"
        " 多款 一款 该款 其中 即 如 例如 包括 比如 等 老 股东 老股东 新股东 原股东"
        " 受访 被访 参评 参调 样本 调研"
    )
)

# Words that never make a modifier a name on their own (domain vocabulary jieba may not know).
# clinical short words the tokenizer's dictionary lacks: read as single characters, they look
# like a coined brand (心衰 of 心衰随访管理平台, 早癌 of 早癌识别软件); and symptoms the tagger
# files as verbs, which would end a name read leftwards (出血 of 凝衡出血日记App)
CLINICAL_WORDS: list[str] = word_list(
    "心衰 心超 心动图 超声心动图 早癌 房颤 心梗 肾衰 慢阻肺 糖网"
    " 出血 跌倒 睡眠 感染 咳嗽 发热 腹泻 呕吐"
)
GENERIC_WORDS: frozenset[str] = frozenset(
    word_list(
        "专病 多模态 大数据 云端 智慧 数智 数字化 互联网 一站式 全流程 端到端"
        " 辅诊 导诊 问诊 预问诊 随访 慢病 质控 医保 医联体 医共体 三甲 三级"
        " 二级 基层 专科 全科 院内 院外 线上 线下 智能化 信息化 可穿戴 穿戴"
        " 开源 闭源 垂类 垂直 行业 通用 国产 自研 自主 生成式 预训练 基座 底座"
        " 中医药 中医 西医 影像 医学影像 病理 药物 药械 器械 医疗器械 临床 诊疗"
        " 辅助 诊断 筛查 手术 康复 养老 护理 健康管理 医疗 医学 医药 健康"
        " 生命科学 科研 教学 管理 服务 运营 医院 医生 患者 病历 电子病历 文书"
        " 心血管 肿瘤 眼科 放射 超声 检验 检查 基因 蛋白 分子 细胞 靶点 新药"
        " 心电 脑电 肌电"
        " 研发 药企 数据 算法 算力 模型 大模型 语言 视觉 语音 图像 文本 知识"
        " 知识图谱 决策 支持 监测 预警 分析 评估 评价 质量 安全 隐私 合规 标准"
        " 规范 应用 场景 平台 系统 工具 产品 方案 解决方案 技术 科技 智能"
        " 人工智能 机器 学习 深度 深度学习 神经 网络 计算 云 云计算 边缘 区块链"
        " 物联网 移动 远程 在线 互联 协同 共享 开放 创新 产业 生态 区域 全民"
        " 公共 卫生 国家 全国 全省 全市 省级 市级 县域 城市 乡村 农村 家庭"
        " 个人 企业 机构 医疗机构 社会 政府 国际 全球 我国 第三方 新一代 下一代"
        " 新型 智能体 Agent 机器人 设备 终端 硬件 软件 芯片 传感器 可视化"
        " 自动化 结构化 标准化 规范化 个性化 精准 精准医疗 早期 早筛 慢性病 急诊"
        " 门诊 住院 手术室 ICU 检验科 影像科 放射科 病理科 读片 阅片 电商"
        " 零售 物流 支付 金融 社交 搜索 广告 营销 政务 媒体 内容 咨询 策略"
        " 战略 转型 市场 行业 领域 商业 核心 基础 底层 全栈 一体化 智能化 三大"
        " 四大 五大 两大 多款 系列 体系 生态 矩阵 集群 中台 工作站 终端"
        " 连锁 药房 大药房 药店"
    )
) | frozenset(CLINICAL_WORDS)

# What a sentence calls an offering or a company before naming it ("核心产品X", "新一代X",
# "公司自研X"): a role, never part of the name that follows.
ROLE_LEADS: frozenset[str] = frozenset(
    word_list(
        "核心产品 主打产品 明星产品 旗舰产品 代表产品 代表性产品 主要产品 重点产品 拳头产品"
        " 核心 主打 旗舰 产品 新品 新产品 新一代 下一代 新版 新款 首款 首个 升级版 最新版 最新"
        " 自研 自主研发 研发 自有 推出 旗下 该 其 公司 本公司 该公司 公司的 其自研"
        # the part a customer or partner plays: 标杆客户X医院
        " 客户 标杆客户 重点客户 典型客户 首家客户 合作伙伴 合作方"
        # a trade role or a request to contact: 代理商X, 联系X公司
        " 代理商 经销商 总代理 供应商 承包商 联系"
    )
)


# Latin abbreviations of modalities, records and hospital systems: ordinary words of a Chinese
# product description (冠脉CTA辅助诊断软件), never the brand that makes it a name.
# Imaging and signal modalities come after the body part they look at (冠脉CTA, 胸部CT): the
# word before one is anatomy, not a brand.
MODALITIES: frozenset[str] = frozenset(
    word_list(
        "CT CTA CTP MRI MR mpMRI bpMRI PET SPECT DR CR DSA OCT ECG EKG EEG EMG X CXR LDCT"
        " DBT FFDM MMG ABUS CBCT"
    )
)
MEDICAL_ACRONYMS: frozenset[str] = MODALITIES | frozenset(
    word_list(
        "ICU CCU ER OR EMR EHR HIS PACS LIS RIS CIS CDSS NLP AI IT IOT 5G DRG DIP TCM"
        " DNA RNA ctDNA cfDNA mRNA scRNA"
        # diseases, care teams, wards and tests written by their initials: 慢性肾脏病（CKD）
        " CKD AKI ESRD COPD OSA OSAHS ARDS AF CAD CHD NAFLD NASH MASLD HCC T1D T2D DM VTE DVT"
        " TB HIV HPV HBV HCV ADHD HIE MDT NICU PICU SICU EICU ED OPD NGS WGS PCR POCT IVD TCT"
        " LBC CGM BMI"
        # therapies and signals by their initials: deep brain stimulation (DBS), EEG
        " DBS SCS TMS rTMS tDCS VNS BCI EEG ECG EKG EMG ICSI IVF PGT"
        # lab values, vital signs and ventilator settings: "adjusts PEEP and FiO2", eGFR
        " FIT FOBT eGFR GFR UACR HbA1c LDL HDL PSA SpO2 FiO2 PEEP NIBP HRV"
        # viral markers: "HBsAg-positive patients", HBV DNA
        " HBsAg HBeAg anti-HBc HBcAb"
        # how devices connect: "NB-IoT terminals"
        " NB-IoT LoRa LoRaWAN RFID BLE"
        # clinical scales and the kit a procedure uses: "graded on LOCS III", "PDQ-39", IOL
        " PDQ-39 PHQ-9 GAD-7 MoCA MMSE UPDRS MDS-UPDRS NIHSS GCS SOFA qSOFA LOCS IOL IV PIVAS"
    )
)


# Single characters that end a name when reading leftwards (function words, pronouns...).
STOP_CHARS: frozenset[str] = frozenset(
    word_list(
        "的 了 着 过 是 有 在 为 由 将 被 把 向 从 给 让 使 获 经 已"
        " 称 说 据 如 等 及 和 与 或 并 之 于 以 对 至 到 自 而 且 也"
        " 都 又 再 还 即 就 才 均 皆 各 该 本 其 此 这 那 每 某 诸 另"
        " 跟 同 共 个 家 款 项 次 位 名 种 类 批 所 们 我 你 他 她 它"
        " 啊 吗 呢 吧 则 但 若 因 故 后 前 时 里 内 外 上 下 仅 只 更"
        " 最 很 太 非 不 无 没 未 可 能 会 要 应 需 须 请 用 令 叫 则 占"
    )
)

# 《》 titles: what policy documents and reports end with (a trailing （…） note is allowed).
POLICY_ENDINGS: tuple[str, ...] = tuple(
    word_list(
        "意见 实施意见 指导意见 通知 办法 管理办法 暂行办法 规划 指引 指南"
        " 指导原则 原则 方案 行动方案 实施方案 工作方案 纲要 条例 规定 标准 规范"
        " 细则 决定 计划 行动计划 措施 若干措施 目录 程序 要求 制度 战略 法"
        " 法案 公告 通告 批复 函 清单 要点 共识 导则 规程 准则 路线图 白名单"
        " 政策 行动 工程 质控指标 控制指标 评价指标 Act Regulation Directive Law"
        " Bill Guidance Guideline Guidelines"
        " Framework Strategy Plan Rule Order Code"
    )
)
REPORT_ENDINGS: tuple[str, ...] = tuple(
    word_list(
        "报告 白皮书 蓝皮书 绿皮书 图谱 研究 调查 调研 指数 年鉴 榜单 洞察"
        " 分析 展望 趋势 综述 报道 研报 手册 观察 排行榜 案例集 全景图 全景"
        " 评估 公报 年报 招股说明书 募集说明书 Report Survey Index Outlook Review"
        " Study Landscape Whitepaper Paper Monitor"
        " Barometer Insights Atlas Yearbook"
    )
)

# A type noun right before or after a quoted name: 发布大模型“X”, “X”平台.
QUOTE_TYPE_NOUNS: tuple[tuple[str, str], ...] = (
    ("大模型", "AIModel"),
    ("大语言模型", "AIModel"),
    ("模型", "AIModel"),
    ("平台", "Platform"),
    ("云平台", "Platform"),
    ("大脑", "Platform"),
    ("系统", "Product"),
    ("产品", "Product"),
    ("软件", "Product"),
    ("助手", "Product"),
    ("品牌", "Product"),
    ("机器人", "Product"),
    ("解决方案", "Product"),
    ("小程序", "Product"),
    ("App", "Product"),
    ("APP", "Product"),
    ("应用", "Product"),
    ("数据集", "Dataset"),
    ("数据库", "Dataset"),
    ("公司", "Company"),
    ("企业", "Company"),
    # a self-media account that publishes: 公众号“X”, “X”微信公众号
    ("微信公众号", "Organization"),
    ("公众号", "Organization"),
    ("视频号", "Organization"),
)

# Words that introduce the source or author of a report: 来源：X、Y整理.
SOURCE_CUES: tuple[str, ...] = tuple(
    word_list(
        "数据来源 资料来源 信息来源 来源 出处 调查单位 调研单位 发布单位 发布机构"
        " 研究机构 编制单位 主办单位 承办单位 出品方 出品 研究单位 执笔单位"
        " Source Sources Publisher"
    )
)

# Table headers -> the class of the names in that column. Checked in order; first hit wins.
HEADER_CLASSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            "发布部门",
            "相关部门",
            "发文机关",
            "发文单位",
            "印发部门",
            "发布机关",
            "部门",
            "issuer",
            "issuing",
            "agency",
            "regulator",
            "authority",
        ),
        "GovernmentBody",
    ),
    (
        (
            "文件名称",
            "政策名称",
            "政策文件",
            "政策",
            "文件",
            "法规",
            "policy",
            "regulation",
            "guidance",
            "legislation",
        ),
        "Policy",
    ),
    (("报告名称", "报告", "研报", "report"), "Report"),
    (("大模型", "模型", "model", "llm"), "AIModel"),
    (("平台", "platform"), "Platform"),
    (
        (
            "产品",
            "解决方案",
            "工具",
            "系统名称",
            "核心系统",
            "代表系统",
            "product",
            "solution",
            "device",
            "tool",
            "flagship system",
        ),
        "Product",
    ),
    (("数据集", "数据库", "评测集", "基准", "dataset", "database", "benchmark"), "Dataset"),
    (("医院", "hospital", "health system", "provider"), "Hospital"),
    (("高校", "大学", "university"), "University"),
    (
        (
            "公司",
            "企业",
            "厂商",
            "厂家",
            "供应商",
            "服务商",
            "开发商",
            "开发者",
            "研发方",
            "开发机构",
            "研发机构",
            "开发方",
            "company",
            "vendor",
            "developer",
            "firm",
            "startup",
            "manufacturer",
            "maker",
            "sponsor",
            "investor",
            "投资方",
            "投资机构",
            "提供方",
            "提供商",
            "参展商",
            "参展企业",
            "展商",
            "exhibitor",
        ),
        "Company",
    ),
    (("机构", "单位", "organization", "organisation", "institution"), "Organization"),
)
# A header with one of these describes the names (their kind, number, size), not names.
HEADER_NOT_NAMES: tuple[str, ...] = tuple(
    word_list(
        "类型 类别 分类 数量 个数 家数 规模 占比 比例 金额 参数 时间 日期"
        " 年份 地区 城市 省份 领域 场景 方向 环节 阶段 内容 要点 简介 描述"
        " 说明 特点 功能 层级 等级 级别 分级 档次 性质 分组 组别 人群 群体 type category kind"
        " count number group"
        " size share amount date year region"
        " segment description summary features hq booth 展位 项目"
        " headquarters"
    )
)

# English: words that tie capitalised words into one name ("Centers for Medicare & Medicaid").
EN_CONNECTORS: frozenset[str] = frozenset({"of", "for", "and", "&", "de", "la", "du", "von", "the"})

# English head words (last word of a name) -> class.
EN_HEAD_CLASSES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        (
            "Inc",
            "Inc.",
            "Ltd",
            "Ltd.",
            "Corp",
            "Corp.",
            "Corporation",
            "LLC",
            "GmbH",
            "plc",
            "PLC",
            "AG",
            "Co.",
            "Limited",
            "Holdings",
            "Group",
            "Ventures",
            "Capital",
            "Invest",
            "Investments",
            "Partners",
            "Therapeutics",
            "Pharma",
            "Pharmaceuticals",
            "Biosciences",
            "Biotech",
            "Bio",
            "Technologies",
            "Technology",
            "Tech",
            "Systems",
            "Analytics",
            "Robotics",
            "Genomics",
            "Diagnostics",
            "Imaging",
            "Software",
            "Solutions",
            "Networks",
            "Consulting",
            "Consultants",
            "Rx",
            "Advisory",
            "Advisors",
            "Advisers",
            "Securities",
            "Health",
            "Healthcare",
            "HealthCare",
            "Medical",
            "Healthineers",
            "AI",
            "Labs",
            "Intelligence",
            "Sciences",
            "Biologics",
            "Medicines",
            "Instruments",
            "Devices",
            "Care",
        ),
        "Company",
    ),
    (
        (
            "Hospital",
            "Hospitals",
            "Clinic",
            "Infirmary",
            "Medical Center",
            "Medical Centre",
            "Health System",
            "Cancer Center",
            "Children's",
            "Foundation Trust",  # an English NHS trust runs hospitals
            "NHS Trust",
            "Hospitals Trust",
            "Health Trust",  # Nordland Health Trust: a public body that runs hospitals
        ),
        "Hospital",
    ),
    (("University", "College", "School", "Medicine", "Polytechnic"), "University"),
    # a research firm ("Corvane Research", "Helixa Insights") is filed with the institutes
    (
        (
            "Institute",
            "Laboratory",
            "Lab",
            "Academy",
            "Observatory",
            "Research",
            "Insights",
            "Insight Partners",
        ),
        "ResearchInstitution",
    ),
    (
        (
            "Association",
            "Society",
            "Federation",
            "Alliance",
            "Consortium",
            "Council",
            "Coalition",
            "Network",
            "Collaborative",
            "Forum",
        ),
        "Association",
    ),
    (
        (
            "Agency",
            "Administration",
            "Ministry",
            "Department",
            "Commission",
            "Authority",
            "Office",
            "Bureau",
            "Services",
            "Regulator",
            "Care Board",  # an English integrated care board commissions care
            "Commissioning Group",
            "Parliament",
            "Congress",
            "Senate",
        ),
        "GovernmentBody",
    ),
    (
        (
            "Act",
            "Regulation",
            "Directive",
            "Law",
            "Bill",
            "Guidance",
            "Guidelines",
            "Guideline",
            "Opinions",
            "Measures",
            "Notice",
            "Fund",
            "Programme",
            "Program",
            "Initiative",
            "Strategy",
            "Plan",
            "Framework",
            "Rule",
            "Checklist",
            "Standard",
            "Standards",
            "Roadmap",
            "Charter",
            "Principles",
            "Order",
            "Ordinance",
            "Decree",
            "Scheme",
            "Blueprint",
        ),
        "Policy",
    ),
    (
        (
            "Report",
            "Survey",
            "Index",
            "Outlook",
            "Whitepaper",
            "Landscape",
            "Yearbook",
            "Barometer",
            "Monitor",
            "Review",
        ),
        "Report",
    ),
    (
        (
            "Platform",
            "Cloud",
            "OS",
            "Hub",
            "Studio",
            "Suite",
            "Marketplace",
            "Store",
            "Workbench",
            "Sandbox",
            "Airlock",
        ),
        "Platform",
    ),
    (
        (
            "Copilot",
            "Assistant",
            "App",
            "Scribe",
            "Device",
            "Watch",
            "Scanner",
            "Robot",
            "Agent",
            "Prostate",
            "CXR",
            "MMG",
            "LVO",
            "Clinician",
        ),
        "Product",
    ),
    (("Model", "LLM", "GPT"), "AIModel"),
    (("Foundation", "Trust", "Charity", "Charitable Trust"), "Organization"),  # grant makers
    (("Accelerator", "Incubator"), "Organization"),  # programmes that back start-ups
    (
        ("Dataset", "Database", "Benchmark", "Corpus", "Bank", "Biobank", "Archive", "Databank"),
        "Dataset",
    ),
)

# Trailing designators dropped to get the short name ("Cerebras Systems" -> "Cerebras").
EN_DESIGNATORS: frozenset[str] = frozenset(
    word_list(
        "Inc Inc. Ltd Ltd. Corp Corp. Corporation"
        " LLC GmbH plc PLC AG Co. Limited Holdings"
        " Group Systems Technologies Technology"
        " Medical Center Centre Health Healthcare"
        " HealthCare Securities Capital Partners Labs Therapeutics Pharmaceuticals Analytics"
    )
)

# A lowercase noun right after a name tells its class: "the UNI model", "its aiOS platform".
EN_TRAILING_CUES: dict[str, str] = {
    "model": "AIModel",
    "models": "AIModel",
    "llm": "AIModel",
    "platform": "Platform",
    "registry": "Platform",
    "sandbox": "Platform",
    "cloud": "Platform",
    "system": "Product",
    "product": "Product",
    "products": "Product",
    "tools": "Product",
    "apps": "Product",
    "devices": "Product",
    "platforms": "Platform",
    "app": "Product",
    "device": "Product",
    "scanner": "Product",
    "assistant": "Product",
    "copilot": "Product",
    "suite": "Product",
    "dataset": "Dataset",
    "database": "Dataset",
    "benchmark": "Dataset",
    "corpus": "Dataset",
    "cohort": "Dataset",
    "archive": "Dataset",
    "hospital": "Hospital",
    "clinic": "Hospital",
    "university": "University",
    "act": "Policy",
    "guideline": "Policy",
    "guidelines": "Policy",
    "test": "Product",
    "tool": "Product",
    "software": "Product",
    "solution": "Product",
    "chatbot": "Product",
    # devices and parts of one: "its BrainSense adaptive DBS feature", "SleepArc headband"
    "feature": "Product",
    "headband": "Product",
    "implant": "Product",
    "stimulator": "Product",
    "interface": "Product",
    "monitor": "Product",
    "sensor": "Product",
    "wearable": "Product",
    "analyzer": "Product",
    "analyser": "Product",
    "pump": "Product",
    "robot": "Product",
    # worn and handheld kit: "its UriTrack patch", "the StrideOn exoskeleton"
    "patch": "Product",
    "insole": "Product",
    "dressing": "Product",
    "headset": "Product",
    "exoskeleton": "Product",
    "inhaler": "Product",
    "cuff": "Product",
}

# Common nouns that, in apposition, say what a name is: "Owkin, the Paris-based biotech".
EN_TYPE_NOUNS: dict[str, str] = {
    "company": "Company",
    "firm": "Company",
    "startup": "Company",
    "start-up": "Company",
    "biotech": "Company",
    "chipmaker": "Company",
    "maker": "Company",
    "vendor": "Company",
    "developer": "Company",
    "insurer": "Company",
    "pharmaceutical": "Company",
    "drugmaker": "Company",
    "investor": "Company",
    "hospital": "Hospital",
    "health system": "Hospital",
    "hospital system": "Hospital",
    "hospital network": "Hospital",
    "hospital group": "Hospital",
    "health network": "Hospital",
    "medical center": "Hospital",
    "dataset": "Dataset",
    "data set": "Dataset",
    "corpus": "Dataset",
    "set": "Dataset",
    "benchmark": "Dataset",
    "university": "University",
    "agency": "GovernmentBody",
    "regulator": "GovernmentBody",
    "institute": "ResearchInstitution",
    "association": "Association",
    "nonprofit": "Organization",
    "publisher": "Organization",
    "model": "AIModel",
    "language model": "AIModel",
    "foundation model": "AIModel",
    "platform": "Platform",
    "operating system": "Platform",
    "system": "Product",
    "tool": "Product",
    "app": "Product",
    "assistant": "Product",
    "chatbot": "Product",
    "test": "Product",
    "device": "Product",
    "software": "Product",
    "solution": "Product",
    "service": "Product",
    "health service": "Organization",
    "public service": "Organization",
    "algorithm": "Product",
    "scribe": "Product",
    "copilot": "Product",
    "wearable": "Product",
    "robot": "Product",
    "engine": "Product",
    "monitor": "Product",
    "sensor": "Product",
    "patch": "Product",
    "assessment": "Product",
    "assay": "Product",
    "insole": "Product",
    "headset": "Product",
    "dressing": "Product",
    "radar": "Product",
    "biobank": "Dataset",
    "registry": "Dataset",
    "consultancy": "Company",
    "unicorn": "Company",
    "spinout": "Company",
    "spin-off": "Company",
    "subsidiary": "Company",
    "pharma": "Company",
}

# Families of AI models: a name containing one of these is a model ("Qwen2.5-72B", "MedGPT").
MODEL_FAMILIES: tuple[str, ...] = tuple(
    word_list(
        "GPT ChatGPT LLaMA Llama Gemini Gemma"
        " PaLM Claude Qwen GLM ChatGLM Baichuan"
        " BERT BioBERT T5 Mistral Mixtral DeepSeek"
        " ERNIE Falcon InternLM Kimi Grok DALL-E"
        " Whisper YOLO U-Net ResNet ViT LLaVA"
        " Med-PaLM AlphaFold RoseTTAFold ESM"
        " Stable Diffusion Sora Hunyuan Pangu"
        " MiniMax Moonshot Doubao Ernie Vicuna"
        " Alpaca BLOOM Codex LLM VLM"
    )
)

# English words that are not names on their own, even capitalised (sentence starts, headings,
# technology terms and acronyms of the field).
EN_STOP_WORDS: frozenset[str] = frozenset(
    word_list(
        "a an the this that these those there"
        " their they them it its we our us you"
        " your he she his her i my me in on at by"
        " for from to of and or but nor so yet as"
        " if than then when while where which who"
        " whom whose what why how all any both"
        " each every few many more most much some"
        " such no not only own same other another"
        " also however although though because"
        " since unless until after before during"
        " about above below over under between"
        " among through into onto upon with within"
        " without against across along around"
        " behind beyond despite toward towards via"
        " per according based including include"
        " includes new first second third last"
        " next early late high low large small big"
        " major minor key main top best better"
        " good great total overall global local"
        " national international public private"
        " general special current recent future"
        " past today yesterday tomorrow now here"
        " still already even just again once twice"
        " ever never always often usually most"
        " mostly nearly almost about approximately"
        " around roughly january february march"
        " april may june july august september"
        " october november december monday tuesday"
        " wednesday thursday friday saturday"
        " sunday q1 q2 q3 q4 h1 h2 fy executive"
        " summary introduction conclusion"
        " conclusions outlook overview background"
        " methodology appendix contents table"
        " figure chart source sources note notes"
        " market markets dynamics trends trend"
        " analysis findings key takeaways"
        " recommendations vendor vendors category"
        " categories headquarters product products"
        " flagship segment segments region regions"
        " hospitals hospital health healthcare"
        " medical medicine clinical care patient"
        " patients doctor doctors physician"
        " physicians nurse nurses radiology"
        " pathology cardiology oncology imaging"
        " diagnosis diagnostics treatment therapy"
        " drug drugs discovery research science"
        " data digital ai ml dl nlp llm llms genai"
        " cv ar vr xr iot api apis sdk saas paas"
        " iaas gpu gpus cpu cpus tpu npu ehr emr"
        " his pacs lis ris cdss cds rcm crm erp ct"
        " mri pet ecg ekg eeg dna rna ngs tct icu"
        " ed er or opd kpi roi cagr yoy mom qoq"
        " ipo m&a r&d b2b b2c b2g kol usd rmb cny"
        " eur gbp us usa uk eu asia europe china"
        " chinese american european british global"
        " worldwide ceo cto cfo cio cmo cmio coo"
        " vp svp evp md phd mba series round seed"
        " yes no ok vs etc eg ie fig figs tab pp"
        " issue issues volume vol page chapter"
        " section part edition insights insight"
        " core physical agentic multimodal"
        " conversational responsible generative"
        " trustworthy explainable precision"
        " digital smart intelligent virtual life"
        " radiology ambient documentation stroke"
        " detection mammography chest x-ray"
        " reading patient-facing agents triage"
        " algorithm algorithms algorithmic model"
        " models platform platforms system systems"
        " tool tools solution solutions software"
        " hardware device devices application"
        " applications app apps service services"
        " network networks cloud regulators"
        " analysts investors researchers"
        " clinicians providers payers insurers"
        " startups companies firms vendors"
        " partners customers users developers"
        " engineers scientists large smaller"
        " smallest larger largest bigger biggest"
        " most many several various multiple open"
        " closed generative predictive foundation"
        " frontier crowded field fields sector"
        " sectors industry industries space"
        " landscape ecosystem said says say"
        " announced announces released releases"
        " launched launches raised raises signed"
        " signs expanded expands acquired acquires"
        " partnered partners published publishes"
        " ambient scribes scribe copilot copilots"
        " assistants assistant"
        # nationalities, which describe a firm ("the Dutch sensor maker X") and name none
        " dutch german french swiss swedish danish norwegian finnish irish belgian austrian"
        " italian spanish portuguese polish israeli indian japanese korean canadian"
        " australian singaporean taiwanese brazilian mexican nordic scandinavian asian"
        # therapies, tests and conditions written as acronyms ("PrEP uptake", "CAR-T 疗法")
        " prep pep car-t car-nk tcr-t cgt adc mrna sirna hiv sti stis std hpv msm poct ivd"
        " hf hfref hfpef afib pci cabg copd ckd esrd nafld masld"
        # buildings, security and market-structure shorthand ("HVAC", "EDR", "CR5")
        " hvac bms bas emc epc edr xdr siem dlp ransomware cr3 cr4 cr5 cr8 cr10 hhi"
        # manufacturing and trial practice
        " gmp glp gcp gsp sop sops capa"
        # measures, records and deal terms written as acronyms ("LVEF", "EMPI", "MoU", "OEM")
        " lvef empi mou oem odm fhir"
    )
)

# Gene symbols (CYP2C19, HLA-B*58:01, VKORC1): what a pharmacogenomic test reads, not a name.
GENE_SYMBOL = re.compile(
    r"(?:CYP\d{1,2}[A-Z]\d{0,2}|HLA-[A-Z]{1,4}\d?|UGT\d[A-Z]\d{1,2}|SLCO\d[A-Z]\d|VKORC1|TPMT"
    r"|NUDT15|DPYD|G6PD|BRCA[12]|EGFR|KRAS|NRAS|BRAF|ROS1|HER2|ERBB2|TP53|MTHFR|CFTR|APOE"
    r"|IFNL3|CYP\d[A-Z]\d/\d)(?:\*[\d:]+)?"
)


# Words that say which *kind* of hospital, never which one (公立医院, 儿童医院, 互联网医院):
# before 医院 they never make a name, however rare. Ownership, grade and level, specialty,
# role in a programme or network, setting, and size or standing.
HOSPITAL_KINDS: frozenset[str] = frozenset(
    word_list(
        # ownership
        "公立 私立 民营 国营 国有 外资 合资 独资 股份制 营利性 非营利 社会办 社会 非公"
        # grade, level and tier
        " 三甲 三级 二甲 二级 一级 省级 市级 区级 县级 地市 地市级 乡镇 乡村 村级 社区 基层"
        " 上级 下级 同级 各级 城乡 城市 农村 县域 区域 中心 医学"
        # specialty
        " 儿童 妇幼 妇产 妇女 中医 西医 中西医 民族 藏医 蒙医 肿瘤 眼科 口腔 牙科 骨科 胸科"
        " 精神 精神病 传染病 结核病 职业病 康复 护理 老年 整形 美容 宠物 动物 专科 综合"
        " 心血管 皮肤 皮肤病 耳鼻喉 儿科 妇科 男科 肛肠 脑科 肝病 血液病 中心"
        # role in a programme, a network or a study
        " 教学 附属 定点 试点 合作 签约 示范 标杆 样板 基地 成员 会员 联盟 核心 龙头 牵头"
        " 目标 客户 用户 样本 标准 参与 入选 受访 参评 协作 托管 对口 帮扶 分院 总院"
        # setting and channel
        " 互联网 智慧 数字 智能 数字化 信息化 实体 线上 线下 未来 云端 网络 远程 移动"
        " 当地 本地 外地 异地 国内 国外 海外 境外 全国 全球 国际 军队 部队 武警 军区 企业"
        " 研究型 现代化 专业"
        # size, standing and quantity
        " 大型 中型 小型 中小型 知名 著名 重点 顶级 顶尖 一流 头部 领先 优质 先进 优秀 百强"
        " 普通 一般 传统 不同 大量 部分 所有 多数 众多 其他 各大 各类 更多 同类 新建 现有"
        " 老牌 新兴 新型 高端 精品 品牌 星级 友好 贫困 边远 偏远 慈善 荣军 野战 战地 方舱"
        " 联网 疗养 养老 体检 急救 邮电 铁路 电力 石油 煤矿 航天 职工 农场 厂矿"
        " 大城市 小城市 中小城市 大中城市 大中型 中小型"
        # labels a hospital is awarded or built towards (平安医院, 无痛医院建设)
        " 平安 无痛 无烟 阳光 廉洁 清廉 文明 整洁 舒适 高效 绿色 人文 和谐 满意 放心 诚信"
        " 美丽 温馨 暖心 精益 卓越 无纸化 节约型 安全 便民 健康 品质 学习型 创新型"
    )
)

# Characters regions are abbreviated by (provinces, rivers, old states, directions): a word
# jieba tags as an abbreviation made only of them is a region (江淮, 苏浙, 京津).
REGION_CHARS: frozenset[str] = frozenset(
    "京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台"
    "江淮河湖海长珠东南西北中华齐燕楚吴越徽岭"
)

# Words that open the name of a national body named only with ordinary words:
# 全国智能影像临床应用协作组, 中华医学会, 国家远程医疗与互联网医学中心.
NATIONAL_LEADS: tuple[str, ...] = tuple(word_list("全国 中国 中华 国家"))

# Endings of an association, society, alliance or working group that such a lead can name.
LED_BODY_ENDINGS: tuple[str, ...] = tuple(
    word_list(
        "协会 学会 联盟 专业委员会 专委会 分会 联合会 促进会 研究会 协作组 协作网 工作组 专家组"
    )
)

# Endings of a society's committee or branch: its field alone names it
# (医学人工智能专业委员会), which no other ending allows.
COMMITTEE_ENDINGS: tuple[str, ...] = tuple(word_list("专业委员会 专委会"))

# Verbs a body's field is written with (临床应用, 产业促进, 标准化建设): inside a body's name
# they do not end the name as a governing verb would.
BODY_FIELD_VERBS: frozenset[str] = frozenset(
    word_list(
        "应用 发展 促进 创新 协同 管理 研究 合作 协作 服务 评价 评估 推广 转化 建设 防治 监测"
        " 教育 培训 交流 质控 诊疗 治疗 保健 救治 筛查 规范 检测 检验 鉴定 认证"
    )
)

"""The SKOS vocabularies in ontology/vocab: well formed, unambiguous, deep, covering the reports.

Every report in ../shared/corpus is read in place: for each, a list of terms it uses must resolve,
by some label, to the concept named beside the term.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, SKOS

ROOT = Path(__file__).resolve().parents[1]
VOCAB_DIR = ROOT / "ontology" / "vocab"
CORPUS_DIR = ROOT.parent / "shared" / "corpus"

MA = Namespace("https://w3id.org/medatlas/ontology#")
VOCAB = "https://w3id.org/medatlas/vocab/"
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CJK = re.compile(r"[\u3400-\u9fff]")

# scheme key -> (file, ontology class)
SCHEMES: dict[str, tuple[str, URIRef]] = {
    "segment": ("segments.ttl", MA.Segment),
    "usecase": ("usecases.ttl", MA.UseCase),
    "technology": ("technologies.ttl", MA.Technology),
    "measure": ("measures.ttl", MA.Measure),
}

# Labels deliberately carried by concepts of two different schemes. Keep it empty unless a term
# truly names two things; then add it here with the reason.
SHARED_ACROSS_SCHEMES: frozenset[str] = frozenset()

# Broader chains that must exist: (scheme, narrower slug, an ancestor slug).
CHAINS = [
    ("usecase", "lung-nodule-detection", "medical-imaging"),
    ("usecase", "diabetic-retinopathy-screening", "medical-imaging"),
    ("usecase", "cervical-cancer-screening", "pathology"),
    ("usecase", "cervical-cancer-screening", "medical-imaging"),
    ("usecase", "ecg-analysis", "medical-imaging"),
    ("usecase", "target-identification", "drug-discovery"),
    ("usecase", "molecule-generation", "drug-discovery"),
    ("usecase", "protein-structure-prediction", "drug-discovery"),
    ("usecase", "patient-recruitment", "drug-discovery"),
    ("usecase", "clinical-decision-support", "diagnosis-and-treatment-support"),
    ("usecase", "surgical-navigation", "diagnosis-and-treatment-support"),
    ("usecase", "surgical-robotics", "medical-robotics"),
    ("usecase", "ambient-scribe", "clinical-documentation"),
    ("usecase", "cancer-screening", "health-management"),
    ("usecase", "medical-coding", "workflow-optimization"),
    ("usecase", "liquid-biopsy", "precision-medicine"),
    ("usecase", "fraud-detection", "payer-administration"),
    ("technology", "medical-foundation-model", "deep-learning"),
    ("technology", "vision-language-model", "artificial-intelligence"),
    ("technology", "federated-learning", "machine-learning"),
    ("segment", "ai-pathology", "healthcare-ai"),
    ("segment", "hospitals", "healthcare-and-life-sciences"),
    ("measure", "cagr", "growth-rate"),
    ("measure", "share-budget-increase-over-10-percent", "share-of-respondents"),
]

# Terms each report uses, with the concept they must resolve to: (term, scheme, slug).
COVERAGE: dict[str, list[tuple[str, str, str]]] = {
    "000_481865b282495e49.txt": [
        ("医学影像", "usecase", "medical-imaging"),
        ("医学影像分析", "usecase", "medical-imaging"),
        ("临床决策支持", "usecase", "clinical-decision-support"),
        ("工作流程优化", "usecase", "workflow-optimization"),
        ("药物研发", "usecase", "drug-discovery"),
        ("数据分析", "usecase", "data-analytics"),
        ("临床文档处理", "usecase", "clinical-documentation"),
        ("临床文档NLP", "usecase", "clinical-documentation"),
        ("行政事务自动化", "usecase", "administrative-automation"),
        ("员工生产力提升", "usecase", "employee-productivity"),
        ("病理切片分析", "usecase", "pathology"),
        ("基因组分析", "usecase", "genomic-analysis"),
        ("蛋白质设计", "usecase", "protein-design"),
        ("影像分割", "usecase", "image-segmentation"),
        ("病灶检测", "usecase", "lesion-detection"),
        ("三维重建", "usecase", "3d-reconstruction"),
        ("实时影像处理", "usecase", "real-time-image-processing"),
        ("手术导航", "usecase", "surgical-navigation"),
        ("手术辅助", "usecase", "surgical-assistance"),
        ("远程诊疗", "usecase", "telemedicine"),
        ("疾病预测", "usecase", "disease-risk-prediction"),
        ("肿瘤诊疗", "usecase", "oncology-decision-support"),
        ("肿瘤基因组", "usecase", "cancer-genomics"),
        ("靶点发现", "usecase", "target-identification"),
        ("小分子药物", "usecase", "small-molecule-discovery"),
        ("医疗机器人", "usecase", "medical-robotics"),
        ("个性化治疗", "usecase", "personalized-treatment"),
        ("辅助诊断", "usecase", "assisted-diagnosis"),
        ("制药/生物技术", "segment", "pharma-and-biotech"),
        ("医疗技术/诊断", "segment", "medtech"),
        ("医技", "segment", "medtech"),
        ("支付方/服务提供方", "segment", "payers-and-providers"),
        ("支付方", "segment", "payers"),
        ("医疗AI", "segment", "healthcare-ai"),
        ("生成式AI", "technology", "generative-ai"),
        ("开源模型", "technology", "open-source-ai"),
        ("AI智能体", "technology", "agentic-ai"),
        ("Agentic AI", "technology", "agentic-ai"),
        ("混合计算", "technology", "hybrid-computing"),
        ("物理AI", "technology", "physical-ai"),
        ("人体数字孪生", "technology", "digital-twin"),
        ("自然语言处理", "technology", "natural-language-processing"),
        ("边缘计算", "technology", "edge-computing"),
        ("GPU加速", "technology", "gpu-acceleration"),
        ("整体AI采用率", "measure", "adoption-rate"),
        ("生成式AI采用率", "measure", "generative-ai-adoption-rate"),
        ("AI智能体应用/评估率", "measure", "agentic-ai-adoption"),
        ("ROI实现率", "measure", "share-reporting-roi"),
        ("开源模型战略重要性", "measure", "share-rating-open-source-important"),
        ("计划增加AI预算", "measure", "share-planning-budget-increase"),
        ("营收增长超过10%", "measure", "share-reporting-revenue-growth-over-10-percent"),
        ("样本规模", "measure", "survey-sample-size"),
    ],
    "001_3e39562607f966bf.txt": [
        ("医学影像", "usecase", "medical-imaging"),
        ("药物发现", "usecase", "drug-discovery"),
        ("临床决策支持", "usecase", "clinical-decision-support"),
        ("工作流程优化", "usecase", "workflow-optimization"),
        ("虚拟健康助手", "usecase", "virtual-health-assistant"),
        ("聊天机器人", "usecase", "virtual-health-assistant"),
        ("患者互动", "usecase", "patient-engagement"),
        ("行政任务", "usecase", "administrative-automation"),
        ("日程安排", "usecase", "scheduling"),
        ("医疗编码", "usecase", "medical-coding"),
        ("资源利用管理", "usecase", "utilization-management"),
        ("护理协调", "usecase", "care-coordination"),
        ("知识检索", "usecase", "knowledge-retrieval"),
        ("研究论文分析", "usecase", "literature-analysis"),
        ("医疗设备制造", "usecase", "medical-device-manufacturing"),
        ("放射学", "usecase", "radiology"),
        ("数字医疗", "segment", "digital-health"),
        ("医疗技术与工具", "segment", "medtech"),
        ("制药与生物技术", "segment", "pharma-and-biotech"),
        ("支付方与提供方", "segment", "payers-and-providers"),
        ("初级保健提供者", "segment", "primary-care"),
        ("保险公司", "segment", "payers"),
        ("智能体AI", "technology", "agentic-ai"),
        ("agentic AI", "technology", "agentic-ai"),
        ("大语言模型", "technology", "large-language-model"),
        ("预测性分析", "technology", "predictive-analytics"),
        ("开源软件", "technology", "open-source-ai"),
        ("生成式AI", "technology", "generative-ai"),
        ("人体数字孪生", "technology", "digital-twin"),
        ("AI采用率", "measure", "adoption-rate"),
        ("AI预算", "measure", "budget"),
        ("投资回报率", "measure", "return-on-investment"),
    ],
    "002_a0befc1e6e0d9336.txt": [
        ("病理研究", "usecase", "pathology"),
        ("基因检测", "usecase", "genetic-testing"),
        ("疾病筛查", "usecase", "disease-screening"),
        ("辅助诊断", "usecase", "assisted-diagnosis"),
        ("影像分析", "usecase", "medical-imaging"),
        ("精准医疗", "usecase", "precision-medicine"),
        ("个性化医疗", "usecase", "precision-medicine"),
        ("药物研发", "usecase", "drug-discovery"),
        ("健康管理", "usecase", "health-management"),
        ("手术机器人", "usecase", "surgical-robotics"),
        ("康复机器人", "usecase", "rehabilitation-robotics"),
        ("辅助机器人", "usecase", "assistive-robotics"),
        ("服务机器人", "usecase", "service-robotics"),
        ("CDSS", "usecase", "clinical-decision-support"),
        ("远程医疗", "usecase", "telemedicine"),
        ("智能导诊", "usecase", "intelligent-triage"),
        ("病历草稿生成", "usecase", "medical-record-generation"),
        ("文献速览", "usecase", "literature-analysis"),
        ("心电图", "usecase", "ecg-analysis"),
        ("脑电图", "usecase", "eeg-analysis"),
        ("糖网", "usecase", "diabetic-retinopathy-screening"),
        ("新冠肺炎检测识别", "usecase", "covid-19-imaging-detection"),
        ("电子健康记录", "usecase", "electronic-medical-records"),
        ("药物设计", "usecase", "molecule-generation"),
        ("疾病预测与防控", "usecase", "disease-risk-prediction"),
        ("AI 医学影像", "segment", "ai-medical-imaging"),
        ("AI 医疗影像", "segment", "ai-medical-imaging"),
        ("AI 健康管理", "segment", "ai-health-management"),
        ("AI 药物研发", "segment", "ai-drug-discovery"),
        ("AI 医疗机器人", "segment", "ai-medical-robotics"),
        ("AI 医疗", "segment", "healthcare-ai"),
        ("医疗数据信息化平台", "segment", "healthcare-it"),
        ("人工智能医疗器械", "segment", "ai-medical-devices"),
        ("机器学习", "technology", "machine-learning"),
        ("深度学习", "technology", "deep-learning"),
        ("计算机视觉", "technology", "computer-vision"),
        ("卷积神经网络", "technology", "convolutional-neural-network"),
        ("预训练大模型", "technology", "foundation-models"),
        ("多模态大模型", "technology", "multimodal-large-model"),
        ("大型语言模型", "technology", "large-language-model"),
        ("视觉-语言大模型", "technology", "vision-language-model"),
        ("图学习大模型", "technology", "large-graph-model"),
        ("注意力机制", "technology", "transformer"),
        ("判别式AI", "technology", "discriminative-ai"),
        ("云计算", "technology", "cloud-computing"),
        ("大数据", "technology", "big-data"),
        ("医院信息系统", "technology", "hospital-information-system"),
        ("PACS", "technology", "pacs"),
        ("强化学习", "technology", "reinforcement-learning"),
        ("力反馈控制", "technology", "force-feedback-control"),
        ("本地化部署", "technology", "on-premises-deployment"),
        ("市场规模", "measure", "market-size"),
        ("CAGR", "measure", "cagr"),
        ("市场份额", "measure", "market-share"),
    ],
    "003_12eb935e4e13bb4f.txt": [
        ("辅助诊断", "usecase", "assisted-diagnosis"),
        ("临床决策支持", "usecase", "clinical-decision-support"),
        ("医学影像智能辅助诊断", "usecase", "medical-imaging"),
        ("基层诊疗智能辅助", "usecase", "primary-care-assistance"),
        ("肺结节检测", "usecase", "lung-nodule-detection"),
        ("肺结节筛查", "usecase", "lung-nodule-detection"),
        ("pulmonary nodule detection", "usecase", "lung-nodule-detection"),
        ("主动脉夹层", "usecase", "aortic-dissection-detection"),
        ("肿瘤分割", "usecase", "tumor-segmentation"),
        ("跨模态配准", "usecase", "image-registration"),
        ("冠状动脉CTA", "usecase", "coronary-cta-analysis"),
        ("分子诊断", "usecase", "molecular-diagnostics"),
        ("循环肿瘤DNA", "usecase", "liquid-biopsy"),
        ("癌症早筛", "usecase", "cancer-screening"),
        ("药物研发", "usecase", "drug-discovery"),
        ("临床试验", "usecase", "clinical-trials"),
        ("中医临床诊疗", "usecase", "tcm-diagnosis"),
        ("中药研发", "usecase", "tcm-drug-development"),
        ("养生调理", "usecase", "tcm-health-preservation"),
        ("中医教育", "usecase", "tcm-education"),
        ("健康管理", "usecase", "health-management"),
        ("健康监测", "usecase", "health-monitoring"),
        ("睡眠呼吸暂停检测", "usecase", "sleep-monitoring"),
        ("心力衰竭风险评估", "usecase", "cardiovascular-risk-prediction"),
        ("县域影像共享中心", "usecase", "teleradiology"),
        ("养老机器人", "usecase", "elderly-care-robotics"),
        ("康复", "usecase", "rehabilitation"),
        ("精准医疗", "usecase", "precision-medicine"),
        ("远程诊疗", "usecase", "telemedicine"),
        ("结构化病历", "usecase", "medical-record-generation"),
        ("中医药", "segment", "traditional-chinese-medicine"),
        ("AI医疗", "segment", "healthcare-ai"),
        ("三甲医院", "segment", "hospitals"),
        ("联邦学习", "technology", "federated-learning"),
        ("多模态大模型", "technology", "multimodal-large-model"),
        ("边缘计算", "technology", "edge-computing"),
        ("可穿戴设备", "technology", "wearable-devices"),
        ("智能手表", "technology", "wearable-devices"),
        ("零样本学习", "technology", "zero-shot-learning"),
        ("因果推理", "technology", "causal-inference"),
        ("深度学习", "technology", "deep-learning"),
        ("临床推理引擎", "technology", "knowledge-reasoning"),
        ("CNN", "technology", "convolutional-neural-network"),
        ("力控传感器", "technology", "force-sensors"),
        ("年复合增长率", "measure", "cagr"),
        ("市场规模", "measure", "market-size"),
        ("敏感度", "measure", "sensitivity"),
        ("灵敏度", "measure", "sensitivity"),
        ("Dice系数", "measure", "dice-coefficient"),
        ("AUC", "measure", "auc"),
        ("诊断准确率", "measure", "accuracy"),
        ("漏诊率", "measure", "missed-diagnosis-rate"),
        ("等待时间", "measure", "waiting-time"),
        ("研发周期", "measure", "development-cycle-time"),
        ("进口率", "measure", "import-share"),
        ("相关系数", "measure", "correlation-coefficient"),
    ],
    "004_9ad37cdd4b80ca15.txt": [
        ("医疗影像智能辅助诊断", "usecase", "medical-imaging"),
        ("临床诊疗辅助决策支持", "usecase", "clinical-decision-support"),
        ("CDSS", "usecase", "clinical-decision-support"),
        ("医用机器人", "usecase", "medical-robotics"),
        ("智能医疗设备管理", "usecase", "medical-device-management"),
        ("智能公共卫生服务", "usecase", "public-health-ai"),
        ("辅助诊疗", "usecase", "diagnosis-and-treatment-support"),
        ("电子病历", "usecase", "electronic-medical-records"),
        ("病历质控", "usecase", "medical-record-quality-control"),
        ("基因检测", "usecase", "genetic-testing"),
        ("相似病案推荐", "usecase", "similar-case-recommendation"),
        ("手术导航", "usecase", "surgical-navigation"),
        ("智能放疗", "usecase", "radiotherapy-planning"),
        ("远程监控与陪护", "usecase", "remote-patient-monitoring"),
        ("组织病理", "usecase", "histopathology"),
        ("细胞病理", "usecase", "cytopathology"),
        ("免疫组化病理", "usecase", "immunohistochemistry"),
        ("分子病理", "usecase", "molecular-pathology"),
        ("宫颈癌筛查", "usecase", "cervical-cancer-screening"),
        ("靶点发现与筛选", "usecase", "target-identification"),
        ("化合物合成", "usecase", "synthesis-planning"),
        ("晶型预测", "usecase", "crystal-form-prediction"),
        ("临床试验优化设计", "usecase", "trial-design-optimization"),
        ("属性预测", "usecase", "molecular-property-prediction"),
        ("结合预测", "usecase", "binding-prediction"),
        ("药物发现", "usecase", "drug-discovery"),
        ("健康管理", "usecase", "health-management"),
        ("分级诊疗", "usecase", "healthcare-resource-planning"),
        ("空间组学分析", "usecase", "multi-omics-analysis"),
        ("智慧病案管理", "usecase", "medical-records-management"),
        ("联防联控", "usecase", "epidemic-forecasting"),
        ("数据标注", "usecase", "data-annotation"),
        ("重点人群随访", "usecase", "patient-follow-up"),
        ("健康教育", "usecase", "health-education"),
        ("智慧医院", "segment", "smart-hospital"),
        ("智慧养老", "segment", "smart-elderly-care"),
        ("区域卫生信息化", "segment", "regional-health-informatization"),
        ("互联网医院", "segment", "internet-healthcare"),
        ("AI病理", "segment", "ai-pathology"),
        ("人工智能医疗器械", "segment", "ai-medical-devices"),
        ("人工智能医学影像", "segment", "ai-medical-imaging"),
        ("医药流通", "segment", "pharmaceutical-distribution"),
        ("AI+医疗", "segment", "healthcare-ai"),
        ("医疗信息化", "segment", "healthcare-it"),
        ("区块链", "technology", "blockchain"),
        ("物联网", "technology", "internet-of-things"),
        ("云计算", "technology", "cloud-computing"),
        ("大数据", "technology", "big-data"),
        ("知识图谱", "technology", "knowledge-graph"),
        ("半监督式深度学习", "technology", "semi-supervised-learning"),
        ("染色归一化", "technology", "stain-normalization"),
        ("图像增强", "technology", "image-enhancement"),
        ("表征学习", "technology", "representation-learning"),
        ("医疗大模型", "technology", "medical-foundation-model"),
        ("药物分子大模型", "technology", "biomolecular-foundation-model"),
        ("环境生物传感器", "technology", "biosensors"),
        ("图像分类", "technology", "image-recognition"),
        ("机器翻译", "technology", "machine-translation"),
        ("潜在市场规模", "measure", "potential-market-size"),
        ("研发费用占比", "measure", "rd-expense-ratio"),
        ("融资数量", "measure", "number-of-financing-deals"),
        ("专利申请量", "measure", "number-of-patents"),
        ("论文发表量", "measure", "number-of-publications"),
        ("年度活跃用户数", "measure", "number-of-users"),
        ("日调用率", "measure", "utilization-rate"),
        ("研发成功率", "measure", "success-rate"),
        ("导诊准确度", "measure", "accuracy"),
    ],
}


def label_key(text: str) -> str:
    """Labels are compared case-insensitively after trimming."""
    return text.strip().casefold()


def loose_key(text: str) -> str:
    """A looser key: width-normalised, case-folded, without spaces and separator punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s·,，.。'\"“”()（）\[\]【】_\-‐–—/&]+", "", text)


@cache
def graph(scheme: str) -> Graph:
    return Graph().parse(VOCAB_DIR / SCHEMES[scheme][0], format="turtle")


def scheme_iri(scheme: str) -> URIRef:
    return URIRef(VOCAB + scheme)


def concepts(scheme: str) -> list[URIRef]:
    g = graph(scheme)
    return sorted(c for c in g.subjects(RDF.type, SKOS.Concept) if isinstance(c, URIRef))


def slug(concept: URIRef) -> str:
    return str(concept).rsplit("/", 1)[-1]


def labels(g: Graph, concept: URIRef) -> list[Literal]:
    return [
        o
        for p in (SKOS.prefLabel, SKOS.altLabel)
        for o in g.objects(concept, p)
        if isinstance(o, Literal)
    ]


def broader_map(scheme: str) -> dict[URIRef, list[URIRef]]:
    g = graph(scheme)
    return {c: sorted(g.objects(c, SKOS.broader)) for c in concepts(scheme)}


def ancestors(scheme: str, concept: URIRef) -> list[URIRef]:
    """Every concept reachable by skos:broader, nearest first."""
    up = broader_map(scheme)
    seen: list[URIRef] = []
    todo = list(up.get(concept, []))
    while todo:
        b = todo.pop(0)
        if b not in seen:
            seen.append(b)
            todo.extend(up.get(b, []))
    return seen


@cache
def label_index(scheme: str) -> dict[str, set[str]]:
    g = graph(scheme)
    index: dict[str, set[str]] = defaultdict(set)
    for c in concepts(scheme):
        for lab in labels(g, c):
            index[label_key(str(lab))].add(slug(c))
    return index


# ---------------------------------------------------------------- files parse


@pytest.mark.parametrize("scheme", SCHEMES)
def test_file_parses_in_rdflib_and_pyoxigraph_alike(scheme: str) -> None:
    path = VOCAB_DIR / SCHEMES[scheme][0]
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert len(triples) == len(graph(scheme)) > 0


@pytest.mark.parametrize("scheme", SCHEMES)
def test_one_concept_scheme_with_bilingual_labels_and_title(scheme: str) -> None:
    g = graph(scheme)
    assert list(g.subjects(RDF.type, SKOS.ConceptScheme)) == [scheme_iri(scheme)]
    s = scheme_iri(scheme)
    for prop in (SKOS.prefLabel, DCTERMS.title):
        langs = sorted(o.language for o in g.objects(s, prop) if isinstance(o, Literal))
        assert langs == ["en", "zh"], (prop, langs)


# ---------------------------------------------------------------- concepts


@pytest.mark.parametrize("scheme", SCHEMES)
def test_concepts_are_typed_named_and_in_their_scheme(scheme: str) -> None:
    g = graph(scheme)
    cls = SCHEMES[scheme][1]
    found = concepts(scheme)
    assert len(found) >= 20
    assert set(g.subjects(RDF.type, cls)) == set(found)
    problems = []
    for c in found:
        name = str(c)
        if not name.startswith(f"{VOCAB}{scheme}/") or not SLUG.match(slug(c)):
            problems.append(f"{name}: IRI must be {VOCAB}{scheme}/<slug>")
        if list(g.objects(c, SKOS.inScheme)) != [scheme_iri(scheme)]:
            problems.append(f"{name}: skos:inScheme must be exactly {scheme_iri(scheme)}")
        for lang in ("zh", "en"):
            prefs = [o for o in g.objects(c, SKOS.prefLabel) if o.language == lang]
            if len(prefs) != 1:
                problems.append(f"{name}: {len(prefs)} prefLabel @{lang}, need exactly one")
        defs = [o for o in g.objects(c, SKOS.definition) if o.language == "en" and str(o).strip()]
        if not defs:
            problems.append(f"{name}: no skos:definition @en")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_labels_are_tagged_trimmed_and_in_their_language(scheme: str) -> None:
    g = graph(scheme)
    problems = []
    for c in concepts(scheme):
        for lab in labels(g, c):
            text = str(lab)
            if lab.language not in ("zh", "en") or not text or text != text.strip():
                problems.append(f"{slug(c)}: bad label {text!r}@{lab.language}")
            if lab.language == "en" and CJK.search(text):
                problems.append(f"{slug(c)}: Chinese characters in @en label {text!r}")
        for pref in g.objects(c, SKOS.prefLabel):
            if pref.language == "zh" and not CJK.search(str(pref)):
                problems.append(f"{slug(c)}: @zh prefLabel {str(pref)!r} has no Chinese")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_label_repeats_within_a_concept(scheme: str) -> None:
    g = graph(scheme)
    problems = []
    for c in concepts(scheme):
        seen: dict[tuple[str, str | None], int] = defaultdict(int)
        for lab in labels(g, c):
            seen[(label_key(str(lab)), lab.language)] += 1
        problems += [
            f"{slug(c)}: {k[0]!r}@{k[1]} given {n} times" for k, n in seen.items() if n > 1
        ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_label_names_two_concepts_of_a_scheme(scheme: str) -> None:
    clashes = {k: v for k, v in label_index(scheme).items() if len(v) > 1}
    assert not clashes, clashes


@pytest.mark.parametrize("scheme", SCHEMES)
def test_no_two_concepts_of_a_scheme_differ_only_by_spacing_or_punctuation(scheme: str) -> None:
    g = graph(scheme)
    index: dict[str, set[str]] = defaultdict(set)
    for c in concepts(scheme):
        for lab in labels(g, c):
            index[loose_key(str(lab))].add(slug(c))
    clashes = {k: v for k, v in index.items() if len(v) > 1}
    assert not clashes, clashes


def test_labels_shared_across_schemes_are_the_documented_ones() -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for scheme in SCHEMES:
        for key in label_index(scheme):
            owners[key].add(scheme)
    shared = {k for k, schemes in owners.items() if len(schemes) > 1}
    assert shared == set(SHARED_ACROSS_SCHEMES), sorted(shared ^ set(SHARED_ACROSS_SCHEMES))


# ---------------------------------------------------------------- hierarchy


@pytest.mark.parametrize("scheme", SCHEMES)
def test_broader_stays_in_scheme_and_tops_are_marked(scheme: str) -> None:
    g = graph(scheme)
    members = set(concepts(scheme))
    tops = set(g.subjects(SKOS.topConceptOf, scheme_iri(scheme)))
    problems = []
    for c, ups in broader_map(scheme).items():
        problems += [
            f"{slug(c)}: broader {b} is not in the scheme" for b in ups if b not in members
        ]
        if (not ups) != (c in tops):
            problems.append(f"{slug(c)}: top concept if and only if it has no broader")
        if c in tops and list(g.objects(c, SKOS.topConceptOf)) != [scheme_iri(scheme)]:
            problems.append(f"{slug(c)}: skos:topConceptOf names another scheme")
    assert set(g.objects(scheme_iri(scheme), SKOS.hasTopConcept)) == tops
    assert tops, "a scheme needs top concepts"
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_broader_is_acyclic_and_reaches_a_top_concept(scheme: str) -> None:
    g = graph(scheme)
    tops = set(g.subjects(SKOS.topConceptOf, scheme_iri(scheme)))
    problems = []
    for c in concepts(scheme):
        up = ancestors(scheme, c)
        if c in up:
            problems.append(f"{slug(c)}: skos:broader cycle")
        elif c not in tops and not tops.intersection(up):
            problems.append(f"{slug(c)}: reaches no top concept")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("scheme", "narrower", "ancestor"), CHAINS)
def test_hierarchy_has_depth(scheme: str, narrower: str, ancestor: str) -> None:
    chain = ancestors(scheme, URIRef(f"{VOCAB}{scheme}/{narrower}"))
    assert URIRef(f"{VOCAB}{scheme}/{ancestor}") in chain, [slug(c) for c in chain]


def test_use_case_tree_is_at_least_four_levels_deep() -> None:
    depth = max(len(ancestors("usecase", c)) for c in concepts("usecase"))
    assert depth >= 3  # three broader steps: four levels


def test_in_segment_points_at_segments_and_comes_from_use_cases_only() -> None:
    segments = set(concepts("segment"))
    for scheme in SCHEMES:
        pairs = list(graph(scheme).subject_objects(MA.inSegment))
        if scheme != "usecase":
            assert not pairs, f"ma:inSegment in the {scheme} scheme"
        bad = [f"{slug(s)} -> {o}" for s, o in pairs if o not in segments]
        assert not bad, bad
    assert len(list(graph("usecase").subject_objects(MA.inSegment))) >= 10


# ---------------------------------------------------------------- coverage of the reports


def test_every_report_has_a_coverage_list() -> None:
    reports = sorted(p.name for p in CORPUS_DIR.glob("*.txt"))
    assert reports, f"no reports found in {CORPUS_DIR}"
    assert reports == sorted(COVERAGE)


@pytest.mark.parametrize("report", sorted(COVERAGE))
def test_terms_of_report_resolve_to_their_concepts(report: str) -> None:
    text = (CORPUS_DIR / report).read_text(encoding="utf-8").casefold()
    problems = []
    for term, scheme, expected in COVERAGE[report]:
        if term.casefold() not in text:
            problems.append(f"{term!r} does not occur in {report}: fix the coverage list")
            continue
        found = label_index(scheme).get(label_key(term), set())
        if found != {expected}:
            problems.append(f"{term!r} resolves to {sorted(found)} in {scheme}, not {expected}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("report", sorted(COVERAGE))
def test_each_report_names_every_kind_of_concept(report: str) -> None:
    kinds = {scheme for _, scheme, _ in COVERAGE[report]}
    assert kinds == set(SCHEMES)

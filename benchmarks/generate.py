"""Synthetic report corpora and atlases for the scale benchmarks, deterministic from a seed.

Corpora: reports in the shapes real ones have, about 30 KB each (7 in 10 Chinese, 3 in 10
English; ``.txt``, ``.md`` and a few ``.html``): a title block with publisher and date,
headings, prose with funding rounds, launches, partnerships, deployments, acquisitions, market
sizes and survey figures, tab or pipe tables (vendors, rounds, policies), policy lists, and
filler prose. Names come from pools of thousands of distinct companies, products, hospitals,
investors, regulators and policies; each report draws them with a long-tailed popularity, so a
few names recur across many reports and most appear in a handful, as in a real library.

Atlases: N-Quads or TriG in the shape ``medatlas build`` writes: the ontology and vocabulary
graphs, an ``atlas`` graph of entities (class, slug, ``@zh``/``@en`` labels, aliases), and one
graph per document with the document record, claims about entities (``ma:mentionedIn`` and an
evidence statement on the type), relations and observations, each with its ``ma:Statement``
(quote, offsets, method, confidence). Document graphs are made with
:func:`medatlas.graph.triples.fact_quads`, the code the build uses, so the shape cannot drift.

    .venv/bin/python -m benchmarks.generate corpus OUT_DIR --docs 100 [--seed 7]
    .venv/bin/python -m benchmarks.generate atlas OUT.nq --triples 1000000 [--seed 7]
    .venv/bin/python -m benchmarks.generate atlas OUT.trig --triples 100000

The same seed and size always give the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import itertools
import random
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

__all__ = [
    "ATLAS_SIZES",
    "CORPUS_SIZES",
    "AtlasInfo",
    "CorpusInfo",
    "Names",
    "Report",
    "atlas_probes",
    "atlas_quads",
    "make_report",
    "write_atlas",
    "write_corpus",
]

CORPUS_SIZES = (10, 100, 1_000, 10_000)
ATLAS_SIZES = (100_000, 1_000_000, 10_000_000)
DEFAULT_SEED = 7
#: the size a report aims at, in UTF-8 bytes (the median; reports vary from 1/3 to 3 times it)
TARGET_BYTES = 30_000

# ------------------------------------------------------------------------------------------
# name pools: every pool is a pure function of the seed, each name distinct within its pool
# ------------------------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    """The words of a space-separated list (how the name lists are written)."""
    return text.split()


_BRAND_ZH = (
    "睿坤鹰瞳汇渡氪森望素晶泰博讯宁慧澜岳衡启航星辰极锐鸿翼拓峰源泓嘉禾润泽翊骁琪璟瑞祥昊"
    "晟曜朗铭逸凯钧弘栩睦湃岚溯橙麒麟越舟帆澄熙烁曦宸奕炜骏珩瑾璞霖沐"
)
_CO_END_ZH = ("科技", "医疗", "智能", "健康", "生物", "医药", "数据")
_CITIES_ZH = _words(
    "北京 上海 广州 深圳 杭州 南京 苏州 成都 武汉 西安 重庆 天津 长沙 郑州 合肥 济南 青岛"
    " 厦门 福州 沈阳 大连 哈尔滨 长春 昆明 南宁 贵阳 南昌 太原 石家庄 兰州 宁波 无锡 东莞"
)
_PROVINCES_ZH = _words(
    "北京市 上海市 天津市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省"
    " 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省"
    " 陕西省 甘肃省 青海省 广西壮族自治区 内蒙古自治区 宁夏回族自治区 新疆维吾尔自治区"
    " 西藏自治区"
)
_NATIONAL_BODIES_ZH = _words(
    "国家卫生健康委员会 国家药品监督管理局 工业和信息化部 国家医疗保障局 科学技术部"
    " 国家发展和改革委员会 国家中医药管理局 国家数据局 国家疾病预防控制局"
    " 国家标准化管理委员会"
)
_PROVINCE_BODY_ENDS_ZH = ("卫生健康委员会", "药品监督管理局", "医疗保障局", "大数据管理局")
_INVESTOR_END_ZH = ("资本", "创投", "基金", "投资")
_PRODUCT_END_ZH = (
    "影像辅助诊断系统",
    "大模型",
    "智能随访平台",
    "临床决策支持系统",
    "病理分析软件",
    "智能导诊助手",
    "医学影像云平台",
    "药物发现平台",
    "慢病管理App",
    "手术机器人",
)
_SYL_A = _words(
    "Nova Medi Cura Vita Pulse Astra Lumen Helix Quanta Aero Cardio Neuro Onco Derma Radi"
    " Patho Gen Bio Syn Cor Vera Axi Omni Zeno Kine Orbi Sana Theri Cyto Lyra Vela Terra"
    " Iso Meta Opti Praxi Reso Sono Tempo Umbra"
)
_SYL_B = _words(
    "path scan sight logic wave mind core link gen vue nex ium ora ly ix tree beam form"
    " grid loop stack field point lens"
)
_CO_END_EN = ("Health", "AI", "Medical", "Labs", "Diagnostics", "Imaging", "Therapeutics")
_PRODUCT_END_EN = (
    " Scan",
    " Assist",
    "GPT",
    " Insight",
    " Triage",
    " Pathology",
    " Copilot",
    " Care",
    " Vision",
    " Dx",
)
_INVESTOR_END_EN = ("Ventures", "Capital", "Partners", "Growth")
_CITIES_EN = _words(
    "Boston Seattle Austin Denver Chicago Atlanta Houston Phoenix Portland Nashville"
    " Toronto London Leeds Bristol Dublin Berlin Munich Paris Lyon Zurich Stockholm Oslo"
    " Madrid Milan Seoul Tokyo Osaka Singapore Sydney Melbourne"
)
_SURNAMES_EN = _words(
    "Harrington Whitfield Ashford Caldwell Pemberton Langley Sinclair Thornton Fairbanks"
    " Holloway Kingsley Mercer Radcliffe Stanton Winslow Beaumont Carrington Ellsworth"
)
_BODIES_EN = (
    ("US Food and Drug Administration", "FDA"),
    ("European Medicines Agency", "EMA"),
    ("Medicines and Healthcare products Regulatory Agency", "MHRA"),
    ("National Institute for Health and Care Excellence", "NICE"),
    ("Centers for Medicare & Medicaid Services", "CMS"),
    ("Pharmaceuticals and Medical Devices Agency", "PMDA"),
    ("Therapeutic Goods Administration", "TGA"),
    ("Health Canada", ""),
)
_POLICY_VERB_ZH = ("促进", "推动", "加快", "规范", "加强", "支持", "深化")
_POLICY_TOPIC_ZH = (
    "人工智能医疗器械",
    "互联网医院",
    "医学影像人工智能",
    "智慧医院",
    "医疗健康大数据",
    "数字健康",
    "临床辅助决策系统",
    "医疗卫生机构信息化",
    "远程医疗服务",
    "医学人工智能应用",
)
_POLICY_GOAL_ZH = ("高质量发展", "创新应用", "规范管理", "安全监管", "试点工作", "标准体系建设")
_POLICY_KIND_ZH = (
    "指导意见",
    "实施意见",
    "通知",
    "管理办法（试行）",
    "行动方案（2024—2026年）",
    "若干措施",
)
_POLICY_TOPIC_EN = (
    "AI-Enabled Medical Device",
    "Clinical Decision Support Software",
    "Digital Health Technology",
    "Machine Learning Medical Device",
    "Health Data Sharing",
    "Software as a Medical Device",
    "Remote Patient Monitoring",
    "Generative AI in Health Care",
)
_POLICY_KIND_EN = ("Guidance", "Framework", "Action Plan", "Regulation", "Code of Practice")
_ROUNDS = ("天使", "Pre-A", "A", "A+", "B", "B+", "C", "C+", "D", "战略")
_ROUNDS_EN = ("Seed", "Series A", "Series B", "Series C", "Series D", "growth")
_MONTHS_EN = _words(
    "January February March April May June July August September October November December"
)


def _rng(seed: int, *parts: object) -> random.Random:
    """A generator seeded by *seed* and *parts*: the same inputs, the same numbers."""
    key = "/".join(str(p) for p in (seed, *parts))
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def _shuffled(items: Sequence[str], seed: int, tag: str) -> list[str]:
    out = list(items)
    _rng(seed, "pool", tag).shuffle(out)
    return out


@dataclass(frozen=True)
class Names:
    """The name pools of one seed: distinct companies, products, hospitals, bodies, policies."""

    companies_zh: tuple[str, ...]
    companies_en: tuple[str, ...]
    products_zh: tuple[str, ...]
    products_en: tuple[str, ...]
    investors_zh: tuple[str, ...]
    investors_en: tuple[str, ...]
    hospitals_zh: tuple[str, ...]
    hospitals_en: tuple[str, ...]
    bodies_zh: tuple[str, ...]
    bodies_en: tuple[tuple[str, str], ...]
    policies_zh: tuple[str, ...]
    policies_en: tuple[str, ...]

    @classmethod
    @cache
    def of(cls, seed: int) -> Names:
        """The pools of *seed* (built once per process)."""
        chars = list(_BRAND_ZH)
        brands = _shuffled([a + b for a in chars for b in chars if a != b], seed, "brand-zh")
        half = len(brands) // 2
        co_brands, inv_brands = brands[:half], brands[half:]
        companies_zh = tuple(b + _CO_END_ZH[i % len(_CO_END_ZH)] for i, b in enumerate(co_brands))
        products_zh = tuple(
            b + _PRODUCT_END_ZH[i % len(_PRODUCT_END_ZH)] for i, b in enumerate(co_brands)
        )
        investors_zh = tuple(
            b + _INVESTOR_END_ZH[i % len(_INVESTOR_END_ZH)] for i, b in enumerate(inv_brands)
        )
        en = _shuffled([a + b for a in _SYL_A for b in _SYL_B], seed, "brand-en")
        half = len(en) // 2
        companies_en = tuple(
            f"{b} {_CO_END_EN[i % len(_CO_END_EN)]}" for i, b in enumerate(en[:half])
        )
        products_en = tuple(
            b + _PRODUCT_END_EN[i % len(_PRODUCT_END_EN)] for i, b in enumerate(en[:half])
        )
        investors_en = tuple(
            f"{b} {_INVESTOR_END_EN[i % len(_INVESTOR_END_EN)]}" for i, b in enumerate(en[half:])
        )
        hospitals_zh = [f"{c}市第{n}人民医院" for c in _CITIES_ZH for n in "一二三四五六七八"]
        hospitals_zh += [f"{c}市中心医院" for c in _CITIES_ZH]
        hospitals_zh += [f"{c}市儿童医院" for c in _CITIES_ZH]
        hospitals_zh += [f"{c}医科大学附属第{n}医院" for c in _CITIES_ZH for n in "一二三"]
        hospitals_en = [f"{s} Memorial Hospital" for s in _SURNAMES_EN]
        hospitals_en += [f"{c} General Hospital" for c in _CITIES_EN]
        hospitals_en += [f"{c} Children's Hospital" for c in _CITIES_EN]
        hospitals_en += [f"University Hospital {c}" for c in _CITIES_EN]
        bodies_zh = list(_NATIONAL_BODIES_ZH)
        bodies_zh += [p + e for p in _PROVINCES_ZH for e in _PROVINCE_BODY_ENDS_ZH]
        policies_zh = [
            f"关于{v}{t}{g}的{k}"
            for v in _POLICY_VERB_ZH
            for t in _POLICY_TOPIC_ZH
            for g in _POLICY_GOAL_ZH
            for k in _POLICY_KIND_ZH
        ]
        policies_en = [
            f"{t} {k} {y}"
            for t in _POLICY_TOPIC_EN
            for k in _POLICY_KIND_EN
            for y in range(2019, 2027)
        ]
        return cls(
            companies_zh=companies_zh,
            companies_en=companies_en,
            products_zh=products_zh,
            products_en=products_en,
            investors_zh=investors_zh,
            investors_en=investors_en,
            hospitals_zh=tuple(_shuffled(hospitals_zh, seed, "hospital-zh")),
            hospitals_en=tuple(_shuffled(hospitals_en, seed, "hospital-en")),
            bodies_zh=tuple(bodies_zh[:4] + _shuffled(bodies_zh[4:], seed, "body-zh")),
            bodies_en=_BODIES_EN,
            policies_zh=tuple(_shuffled(policies_zh, seed, "policy-zh")),
            policies_en=tuple(_shuffled(policies_en, seed, "policy-en")),
        )


_HEAD = 200  # the names that recur most: a Zipf distribution over the first 200 of a pool
_HEAD_WEIGHTS = tuple(itertools.accumulate(1 / (i + 1) for i in range(_HEAD)))
_HEAD_SHARE = 0.2


def _pick(rng: random.Random, pool: Sequence):
    """A name from *pool*: one pick in five from its head (Zipf over the first 200, so the
    first name recurs in about 3% of picks), the rest uniform over the whole pool."""
    if rng.random() < _HEAD_SHARE:
        index = rng.choices(range(_HEAD), cum_weights=_HEAD_WEIGHTS)[0]
    else:
        index = rng.randrange(len(pool))
    return pool[index % len(pool)]


@cache
def _concept_labels() -> dict[str, tuple[tuple[str, str], ...]]:
    """Class -> ((zh label, en label), ...) of the vocabulary's segments, use cases, techs."""
    from medatlas.graph.vocabulary import read_concepts

    out: dict[str, list[tuple[str, str]]] = {}
    for c in read_concepts():
        labels = dict((lang, text) for text, lang in c.pref_labels)
        if "zh" in labels and "en" in labels:
            out.setdefault(c.cls, []).append((labels["zh"], labels["en"]))
    return {cls: tuple(items) for cls, items in out.items()}


# ------------------------------------------------------------------------------------------
# reports: a neutral list of blocks, rendered as text, Markdown or HTML
# ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A heading of *level* (1 = title)."""

    level: int
    text: str


@dataclass(frozen=True)
class Para:
    """A paragraph of prose."""

    text: str


@dataclass(frozen=True)
class TableBlock:
    """A table: a header row and data rows."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class ListBlock:
    """A bulleted list."""

    items: tuple[str, ...]


Block = Heading | Para | TableBlock | ListBlock


@dataclass(frozen=True)
class Report:
    """One synthetic report: its file name, language, format and blocks."""

    name: str
    lang: str
    fmt: str
    title: str
    blocks: tuple[Block, ...]

    def render(self) -> str:
        """The report as the text of its file."""
        return _RENDER[self.fmt](self)


def _render_txt(report: Report) -> str:
    out: list[str] = []
    for block in report.blocks:
        if isinstance(block, (Heading, Para)):
            out.append(block.text)
        elif isinstance(block, TableBlock):
            out.append("\n".join("\t".join(row) for row in (block.header, *block.rows)))
        else:
            out.append("\n".join(f"- {item}" for item in block.items))
    return "\n\n".join(out) + "\n"


def _render_md(report: Report) -> str:
    out: list[str] = []
    for block in report.blocks:
        if isinstance(block, Heading):
            out.append("#" * block.level + " " + block.text)
        elif isinstance(block, Para):
            out.append(block.text)
        elif isinstance(block, TableBlock):
            rows = [block.header, tuple("---" for _ in block.header), *block.rows]
            out.append("\n".join("| " + " | ".join(r) + " |" for r in rows))
        else:
            out.append("\n".join(f"- {item}" for item in block.items))
    return "\n\n".join(out) + "\n"


def _render_html(report: Report) -> str:
    e = html.escape
    body: list[str] = []
    for block in report.blocks:
        if isinstance(block, Heading):
            body.append(f"<h{block.level}>{e(block.text)}</h{block.level}>")
        elif isinstance(block, Para):
            body.append(f"<p>{e(block.text)}</p>")
        elif isinstance(block, TableBlock):
            head = "".join(f"<th>{e(c)}</th>" for c in block.header)
            rows = "".join(
                "<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>" for row in block.rows
            )
            body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        else:
            body.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in block.items) + "</ul>")
    nav = '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/about">About</a></nav>'
    return (
        f'<!DOCTYPE html>\n<html lang="{report.lang}"><head><meta charset="utf-8">'
        f"<title>{e(report.title)}</title></head>\n<body>{nav}\n<article>\n"
        + "\n".join(body)
        + "\n</article>\n<footer>© Example Media. All rights reserved.</footer></body></html>\n"
    )


_RENDER = {"txt": _render_txt, "md": _render_md, "html": _render_html}


class _Writer:
    """Writes one report's blocks; holds the report's random source and the names it used."""

    def __init__(self, rng: random.Random, names: Names, lang: str) -> None:
        self.rng = rng
        self.n = names
        self.lang = lang
        self.blocks: list[Block] = []
        self.size = 0
        self.year = rng.randint(2019, 2026)
        concepts = _concept_labels()
        self.usecases = concepts.get("UseCase", (("医学影像", "medical imaging"),))
        self.segments = concepts.get("Segment", (("医疗AI", "healthcare AI"),))
        self.techs = concepts.get("Technology", (("深度学习", "deep learning"),))

    # -- helpers ---------------------------------------------------------------------------

    def add(self, block: Block) -> None:
        self.blocks.append(block)
        if isinstance(block, TableBlock):
            text = "".join("".join(r) for r in (block.header, *block.rows))
        elif isinstance(block, ListBlock):
            text = "".join(block.items)
        else:
            text = block.text
        self.size += len(text.encode("utf-8")) + 2

    def concept(self, pool: Sequence[tuple[str, str]]) -> str:
        zh, en = self.rng.choice(pool)
        return zh if self.lang == "zh" else en

    def pct(self, lo: float = 3, hi: float = 95) -> str:
        return f"{self.rng.uniform(lo, hi):.1f}".removesuffix(".0")

    def amount(self, lo: float = 0.5, hi: float = 60) -> str:
        value = self.rng.uniform(lo, hi)
        return f"{value:.1f}".removesuffix(".0") if value < 10 else str(round(value))

    def date_zh(self) -> str:
        return f"{self.rng.randint(2018, self.year)}年{self.rng.randint(1, 12)}月"

    def date_en(self) -> str:
        return f"{self.rng.choice(_MONTHS_EN)} {self.rng.randint(2018, self.year)}"

    def company(self) -> str:
        pool = self.n.companies_zh if self.lang == "zh" else self.n.companies_en
        return _pick(self.rng, pool)

    def product(self) -> str:
        pool = self.n.products_zh if self.lang == "zh" else self.n.products_en
        return _pick(self.rng, pool)

    def investor(self) -> str:
        pool = self.n.investors_zh if self.lang == "zh" else self.n.investors_en
        return _pick(self.rng, pool)

    def hospital(self) -> str:
        pool = self.n.hospitals_zh if self.lang == "zh" else self.n.hospitals_en
        return _pick(self.rng, pool)

    def body(self) -> str:
        if self.lang == "zh":
            return _pick(self.rng, self.n.bodies_zh)
        name, short = self.rng.choice(self.n.bodies_en)
        return short if short and self.rng.random() < 0.4 else name

    def policy(self) -> str:
        pool = self.n.policies_zh if self.lang == "zh" else self.n.policies_en
        return _pick(self.rng, pool)


# -- Chinese ---------------------------------------------------------------------------------

_FILLER_ZH = (
    ("随着", "伴随着", "在", "受益于"),
    ("政策红利持续释放", "算力成本不断下降", "临床需求日益增长", "数据要素市场加快建设"),
    ("，",),
    ("医疗人工智能", "AI医疗行业", "智慧医疗产业", "医疗大模型赛道", "数字医疗市场"),
    ("正在从试点走向规模化", "进入商业化落地的关键阶段", "迎来新一轮发展机遇", "加速向基层延伸"),
    ("。",),
    ("业内普遍认为", "从长期看", "值得注意的是", "与此同时", "总体来看"),
    ("，",),
    ("产品同质化", "数据合规", "支付体系", "临床验证", "人才短缺"),
    ("仍是", "依然是", "正成为"),
    (
        "制约行业发展的主要因素",
        "企业竞争的核心壁垒",
        "下一阶段需要突破的重点",
        "投资机构关注的焦点",
    ),
    ("。",),
)


_FACTS_ZH = (
    "截至{y}年{m}月，全国已有{n}家医疗机构开展相关试点",
    "{y}年以来，{c}在{p}等{n}个省份落地项目",
    "据不完全统计，{y}年行业新增注册企业约{n}家",
    "{c}相关负责人表示，未来{k}年将持续加大研发投入",
    "{p}已有{n}家三级医院接入区域影像平台",
)


def _filler_zh(w: _Writer, sentences: int) -> str:
    """Prose that states nothing extractable, varied enough that sentences rarely repeat."""
    out = []
    for _ in range(sentences):
        out.append("".join(w.rng.choice(slot) for slot in _FILLER_ZH))
        if w.rng.random() < 0.25:
            fact = w.rng.choice(_FACTS_ZH).format(
                y=w.rng.randint(2015, w.year),
                m=w.rng.randint(1, 12),
                n=w.rng.randint(3, 500),
                k=w.rng.randint(2, 5),
                c=w.rng.choice(_CITIES_ZH),
                p=w.rng.choice(_PROVINCES_ZH),
            )
            out.append(fact + "。")
    return "".join(out)


def _event_zh(w: _Writer) -> str:
    kind = w.rng.randrange(9)
    c, c2 = w.company(), w.company()
    if kind == 0:
        return (
            f"{c}宣布完成{w.amount()}亿元{w.rng.choice(_ROUNDS)}轮融资，本轮由{w.investor()}领投，"
            f"{w.investor()}跟投，资金将用于{w.concept(w.usecases)}产品研发。"
        )
    if kind == 1:
        return (
            f"{c}推出{w.product()}，主要用于{w.concept(w.usecases)}，"
            f"目前已在{w.rng.randint(5, 900)}家医院落地。"
        )
    if kind == 2:
        return (
            f"{c}与{c2}签署战略合作协议，"
            f"双方将围绕{w.concept(w.usecases)}开展联合研发与商业化合作。"
        )
    if kind == 3:
        return (
            f"{w.hospital()}上线{w.product()}，医生阅片效率提升{w.pct(10, 80)}%，"
            f"平均诊断时间缩短至{w.rng.randint(3, 30)}分钟。"
        )
    if kind == 4:
        return f"{c}以{w.amount(1, 30)}亿元收购{c2}{w.rng.randint(10, 100)}%的股权。"
    if kind == 5:
        return (
            f"{w.date_zh()}，{w.body()}印发《{w.policy()}》，提出到{w.year + 2}年"
            f"推动{w.concept(w.usecases)}在二级以上医院普及应用。"
        )
    if kind == 6:
        return (
            f"{w.product()}基于{w.concept(w.techs)}技术，在多中心临床验证中准确率达到"
            f"{w.pct(85, 99)}%，敏感度为{w.pct(80, 99)}%。"
        )
    if kind == 7:
        return (
            f"{c}总部位于{w.rng.choice(_CITIES_ZH)}，成立于{w.rng.randint(2010, 2022)}年，"
            f"专注于{w.concept(w.segments)}领域。"
        )
    return (
        f"调查显示，{w.pct()}%的受访医院已部署{w.concept(w.usecases)}相关产品，"
        f"较{w.year - 1}年提高{w.pct(1, 20)}个百分点。"
    )


def _market_zh(w: _Writer) -> str:
    seg = w.concept(w.segments)
    return (
        f"{w.year - 1}年中国{seg}市场规模达到{w.amount(10, 900)}亿元，同比增长{w.pct(5, 60)}%。"
        f"预计到{w.year + 4}年，市场规模将达到{w.amount(100, 3000)}亿元，"
        f"{w.year - 1}-{w.year + 4}年复合增长率为{w.pct(10, 45)}%。"
    )


def _prose_zh(w: _Writer) -> str:
    """A paragraph: mostly commentary, with one stated fact in about half of them."""
    text = _filler_zh(w, w.rng.randint(2, 4))
    return text + _event_zh(w) if w.rng.random() < 0.5 else text


def _section_zh(w: _Writer, number: int) -> None:
    kind = w.rng.randrange(6)
    titles = ("市场概况", "投融资动态", "产品与应用", "政策环境", "典型案例", "发展趋势")
    head = f"{'一二三四五六七八九十'[number % 10]}、{titles[kind]}"
    w.add(Heading(2, head))
    for _ in range(w.rng.randint(2, 4)):
        w.add(Para(_prose_zh(w)))
    if kind == 0:
        w.add(Para(_market_zh(w) + _filler_zh(w, 2)))
        if w.rng.random() < 0.5:
            rows = tuple(
                (str(w.year - 4 + i), w.amount(10, 900), f"{w.pct(5, 60)}%") for i in range(5)
            )
            w.add(TableBlock(("年份", "市场规模（亿元）", "同比增长"), rows))
    elif kind == 1:
        w.add(Para(_event_zh(w) + _filler_zh(w, 1)))
        if w.rng.random() < 0.5:
            rows = tuple(
                (w.company(), f"{w.rng.choice(_ROUNDS)}轮", f"{w.amount()}亿元", w.investor())
                for _ in range(w.rng.randint(3, 6))
            )
            w.add(TableBlock(("企业", "轮次", "金额", "领投方"), rows))
    elif kind == 2 and w.rng.random() < 0.5:
        rows = tuple(
            (w.company(), w.product(), w.concept(w.usecases), str(w.rng.randint(5, 900)))
            for _ in range(w.rng.randint(3, 6))
        )
        w.add(TableBlock(("企业", "产品", "应用场景", "落地医院数"), rows))
    elif kind == 3:
        if w.rng.random() < 0.5:
            items = tuple(
                f"{w.date_zh()}，{w.body()}印发《{w.policy()}》" for _ in range(w.rng.randint(3, 5))
            )
            w.add(ListBlock(items))
        else:
            rows = tuple(
                (
                    f"{w.rng.randint(2018, w.year)}.{w.rng.randint(1, 12)}",
                    w.body(),
                    w.policy(),
                    f"鼓励{w.concept(w.usecases)}应用",
                )
                for _ in range(w.rng.randint(3, 5))
            )
            w.add(TableBlock(("时间", "发布部门", "文件名称", "要点"), rows))


def _report_zh(w: _Writer, target: int) -> str:
    seg = w.concept(w.segments)
    title = f"{w.year}年中国{seg}行业研究报告"
    w.add(Heading(1, title))
    w.add(Para(f"发布机构：{w.investor() if w.rng.random() < 0.3 else w.company()}研究院"))
    w.add(Para(f"发布时间：{w.year}年{w.rng.randint(1, 12)}月"))
    w.add(Para(_filler_zh(w, 2) + _market_zh(w)))
    number = 0
    while w.size < target:
        _section_zh(w, number)
        number += 1
    return title


# -- English ---------------------------------------------------------------------------------

_FILLER_EN = (
    ("As", "While", "Now that"),
    (
        " reimbursement rules mature",
        " compute costs fall",
        " clinical demand grows",
        " data access improves",
    ),
    (", ",),
    ("healthcare AI", "clinical AI", "the digital health market", "medical imaging AI"),
    (
        " is moving from pilots to scale.",
        " is entering its commercial phase.",
        " faces consolidation.",
    ),
    (" ",),
    ("Buyers", "Health systems", "Investors", "Regulators", "Clinicians"),
    (" increasingly", " now", " still"),
    (" ask for", " focus on", " worry about"),
    (" evidence of outcomes", " integration costs", " data governance", " workforce impact"),
    (" rather than", " as much as", " before"),
    (" model accuracy.", " headline features.", " vendor promises.", " pilot results."),
    (" ",),
)


_FACTS_EN = (
    "By {mo} {y}, {n} hospitals in {c} had joined a regional imaging network. ",
    "Since {y}, more than {n} start-ups have entered the field. ",
    "About {n} procurement tenders were published in {c} in {y}. ",
    "A {k}-year programme in {c} covers {n} primary-care sites. ",
)


def _filler_en(w: _Writer, sentences: int) -> str:
    """Prose that states nothing extractable, varied enough that sentences rarely repeat."""
    out = []
    for _ in range(sentences):
        out.append("".join(w.rng.choice(slot) for slot in _FILLER_EN))
        if w.rng.random() < 0.25:
            out.append(
                w.rng.choice(_FACTS_EN).format(
                    y=w.rng.randint(2015, w.year),
                    mo=w.rng.choice(_MONTHS_EN),
                    n=w.rng.randint(3, 500),
                    k=w.rng.randint(2, 5),
                    c=w.rng.choice(_CITIES_EN),
                )
            )
    return "".join(out).rstrip()


def _event_en(w: _Writer) -> str:
    kind = w.rng.randrange(8)
    c, c2 = w.company(), w.company()
    if kind == 0:
        return (
            f"{c} raised USD {w.amount(5, 300)} million in a {w.rng.choice(_ROUNDS_EN)} round "
            f"led by {w.investor()}, with participation from {w.investor()}. "
        )
    if kind == 1:
        return (
            f"{c} launched {w.product()}, a tool for {w.concept(w.usecases)} that is now used in "
            f"more than {w.rng.randint(5, 900)} hospitals. "
        )
    if kind == 2:
        return f"{c} has partnered with {c2} on {w.concept(w.usecases)}. "
    if kind == 3:
        return f"{w.hospital()} deployed {w.product()} and cut reporting time by {w.pct(10, 70)}%. "
    if kind == 4:
        return f"{c} completed its acquisition of {c2} for USD {w.amount(20, 900)} million. "
    if kind == 5:
        return (
            f"In {w.date_en()}, the {w.body()} published the {w.policy()}, which sets out "
            f"requirements for {w.concept(w.usecases)} software. "
        )
    if kind == 6:
        return (
            f"{w.product()} is built on {w.concept(w.techs)} and reached a sensitivity of "
            f"{w.pct(80, 99)}% in a multi-site validation. "
        )
    return (
        f"In our survey, {w.pct()}% of health systems said they use AI for "
        f"{w.concept(w.usecases)}, up from {w.pct(3, 40)}% in {w.year - 2}. "
    )


def _market_en(w: _Writer) -> str:
    seg = w.concept(w.segments)
    return (
        f"The global {seg} market reached USD {w.amount(1, 40)} billion in {w.year - 1}, "
        f"up {w.pct(5, 50)}% from the previous year. We project it to grow to USD "
        f"{w.amount(20, 200)} billion by {w.year + 5}, a compound annual growth rate (CAGR) of "
        f"{w.pct(10, 40)}%. "
    )


def _prose_en(w: _Writer) -> str:
    """A paragraph: mostly commentary, with one stated fact in about half of them."""
    text = _filler_en(w, w.rng.randint(2, 4))
    return text + " " + _event_en(w).rstrip() if w.rng.random() < 0.5 else text


def _section_en(w: _Writer) -> None:
    kind = w.rng.randrange(6)
    titles = (
        "Market overview",
        "Funding and deals",
        "Products and deployments",
        "Regulation",
        "Case studies",
        "Outlook",
    )
    w.add(Heading(2, titles[kind]))
    for _ in range(w.rng.randint(2, 4)):
        w.add(Para(_prose_en(w)))
    if kind == 0:
        w.add(Para(_market_en(w) + _filler_en(w, 2)))
        if w.rng.random() < 0.5:
            rows = tuple(
                (
                    w.company(),
                    w.rng.choice(_CITIES_EN),
                    w.product(),
                    w.concept(w.usecases),
                    str(w.rng.randint(5, 400)),
                    f"{w.pct(0.2, 6)}%",
                )
                for _ in range(w.rng.randint(3, 6))
            )
            header = (
                "Vendor",
                "Headquarters",
                "Flagship product",
                "Primary use case",
                f"{w.year - 1} revenue (USD million)",
                "Market share",
            )
            w.add(TableBlock(header, rows))
    elif kind == 1 and w.rng.random() < 0.5:
        rows = tuple(
            (w.company(), w.rng.choice(_ROUNDS_EN), f"USD {w.amount(5, 300)} million", w.investor())
            for _ in range(w.rng.randint(3, 6))
        )
        w.add(TableBlock(("Company", "Round", "Amount", "Lead investor"), rows))
    elif kind == 3 and w.rng.random() < 0.5:
        items = tuple(
            f"{w.date_en()}: the {w.body()} published the {w.policy()}"
            for _ in range(w.rng.randint(3, 5))
        )
        w.add(ListBlock(items))


def _report_en(w: _Writer, target: int) -> str:
    seg = w.concept(w.segments)
    title = f"{seg[:1].upper()}{seg[1:]} Market Report {w.year}"
    w.add(Heading(1, title))
    w.add(Para(f"{w.investor()} Research | Published {w.rng.choice(_MONTHS_EN)} {w.year}"))
    w.add(Heading(2, "Executive summary"))
    w.add(Para(_market_en(w) + _filler_en(w, 2)))
    while w.size < target:
        _section_en(w)
    return title


def make_report(
    index: int, *, seed: int = DEFAULT_SEED, target_bytes: int = TARGET_BYTES
) -> Report:
    """Report number *index* of the corpus of *seed*: the same inputs give the same report.

    Seven in ten are Chinese; formats are mostly ``.txt`` and ``.md``, one in ten ``.html``.
    The size varies around *target_bytes* (from a third of it to three times it).
    """
    rng = _rng(seed, "report", index)
    lang = "zh" if rng.random() < 0.7 else "en"
    roll = rng.random()
    fmt = "html" if roll < 0.1 else "md" if roll < 0.45 else "txt"
    target = int(target_bytes * min(3.0, max(1 / 3, rng.lognormvariate(0, 0.5))))
    w = _Writer(rng, Names.of(seed), lang)
    title = _report_zh(w, target) if lang == "zh" else _report_en(w, target)
    name = f"r{index:05d}_{lang}.{fmt}"
    return Report(name=name, lang=lang, fmt=fmt, title=title, blocks=tuple(w.blocks))


@dataclass(frozen=True)
class CorpusInfo:
    """What :func:`write_corpus` wrote."""

    folder: Path
    files: tuple[Path, ...]
    bytes: int


def write_corpus(
    folder: Path, docs: int, *, seed: int = DEFAULT_SEED, target_bytes: int = TARGET_BYTES
) -> CorpusInfo:
    """Write reports ``0 .. docs-1`` of *seed* into *folder* (created); returns what it wrote.

    The corpus of *n* documents is a prefix of every larger one of the same seed.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files, total = [], 0
    for i in range(docs):
        report = make_report(i, seed=seed, target_bytes=target_bytes)
        data = report.render().encode("utf-8")
        path = folder / report.name
        path.write_bytes(data)
        files.append(path)
        total += len(data)
    return CorpusInfo(folder, tuple(files), total)


# ------------------------------------------------------------------------------------------
# atlases: the quads of a built store, at a chosen size
# ------------------------------------------------------------------------------------------

MA = "https://w3id.org/medatlas/ontology#"
_UNITS = {
    "percent": "http://qudt.org/vocab/unit/PERCENT",
    "CNY": "http://qudt.org/vocab/currency/CNY",
    "USD": "http://qudt.org/vocab/currency/USD",
    "count": "http://qudt.org/vocab/unit/NUM",
}
_PREDICATES = (
    ("develops", "org", "offering"),
    ("partnersWith", "org", "org"),
    ("investsIn", "investor", "org"),
    ("acquiredBy", "org", "org"),
    ("deployedAt", "offering", "hospital"),
    ("addressesUseCase", "offering", "UseCase"),
    ("addressesUseCase", "org", "UseCase"),
    ("usesTechnology", "offering", "Technology"),
    ("operatesIn", "org", "Segment"),
    ("issuedBy", "policy", "body"),
    ("promotes", "policy", "UseCase"),
    ("basedOn", "offering", "offering"),
)
_MEASURES = (
    ("market-size", "CNY"),
    ("financing-amount", "CNY"),
    ("adoption-rate", "percent"),
    ("growth-rate", "percent"),
    ("cagr", "percent"),
    ("accuracy", "percent"),
    ("number-of-hospitals", "count"),
    ("return-on-investment", "percent"),
    ("penetration-rate", "percent"),
    ("budget", "USD"),
)


@dataclass(frozen=True)
class AtlasEntity:
    """An entity of a synthetic atlas: IRI, class, slug, Chinese and English names, role."""

    iri: str
    cls: str
    slug: str
    zh: str
    en: str
    role: str


@dataclass(frozen=True)
class AtlasInfo:
    """What :func:`write_atlas` wrote, and the entities the named questions are asked about."""

    path: Path
    quads: int
    documents: int
    entities: int
    probes: dict[str, AtlasEntity]


def _atlas_entities(count: int, seed: int) -> dict[str, list[AtlasEntity]]:
    """*count* entities by role: companies, investors, offerings, hospitals, bodies, policies."""
    from medatlas.graph.iris import entity_iri

    n = Names.of(seed)
    shares = (
        ("org", "Company", 0.40, n.companies_zh, n.companies_en),
        ("investor", "Company", 0.08, n.investors_zh, n.investors_en),
        ("offering", "Platform", 0.30, n.products_zh, n.products_en),
        ("hospital", "Hospital", 0.12, n.hospitals_zh, n.hospitals_en),
        ("body", "GovernmentBody", 0.02, n.bodies_zh, tuple(b for b, _ in n.bodies_en)),
        ("policy", "Policy", 0.08, n.policies_zh, n.policies_en),
    )
    out: dict[str, list[AtlasEntity]] = {}
    for role, cls, share, zh_pool, en_pool in shares:
        items = []
        for i in range(max(2, int(count * share))):
            # pools repeat beyond their size: a numbered variant keeps every name distinct
            lap = i // min(len(zh_pool), len(en_pool))
            zh = zh_pool[i % len(zh_pool)] + (f"（{lap + 1}）" if lap else "")
            en = en_pool[i % len(en_pool)] + (f" {lap + 1}" if lap else "")
            if role == "offering":
                cls = ("Platform", "Product", "AIModel")[i % 3]
            slug = f"{role}-{i}"
            items.append(AtlasEntity(entity_iri(slug), cls, slug, zh, en, role))
        out[role] = items
    return out


def atlas_probes(triples: int, *, seed: int = DEFAULT_SEED, per_role: int = 3) -> dict:
    """The first *per_role* entities of each role of the atlas of *triples* and *seed*: the
    names the most facts use (the head of the Zipf picks), to ask the named questions about."""
    entities = _atlas_entities(max(200, triples // 50), seed)
    return {role: items[:per_role] for role, items in entities.items()}


def _concepts_by_class() -> dict[str, list[str]]:
    from medatlas.graph.vocabulary import read_concepts

    out: dict[str, list[str]] = {}
    for c in read_concepts():
        out.setdefault(c.cls, []).append(c.iri)
    return out


def _atlas_graph(entities: dict[str, list[AtlasEntity]]):
    """The curated-atlas graph: every entity asserted with class, slug, labels and an alias."""
    from medatlas.graph.facts import Entity, FactSet, Label
    from medatlas.graph.iris import ATLAS_GRAPH

    facts = FactSet(graph=ATLAS_GRAPH)
    for items in entities.values():
        for e in items:
            facts.entities.append(
                Entity(
                    iri=e.iri,
                    cls=e.cls,
                    slug=e.slug,
                    labels=(Label(e.zh, "zh"), Label(e.en, "en")),
                    aliases=(Label(e.en.upper(), "en"),) if e.role == "body" else (),
                )
            )
    return facts


def _document_facts(
    index: int,
    entities: dict[str, list[AtlasEntity]],
    concepts: dict[str, list[str]],
    seed: int,
):
    """The facts one synthetic document contributes (about 3,000 quads)."""
    from medatlas.graph.facts import (
        Entity,
        Evidence,
        FactSet,
        Label,
        Observation,
        Relation,
        SourceDocument,
        Value,
    )
    from medatlas.graph.iris import document_graph, observation_iri

    rng = _rng(seed, "atlas-doc", index)
    name = f"r{index:05d}_{'zh' if rng.random() < 0.7 else 'en'}.txt"
    facts = FactSet(graph=document_graph(name))
    year = rng.randint(2019, 2026)
    facts.documents.append(
        SourceDocument(
            file_name=name,
            sha256=hashlib.sha256(name.encode()).hexdigest(),
            title=f"synthetic report {index}",
            encoding="utf-8",
            issued=Value(f"{year}-{rng.randint(1, 12):02d}", "gYearMonth"),
            extractor_version="1",
        )
    )
    offset = 0

    def evidence(text: str, method: str) -> Evidence:
        nonlocal offset
        offset += rng.randint(20, 400)
        return Evidence(
            name,
            text[:40],
            method,
            round(rng.uniform(0.5, 0.97), 2),
            offset,
            offset + len(text[:40]),
        )

    def pick(role: str) -> AtlasEntity | str:
        if role in concepts:
            return rng.choice(concepts[role])
        return _pick(rng, entities[role])  # type: ignore[arg-type]

    mentioned: dict[str, AtlasEntity] = {}
    for _ in range(rng.randint(60, 90)):
        pred, s_role, o_role = rng.choice(_PREDICATES)
        s, o = pick(s_role), pick(o_role)
        if s == o or isinstance(s, str):
            continue
        mentioned[s.iri] = s
        if isinstance(o, AtlasEntity):
            mentioned[o.iri] = o
            obj, words = o.iri, f"{s.zh}与{o.zh}"
        else:
            obj, words = o, f"{s.zh}的{o.rsplit('/', 1)[-1]}"
        facts.relations.append(Relation(s.iri, pred, obj, (evidence(words, "pattern:" + pred),)))
    for e in mentioned.values():
        facts.entities.append(
            Entity(
                iri=e.iri,
                cls=e.cls,
                slug="",
                labels=(),
                aliases=(Label(e.zh, "zh"),),
                evidence=(evidence(e.zh, "gazetteer"),),
                asserted=False,
            )
        )
    about_pool = list(mentioned.values())
    for j in range(rng.randint(25, 45)):
        measure, unit = rng.choice(_MEASURES)
        value = (
            f"{rng.uniform(1, 99):.1f}" if unit == "percent" else str(rng.randint(1, 900) * 10**6)
        )
        about = (
            rng.choice(about_pool).iri
            if about_pool and rng.random() < 0.7
            else rng.choice(concepts["Segment"])
        )
        original = f"{value}%" if unit == "percent" else f"{value}"
        ev = evidence(f"{original} {measure}", "figures")
        facts.observations.append(
            Observation(
                iri=observation_iri(name, str(j), value, measure),
                measure=f"https://w3id.org/medatlas/vocab/measure/{measure}",
                about=(about,),
                value=value,
                unit=_UNITS[unit],
                period=(
                    str(rng.randint(2015, year))
                    if rng.random() < 0.5
                    else f"{rng.randint(2015, year)}-{rng.randint(1, 12):02d}"
                ),
                original=original,
                evidence=(ev,),
            )
        )
    return facts


def atlas_quads(triples: int, *, seed: int = DEFAULT_SEED) -> tuple[Iterator, dict]:
    """The quads of a synthetic built store of about *triples* quads, and what it holds.

    Returns (an iterator of pyoxigraph Quads, graph by graph, and a dict that the iterator
    fills as it runs: ``quads``, ``documents``, ``entities`` and ``probes``, the entity of
    each role that the most facts name, for the named questions).
    """
    import pyoxigraph as ox

    from medatlas.graph.iris import ONTOLOGY_GRAPH, VOCAB_GRAPH
    from medatlas.graph.triples import fact_quads
    from medatlas.graph.vocabulary import ontology_triples, vocabulary_triples

    entities = _atlas_entities(max(200, triples // 50), seed)
    concepts = _concepts_by_class()
    info: dict = {
        "quads": 0,
        "documents": 0,
        "entities": sum(len(v) for v in entities.values()),
        "probes": {role: items[0] for role, items in entities.items()},
    }

    def quads() -> Iterator[ox.Quad]:
        for graph, source in (
            (ONTOLOGY_GRAPH, ontology_triples()),
            (VOCAB_GRAPH, vocabulary_triples()),
        ):
            node = ox.NamedNode(graph)
            for t in source:
                info["quads"] += 1
                yield ox.Quad(t.subject, t.predicate, t.object, node)
        for q in fact_quads(_atlas_graph(entities)):
            info["quads"] += 1
            yield q
        index = 0
        while info["quads"] < triples:
            for q in fact_quads(_document_facts(index, entities, concepts, seed)):
                info["quads"] += 1
                yield q
            index += 1
            info["documents"] = index

    return quads(), info


def write_atlas(path: Path, triples: int, *, seed: int = DEFAULT_SEED) -> AtlasInfo:
    """Write a synthetic atlas of about *triples* quads to *path* (``.nq`` or ``.trig``).

    The file is streamed graph by graph: memory stays flat whatever the size.
    """
    import pyoxigraph as ox

    from medatlas.graph.export import PREFIXES

    fmt = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG}.get(path.suffix)
    if fmt is None:
        raise ValueError(f"{path}: write an atlas as .nq (N-Quads) or .trig (TriG)")
    path.parent.mkdir(parents=True, exist_ok=True)
    quads, info = atlas_quads(triples, seed=seed)
    with path.open("wb") as out:
        ox.serialize(
            quads, out, format=fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None
        )
    return AtlasInfo(path, info["quads"], info["documents"], info["entities"], info["probes"])


# ------------------------------------------------------------------------------------------
# command line
# ------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    """``corpus OUT_DIR --docs N`` or ``atlas OUT.nq|OUT.trig --triples N``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    c = sub.add_parser("corpus", help="write N synthetic reports into a folder")
    c.add_argument("out", type=Path)
    c.add_argument("--docs", type=int, default=100, help=f"how many reports (e.g. {CORPUS_SIZES})")
    c.add_argument("--seed", type=int, default=DEFAULT_SEED)
    a = sub.add_parser("atlas", help="write a synthetic atlas as N-Quads (.nq) or TriG (.trig)")
    a.add_argument("out", type=Path)
    a.add_argument("--triples", type=int, default=100_000, help=f"about how many ({ATLAS_SIZES})")
    a.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    if args.what == "corpus":
        info = write_corpus(args.out, args.docs, seed=args.seed)
        print(f"wrote {len(info.files)} reports, {info.bytes / 1e6:.1f} MB, into {info.folder}")
    else:
        try:
            atlas = write_atlas(args.out, args.triples, seed=args.seed)
        except ValueError as exc:
            print(f"generate: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {atlas.quads} quads ({atlas.documents} documents) to {atlas.path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

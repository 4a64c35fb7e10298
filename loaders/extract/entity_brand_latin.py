"""Offerings named by their maker's Chinese brand glued to a Latin name: 锐骨FractureEye.

A Chinese report often names a product by the short brand of the firm that makes it followed,
without a space, by a Latin name: 锐骨科技's 锐骨FractureEye, 郑州心安医疗器械有限公司's 心安ECG-AI,
知岸医疗's 知岸MedVL. Read alone, the Latin part looks like a firm ("推出了FractureEye") and the
brand is dropped. :func:`brand_latin_candidates` finds such names where a firm of the same
document owns the brand, and says what they are: a model where a model noun comes before
(预警模型柏睿SepsisNet), a platform after 平台, a product otherwise. :func:`brand_kind_candidates`
does the same for a brand, its words and a kind noun (天枢运动损伤风险评估系统), which suffix
discovery passes over when the brand is made of ordinary words. Nothing here knows a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from medatlas.loaders.extract.entity_common import Candidate
from medatlas.loaders.extract.entity_shortforms import chinese_brand_cores

__all__ = ["brand_kind_candidates", "brand_latin_candidates", "owned_brand_candidates"]

# a Latin name: a word with a capital (FractureEye, MedVL, Pro), a code (ECG-AI, RS-BrainFM)
_LATIN = r"[A-Z][A-Za-z0-9]*(?:[\-.][A-Za-z0-9]+)*|[a-z]+[A-Z][A-Za-z0-9]*"
# what a firm's own name goes on with: 锐骨AI科技 is the firm, not its product
_FIRM_AFTER = re.compile(
    r"\s?(?:科技|技术|公司|集团|医疗|智能|健康|有限|股份|团队|网络|信息|数据|Inc\b|Ltd\b)"
)
# a funding round written after the brand: 蔺川Pre-A轮, 锐骨B+轮融资
_ROUND_AFTER = re.compile(r"\+?\s?(?:轮|融资)")
# words a Latin run can be that name no product on their own
_NOT_NAMES = frozenset(
    {"AI", "APP", "App", "CEO", "CTO", "CFO", "COO", "IPO", "Pre-IPO", "Inc", "Ltd", "Co", "Tech"}
)
# a Latin name that is more than a modality's initials: lower case, a digit or a hyphen inside
_CODED = re.compile(r"[a-z0-9\-.]")
# what the offering is, written right after its name: 明鉴PathOne病理大模型, 芯律CGM传感器
_KIND_TAIL = (
    r"(?:(?!的|基于|依托|由|是|在|和|与|及|为|自研|采用|即|通过|经|已|将|被|可)"
    r"[\u4e00-\u9fffA-Za-z0-9]){0,12}?"
    r"(?:大模型|模型|系统|软件|平台|助手|机器人|一体机|传感器|设备"
    r"|分析仪|检测仪|系列)(?![化型级端类性商])"
)
# after a bare initialism (迈康CT设备厂商), the kind noun must end the phrase
_STRICT_END = re.compile(r"(?![\u4e00-\u9fff])")
_KIND_END = re.compile(r"(?:大模型|模型|平台)$")
_TAIL_CLASSES = {"大模型": "AIModel", "模型": "AIModel", "平台": "Platform"}
_MODEL_BEFORE = re.compile(r"(?:大模型|大语言模型|模型|算法)[“\"「]?$")
_PLATFORM_BEFORE = re.compile(r"平台[“\"「]?$")


def brand_latin_candidates(text: str, makers: Iterable[str]) -> Iterator[Candidate]:
    """Each occurrence in *text* of the brand of one of the firms *makers* glued to a Latin name.

    >>> firm = "锐骨科技"
    >>> text = "锐骨科技推出了锐骨FractureEye，已在多家医院部署。"
    >>> [(c.name, c.cls) for c in brand_latin_candidates(text, [firm])]
    [('锐骨FractureEye', 'Product')]
    >>> [c.name for c in brand_latin_candidates("锐骨科技成立于2019年，锐骨AI团队", [firm])]
    []
    >>> [(c.name, c.cls) for c in brand_latin_candidates("锐骨Bone-X骨龄大模型，锐骨CT", [firm])]
    [('锐骨Bone-X骨龄大模型', 'AIModel')]
    >>> [c.name for c in brand_latin_candidates("锐骨Bone-X基于自研的大模型", [firm])]
    ['锐骨Bone-X']
    """
    brands = sorted(
        {b for name in makers for b in chinese_brand_cores(name)},
        key=lambda b: -len(b),
    )
    if not brands:
        return
    pattern = re.compile(
        r"(" + "|".join(map(re.escape, brands)) + r")(" + _LATIN + r")"
        r"(?![A-Za-z0-9])(" + _KIND_TAIL + r")?"
    )
    for match in pattern.finditer(text):
        latin, tail = match.group(2), match.group(3)
        if (
            latin in _NOT_NAMES
            or len(latin) < 2
            or _FIRM_AFTER.match(text, match.end(2))
            or _ROUND_AFTER.match(text, match.end(2))
        ):
            continue  # 锐骨AI科技 is the firm; 锐骨Pre-A轮 its funding round
        if not _CODED.search(latin) and (tail is None or not _STRICT_END.match(text, match.end())):
            continue  # 迈康CT, 迈康CT设备厂商: the firm's scanners, a modality, not a name
        before = text[max(0, match.start() - 6) : match.start()]
        cls = "Product"
        if tail is not None:
            kind = _KIND_END.search(tail)
            cls = _TAIL_CLASSES[kind.group(0)] if kind is not None else "Product"
        elif _MODEL_BEFORE.search(before):
            cls = "AIModel"
        elif _PLATFORM_BEFORE.search(before):
            cls = "Platform"
        yield Candidate(match.start(), match.end(), match.group(0), cls, 0.8, "brand-latin")


# what an offering's name may hold between its maker's brand and its kind: no function word
_KIND_WORDS = (
    # no clause word: 卫盾网络则专注于勒索软件, 澄霁安全凭借大模型 are clauses, not names
    r"(?:(?![的与和及在为是将由对把被了、已该其此这并也还都向从经让使又即则凭])[\u4e00-\u9fffA-Za-z0-9\-])"
    r"{1,12}?"
)
_KIND_END_NOUN = r"(?:大模型|模型|系统|软件|平台|助手|机器人|一体机)(?![化型级端类])"


def brand_kind_candidates(text: str, makers: Iterable[str]) -> Iterator[Candidate]:
    """Each offering named by a firm's brand, its words and its kind: 天枢运动损伤风险评估系统
    (made by 深圳天枢体测科技有限公司), whatever ordinary words the brand is made of.

    >>> text = "天枢科技推出天枢运动损伤风险评估系统，已服务286名球员。天枢科技的系统已上线。"
    >>> [(c.name, c.cls) for c in brand_kind_candidates(text, ["天枢科技"])]
    [('天枢运动损伤风险评估系统', 'Product')]
    """
    brands = sorted(
        {b for name in makers for b in chinese_brand_cores(name)}, key=lambda b: (-len(b), b)
    )
    if not brands:
        return
    pattern = re.compile(
        r"(?P<brand>" + "|".join(map(re.escape, brands)) + r")" + _KIND_WORDS + _KIND_END_NOUN
    )
    for match in pattern.finditer(text):
        if _FIRM_AFTER.match(text, match.end("brand")):
            continue  # 天枢科技…系统: the firm, then what it does
        kind = _KIND_END.search(match.group(0))
        cls = _TAIL_CLASSES[kind.group(0)] if kind is not None else "Product"
        yield Candidate(match.start(), match.end(), match.group(0), cls, 0.75, "brand-kind")


# where an owned offering's name ends: punctuation, a verb, a preposition
_OWNED_END = (
    r"(?=[在已于的，,。；;、（(”\"]|是|为|可|能|基于|通过|推荐|覆盖|使用|位居|占|进入|上线|获得|获批|获准|获证"
    r"|和|与|排(?:第|名|在)|居(?:第|首))"
)
_OWNED_CLASSES = {"云": "Platform", "平台": "Platform", "模型": "AIModel"}


def owned_brand_candidates(text: str, makers: Iterable[str]) -> Iterator[Candidate]:
    """Each offering a firm's name owns (``X的Y``) whose name opens with the firm's brand:
    苏州聆启医疗科技有限公司的聆启听筛云, 深圳声玑科技有限公司的声玑AI助听器, whatever its
    kind (a cloud, a hearing aid) or none.

    >>> text = "苏州聆启医疗科技有限公司的聆启听筛云在已应用机构中覆盖率最高。"
    >>> [(c.name, c.cls) for c in owned_brand_candidates(text, ["苏州聆启医疗科技有限公司"])]
    [('聆启听筛云', 'Platform')]
    """
    for maker in sorted(set(makers), key=lambda m: (-len(m), m)):
        brands = sorted(chinese_brand_cores(maker), key=lambda b: (-len(b), b))
        if not brands:
            continue
        pattern = re.compile(
            re.escape(maker)
            + r"的(?P<name>(?:"
            + "|".join(map(re.escape, brands))
            + r")(?:(?![的与和及在为是将由对把被了、])[\u4e00-\u9fffA-Za-z0-9\-]){1,10}?)"
            + _OWNED_END
        )
        for match in pattern.finditer(text):
            name = match.group("name")
            brand = next(b for b in brands if name.startswith(b))
            if _FIRM_AFTER.match(name, len(brand)):
                continue  # X公司的X科技: the firm again, by a shorter name
            cls = next((c for end, c in _OWNED_CLASSES.items() if name.endswith(end)), "Product")
            yield Candidate(match.start("name"), match.end("name"), name, cls, 0.7, "brand-owned")

"""Understand table columns by their headers, and split a cell into the names it lists.

A header such as ``发布部门``, ``Lead investor`` or ``应用场景`` names the *role* its cells play
(issuer, investor, use case...), so any table of the same kind yields the same relations,
whatever its column order or wording. Roles are matched by keywords, most specific first.

>>> [column_role(h) for h in ("时间", "发布部门", "文件名称", "主要内容")]
['date', 'issuer', 'title', 'content']
>>> [column_role(h) for h in ("Company", "Lead investor", "Focus", "Round")]
['organization', 'investor', 'use_case', 'round']
>>> split_names("科技部、教育部 工信部/国家卫健委等", by_space=True)
['科技部', '教育部', '工信部', '国家卫健委']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = [
    "ENTITY_ROLES",
    "LIST_CLOSE",
    "PLACEHOLDER",
    "ROLE_KEYWORDS",
    "column_role",
    "column_roles",
    "guess_organization_class",
    "script_halves",
    "split_names",
]

# role -> keywords a header holds (case-folded, spaces removed). Checked in this order, so a
# more specific role ("发布时间" is a date, "投资方" an investor) wins over a broader one.
ROLE_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("rank", ("排名", "排序", "序号", "rank", "no.")),
    ("date", ("时间", "日期", "年份", "年度", "date", "year", "released", "issuedon", "when")),
    (
        "investor",
        (
            "投资方",
            "投资机构",
            "投资人",
            "投资者",
            "领投",
            "跟投",
            "参投",
            "出资方",
            "investor",
            "backer",
            "ledby",
        ),
    ),
    ("acquirer", ("收购方", "买方", "acquirer", "buyer", "acquiredby")),
    ("parent", ("母公司", "所属集团", "控股股东", "上级单位", "parentcompany", "parent", "owner")),
    ("target", ("被收购", "收购标的", "标的", "target", "acquiredcompany")),
    (
        "issuer",
        (
            "发布部门",
            "发布机构",
            "发布单位",
            "印发部门",
            "发文机关",
            "发文单位",
            "发文部门",
            "相关部门",
            "部门",
            "颁布机构",
            "issuer",
            "issuedby",
            "agency",
            "department",
            "authority",
            "regulator",
        ),
    ),
    ("partner", ("合作方", "合作伙伴", "合作机构", "partner", "collaborator")),
    (
        "hospital",
        (
            "医院",
            "医院名称",
            "落地机构",
            "部署机构",
            "应用机构",
            "试点单位",
            "试点医院",
            "试点机构",
            "应用单位",
            "示范单位",
            # who buys, uses or commissions it: a customer, a project's owner
            "客户",
            "客户名称",
            "终端客户",
            "用户单位",
            "代表用户",
            "典型用户",
            "标杆用户",
            "使用单位",
            "采购单位",
            "采购人",
            "采购方",
            "建设单位",
            "业主单位",
            # where a product table says it runs: 典型部署, 落地医院 (not a site's own 部署 column)
            "典型部署",
            "代表部署",
            "部署医院",
            "落地医院",
            "典型医院",
            "hospital",
            "deployedat",
            "site",
            "pilotsite",
            "customer",
            "client",
        ),
    ),
    # what a row is about that no relation names: a project's title, a booth
    (
        "project",
        (
            "项目名称",
            "项目",
            "建设项目",
            "课题名称",
            "课题",
            "project",
            "projectname",
            "展位",
            "booth",
        ),
    ),
    ("amount", ("金额", "融资额", "规模", "估值", "amount", "size", "valuation", "raised")),
    ("round", ("轮次", "融资轮", "阶段", "round", "stage", "series")),
    ("rate", ("率", "占比", "比例", "增速", "增长", "rate", "share", "%", "growth", "cagr")),
    (
        "use_case",
        (
            "应用场景",
            "场景",
            "用途",
            "应用领域",
            "应用方向",
            "试点方向",
            "环节",  # 诊疗环节: the step of care a product serves
            "usecase",
            "application",
            "focus",
            "usedfor",
            # a device register's words for what a product is for
            "适用范围",
            "预期用途",
            "适应症",
            "intendeduse",
            "indication",
            "indicationsforuse",
            "clinicaluse",
        ),
    ),
    # what a product does (主要功能 | 在线自适应重计划): its use cases, unless the table has a
    # column of use cases of its own (核心功能 | 应用场景: then what it is, in words)
    (
        "function",
        ("主要功能", "核心功能", "产品功能", "mainfunction", "keyfunction"),
    ),
    # what a member list says of each member's rank (会长单位, 理事单位): no relation
    (
        "membership",
        (
            "会员类别",
            "会员类型",
            "会员级别",
            "会员等级",
            "会员身份",
            "membershiptype",
            "membership",
        ),
    ),
    # the business an organisation's row says it is in (主营方向 "数字病理"): one field per cell
    (
        "field",
        (
            "主营方向",
            "主营业务",
            "主营领域",
            "业务方向",
            "业务领域",
            "主攻方向",
            "专业方向",
            "主营",
            "mainbusiness",
            "businessfocus",
            "corebusiness",
        ),
    ),
    (
        "segment",
        (
            "细分领域",
            "产业链环节",  # a link of the industry chain is a segment, not a step of care
            "产业环节",
            "细分",
            "领域",
            "赛道",
            "分类",
            "类别",
            "类型",
            "板块",
            "segment",
            "sector",
            "category",
            "market",
            "industry",
            "field",
        ),
    ),
    (
        "technology",
        ("核心技术", "技术", "核心优势", "核心能力", "technology", "technique", "tech", "strength"),
    ),
    (
        "title",
        (
            "文件名称",
            "政策名称",
            "文件",
            "政策",
            "法规",
            "标题",
            "报告名称",
            "title",
            "policy",
            "document",
            "regulation",
        ),
    ),
    (
        "content",
        (
            "主要内容",
            "内容",
            "要点",
            # what a policy turns to: 主要方向, 重点任务
            "主要方向",
            "重点方向",
            "主要任务",
            "重点任务",
            "说明",
            "描述",
            "简介",
            "备注",
            "功能",
            "作用",
            "模式",
            "方式",
            "情况",  # 部署情况, 落地情况: how far it went, in words and counts
            "summary",
            "content",
            "description",
            "keypoints",
            "notes",
            "details",
            "highlights",
            # where a thing stands: "Regulatory status" (FDA 510(k) cleared), 注册状态, 进展
            "status",
            "regulatorystatus",
            "approvalstatus",
            "clearancestatus",
            "状态",
            "进展",
            "获批情况",
            "注册情况",
        ),
    ),
    ("model", ("大模型", "模型", "模型名称", "model")),
    # what a row's offering is built on: 基于, 底座
    ("platform", ("平台", "平台名称", "platform", "基于", "底座")),
    (
        "product",
        (
            "产品",
            "产品名称",
            "解决方案",
            "系统",
            "product",
            "solution",
            "tool",
            "app",
            "offering",
            # what a site's row says it runs: 部署 / "Deployed"
            "部署",
            "deployed",
        ),
    ),
    (
        "organization",
        (
            "企业",
            "公司",
            "厂商",
            "机构",
            "玩家",
            "代表企业",
            "企业名称",
            "公司名称",
            "单位名称",
            "机构名称",
            "company",
            "vendor",
            "organization",
            "organisation",
            "developer",
            "player",
            "startup",
            "firm",
            "maker",
            "name",
            "名称",
            # who makes a registered device or builds a project: 注册人, 承建单位
            "manufacturer",
            "legalmanufacturer",
            "注册人",
            "生产商",
            "制造商",
            "制造企业",
            "承建单位",
            "承建方",
            "承建商",
            "中标单位",
            "中标供应商",
            "供应商",
            # who shows it at a trade fair
            "参展商",
            "参展企业",
            "参展单位",
            "展商",
            "exhibitor",
            # who offers a platform: 提供方 Provider, 提供商 (a care provider is 医疗机构)
            "提供方",
            "提供商",
        ),
    ),
    (
        "region",
        (
            "地区",
            "城市",
            "省份",
            "总部",
            "所在地",
            "注册地",
            "region",
            "city",
            "country",
            "location",
            "headquarters",
            "hq",
            "basedin",
        ),
    ),
)

#: roles whose cells name entities (the cell text may stand for an entity nobody listed)
ENTITY_ROLES: dict[str, str] = {
    "organization": "Company",
    "investor": "Company",
    "acquirer": "Company",
    "target": "Company",
    "parent": "Company",
    "partner": "Organization",
    "issuer": "GovernmentBody",
    "hospital": "Hospital",
    "product": "Product",
    "platform": "Platform",
    "model": "AIModel",
    "title": "Policy",
    "region": "Region",
}

_FOLD = re.compile(r"[\s_\-/（）()【】\[\]:：*]+")


# a header that counts what it names: 部署医院数, 用户数量, "(家)"
_COUNT_HEADER = re.compile(r"(?<!数)(?:数|数量|家数|个数)$|[（(]家[)）]$")


# a header, then what its cells add in brackets: 应用产品（供应企业）, "Product (vendor)"
_BRACKETED_AFTER = re.compile(r"(.*?\S)\s*[（(][^（()）]+[)）]")


def column_role(header: str) -> str | None:
    """The role of a column from its header text, or ``None`` if the header says nothing known.

    The longest keyword found wins; between keywords as long, the one ending later (a Chinese
    header ends with its head noun: ``政策要点`` is about points, ``发布时间`` a date), then
    the role listed first.

    >>> column_role("政策要点"), column_role("平台名称"), column_role("Product name")
    ('content', 'platform', 'product')
    """
    own = _BRACKETED_AFTER.fullmatch(header.strip())
    if own is not None and (role := column_role(own.group(1))) is not None:
        return role  # 应用产品（供应企业）: the product, its maker in brackets beside it
    key = _FOLD.sub("", header).casefold()
    if not key:
        return None
    if _COUNT_HEADER.search(key):
        return None  # 部署医院数, 合作医院数量: how many, not which
    best: tuple[int, int, int] | None = None
    chosen: str | None = None
    for order, (role, keywords) in enumerate(ROLE_KEYWORDS):
        for word in keywords:
            position = key.rfind(word)
            if position < 0:
                continue
            rank = (len(word), position + len(word), -order)
            if best is None or rank > best:
                best, chosen = rank, role
    return chosen


def column_roles(header: Sequence[str]) -> tuple[str | None, ...]:
    """The role of every column; a role claimed twice keeps only its first column. A column of
    what a product does (``主要功能``) names its use cases when no other column does.

    The first column of a table whose headers say nothing is left ``None``; callers decide
    from the cells (a column of segment names, say) what it holds.
    """
    seen: set[str] = set()
    roles: list[str | None] = []
    for cell in header:
        role = column_role(cell)
        if role is not None and role in seen and role not in ("investor", "issuer"):
            role = None
        if role is not None:
            seen.add(role)
        roles.append(role)
    function = "content" if "use_case" in roles else "use_case"
    return tuple(function if role == "function" else role for role in roles)


# Legal and organisational suffixes that give away the kind of organisation (generic, no names).
_ORG_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Hospital",
        (
            "医院",
            "卫生院",
            "医学中心",
            "诊所",
            "hospital",
            "medical center",
            "medical centre",
            "clinic",
            "health system",
        ),
    ),
    ("University", ("大学", "学院", "university", "college", "school of")),
    (
        "ResearchInstitution",
        (
            "研究院",
            "研究所",
            "实验室",
            "研究中心",
            "institute",
            "laboratory",
            "research center",
            "research centre",
        ),
    ),
    (
        "Association",
        (
            "协会",
            "学会",
            "联盟",
            "委员会专委会",
            "association",
            "society",
            "alliance",
            "consortium",
        ),
    ),
    (
        "GovernmentBody",
        (
            "国务院",
            "办公厅",
            "委员会",
            "管理局",
            "监督管理局",
            "部",
            "局",
            "厅",
            "委",
            "署",
            "政府",
            "政府办公室",  # a government's own offices: 人民政府新闻办公室, 市政府办公室
            "新闻办公室",
            "ministry",
            "administration",
            "commission",
            "agency",
            "department",
            "bureau",
            "council",
            "fda",
        ),
    ),
)


def guess_organization_class(name: str, default: str) -> str:
    """The organisation class a name's suffix implies (``…医院`` -> Hospital), else ``default``.

    >>> guess_organization_class("浙江瑞和医院", "Company")
    'Hospital'
    >>> guess_organization_class("Acme", "Company")
    'Company'
    """
    folded = name.strip().casefold()
    for cls, suffixes in _ORG_SUFFIXES:
        if any(folded.endswith(suffix) for suffix in suffixes):
            return cls
    return default


_SEPARATORS = re.compile(r"\s*(?:[、，,;；/|]|\band\b|&)\s*")
# a list's closing "etc.", also with its count: 临川市中心医院等12家, 三甲医院等多家医疗机构
LIST_CLOSE = (
    r"(?:(?:等等|等)(?:\s*[\d一二三四五六七八九十百千多数几余]+\s*(?:家|个|所|座|项|位|名)"
    r"(?:[\u4e00-\u9fff]{0,4}?(?:医院|机构|单位|企业|公司))?)?|etc\.?)"
)
_TRAILING = re.compile(LIST_CLOSE + r"?[\s。.*＊”“\"'‘’]*$", re.IGNORECASE)
_LEADING = re.compile(r"^[\s“”\"'‘’*＊]+")
_NOT_A_NAME = re.compile(r"^[\d\s.,%％+\-–~约超过近亿万千百元美$¥￥个家项年月日]+$")
# a count of places, not one: "共 85 家医院", "12所高校", "其余30余家"
_COUNTED = re.compile(
    r"^(?:共|累计|合计|总计|约|超过|逾|近|其余|另有)?\s*[\d一二三四五六七八九十百千]+\s*[余多]?\s*[家所个座]"
)
#: words of a cell that points elsewhere instead of naming: "多个（见下文）", "TBD"
PLACEHOLDER = re.compile(r"见下文|见下表|见正文|详见|见附表|待定|未披露|暂无|\bsee below\b|\bTBD\b")


def split_names(cell: str, *, by_space: bool = False) -> list[str]:
    """Split a cell that lists names (``A、B、C等``) into the names, in order.

    Separators are ``、，,;；/|``, ``and`` and ``&``; with ``by_space`` also whitespace between
    two Chinese names (issuer cells write ``中共中央办公厅 国务院办公厅``). A trailing ``等``,
    quotes and footnote stars are dropped; numbers and amounts are not names.
    """
    parts = _SEPARATORS.split(cell)
    if by_space:
        parts = [piece for part in parts for piece in _split_cjk_space(part)]
    names: list[str] = []
    for part in parts:
        name = _LEADING.sub("", _TRAILING.sub("", part)).strip()
        if (
            len(name) >= 2
            and not _NOT_A_NAME.match(name)
            and not _COUNTED.match(name)
            and not PLACEHOLDER.search(name)
        ):
            names.append(name)
    return names


def _split_cjk_space(part: str) -> list[str]:
    pieces = part.split()
    if len(pieces) > 1 and all(re.search(r"[\u4e00-\u9fff]", piece) for piece in pieces):
        return pieces
    return [part]


# a cell naming one thing in two scripts: "衡药智能 Hengyao AI", "Hengyao AI 衡药智能"
_TWO_SCRIPTS = re.compile(
    r"^\s*(?P<zh>[\u4e00-\u9fff][^A-Za-z]*?)\s+(?P<en>[A-Za-z][A-Za-z0-9 .&'’+\-]*?)\s*$"
    r"|^\s*(?P<en2>[A-Za-z][A-Za-z0-9 .&'’+\-]*?)\s+(?P<zh2>[\u4e00-\u9fff][^A-Za-z]*?)\s*$"
    # "Luminelle (露米尼)": the other script's name in brackets
    r"|^\s*(?P<en3>[A-Za-z][A-Za-z0-9 .&'’+\-]*?)\s*[（(]"
    r"(?P<zh3>[\u4e00-\u9fff][^A-Za-z()（）]*?)[)）]\s*$"
)
_GLUED_LATIN = re.compile(
    r"^\s*(?P<zh>\S*[\u4e00-\u9fff]\S*(?:\s+\S*[\u4e00-\u9fff]\S*)*)"
    r"\s+(?P<en>[A-Z][^\u4e00-\u9fff]*?)\s*$"
)
_TAGS = frozenset({"pro", "plus", "max", "lite", "mini", "ultra", "beta", "cloud", "online"})


def script_halves(cell: str) -> tuple[str, str] | None:
    """(Chinese, English) when a cell names one thing in two scripts, else ``None``.

    The English half must be a name of its own ("Hengyao AI"), not a tag ("AI", "V2.0").

    >>> script_halves("曜石医疗 Yaoshi Medical"), script_halves("岚影肺结节 AI")
    (('曜石医疗', 'Yaoshi Medical'), None)
    >>> script_halves("镜岫乳腺AI Jingxiu Breast AI")
    ('镜岫乳腺AI', 'Jingxiu Breast AI')
    >>> script_halves("NVIDIA 英伟达"), script_halves("临床决策支持 CDSS")
    (('英伟达', 'NVIDIA'), None)
    >>> script_halves("Luminelle (露米尼)")
    ('露米尼', 'Luminelle')
    """
    match = _TWO_SCRIPTS.match(cell)
    if match is not None:
        zh = (match.group("zh") or match.group("zh2") or match.group("zh3")).strip()
        en = (match.group("en") or match.group("en2") or match.group("en3")).strip()
    else:
        glued = _GLUED_LATIN.match(cell)  # "镜岫乳腺AI Jingxiu Breast AI": Latin inside the name
        if glued is None:
            return None
        zh, en = glued.group("zh").strip(), glued.group("en").strip()
    # a word in capitals of five letters or more is a name too (NVIDIA), a shorter one a tag
    named = re.search(r"[A-Z][a-z]{2,}|\b[A-Z]{5,}\b", en) and en.casefold() not in _TAGS
    return (zh, en) if named and len(zh) >= 2 else None

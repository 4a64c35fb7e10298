"""Words that change what a stated relation means: negation, hedging, promoting vs regulating.

Relation patterns ask these questions of the words *between* the names they connect (names
themselves never count: "未来医疗" is a name, not a negation).

- Negated statements (未, 尚未, 并未, not, did not...) are dropped: "X did not acquire Y" is no
  evidence that Y was acquired by X; so are past ones (此前是, 曾是, formerly) and deals the
  rest of the sentence calls off (…的合并交易已宣布终止, "the deal was terminated").
- Hedged statements (计划, 拟, 有望, plans to, is expected to...) are kept with their confidence
  multiplied by :data:`HEDGE_FACTOR`, so they fall below the usual acceptance threshold of 0.5
  and show up as low-confidence candidates for review instead of facts.

>>> is_negated("目前并未与"), is_negated("未来将与"), is_hedged("拟收购"), is_hedged("完成收购")
(True, False, True, False)
>>> policy_stance("规范人工智能医疗器械注册申报流程"), policy_stance("鼓励医疗机构应用")
('regulates', 'promotes')
"""

from __future__ import annotations

import re

__all__ = ["HEDGE_FACTOR", "is_cancelled", "is_hedged", "is_negated", "policy_stance"]

HEDGE_FACTOR = 0.5

_NEGATION = re.compile(
    r"未(?!来|知|经)|尚未|并未|从未|没有|没能|不(?:与|和|同|跟|会|再|打算|准备|参与|涉及|包括)"
    r"|暂不|暂未|无意|否认|拒绝|终止|取消|叫停|搁置|此前是|此前为|曾是|曾为|原为|原是|前身"
    r"|\bnot\b(?!\s+only)|\bnever\b|\bno longer\b|n't\b|\bdeclined to\b|\bdenied\b|\bcalled off\b"
    r"|\bterminated\b|\bformerly\b|\bformer\b|\bpreviously\b|\bused to be\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"计划|拟|有望|或将|预计|打算|准备|考虑|意向|洽谈|谈判|可能|即将|传闻|据传"
    r"|\bplans? to\b|\bplanning to\b|\bintends? to\b|\bis expected to\b|\bexpects? to\b"
    # "may", not the month ("In May 2025, X raised…", "May 12, 2025")
    r"|(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\buntil )\bmay\b(?!,?\s+\d)"
    r"|\bmight\b|\bcould\b|\bwould\b|\bconsidering\b|\bin talks\b|\baims? to\b"
    r"|\bseeks? to\b|\bproposed\b|\bpotential\b|\brumou?red\b",
    re.IGNORECASE,
)
_CANCELLED = re.compile(
    r"终止|取消|叫停|告吹|搁浅|失败|被否|\bcalled off\b|\bterminated\b|\bcancell?ed\b"
    r"|\bscrapped\b|\babandoned\b|\bcollapsed\b|\bfell through\b",
    re.IGNORECASE,
)
_REGULATE = re.compile(
    r"规范|监管|审查|审评|审批|监督|管理办法|管理规定|规范管理|合规|约束|限制|禁止|备案|标准|准入|资质"
    r"|许可|登记"
    r"|问责|追溯|安全评估|风险防控"
    r"|要求|必须|应当|不得|适用于|适用范围|收费|定价|计价|列为|界定为"
    r"|regulat|restrict|prohibit|oversight|complian|standard|supervis|audit|approval|ban\b"
    r"|requir|obligat|\bmust\b|mandat|risk-based|conformity|accountab|appl(?:y|ies) to|pricing",
    re.IGNORECASE,
)
_PROMOTE = re.compile(
    r"推动|推进|鼓励|支持|促进|发展|加快|加速|探索|开展|建设|运用|应用|利用|提升|推广|培育|完善|深化"
    r"|拓展|引导|实现|研发|打造|普及|扩大|布局|示范|创新|融合"
    r"|promot|encourag|support|accelerat|develop(?!er)|advanc|foster|expand|boost|adopt|invest in"
    r"|scale up|pilot",
    re.IGNORECASE,
)


def is_negated(words: str) -> bool:
    """True if ``words`` (the text around a relation, names left out) deny it."""
    return bool(_NEGATION.search(words))


def is_cancelled(words: str) -> bool:
    """True if ``words`` (what follows a relation in its sentence) say it was called off."""
    return bool(_CANCELLED.search(words))


def is_hedged(words: str) -> bool:
    """True if ``words`` only plan, expect or rumour the relation."""
    return bool(_HEDGE.search(words))


def policy_stance(words: str) -> str | None:
    """``"regulates"`` if ``words`` set rules, ``"promotes"`` if they encourage, else ``None``.

    Rules win when a clause does both ("加强对数据安全的审查" regulates).
    """
    if _REGULATE.search(words):
        return "regulates"
    if _PROMOTE.search(words):
        return "promotes"
    return None

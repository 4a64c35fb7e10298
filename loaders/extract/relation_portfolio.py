"""A company's own offerings read off how a report is laid out, not off a verb.

A company profile, annual report, product catalogue or equity note that is *about* one company
lists that company's products without saying "X develops Y" each time:

- :func:`portfolio_lists`: a lead that announces a portfolio (``公司目前拥有三条产品线：``,
  "Our products:", a heading ``主要产品`` / "Product portfolio") followed by list items that
  each open with an offering's name;
- :func:`brand_stems`: an English product name that carries the company's brand stem
  (``Varnelle`` → ``VarnView``) in a document about that company;
- :func:`own_offerings`: an offering called the company's own (``自研的X``, "X, Acme's
  in-house model", "Acme's X" with Acme a short form of a company named in the document);
- :func:`reference_sites`: "X is installed at 1,100 hospitals; A and B are reference sites";
- :func:`requoted_sentences`: a product named once in full and later only by its quoted
  short name (``“澜影”“澜瞳”已在A、B等医院常规使用``) still takes part in the sentence's
  deployments.

:data:`PORTFOLIO_RULES` adds sentence wordings for makers and sites ("Y from X's", ``Y（X出品）``,
``X运营Y平台``, "X signed an agreement to use Y", "A and B are reference sites").

Precision first: an offering whose name starts with another organisation's name, or named in an
item or sentence that names another maker, is left alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from medatlas.loaders.document import Block
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_engine import CLASS_GROUPS, Rule
from medatlas.loaders.extract.sentences import split_sentences
from medatlas.loaders.extract.spans import MentionsWithin
from medatlas.loaders.extract.subjects import role_of

__all__ = [
    "PORTFOLIO_RULES",
    "brand_stems",
    "document_owner",
    "layout_relations",
    "own_offerings",
    "portfolio_lists",
    "reference_sites",
    "requoted_relations",
    "requoted_sentences",
]

_ORGX = frozenset(CLASS_GROUPS["ORGX"])
_OFF = frozenset(CLASS_GROUPS["OFF"])
_CARE = frozenset(CLASS_GROUPS["CARE"])
_CONCEPTS = frozenset({"UseCase", "Segment", "Technology", "Region"})

PORTFOLIO_RULES: tuple[Rule, ...] = (
    Rule(
        "en-from-orgs-offering",
        # "fine-tuned from Meta's open Llama 3": the possessor made it, "from" or not
        r"\b(?:from|on|of|with|using|atop)\s+(?:the\s+)?{s:ORGX}['’]s?\s+{w}{q}{o:OFF}",
        (("develops", "s", "o"),),
        0.7,
        hedgeable=False,
        partner_subject=True,
    ),
    Rule(
        "zh-offering-credit-in-brackets",
        r"{o:OFF}[\s“”\"'’」』*]*[（(]\s*(?:由)?{s:ORGX}\s*(?:出品|研发|开发|研制|推出|提供|打造|旗下)[)）]",
        (("develops", "s", "o"),),
        0.75,
        hedgeable=False,
        partner_subject=True,
    ),
    Rule(
        "zh-org-runs-platform",
        r"{s:ORGX}[\s*]*[：:]?[^\ue000\ue001，,。；;]{0,4}?(?:自主运营|负责运营|运营|运维并运营)(?:着)?"
        r"[^\ue000\ue001，,。；;的]{0,4}?{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.7,
    ),
    Rule(
        "zh-org-built-offering",
        # "朔川智能承建的市级平台": the contractor that builds a system develops it
        r"{s:ORGX}[^\ue000\ue001，,。；;]{0,4}?(?:承建|承接建设|负责建设|负责开发|负责研发)(?:了|的)?"
        r"[^\ue000\ue001，,。；;的]{0,4}?{q}{o:OFF!}",
        (("develops", "s", "o"),),
        0.7,
    ),
    Rule(
        "en-org-agreement-to-use",
        r"{o:ORG}{e}\b(?:signed|inked|struck|entered into|agreed|closed|renewed)\s+"
        r"(?:[\w$.,-]+\s+){0,5}?(?:agreement|deal|contract|licen[cs]e|subscription)\s+to\s+"
        r"(?:use|deploy|adopt|license|roll out|implement|run)\s+(?:the\s+|its\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.7,
        partner_subject=True,
    ),
    Rule(
        "en-site-outcome-with-offering",
        # a case study: "How Acme Pharma cut its timelines with Synthelia"
        r"{o:SITE}\s+(?:\w+\s+)?(?:cut|cuts|reduced|reduces|halved|halves|improved|improves"
        r"|accelerated|accelerates|sped up|shortened|shortens|boosted|boosts|lowered|lowers"
        r"|saved|saves|doubled|doubles)\s+(?:its|their)\s+[^\ue000\ue001.;]{0,60}?\b(?:with|using"
        r"|by using|after adopting|after deploying|thanks to)\s+(?:the\s+)?{s:OFF}",
        (("deployedAt", "s", "o"),),
        0.65,
    ),
    Rule(
        "en-reference-sites",
        r"{s:OFF}{E}\b(?:installed|deployed|in use|used|live|running|adopted)\s+(?:at|in|across|by)"
        r"\b{x}[;,:]\s*(?:and\s+)?(?:the\s+)?{o:SITE}{e}\b(?:is|are|were|was)\s+(?:\w+\s+){0,2}?"
        r"(?:reference|pilot|launch|flagship|anchor|showcase|lighthouse|marquee)\s+"
        r"(?:sites?|customers?|clients?|users?|accounts?|hospitals?)\b",
        (("deployedAt", "s", "o"),),
        0.7,
    ),
)

# ---- the company a document is about ------------------------------------------------------------

_OWNER_MIN = 3  # mentions the owner needs, unless the title names it
_TITLE_REACH = 200  # characters from the top within which the first heading is the title


def document_owner(blocks: Sequence[Block], mentions: Sequence[Mention]) -> Mention | None:
    """The company a document is about: the first one its title names, else the one it names
    most (at least three times, and twice as often as any other). Short forms count for the
    longer name they open (澜泽医疗 for 澜泽医疗科技股份有限公司)."""
    orgs = [m for m in mentions if m.cls in _ORGX]
    if not orgs:
        return None
    heading = next((b for b in blocks if b.kind == "heading"), None)
    stated = next((m for m in mentions if m.method == "metadata:title"), None)
    title_text = None
    if heading is not None and heading.start < _TITLE_REACH:
        title_text = heading.text
    elif stated is not None:  # a title set as a paragraph (a PDF's first lines)
        title_text = stated.name or stated.text
    if title_text is not None and _about_one_company(title_text):
        # the title may be one report's name that holds the company's: find it by its text
        named = [(title_text.find(m.text), m) for m in orgs if m.text in title_text]
        if not named:  # "启元健康科技 公司简介" over 苏州启元健康科技股份有限公司: its short form
            from medatlas.loaders.extract.entity_alias import is_short_form

            pieces = [p for p in re.split(r"[\s|｜:：/]+", title_text) if len(p) >= 2]
            named = [
                (title_text.find(piece), m)
                for m in orgs
                for piece in pieces
                if is_short_form(piece, m.name or m.text, m.cls)
            ]
        if named:
            return min(named, key=lambda pair: (pair[0], -len(pair[1].text)))[1]
    longest = sorted({m.text for m in orgs}, key=len, reverse=True)

    def full(name: str) -> str:
        return next((n for n in longest if n.startswith(name)), name)

    counts = Counter(full(m.text) for m in orgs)
    ranked = counts.most_common(2)
    if ranked[0][1] < _OWNER_MIN or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return next(m for m in orgs if full(m.text) == ranked[0][0])


# a title that names a study of a field ("X研究院：2024医疗AI报告", "X Market Outlook"): the
# organisation it names wrote it, the report is not about it
_STUDY_TITLE = re.compile(
    r"报告|白皮书|蓝皮书|研究|调研|调查|指数|洞察|展望|榜单|图谱|"
    r"\b(?:report|white\s*paper|outlook|survey|index|landscape|market|review|insights?|brief)\b",
    re.IGNORECASE,
)
# …unless it says it is the company's own account or an account of the company
_PROFILE_TITLE = re.compile(
    r"年报|年度报告|半年度报告|季度报告|招股|产品手册|产品目录|手册|简介|概况|档案|公司介绍|企业介绍|专访"
    r"|\b(?:annual report|profile|catalog(?:ue)?|brochure|fact\s*sheet|case study|initiat\w*"
    r"|results|earnings|rating|target price)\b",
    re.IGNORECASE,
)


def _about_one_company(title: str) -> bool:
    """True unless the title names a study of a field rather than an account of a company."""
    return bool(_PROFILE_TITLE.search(title)) or not _STUDY_TITLE.search(title)


def _made_by_other(offering: Mention, maker: Mention, orgs: Sequence[Mention]) -> bool:
    """True if the offering's name opens with another organisation's name (腾讯觅影)."""
    for org in orgs:
        if org.text == maker.text or maker.text.startswith(org.text):
            continue
        if offering.text.startswith(org.text) and len(offering.text) > len(org.text):
            return True
    return False


def _develops(
    maker: Mention, offering: Mention, start: int, end: int, confidence: float, method: str
) -> RelationCandidate:
    return RelationCandidate(maker, "develops", offering, start, end, confidence, method)


# ---- lists under a portfolio lead ---------------------------------------------------------------

LIST_CONFIDENCE = 0.65
_PORTFOLIO_CUE = re.compile(
    r"产品线|产品矩阵|产品组合|产品体系|主要产品|核心产品|主营产品|旗下产品|产品(?:包括|有|如下|一览|介绍)"
    r"|拥有[^，,。；;]{0,8}?(?:产品|平台|系统|解决方案)|解决方案(?:包括|有|如下)"
    r"|\b(?:our|its|key|main|core|flagship)\s+(?:products?|portfolio|platforms?|solutions?"
    r"|offerings?)\b|\bproduct\s+(?:lines?|portfolio|overview|range|family)\b|\bportfolio\b",
    re.IGNORECASE,
)
# a heading that is nothing but a portfolio's name: "Products", "产品与解决方案", "3. Solutions"
_PORTFOLIO_HEADING = re.compile(
    r"[\s\d.、()（）一二三四五六七八九十第章节]*(?:products?|solutions|offerings|platforms"
    r"|products?\s+(?:and|&)\s+(?:services|solutions|platforms)|产品|产品(?:与|和|及)(?:服务|解决方案|平台)"
    r"|解决方案|产品中心)(?:\s*/?\s*(?:products?|solutions|产品))?\s*",
    re.IGNORECASE,
)
_LEAD_END = re.compile(r"[：:]\s*$")
# a lead about other firms' products: partners', customers', rivals', resold or bought in
_FOREIGN_LEAD = re.compile(
    r"合作|伙伴|客户|竞品|竞争|对手|代理|分销|经销|第三方|引进|引入|采购|接入|集成|生态"
    r"|\b(?:partner\w*|customers?|clients?|competitors?|competing|rivals?|distribut\w*"
    r"|resell\w*|third[- ]party|integrat\w*|ecosystem|marketplace)\b",
    re.IGNORECASE,
)
_SELF = re.compile(r"公司|本公司|我们|我司|\b(?:we|our|the company|its)\b", re.IGNORECASE)
# what may stand in a list item before the offering's name: quotes, a bold mark, a kind noun
_ITEM_LEAD = re.compile(
    r"[\s“”\"'‘’「」『』《》*_]*(?:[^\s，,。；;：:“”\"\ue000-\ue002]{0,8}?"
    r"(?:平台|系统|软件|产品|模型|大模型|方案|工具)[\s“”\"'‘’「」『』《》*_]*)?",
)


def portfolio_lists(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention], owner: Mention | None
) -> Iterator[RelationCandidate]:
    """develops from a portfolio lead's company to the offering each following item opens with.

    Items are the list items right after a lead paragraph (``公司拥有三条产品线：``), and, in
    the section under a portfolio heading (``主要产品``, "Our products"), its list items, its
    sub-headings and the paragraphs that open with an offering's name and a colon.
    """
    within = MentionsWithin(mentions)
    orgs = [m for m in mentions if m.cls in _ORGX]
    lead: Mention | None = None  # the maker a lead paragraph announces for the items after it
    section: tuple[Mention, int] | None = None  # the maker a heading announces, its level
    for block in blocks:
        inside = within(block.start, block.end)
        if block.kind == "heading":
            level = block.level or 1
            if section is not None and level > section[1]:
                yield from _item_offering(text, block, inside, section[0], orgs)
                continue
            maker = _lead_maker(text, block, inside, owner)
            section = (maker, level) if maker is not None else None
            lead = None
        elif block.kind == "list_item":
            maker = lead or (section[0] if section else None)
            if maker is not None:
                yield from _item_offering(text, block, inside, maker, orgs)
        elif block.kind == "paragraph":
            if section is not None and _opens_with_name(text, block, inside):
                yield from _item_offering(text, block, inside, section[0], orgs)
            lead = _lead_maker(text, block, inside, owner)
        else:
            lead = None


_NAME_THEN_COLON = re.compile(r"[\s*_”\"」』]*[：:—–]")


def _opens_with_name(text: str, block: Block, inside: Sequence[Mention]) -> bool:
    """True for a paragraph that opens with an offering's name and a colon (``**X**：…``)."""
    names = [m for m in inside if m.cls not in _CONCEPTS]
    if not names or names[0].cls not in _OFF:
        return False
    if text[block.start : names[0].start].strip(' *_“"「『') != "":
        return False
    return bool(_NAME_THEN_COLON.match(text, names[0].end))


def _lead_maker(
    text: str, block: Block, inside: Sequence[Mention], owner: Mention | None
) -> Mention | None:
    """The company whose portfolio ``block`` announces, if it announces one.

    A paragraph announces in its last sentence, which ends with a colon; a heading is a
    portfolio's name or holds a portfolio cue.
    """
    if block.kind not in ("paragraph", "heading"):
        return None
    last = list(split_sentences(text, block.start, block.end))[-1:]
    start = last[0][0] if last and block.kind == "paragraph" else block.start
    lead = text[start : block.end]
    if _FOREIGN_LEAD.search(lead):
        return None
    heading = block.kind == "heading" and bool(_PORTFOLIO_HEADING.fullmatch(block.text))
    if not heading and not _PORTFOLIO_CUE.search(lead):
        return None
    if block.kind == "paragraph" and not _LEAD_END.search(lead):
        return None
    named = [m for m in inside if m.cls in _ORGX and m.start >= start]
    others = [m for m in inside if m.cls not in _ORGX and m.start >= start]
    if any(m.cls in _OFF or m.cls == "Hospital" for m in others):
        return None  # the lead already names offerings or sites: a sentence, not a lead
    if len({m.text for m in named}) == 1:
        return named[0]
    if not named and owner is not None and (block.kind == "heading" or _SELF.search(lead)):
        return owner
    return None


def _item_offering(
    text: str,
    block: Block,
    inside: Sequence[Mention],
    maker: Mention,
    orgs: Sequence[Mention],
) -> Iterator[RelationCandidate]:
    """The offerings an item opens with: one name (``“川影”…``), or a label and a list of
    names (``Imaging: A, B``)."""
    names = [m for m in inside if m.cls not in _CONCEPTS]
    if not names or names[0].cls not in _OFF:
        return
    lead = _ITEM_LEAD.match(text, block.start, names[0].start)
    label = _ITEM_LABEL.match(text, block.start, names[0].start)
    if (lead is None or lead.end() != names[0].start) and (
        label is None or label.end() != names[0].start
    ):
        return
    listed = [names[0]]
    for mention in names[1:]:
        if mention.cls not in _OFF or not _ITEM_GAP.fullmatch(text, listed[-1].end, mention.start):
            break
        listed.append(mention)
    clause = re.search(r"[，,。；;]", text[listed[-1].end : block.end])
    clause_end = listed[-1].end + clause.start() if clause else block.end
    if any(m.cls in _ORGX and m.text != maker.text for m in inside if m.start < clause_end):
        return  # "腾讯觅影（腾讯）…": the item names its own maker
    for offering in listed:
        if not _made_by_other(offering, maker, orgs):
            yield _develops(
                maker, offering, block.start, block.end, LIST_CONFIDENCE, "portfolio-list"
            )


# "Imaging: ", "影像类：": a label of at most a few words before the names of an item
_ITEM_LABEL = re.compile(
    r"[\s*_]*[^\s，,。；;：:\ue000-\ue002][^，,。；;：:\n]{0,20}?[*_]*[：:]\s*"
)
_ITEM_GAP = re.compile(
    r"[\s“”\"'‘’「」『』《》*_]*(?:、|,|，|/|和|及|与|and|&)?[\s“”\"'‘’「」『』《》*_]*"
)


# ---- brand stems --------------------------------------------------------------------------------

STEM_CONFIDENCE = 0.6
_MIN_STEM = 4  # letters an English product name shares with its maker's first word
_CAMEL_HEAD = re.compile(r"([A-Z][a-z]{2,})(?=[A-Z0-9\-])")


def brand_stems(
    mentions: Sequence[Mention], owner: Mention | None, evidence: dict[int, tuple[int, int]]
) -> Iterator[RelationCandidate]:
    """develops from the document's owner to English products named with its brand stem.

    ``VarnView`` and ``VarnFlow`` in a note about Varnelle: the product name is a compound
    (``Varn`` + ``View``) whose head opens the company's first word.
    """
    if owner is None or not re.match(r"[A-Za-z]", owner.text):
        return
    first_word = owner.text.split()[0].casefold()
    orgs = [m for m in mentions if m.cls in _ORGX]
    for mention in mentions:
        if mention.cls not in _OFF or mention.start not in evidence:
            continue
        head = _CAMEL_HEAD.match(mention.text)
        if head is None or len(head.group(1)) < _MIN_STEM:
            continue
        stem = head.group(1).casefold()
        if not first_word.startswith(stem) or first_word == mention.text.casefold():
            continue
        if _made_by_other(mention, owner, orgs):
            continue
        yield _develops(owner, mention, *evidence[mention.start], STEM_CONFIDENCE, "brand-stem")


# ---- offerings called the company's own ---------------------------------------------------------

OWN_CONFIDENCE = 0.65
_OWN_BEFORE_ZH = re.compile(r"(?:自研|自主研发|自主开发|自行研发|自有)的?[\s“”\"'‘’「」『』《*]*$")
_OWN_AFTER_EN = re.compile(
    r",\s+(?:(?P<owner>[A-Z][\w.&-]*)['’]s?\s+)?(?:own\s+|new\s+)?"
    r"(?:in-house|proprietary|home-grown|homegrown|self-developed)\b"
)
_POSSESSIVE_BEFORE = re.compile(r"\b(?P<owner>[A-Z][\w.&-]*)['’]s\s+(?:[\w-]+\s+){0,3}?$")


def own_offerings(
    text: str,
    mentions: Sequence[Mention],
    owner: Mention | None,
    evidence: dict[int, tuple[int, int]],
) -> Iterator[RelationCandidate]:
    """develops from the company an offering is called the own of.

    ``基于自研的X`` in a document about a company, with no other company in the sentence;
    "X, Acme's in-house model" and "Acme's X", where Acme opens the name of exactly one
    company the document names (a short form that was not itself found as a name).
    """
    orgs = [m for m in mentions if m.cls in _ORGX]
    within = MentionsWithin(mentions)
    for mention in mentions:
        span = evidence.get(mention.start)
        if mention.cls not in _OFF or span is None:
            continue
        sentence_orgs = [m for m in within(*span) if m.cls in _ORGX]
        if _OWN_BEFORE_ZH.search(text, max(span[0], mention.start - 12), mention.start):
            # the maker is written before its own offering (not 阿里云 of
            # "X自研的Y，运行在阿里云上"), and is not the cloud it runs on
            # (平台运行在华为云上，核心模型为自研的X)
            before = [
                m for m in sentence_orgs if m.end <= mention.start and role_of(m, text) != "host"
            ]
            maker = before[0] if len(sentence_orgs) == 1 and before else None
            maker = maker or (owner if not sentence_orgs else None)
            if maker is not None and not _made_by_other(mention, maker, orgs):
                yield _develops(maker, mention, *span, OWN_CONFIDENCE, "own-offering")
            continue
        after = _OWN_AFTER_EN.match(text, mention.end, span[1])
        before = _POSSESSIVE_BEFORE.search(text, max(span[0], mention.start - 60), mention.start)
        word = (after and after.group("owner")) or (before and before.group("owner"))
        if word:
            maker = _short_form_of(word, orgs)
        elif after is not None and not sentence_orgs:
            maker = owner
        else:
            continue
        if maker is not None and not _made_by_other(mention, maker, orgs):
            yield _develops(maker, mention, *span, OWN_CONFIDENCE, "own-offering")


def _short_form_of(word: str, orgs: Sequence[Mention]) -> Mention | None:
    """The one company whose name opens with ``word`` and is longer than it (Qorvix Bio)."""
    names = {m.text: m for m in orgs if m.text.split()[0] == word and m.text != word}
    # the word filed under a longer company's name (Qorvix under Qorvix Bio) is that company
    filed = {m.name for m in orgs if m.text == word and m.name and m.name != word}
    if any(m.text == word and not (m.name and m.name != word) for m in orgs):
        return None  # the word is itself a name: the sentence rules read it
    if filed:
        full = [m for m in orgs if m.text in filed]
        return full[0] if len(filed) == 1 and full else None
    return next(iter(names.values())) if len(names) == 1 else None


# ---- quoted short names used again --------------------------------------------------------------

_QUOTED = re.compile(r"[“\"「『]([^“”\"「」『』\n]{1,20})[”\"」』]")


def requoted_sentences(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[tuple[int, int, list[Mention]]]:
    """``(start, end, mentions)`` of sentences where a quoted name repeats an offering's name.

    The offering was found where it was introduced (``“澜影”肺结节…软件``) but not where it
    is only quoted again; the mentions returned add it there. Only sentences that gain a name
    and name a care site are returned.
    """
    names = {m.text: m for m in mentions if m.cls in _OFF}
    if not names:
        return
    within = MentionsWithin(mentions)
    for block in blocks:
        if block.kind == "table":
            continue
        for start, end in split_sentences(text, block.start, block.end):
            inside = within(start, end)
            if not any(m.cls in _CARE for m in inside):
                continue
            added = [
                _again(names[match.group(1)], match.start(1))
                for match in _QUOTED.finditer(text, start, end)
                if match.group(1) in names
                and not any(m.start < match.end(1) and match.start(1) < m.end for m in inside)
            ]
            if added:
                yield start, end, sorted([*inside, *added], key=lambda m: m.start)


def _again(known: Mention, at: int) -> Mention:
    return Mention(
        start=at,
        end=at + len(known.text),
        text=known.text,
        cls=known.cls,
        confidence=known.confidence,
        method="requoted",
        iri=known.iri,
        name=known.name or known.text,
    )


REQUOTED_FACTOR = 0.9


def requoted_relations(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """deployedAt from the sentences :func:`requoted_sentences` finds, read by the site rules.

    Only relations with a re-found name at one end are returned: the rest the sentence step
    read already.
    """
    from medatlas.loaders.extract.relation_engine import build_template, match_rule
    from medatlas.loaders.extract.relation_patterns import RULES
    from medatlas.loaders.extract.relation_sites import SITE_RULES

    rules = [r for r in (*RULES, *SITE_RULES) if any(e[0] == "deployedAt" for e in r.emits)]
    for start, end, slots in requoted_sentences(text, blocks, mentions):
        template = build_template(text, start, end, slots)
        for rule in rules:
            if not rule.regex.search(template.text):
                continue
            for hit in match_rule(rule, template):
                subject, obj = template.mentions[hit.subject], template.mentions[hit.object]
                if hit.predicate != "deployedAt" or "requoted" not in (subject.method, obj.method):
                    continue
                yield RelationCandidate(
                    subject,
                    hit.predicate,
                    obj,
                    start,
                    end,
                    round(hit.confidence * REQUOTED_FACTOR, 4),
                    f"{hit.method}:requoted",
                )


# ---- reference sites named after an installed base ----------------------------------------------

REFERENCE_CONFIDENCE = 0.65
_REFERENCE_SITES = re.compile(
    # names the reader did not find may stand in the list ("A and Other Health are …")
    r"(?:[\s,]+(?:and\s+)?[A-Z][\w&.-]*){0,8}"
    r"[\s,、和与及]*(?:and\s+)?(?:are|is|were|was|serve as|serves as)\s+(?:\w+\s+){0,2}?"
    r"(?:reference|pilot|launch|flagship|anchor|showcase|lighthouse|marquee)\s+"
    r"(?:sites?|customers?|clients?|users?|accounts?|hospitals?)\b"
    r"|[\s、，,和与及等]*(?:为|是|均为|都是)(?:其)?(?:标杆|示范|样板|参考|种子|代表性?|重点)"
    r"(?:客户|用户|医院|单位|案例)",
    re.IGNORECASE,
)
_INSTALLED = re.compile(
    r"\b(?:installed|deployed|in use|live|running|used)\s+(?:at|in|across|by)\b"
    r"|(?:部署|装机|落地|上线|进入|覆盖|应用)(?:于|到|在)?[^，,。；;]{0,6}?(?:家|个|所)",
    re.IGNORECASE,
)


def reference_sites(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """deployedAt from an installed base to the sites the next sentence calls its references.

    "X is installed at 1,100 hospitals; A and B are named reference sites": the sites that
    open the second sentence run the offering the first one installs.
    """
    within = MentionsWithin(mentions)
    for block in blocks:
        if block.kind == "table":
            continue
        previous: tuple[int, int] | None = None
        for start, end in split_sentences(text, block.start, block.end):
            if previous is not None:
                yield from _references(text, within, previous, (start, end))
            previous = (start, end)


def _references(
    text: str, within: MentionsWithin, before: tuple[int, int], span: tuple[int, int]
) -> Iterator[RelationCandidate]:
    if not _INSTALLED.search(text, *before):
        return
    offerings = [m for m in within(*before) if m.cls in _OFF]
    if len({m.text for m in offerings}) != 1:
        return
    sites: list[Mention] = []
    cursor = span[0]
    for mention in within(*span):
        if mention.cls in _CONCEPTS:
            continue
        gap = text[cursor : mention.start]
        if mention.cls not in CLASS_GROUPS["SITE"] or gap.strip(" \t\n*,，、和与及and") != "":
            break
        sites.append(mention)
        cursor = mention.end
    if sites and _REFERENCE_SITES.match(text, cursor, span[1]):
        for site in sites:
            yield RelationCandidate(
                offerings[-1],
                "deployedAt",
                site,
                before[0],
                span[1],
                REFERENCE_CONFIDENCE,
                "reference-sites",
            )


def layout_relations(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Iterator[RelationCandidate]:
    """Everything this module reads off a document's layout (see the module docstring)."""
    owner = document_owner(blocks, mentions)
    evidence = _evidence(text, blocks, mentions)
    yield from portfolio_lists(text, blocks, mentions, owner)
    yield from brand_stems(mentions, owner, evidence)
    yield from own_offerings(text, mentions, owner, evidence)
    yield from requoted_relations(text, blocks, mentions)
    yield from reference_sites(text, blocks, mentions)


def _evidence(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> dict[int, tuple[int, int]]:
    """The sentence or table row that holds each mention, by the mention's start."""
    from medatlas.loaders.extract.relation_tables import table_rows

    within = MentionsWithin(mentions)
    out: dict[int, tuple[int, int]] = {}
    for block in blocks:
        if block.kind == "table":
            if block.table is not None:
                for row in table_rows(text, block):
                    for mention in within(row.start, row.end):
                        out[mention.start] = (row.start, row.end)
            continue
        for start, end in split_sentences(text, block.start, block.end):
            for mention in within(start, end):
                out[mention.start] = (start, end)
    return out

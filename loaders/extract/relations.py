"""Relations stated by a document's sentences and table rows, as candidates with evidence.

:func:`extract_relations` takes a read :class:`~medatlas.loaders.document.Document` and the
mentions found in it by any source (gazetteer, entity discovery...) and returns
:class:`~medatlas.loaders.extract.model.RelationCandidate` records:

- every sentence (split on ``。！？；`` and line breaks, in English on ``". "``) is matched
  against the generic patterns of :mod:`.relation_patterns` and the context rules of
  :mod:`.relation_context` (funding rounds, policy stances, issue dates);
- every table row is read through its column headers (:mod:`.relation_tables`);
- headings that name a segment over a list of companies, names that start with a region or
  an organisation, and the report a document's masthead describes add a few more.

The evidence of a candidate (``start``/``end``) is the sentence or the table row. Confidence
is that of the wording: 0.85-0.9 for explicit verbs and typed table columns, 0.6-0.75 for
looser wording (possessives, names side by side, a verb far from the name); hedged statements
(计划, 拟, plans to...) are halved and carry ``:hedged`` in their method, denied ones (未, 尚未,
did not...) are dropped. A sentence that refers back (该系统, 该公司, "The platform") is read
with the thing last named of that kind; one that opens with "It"/"Its" or with a bare predicate
(``总部位于…``, ``已与X合作``) with the entity the sentence before opened with; a list item
without a subject (``与X合作``) takes the organisation of its section heading or, failing that,
the one the document names most — all at lower confidence (methods ending ``:anaphora``,
``:carried`` and ``:topic``). A hospital's own news calls itself 我院/本院 (and then 医院), a
blog or release by an organisation says "we"/"our": both stand for that organisation (the
hospital named most; the one the masthead credits). A sentence that opens with where
something is in use (``目前已在X上线``) is about the offering named last. Use cases no
vocabulary lists are read off the words after 用于/applied to... (:mod:`.relation_usecases`).
An investment is stated once, as ``fundedBy``.

>>> from pathlib import Path
>>> from medatlas.loaders.document import Block, Metadata
>>> text = "甲科技与乙医院签署战略合作协议。"
>>> doc = Document(name="a.txt", path=Path("a.txt"), format="txt", encoding="utf-8",
...                sha256="0" * 64, text=text, blocks=(Block("paragraph", text, 0, 16),),
...                metadata=Metadata())
>>> a = Mention(0, 3, "甲科技", "Company", 0.9, "test")
>>> b = Mention(4, 7, "乙医院", "Hospital", 0.9, "test")
>>> [(c.subject.text, c.predicate, c.object.text) for c in extract_relations(doc, [a, b])]
[('甲科技', 'partnersWith', '乙医院')]
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from medatlas.loaders.document import Block, Document
from medatlas.loaders.extract.case_studies import case_heading_relations
from medatlas.loaders.extract.entity_alias import is_short_form
from medatlas.loaders.extract.entity_common import OWN_PROFILE_TITLE
from medatlas.loaders.extract.gazetteer import fold
from medatlas.loaders.extract.model import Mention, RelationCandidate
from medatlas.loaders.extract.relation_context import (
    CARRIED_STANCE_CONFIDENCE,
    document_metadata,
    funding_round,
    heading_lists,
    issue_dates,
    name_prefixes,
    name_use_cases,
    policy_stances,
    procurement_buyer,
    round_investees,
    use_case_categories,
)
from medatlas.loaders.extract.relation_credits import report_credits
from medatlas.loaders.extract.relation_engine import (
    CLASS_GROUPS,
    Found,
    Template,
    build_template,
    match_rule,
)
from medatlas.loaders.extract.relation_entries import entry_fields, record_fields, title_line
from medatlas.loaders.extract.relation_fields import (
    FIELD_METHOD,
    FIELD_PREDICATE,
    FIELD_RULES,
    field_predicate,
    firm_word_after,
    free_fields,
    prefer_fields,
)
from medatlas.loaders.extract.relation_funding import CO_INVEST_RULES
from medatlas.loaders.extract.relation_home_site import home_site_relations
from medatlas.loaders.extract.relation_links import LINK_RULES
from medatlas.loaders.extract.relation_partners import PARTNER_RULES
from medatlas.loaders.extract.relation_patterns import MODEL_KIND_RULES, RULES
from medatlas.loaders.extract.relation_profile_fields import profile_fields
from medatlas.loaders.extract.relation_profiles import PROFILE_RULES
from medatlas.loaders.extract.relation_roles import RoleLines
from medatlas.loaders.extract.relation_sections import (
    ITEM_RULES,
    SECTION_FACTOR,
    SECTION_RULES,
    feature_use_case,
    heading_offering,
    is_feature_heading,
    maker_field,
    opens_without_offering,
)
from medatlas.loaders.extract.relation_shares import share_table_markets
from medatlas.loaders.extract.relation_sites import SITE_RULES
from medatlas.loaders.extract.relation_tables import table_relations, table_rows
from medatlas.loaders.extract.relation_talks import TALK_RULES
from medatlas.loaders.extract.relation_titles import title_stances
from medatlas.loaders.extract.relation_usecases import (
    FREE_METHODS,
    PROMOTED_METHOD,
    free_use_cases,
    promoted_items,
)
from medatlas.loaders.extract.sentences import split_sentences
from medatlas.loaders.extract.spans import MentionsWithin
from medatlas.loaders.extract.speakers import (
    OUR_HOSPITAL,
    speaker_at,
    speaker_turns,
    speaks_as_hospital,
)
from medatlas.loaders.extract.technology_phrases import FREE_TECHNOLOGY_METHOD, free_technologies

__all__ = ["PREDICATES", "extract_relations", "resolve_overlaps"]

#: every predicate a candidate may carry
PREDICATES = frozenset(
    {
        "develops",
        "partnersWith",
        "investsIn",
        "fundedBy",
        "acquiredBy",
        "operatesIn",
        "addressesUseCase",
        "usesTechnology",
        "deployedAt",
        "basedOn",
        "issuedBy",
        "issuedOn",
        "authoredBy",
        "publishedBy",
        "locatedIn",
        "subsidiaryOf",
        "promotes",
        "regulates",
    }
)

_CONCEPTS = frozenset({"UseCase", "Technology", "Segment"})
_ORGX = frozenset(CLASS_GROUPS["ORGX"])
_OFF = frozenset(CLASS_GROUPS["OFF"])
ANAPHORA_FACTOR = 0.85
TOPIC_FACTOR = 0.7
ENTRY_FACTOR = 0.85  # a digest entry's lines are about the policy its heading names
PARTNER_LINE_FACTOR = 0.8  # "合作单位：A、B" under an organisation's page: its partners
_ANAPHORA_REACH = 400  # characters back to look for what "该系统" refers to
_RECENT_SENTENCES = 3
_TOPIC_MIN = 3
# the classes a bare 医院 looks back over: it stands for the nearest subject only if a hospital
_HOSPITAL_TOPIC = frozenset({"Hospital", *CLASS_GROUPS["ORGX"]})
_ANAPHORA: tuple[tuple[re.Pattern[str], frozenset[str], bool], ...] = (
    (
        re.compile(
            r"该(?:系统|产品|平台|模型|大模型|方案|解决方案|工具|应用|软件|设备|引擎|助手|小程序)"
            r"|(?:(?<=^)|(?<=[，,]))它(?=是在|在|基于|由|已|可|能|采用)"  # “X”，它是在Y基础上…
            # "在X医院，平台上线一年后": a bare kind opening a clause and going live is the offering
            # just named; so is the use "在X医院的应用中" ("in its use at X") speaks of
            r"|(?:(?<=^)|(?<=[，,。；;]))(?:系统|平台|产品|软件|模型)"
            r"(?=(?:已|已经|目前|先后|正式|于[^，,。；;]{2,10}?)?(?:上线|部署|落地|投入使用|启用|运行)"
            r"|由|上的|上运行)"  # 模型由X基于Y训练, 平台上的主要应用包括A
            r"|(?<=的)(?:应用|试点|使用|实践|部署)(?=中[，,])"
            # 其上的“Y”: on the one just named
            r"|(?:(?<=^)|(?<=[，,。；;]))其(?=上的|上运行的|之上的)"
            # "It went live with the CDC": "it" doing what only an offering does
            r"|(?:(?<=^)|(?<=[.;]\s))[Ii]t(?=\s+(?:went live|goes live"
            r"|is (?:now )?(?:deployed|installed|live|in use)|was (?:deployed|installed|rolled out)"
            r"|has been (?:deployed|installed)))"
            r"|(?:(?<=^)|(?<=[。；;.]\s)|(?<=[。；;.]\*\*\s))(?:The|This)\s+(?:system|product"
            r"|platform|model|tool"
            r"|solution|software|app|engine|assistant)\b"
        ),
        _OFF,
        False,
    ),
    (
        re.compile(
            r"该(?:公司|企业|集团)|(?:^|(?<=[，,：:]))本?公司(?=\w)"
            r"|(?<=\d年|\d月|\d日)公司(?=与|和|同|携手|联合|已|推出|发布|完成|获得)"
            r"|这家(?:公司|企业)|\b(?:[Tt]he company|[Tt]he firm|[Tt]he start-?up|[Tt]he developer"
            r"|[Tt]he vendor|[Tt]he manufacturer|[Tt]he maker)\b"
            # "…, and it acquired X": the sentence's firm, doing what only a firm does
            r"|(?:(?<=, and )|(?<=, but )|(?<=[.;] )|(?<= and ))[Ii]t(?=\s+(?:also\s+)?(?:acquired"
            r"|bought|raised|signed|partnered|partners with|agreed to|closed))"
            r"|其(?=(?:核心|主要|主打|旗下|自研|代表)?(?:产品|平台|系统|模型|大模型|解决方案)"
            r"|总部|注册地|研发中心)"
        ),
        frozenset({"Company", "Organization"}),
        True,
    ),
    (
        re.compile(
            r"该(?:院|医院)(?![院长区办])"
            r"|(?:(?<=^)|(?<=[。；;.]\s))The\s+hospital(?:'s)?\b(?!\s+(?:market|sector|segment)\b)"
        ),
        frozenset({"Hospital"}),
        True,
    ),
    (
        re.compile(
            r"该(?:计划|政策|文件|意见|方案|办法|指南|规划|通知|条例|规定|指引|纲要|标准|措施|细则"
            r"|共识|法规|法案|决定|公告)"
            r"|(?:(?<=^)|(?<=[。；;.]\s))(?:The|This)\s+(?:policy|plan|framework|guideline"
            r"|guidance|regulation|rule|law|act|strategy|paper|roadmap|programme|program|directive)\b"
        ),
        frozenset({"Policy"}),
        False,
    ),
    (
        # "2024年10月，医院与华为合作": the hospital the text is about, as a clause's subject;
        # so is its department (科室部署了X) and 院方, and 中心 for a 医学中心
        re.compile(
            r"(?:(?<=^)|(?<=[，,。；;]))(?:医院|科室|院方|中心)(?=与|和|携手|联合|引入|上线|部署|采购|启用"
            r"|先后|随后|还|又|已|建成|牵头)"
        ),
        _HOSPITAL_TOPIC,
        True,
    ),
    (
        re.compile(
            r"该(?:报告|白皮书|年鉴|研究|蓝皮书|调查|调研)"
            r"|(?:(?<=^)|(?<=[。；;.]\s))(?:The|This)\s+(?:report|survey|study|white paper|brief)\b"
        ),
        frozenset({"Report"}),
        False,
    ),
)
ROUND_FACTOR = 0.9
_ALL_RULES = (
    *RULES,
    *FIELD_RULES,
    *SITE_RULES,
    *PARTNER_RULES,
    *CO_INVEST_RULES,
    *LINK_RULES,
    *PROFILE_RULES,
    *ITEM_RULES,
    *TALK_RULES,
)
_ROUND_REFERENCE = re.compile(
    r"本轮|此轮|该轮|这轮|本次融资|此次融资|本次投资|投资方包括|投资机构包括|参投方包括"
    r"|this round|the round|the financing|the raise|investors include|investors included"
    r"|backers include|participants include|participated|co-led|alongside the lead",
    re.IGNORECASE,
)
# the head nouns that name a body's unit ("Committee for…", "AI Office", "研究部")
_UNIT_NAME = re.compile(
    r"\b(?:Committee|Office|Department|Division|Unit|Directorate|Bureau|Board|Centre|Center"
    r"|Institute|Lab|Laboratory|Agency|Council|Secretariat|Taskforce|Task Force|Working Group)\b"
    r"|(?:委员会|办公室|研究院|研究所|研究中心|实验室|事业部|工作组|中心)$"
)
_GOVERNED_BEFORE = re.compile(
    r"(?:与|和|同|跟|(?<![方商者位人])为|向|\bwith|\band|\bby)[\s“”\"'‘’「」]*$", re.IGNORECASE
)  # not "申办方为X" / "供应商为X": there 为 says who the party is
# a second name in brackets right after a name ("腾讯 (Tencent)") is that name again
_BRACKETED_AFTER_NAME = re.compile(r"\s*[（(]\s*$")
# "It"/"They"/"Its" opening a sentence: the subject of the sentence before
_PRONOUN = re.compile(
    r"(?:[Ii]ts|[Tt]heir|It|They)\b(?!\s+(?:is|was)\s+(?:expected|likely|said|reported|estimated"
    r"|clear|possible|important)\b)"
)
# "…; it went live at": a clause after a semicolon read as a sentence of its own
_CLAUSE_IT = re.compile(r"it\b(?=\s+(?:went live|is live|has gone live|now runs|runs)\b)")
# a Chinese sentence that opens with a predicate: its subject is the last sentence's
_CARRIED_SUBJECT = re.compile(
    r"[\s“”\"*]*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?"
    r"(?:(?:目前|此外|同时|另外|并|还|也|其后|随后)[，,]?)?"
    r"(?:总部(?:位于|设在)|位于|成立于|创立于|主要产品|核心产品|主打产品|旗下|专注于?|聚焦于?|致力于"
    r"|主营|先后(?:获得|推出|发布)|已(?:推出|发布|获得|完成|与)|曾(?:获得|推出)"
    r"|(?:完成|获得|获|宣布完成)(?=[^，,。；;]{0,20}融资))"
)
# the words that name what follows as the subject's own offering ("核心产品X…")
_OFFERING_LEAD = re.compile(r"(?:产品|旗下)$")
# a sentence that opens with where something is in use: its subject is the offering named last
_CARRIED_OFFERING = re.compile(
    r"[\s“”\"*]*(?:(?:目前|现|截至目前|此外|同时)[，,]?)?(?:已经?|正式|陆续)(?:在|于|进入|落地|上线|部署|接入)"
)
# "…辅助检测系统。2022年获国家药监局三类证": a sentence that opens with one approval; what was
# approved is the product named last ("已获三类证4张" counts a firm's certificates instead)
_CARRIED_APPROVAL = re.compile(
    r"[\s“”\"*]*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:\d{1,2}日)?[，,]?)?(?:已经?|先后|并|又)?"
    r"(?:获批|获得|取得|获)(?=[^，,。；;]{0,16}(?:注册证|[一二三]类证|批准|许可|认证)"
    r"(?!\s*(?:\d+|[多两几数十])\s*[张项个件]))"
)
_CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?]")
# what only an offering can be: "It is (now) deployed / in use / live at…", "It was cleared by
# the FDA", "It was trained on…"
_IN_USE = re.compile(
    r"\s+(?:is|was|has been|have been|are|were)\s+(?:now\s+|already\s+|currently\s+"
    r"|originally\s+|first\s+)?"
    r"(?:deployed|installed|in use|in clinical use|live|running|used|rolled out|piloted"
    r"|cleared|approved|certified|trained|fine-tuned|validated)\b"
    r"|\s+(?:went live|has gone live|now runs|runs)\b"
)
# "下一步，医院将…": a hospital's own news calls itself the hospital
_THE_HOSPITAL = re.compile(
    r"(?:^|(?<=[，,：:。\s]))医院(?=将|已|还|也|与|和|同|正|计划|拟|于|在|联合|携手|引入|引进|先后|陆续)"
)
# "The hospital went live with X", "the health system deployed Y": a case study's own site
_THE_HOSPITAL_EN = re.compile(
    r"\b[Tt]he\s+(?:hospital|medical cent(?:er|re)|health system|health network|hospital group"
    r"|trust|clinic|cancer cent(?:er|re)|children['’]s hospital)\b"
    r"(?!\s+(?:level|sector|market|industry)\b)"
)
_MIN_SOLE_HOSPITAL = 3  # times a document names its only hospital before "the hospital" is it
HOSPITAL_NEWS = 0.6
_ENTRY_COLON = re.compile(r"[\s*]*[：:]")
FEATURE_CONFIDENCE = 0.75  # a task that opens an item of an offering's features section
# a blog or release by an organisation speaks of it in the first person: "Today we released X"
_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b|我司|我们(?!认为|预计|发现|看到|相信|建议)")
# the company a filing is by, as it calls itself: 公司/本公司 at a clause's start or after 与/由
_OUR_COMPANY = re.compile(
    r"(?:(?<=^)|(?<=[，,。；;：:\s“”\"（(与和由及、])|(?<=\d年)|(?<=\d月)|(?<=\d日))"
    r"(?:本公司|公司)(?![司名章法制律])|\b[Tt]he Company\b"
)
_QUOTED = re.compile(r"[“”\"「」]")  # quoted speech: "we" is the speaker's side, not the author
# a clause that opens with what the organisation did, its subject left out (a deck's bullet)
_OWN_DEED = re.compile(
    r"[\s\-*•·]*(?:Acquired|Launched|Signed|Partnered|Opened|Completed|Raised|Expanded|Selected"
    r"|Added|Announced|Released|Deployed|Introduced|Formed|Integrated|Licensed|Invested)\b"
)
_ZERO_SUBJECT = re.compile(r"[\s“”\"*]*(?:与|和|同|携手|联合|联手)")
# a line that lists partners with no owner ("合作单位：A、B"): the section's or document's
_PARTNER_LINE = re.compile(
    r"[\s“”\"*\-•·]*(?:主要|核心|战略|重点)?合作(?:单位|伙伴|机构|医院|企业|方)[\s*]*[：:]"
)


def extract_relations(document: Document, mentions: Sequence[Mention]) -> list[RelationCandidate]:
    """The relations ``document`` states between ``mentions``, with evidence spans.

    Args:
        document: a read document (text, blocks with offsets, metadata).
        mentions: names found in ``document.text`` by any extractor; overlapping mentions are
            resolved first (longer wins, then entities over concepts, then confidence).

    Returns:
        Candidates sorted by evidence position, one per (subject, predicate, object, span);
        ``issuedOn`` candidates carry ``date`` and no object.
    """
    text = document.text
    chosen = resolve_overlaps(mentions)
    reading = _Reading(text, chosen, [m.start for m in chosen])
    evidence: dict[int, tuple[int, int]] = {}
    found: list[RelationCandidate] = []
    document_topic = _document_topic(chosen)
    reading.page_offering = _title_offering(text, document.blocks, chosen)
    document_offering = reading.page_offering or _document_offering(chosen)
    reading.home = _home_hospital(chosen)
    reading.subject_hospital = _subject_hospital(text, document.blocks, mentions, chosen)
    masthead = [*document_metadata(document, chosen), *report_credits(document, chosen)]
    publisher = _publisher(masthead)
    profile = OWN_PROFILE_TITLE.search(document.metadata.title or "") is not None
    turns = speaker_turns(text, chosen)  # a transcript: "we" is the firm of who speaks
    own_hospital = _publishing_hospital(masthead)  # minutes a hospital keeps of its meeting
    if turns:
        reading.home = None  # a transcript's 我院 is the hospital of who speaks (below)
    elif not speaks_as_hospital(text):
        # only a hospital's own news speaks of 我院; its own report is credited to it
        reading.home = _publishing_hospital(masthead)
    else:
        # 本院 in a hospital's own minutes: the hospital its masthead names, if none is named most
        reading.home = reading.home or own_hospital
        masthead.extend(_hospital_news(masthead, reading.home))
    within = MentionsWithin(chosen)
    roles = RoleLines()  # "Lead sponsor: X" / "Collaborators: A; B" / "Funding: … from C"
    section_topic: Mention | None = None
    named_by: Mention | None = None  # the organisation a heading consists of ("### Quillmed")
    caption = (0, 0)  # the line right before a table, which may name what it ranks
    title_span = (document.blocks[0].start, document.blocks[0].end) if document.blocks else (0, 0)
    for block in document.blocks:
        if block.kind != "table":
            caption = (block.start, block.end)
        reading.we = speaker_at(turns, block.start) or publisher
        if turns:
            speaker = speaker_at(turns, block.start)
            # a department reporting (医务部汇报：) speaks for the hospital whose minutes these are
            reading.home = (
                speaker if speaker is not None and speaker.cls == "Hospital" else own_hospital
            )
        if block.kind == "table" and block.table is not None:
            for row in table_rows(text, block):
                for mention in reading.inside(row.start, row.end):
                    evidence[mention.start] = (row.start, row.end)
            found.extend(
                table_relations(
                    text,
                    block,
                    chosen,
                    topic=section_topic or document_topic,
                    within=within,
                    host=reading.home,
                )
            )
            found.extend(_row_prose(reading, block))
            found.extend(share_table_markets(text, block, within, [caption, title_span]))
            owner = section_topic or document_topic or publisher
            inside = reading.inside(block.start, block.end)
            found.extend(profile_fields(text, block, inside, owner if profile else None))
            continue
        if named_by is not None and block.kind == "paragraph":
            found.extend(_profile_lead(reading, block, named_by))
        named_by = None
        if block.kind == "heading" or title_line(text, block, chosen):
            reading.policy = _entry_policy(reading.inside(block.start, block.end))
        if block.kind == "heading":
            inside = reading.inside(block.start, block.end)
            section_topic = next((m for m in inside if m.cls in _ORGX), None)
            named_by = _named_heading(text, block, inside)
            reading.offering = heading_offering(text, block.start, block.end, inside)
            reading.features = (
                document_offering if is_feature_heading(text[block.start : block.end]) else None
            )
        reading.topic = section_topic or document_topic
        reading.entry = None
        found.extend(
            roles.read(text, block.start, block.end, reading.inside(block.start, block.end))
        )
        for start, end in split_sentences(text, block.start, block.end):
            inside = reading.inside(start, end)
            for mention in inside:
                evidence[mention.start] = (start, end)
            found.extend(_sentence_relations(reading, start, end, inside))
            home = reading.home or reading.subject_hospital
            found.extend(home_site_relations(text, start, end, inside, home))
            reading.recent = [*reading.recent[-(_RECENT_SENTENCES - 1) :], (start, end)]
    found.extend(heading_lists(text, document.blocks, chosen))
    found.extend(case_heading_relations(text, document.blocks, MentionsWithin(chosen), _key))
    found.extend(entry_fields(text, document.blocks, chosen))
    found.extend(record_fields(text, document.blocks, chosen))
    found.extend(name_prefixes(chosen, evidence))
    found.extend(procurement_buyer(text, chosen, evidence))
    found.extend(name_use_cases(chosen, evidence))
    found.extend(masthead)
    found.extend(title_stances([m for m in chosen if m.cls == "Policy"]))
    return _finalise(prefer_fields(found, _key))


@dataclass
class _Reading:
    """What reading a document carries from sentence to sentence."""

    text: str
    mentions: list[Mention]  # non-overlapping, in text order
    starts: list[int]  # their start offsets, for bisection
    recent: list[tuple[int, int]] = field(default_factory=list)  # the last sentences read
    topic: Mention | None = None  # the organisation the section or document is about
    investees: list[Mention] = field(default_factory=list)  # of the round the last sentence told
    subject: Mention | None = None  # the entity that opened the last sentence ("It" refers to it)
    home: Mention | None = None  # the hospital a hospital's own news calls 我院/本院
    we: Mention | None = None  # the organisation that publishes the document ("we", "our")
    offering: Mention | None = None  # the offering the section's heading names
    features: Mention | None = None  # the offering whose features the section lists
    page_offering: Mention | None = None  # the offering the page's title names
    entry: Mention | None = None  # the name a directory entry opens with ("X医院：…")
    subject_hospital: Mention | None = None  # the hospital a case study is about ("the hospital")
    row_subject: Mention | None = None  # the organisation a table row is about, for its prose
    policy: Mention | None = None  # the policy a digest's entry heading names ("一、《P》")

    def inside(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie within ``start:end``."""
        return _inside(self.mentions, self.starts, start, end)


def resolve_overlaps(mentions: Sequence[Mention]) -> list[Mention]:
    """Non-overlapping mentions in text order: longer first, entities before concepts."""
    ranked = sorted(
        mentions,
        key=lambda m: (m.start, -(m.end - m.start), m.cls in _CONCEPTS, -m.confidence, m.text),
    )
    out: list[Mention] = []
    last_end = -1
    for mention in ranked:
        if mention.start >= last_end and mention.end > mention.start:
            out.append(mention)
            last_end = mention.end
    return out


def _inside(mentions: Sequence[Mention], starts: list[int], start: int, end: int) -> list[Mention]:
    index = bisect.bisect_left(starts, start)
    out: list[Mention] = []
    while index < len(mentions) and mentions[index].start < end:
        if mentions[index].end <= end:
            out.append(mentions[index])
        index += 1
    return out


def _document_topic(mentions: Sequence[Mention]) -> Mention | None:
    """The organisation a document is about: named thrice or more, twice as often as any other.

    A short form counts for the full name it shortens (禾川医疗 for 苏州禾川医疗科技有限公司), and
    an organisation whose full name the document's title holds (``企业档案：X公司``) counts
    :data:`_TOPIC_MIN` times more.
    """
    orgs = [m for m in mentions if m.cls in _ORGX]
    full: dict[str, Mention] = {}
    for mention in sorted(orgs, key=lambda m: -len(m.text)):
        full.setdefault(_key(mention), mention)
    owner: dict[str, str] = {}
    for key, mention in full.items():
        longer = [
            other_key
            for other_key, other in full.items()
            if other_key != key and is_short_form(mention.text, other.text, other.cls)
        ]
        if len(longer) > 1:  # 澜川医疗 of 澜川医疗科技有限公司, not of 澜川（深圳）医疗信息有限公司
            longer = [k for k in longer if full[k].text.startswith(mention.text)]
        owner[key] = longer[0] if len(longer) == 1 else key
    counts = Counter(owner[_key(m)] for m in orgs)
    titles = [m.text for m in mentions if m.cls == "Report" and m.method.startswith("metadata")]
    for key in counts:
        if any(full[key].text in title for title in titles):
            counts[key] += _TOPIC_MIN
    ranked = counts.most_common()
    if (
        not ranked
        or ranked[0][1] < _TOPIC_MIN
        or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1])
    ):
        return None
    return full[ranked[0][0]]


def _title_offering(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention]
) -> Mention | None:
    """The offering a page's first heading (its title) is about: the one it names first, or
    one whose name opens it when the title is read as one name (``甲医生 - AI健康助手``)."""
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is None:
        return None
    starts = [m.start for m in mentions]
    inside = _inside(mentions, starts, first.start, first.end)
    named = heading_offering(text, first.start, first.end, inside)
    if named is not None or any(m.cls != "Report" for m in inside):
        return named
    title = text[first.start : first.end].lstrip(" #*")
    return next(
        (m for m in mentions if m.cls in _OFF and len(m.text) > 1 and title.startswith(m.text)),
        None,
    )


# a cell written as a sentence: a clause break, a length of prose, or the words of an act
_SENTENCE_CELL = re.compile(
    r"[\u4e00-\u9fff]{2}.*[，,；;]|.{24,}|与|携手|联合|完成|推出|发布|上线|合作|共建|签署|获得|领投"
    r"|部署|收购|投资|\b(?:with|partnered|launched|raised|acquired|deployed|led by)\b"
)


def _row_prose(reading: _Reading, block: Block) -> list[RelationCandidate]:
    """Relations a table's cells state in sentences, read with the row's organisation (its
    first cell's) as their subject: ``| X | … | 完成B轮融资，由Y领投 |``."""
    found: list[RelationCandidate] = []
    for row in table_rows(reading.text, block):
        if len(row.cells) < 2:
            continue
        label = [m for m in reading.inside(*row.cells[0]) if m.cls in _ORGX]
        if len(label) != 1:
            continue
        for cell_start, cell_end in row.cells[1:]:
            if not _SENTENCE_CELL.search(reading.text, cell_start, cell_end):
                continue
            reading.row_subject = label[0]
            for start, end in split_sentences(reading.text, cell_start, cell_end):
                found.extend(_sentence_relations(reading, start, end, reading.inside(start, end)))
            reading.row_subject = None
    return found


def _subject_hospital(
    text: str, blocks: Sequence[Block], mentions: Sequence[Mention], chosen: Sequence[Mention]
) -> Mention | None:
    """The hospital a case study is about, which it then calls "the hospital" / 医院: the one
    its title names (inside the title, or named in the body and written in the title, which
    the report's own name covers), or the only hospital it names, named at least thrice."""
    hospitals = [m for m in chosen if m.cls == "Hospital"]
    first = next((b for b in blocks if b.kind == "heading"), None)
    if first is not None:
        title = text[first.start : first.end]
        titled = {
            _key(m): m
            for m in mentions
            if m.cls == "Hospital"
            and ((first.start <= m.start and m.end <= first.end) or m.text in title)
        }
        if len(titled) == 1:
            key, named = titled.popitem()
            return next((m for m in hospitals if _key(m) == key), named)
    if len({_key(m) for m in hospitals}) == 1 and len(hospitals) >= _MIN_SOLE_HOSPITAL:
        return hospitals[0]
    return None


def _document_offering(mentions: Sequence[Mention]) -> Mention | None:
    """The offering a page is about: named thrice or more, twice as often as any other."""
    offerings = [m for m in mentions if m.cls in _OFF]
    counts = Counter(_key(m) for m in offerings)
    ranked = counts.most_common(2)
    if (
        not ranked
        or ranked[0][1] < _TOPIC_MIN
        or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1])
    ):
        return None
    return next(m for m in offerings if _key(m) == ranked[0][0])


PROFILE_LEAD_CONFIDENCE = 0.6
_HEADING_MARKS = " \t#*_0-9.、)）(（"


def _named_heading(text: str, block: Block, inside: Sequence[Mention]) -> Mention | None:
    """The organisation a heading is nothing but the name of (``### Quillmed``)."""
    names = [m for m in inside if m.cls not in _CONCEPTS]
    if len(names) != 1 or names[0].cls not in _ORGX:
        return None
    name = names[0]
    rest = text[block.start : name.start] + text[name.end : block.end]
    return name if not rest.strip(_HEADING_MARKS) else None


def _profile_lead(reading: _Reading, block: Block, firm: Mention) -> list[RelationCandidate]:
    """The first sentence under a heading that names one organisation, when it names no one
    ("Ambient documentation for dental practices."): the tasks it names are the firm's."""
    sentences = list(split_sentences(reading.text, block.start, block.end))
    if not sentences:
        return []
    start, end = sentences[0]
    inside = reading.inside(start, end)
    if any(m.cls not in _CONCEPTS for m in inside):
        return []
    return [
        RelationCandidate(
            firm, "addressesUseCase", m, start, end, PROFILE_LEAD_CONFIDENCE, "profile-lead"
        )
        for m in inside
        if m.cls == "UseCase"
    ]


def _publisher(masthead: Sequence[RelationCandidate]) -> Mention | None:
    """The organisation a document's masthead credits: who "we" are in its own words."""
    for candidate in masthead:
        if (
            candidate.predicate in ("publishedBy", "authoredBy")
            and candidate.object is not None
            and candidate.object.cls in _ORGX
        ):
            return candidate.object
    return None


def _entry_head(text: str, start: int, inside: Sequence[Mention]) -> Mention | None:
    """The name a directory entry opens with, before its colon (``X医院：三级综合医院…``)."""
    if not inside or inside[0].cls in _CONCEPTS:
        return None
    head = inside[0]
    if text[start : head.start].strip(" \t*-•·#") or not _ENTRY_COLON.match(text, head.end):
        return None
    return head


def _publishing_hospital(masthead: Sequence[RelationCandidate]) -> Mention | None:
    """The hospital a masthead credits (``发布单位：X医院院长办公室``): its own report."""
    for candidate in masthead:
        if (
            candidate.predicate in ("publishedBy", "authoredBy")
            and candidate.object is not None
            and candidate.object.cls == "Hospital"
        ):
            return candidate.object
    return None


def _hospital_news(
    masthead: Sequence[RelationCandidate], home: Mention | None
) -> list[RelationCandidate]:
    """A report that speaks of 我院 is published by its hospital (the one it names most)."""
    report = next((c.subject for c in masthead if c.subject.cls == "Report"), None)
    if home is None or report is None:
        return []
    return [
        RelationCandidate(
            report, "publishedBy", home, home.start, home.end, HOSPITAL_NEWS, "hospital-news"
        )
    ]


def _home_hospital(mentions: Sequence[Mention]) -> Mention | None:
    """The hospital a document names most (first named on a tie), if it names any."""
    hospitals = [m for m in mentions if m.cls == "Hospital"]
    if not hospitals:
        return None
    counts = Counter(_key(m) for m in hospitals)
    first = {}
    for mention in hospitals:
        first.setdefault(_key(mention), mention)
    best = max(counts, key=lambda key: (counts[key], -first[key].start))
    return first[best]


def _sentence_relations(
    reading: _Reading, start: int, end: int, inside: list[Mention]
) -> list[RelationCandidate]:
    text, chosen, starts, recent = reading.text, reading.mentions, reading.starts, reading.recent
    referents: dict[int, tuple[Mention, float, str]] = {}  # id(virtual) -> (output, factor, tag)
    slots = list(inside)
    for virtual in _anaphora(
        text, (start, end), inside, chosen, starts, recent, reading.subject, reading.topic
    ):
        slots = [m for m in slots if not (m.start < virtual.end and virtual.start < m.end)]
        slots.append(virtual)
        referents[id(virtual)] = (virtual, ANAPHORA_FACTOR, "anaphora")
    if reading.home is not None:
        for match in OUR_HOSPITAL.finditer(text, start, end):
            if not any(m.start < match.end() and match.start() < m.end for m in inside):
                slots.append(_pronoun(reading.home, match.start(), match.end(), referents))
    # "下一步，医院将与X合作": in its own news, "the hospital" is the one writing; in a
    # directory, the hospital whose entry it is ("X医院：三级医院。医院与Y共建…")
    reading.entry = _entry_head(text, start, inside) or reading.entry
    entry = reading.entry
    the_hospital = (
        reading.home
        or (entry if entry is not None and entry.cls == "Hospital" else None)
        or reading.subject_hospital
    )
    if the_hospital is not None:
        for pattern in (_THE_HOSPITAL, _THE_HOSPITAL_EN):
            for match in pattern.finditer(text, start, end):
                covered = [m for m in slots if m.start < match.end() and match.start() < m.end]
                if all(m.cls == "Segment" for m in covered):
                    slots = [m for m in slots if m not in covered]
                    slots.append(_pronoun(the_hospital, match.start(), match.end(), referents))
    if reading.we is not None and not _QUOTED.search(text, start, end):
        for match in _WE.finditer(text, start, end):
            if not any(m.start < match.end() and match.start() < m.end for m in inside):
                slots.append(_pronoun(reading.we, match.start(), match.end(), referents))
    if (
        reading.we is not None
        and not _QUOTED.search(text, start, end)
        and _OWN_DEED.match(text, start, end)
    ):
        # "- Acquired Lumora Analytics in 2025", "Partnered with X": a bullet of an organisation's
        # own deck or release has no subject but the organisation
        slots.append(_stand_in(reading.we, start, "we", TOPIC_FACTOR, referents))
    if reading.we is not None and reading.we.cls == "Company":
        # a company's own filing calls itself 公司/本公司: "公司与华为签署战略合作协议"
        for match in _OUR_COMPANY.finditer(text, start, end):
            covered = [m for m in slots if m.start < match.end() and match.start() < m.end]
            if all(m.text in ("公司", "本公司") or m.text.endswith("Company") for m in covered):
                slots = [m for m in slots if m not in covered]
                slots.append(_pronoun(reading.we, match.start(), match.end(), referents))
    clause_it = _CLAUSE_IT.match(text, start, end)  # "…; it went live at": after a semicolon
    pronoun = _PRONOUN.match(text, start, end) or clause_it
    if pronoun and not any(m.start < pronoun.end() for m in inside):
        referent = reading.subject
        if (referent is None or referent.cls not in _OFF) and _IN_USE.match(
            text, pronoun.end(), end
        ):
            # "X makes Y. It is deployed at Z", "The model itself is Y, …. It was cleared by
            # the FDA": only an offering is deployed or cleared, the one named last
            named = _last_named(chosen, starts, _OFF, start)
            referent = named or (None if clause_it else referent)
        if referent is not None:
            slots.append(_pronoun(referent, pronoun.start(), pronoun.end(), referents))
    lead = _ZERO_SUBJECT.match(text, start, end)
    carried = _CARRIED_SUBJECT.match(text, start, end)
    first_clause = _clause_end(text, start, end)
    if reading.row_subject is not None and not any(
        m.cls in _ORGX for m in inside if m.start < first_clause
    ):
        # "| X公司 | … | 2024年完成B轮融资，由Y领投 |": the row's firm is the cell's subject
        slots.append(_stand_in(reading.row_subject, start, "row", TOPIC_FACTOR, referents))
    elif reading.topic is not None and _PARTNER_LINE.match(text, start, end):
        slots.append(_stand_in(reading.topic, start, "topic", PARTNER_LINE_FACTOR, referents))
    elif lead and not any(m.start < lead.end() for m in inside):
        topic = (
            _sentence_subject(chosen, starts, _ORGX, list(reversed(recent)), text) or reading.topic
        )
        if topic is not None:
            slots.append(_stand_in(topic, start, "topic", TOPIC_FACTOR, referents))
    elif (
        carried
        and reading.subject is not None
        and reading.subject.cls in _ORGX | _OFF
        and not any(
            m.cls in (_ORGX if _OFFERING_LEAD.search(carried.group()) else _ORGX | _OFF)
            for m in inside
            if m.start < first_clause
        )
    ):
        # "甲公司成立于2018年。总部位于北京，…": the sentence goes on about the last subject;
        # "核心产品乙…" names the subject's own offering
        slots.append(_stand_in(reading.subject, start, "carried", TOPIC_FACTOR, referents))
    elif _CARRIED_OFFERING.match(text, start, end) and not any(
        m.cls in _OFF for m in inside if m.start < first_clause
    ):
        # "甲公司推出乙系统。目前已在丙医院上线": the offering named last is what is in use
        offering = _last_named(chosen, starts, _OFF, start)
        if offering is not None:
            slots.append(_stand_in(offering, start, "carried", TOPIC_FACTOR, referents))
    elif _CARRIED_APPROVAL.match(text, start, end) and not any(
        m.cls in _OFF for m in inside if m.start < first_clause
    ):
        product = _last_named(chosen, starts, frozenset({"Product"}), start)
        if product is not None:
            slots.append(_stand_in(product, start, "carried", TOPIC_FACTOR, referents))
    if (
        reading.policy is not None
        and not any(m.cls == "Policy" for m in slots)
        and not any(m.cls in _ORGX or m.cls in _OFF for m in slots if m.start < first_clause)
    ):
        # "一、《P》 … 要点：鼓励利用人工智能提供戒烟咨询": an entry's lines speak of its policy
        slots.append(_stand_in(reading.policy, start, "entry", ENTRY_FACTOR, referents))
    # 该指南推广A、B和C: the tasks a policy pushes; a concept inside one gives way to it
    pushed = (
        promoted_items(text, start, end, slots) if any(m.cls == "Policy" for m in slots) else []
    )
    free = pushed + free_use_cases(text, start, end, [*slots, *pushed])
    free += free_fields(text, start, end, [*slots, *free])
    free += free_technologies(text, start, end, [*slots, *free])
    if free:  # a task's name takes the place of the words inside it (医保 of 医保政策解答)
        slots = [
            m
            for m in slots
            if not any(f.start <= m.start < f.end or firm_word_after(text, f, m) for f in free)
        ] + free
    template = _template(text, start, end, slots)
    investees = round_investees(template)
    if not investees and reading.investees and _ROUND_REFERENCE.search(text, start, end):
        # "本轮由X领投" / "The round was led by X": the round of the sentence before
        stand_ins = [
            _stand_in(m, start, "previous-sentence", ROUND_FACTOR, referents)
            for m in reading.investees
        ]
        slots.extend(stand_ins)
        template = _template(text, start, end, slots)
        investees = {i for i, m in enumerate(template.mentions) if any(m is v for v in stand_ins)}
    reading.investees = [_output(template.mentions[i], referents)[0] for i in sorted(investees)]
    reading.subject = _opening_entity(template, referents)
    found: list[RelationCandidate] = []
    if len(slots) >= 2:
        hits = [
            hit
            for rule in _ALL_RULES
            if rule.regex.search(template.text)  # most rules match nothing: skip their setup
            for hit in match_rule(rule, template)
        ]
        hits += funding_round(template, investees)
        hits += policy_stances(template)
        found += [
            c
            for hit in hits
            if (c := _candidate(template, hit, referents)) is not None
            and _may_hold_free(c)
            and _may_hold_for_entry(c)
        ]
    found = _prefer_section(found, _section_relations(reading, start, end, slots, referents))
    for index, iso, confidence, method in issue_dates(template):
        subject, factor, tag = _output(template.mentions[index], referents)
        if tag == "entry":
            continue  # an entry's dates are its labelled lines' (自5月1日起施行 is no issue date)
        found.append(
            RelationCandidate(
                subject,
                "issuedOn",
                None,
                start,
                end,
                confidence * factor,
                _method(method, tag),
                date=iso,
            )
        )
    return found


def _section_relations(
    reading: _Reading,
    start: int,
    end: int,
    slots: list[Mention],
    referents: dict[int, tuple[Mention, float, str]],
) -> list[RelationCandidate]:
    """What a sentence under a heading that names an offering says of it without naming it
    (:mod:`.relation_sections`): the sentence is read with a stand-in for the offering before it."""
    found = _feature(reading, start, end, slots) + _maker_line(reading, start, end, slots)
    offering = reading.offering
    if offering is None or not opens_without_offering(slots):
        return found
    stand_in = _stand_in(offering, start, "section", SECTION_FACTOR, referents)
    template = _template(reading.text, start, end, [stand_in, *slots])
    if template.mentions[0] is not stand_in:
        return []
    hits = [hit for rule in SECTION_RULES for hit in match_rule(rule, template)]
    return found + [
        c
        for hit in hits
        if (c := _candidate(template, hit, referents)) is not None and _may_hold_free(c)
    ]


def _maker_line(
    reading: _Reading, start: int, end: int, slots: list[Mention]
) -> list[RelationCandidate]:
    """A field line that names the maker of the section's or the page's offering
    (``开发者：甲公司`` under an app's title)."""
    offering = reading.offering or reading.page_offering
    if offering is None:
        return []
    real = sorted((m for m in slots if m.end > m.start), key=lambda m: m.start)
    maker = maker_field(reading.text, start, end, real)
    if maker is None:
        return []
    return [
        RelationCandidate(
            maker, "develops", offering, start, end, FEATURE_CONFIDENCE, "maker-field"
        )
    ]


def _prefer_section(
    found: list[RelationCandidate], section: list[RelationCandidate]
) -> list[RelationCandidate]:
    """``found`` and ``section``, less the organisations that ``found`` says address a task the
    section's offering addresses (``X获批的…，主要用于Y`` under a heading naming X's product)."""
    tasks = {_key(c.object) for c in section if c.predicate == "addressesUseCase" and c.object}
    kept = [
        c
        for c in found
        if not (
            c.predicate == "addressesUseCase"
            and c.subject.cls in _ORGX
            and c.object is not None
            and _key(c.object) in tasks
        )
    ]
    return kept + section


def _feature(
    reading: _Reading, start: int, end: int, slots: list[Mention]
) -> list[RelationCandidate]:
    """An item of a features section that opens with a task (``智能导诊：…``): the task the
    page's offering addresses."""
    if reading.features is None:
        return []
    real = sorted((m for m in slots if m.end > m.start), key=lambda m: m.start)
    task = feature_use_case(reading.text, start, real)
    if task is None:
        return []
    owner = reading.features
    return [
        RelationCandidate(
            owner,
            "addressesUseCase",
            task,
            start,
            end,
            FEATURE_CONFIDENCE,
            "feature-list",
        )
    ]


def _template(text: str, start: int, end: int, slots: list[Mention]) -> Template:
    slots.sort(key=lambda m: (m.start, m.end))
    return build_template(text, start, end, slots)


def _clause_end(text: str, start: int, end: int) -> int:
    match = _CLAUSE_BREAK.search(text, start, end)
    return match.start() if match else end


def _pronoun(
    referent: Mention, start: int, end: int, referents: dict[int, tuple[Mention, float, str]]
) -> Mention:
    """A slot for "It"/"They" that stands for ``referent``, reported as the pronoun's words."""
    virtual = Mention(
        start=start,
        end=end,
        text=referent.text,
        cls=referent.cls,
        confidence=referent.confidence * ANAPHORA_FACTOR,
        method="anaphora",
        iri=referent.iri,
        name=referent.name or referent.text,
    )
    referents[id(virtual)] = (virtual, ANAPHORA_FACTOR, "anaphora")
    return virtual


def _opening_entity(
    template: Template, referents: dict[int, tuple[Mention, float, str]]
) -> Mention | None:
    """The first entity of a sentence (its subject) if it opens its clause; concepts skipped."""
    for index, mention in enumerate(template.mentions):
        if mention.cls in _CONCEPTS or mention.cls == "Region":
            continue
        if not template.initial[index] or (
            mention.start == mention.end and id(mention) not in referents
        ):
            return None
        return _output(mention, referents)[0]
    return None


def _may_hold_for_entry(candidate: RelationCandidate) -> bool:
    """What a digest entry's line says of its policy without naming it: the tasks it pushes or
    rules (鼓励开展智能分诊), not the settings and tools it names on the way (医院, 物联网)."""
    if not candidate.method.endswith(":entry") or candidate.predicate not in _STANCES:
        return True
    # only a task its own clause pushes (鼓励…开展X); a rule's scope (规范X) is too loose a read,
    # and so is a stance carried over from the clause before
    return (
        candidate.predicate == "promotes"
        and candidate.object is not None
        and candidate.object.cls == "UseCase"
        and candidate.confidence > CARRIED_STANCE_CONFIDENCE * ENTRY_FACTOR
    )


_STANCES = frozenset({"promotes", "regulates"})


def _entry_policy(inside: Sequence[Mention]) -> Mention | None:
    """The one policy an entry's heading or title line names, and nothing else of note."""
    named = [m for m in inside if m.cls not in _CONCEPTS and m.cls != "Region"]
    return named[0] if len(named) == 1 and named[0].cls == "Policy" else None


def _stand_in(
    referent: Mention,
    at: int,
    tag: str,
    factor: float,
    referents: dict[int, tuple[Mention, float, str]],
) -> Mention:
    """A zero-width slot at ``at`` that stands for ``referent`` (reported as ``referent``)."""
    virtual = replace(referent, start=at, end=at, text="", method=tag)
    referents[id(virtual)] = (referent, factor, tag)
    return virtual


def _anaphora(
    text: str,
    span: tuple[int, int],
    inside: Sequence[Mention],
    chosen: Sequence[Mention],
    starts: list[int],
    recent: Sequence[tuple[int, int]],
    previous_subject: Mention | None = None,
    topic: Mention | None = None,
) -> Iterator[Mention]:
    """Mentions for ``该系统``/``The company``... standing for the thing they refer back to.

    A product word (该系统, "The platform") refers to the offering named last; a company word
    (该公司, "The company") to the subject of its own sentence before it, else to the subject
    the sentence before opened with (itself perhaps a 该公司), else to the first organisation
    (not one named after 与/with) of the nearest sentence that names one, else to the
    organisation the section or document is about (*topic*).
    """
    start, end = span
    sentence = text[start:end]
    for pattern, classes, subject_first in _ANAPHORA:
        for match in pattern.finditer(sentence):
            a, b = start + match.start(), start + match.end()
            if any(m.start < b and a < m.end and m.cls != "Segment" for m in inside):
                continue  # a segment word ("hospital") inside "The hospital" gives way
            if subject_first:
                referent = _sentence_subject(chosen, starts, classes, [(start, a)], text)
                if referent is None and previous_subject and previous_subject.cls in classes:
                    referent = previous_subject
                referent = referent or _sentence_subject(
                    chosen, starts, classes, list(reversed(recent)), text
                )
                if referent is None and topic is not None and topic.cls in classes:
                    referent = topic
                if classes is _HOSPITAL_TOPIC and referent is not None:
                    referent = referent if referent.cls == "Hospital" else None
                    named = referent.name or referent.text if referent else ""
                    if match.group() == "中心" and not named.endswith("中心"):
                        referent = None  # 中心 speaks of a 医学中心, not of a 医院
            elif classes is _OFF:
                noun = match.group().split()[-1].lower() if match.group().isascii() else ""
                word = noun or match.group()[-2:]
                kind = _ANAPHOR_KINDS.get(word)
                referent = (
                    _last_offering(text, chosen, starts, a, frozenset({kind}), noun=word)
                    if kind
                    else None
                ) or _last_offering(text, chosen, starts, a)
            else:
                referent = _last_named(chosen, starts, classes, a)
            if referent is not None:
                yield Mention(
                    start=a,
                    end=b,
                    text=text[a:b],
                    cls=referent.cls,
                    confidence=referent.confidence * ANAPHORA_FACTOR,
                    method="anaphora",
                    iri=referent.iri,
                    name=referent.name or referent.text,
                )


# what an offering is built on, named before it: 基于YOLO目标检测框架, 底层模型基于通义千问微调
_BASE_BEFORE = re.compile(
    r"(?:基于|依托|借助|采用|接入|搭载|调用|叠加|\bbased on|\bbuilt on|\bpowered by|\bruns on)"
    r"(?:自研的?|开源的?|了|the|its|an?)?[\s“”\"'‘’「」]*$",
    re.IGNORECASE,
)


# the kind an anaphor's noun names: 该产品 a product, 该平台 a platform, 该模型 a model
_ANAPHOR_KINDS = {
    "其": "Platform",  # 其上的“Y”: what others are built on is a platform
    "产品": "Product",
    "软件": "Product",
    "平台": "Platform",
    "模型": "AIModel",
    "product": "Product",
    "software": "Product",
    "platform": "Platform",
    "model": "AIModel",
}


def _last_offering(
    text: str,
    chosen: Sequence[Mention],
    starts: list[int],
    before: int,
    kinds: frozenset[str] = _OFF,
    *,
    noun: str = "",
) -> Mention | None:
    """The offering ``该系统`` / "the platform" refers to: the one named last, passing over one
    named as what another is built on (``X基于YOLO…。该系统在…上线``: X, not YOLO); of
    *kinds* only when the anaphor's noun names one (该产品); an offering whose name holds the
    *noun* counts as of its kind (``该模型`` after ``络清透析大模型LQ-Nephro基于通义千问``: the
    one the name calls a model, not its base)."""
    last = None
    index = bisect.bisect_left(starts, before) - 1
    while index >= 0 and chosen[index].start >= before - _ANAPHORA_REACH:
        m = chosen[index]
        index -= 1
        named = bool(noun) and m.cls in _OFF and noun in m.text.lower()
        if (m.cls not in kinds and not named) or m.end > before:
            continue
        last = last or m
        lead = m.start
        maker = next((o for o in chosen if o.cls in _ORGX and lead - 3 <= o.end <= lead), None)
        if maker is not None and text[maker.end : lead] in ("", "的", "'s ", "’s "):
            # 基于阿里云通义千问, "built on Meta's Llama": the maker stands before the base
            lead = maker.start
        if not _BASE_BEFORE.search(text[max(0, lead - 12) : lead]):
            return m
    return last


def _last_named(
    chosen: Sequence[Mention], starts: list[int], classes: frozenset[str], before: int
) -> Mention | None:
    index = bisect.bisect_left(starts, before) - 1
    while index >= 0 and chosen[index].start >= before - _ANAPHORA_REACH:
        if chosen[index].cls in classes and chosen[index].end <= before:
            return chosen[index]
        index -= 1
    return None


def _sentence_subject(
    chosen: Sequence[Mention],
    starts: list[int],
    classes: frozenset[str],
    spans: Sequence[tuple[int, int]],
    text: str = "",
) -> Mention | None:
    """The first name of ``classes`` in the nearest span naming one, not one after 与/with."""
    for start, end in spans:
        for mention in _inside(chosen, starts, start, end):
            if mention.cls in classes and not (
                text
                and (
                    _GOVERNED_BEFORE.search(text, max(0, mention.start - 6), mention.start)
                    or _is_bracketed_alias(chosen, starts, mention, text)
                )
            ):
                return mention
    return None


def _is_bracketed_alias(
    chosen: Sequence[Mention], starts: list[int], mention: Mention, text: str
) -> bool:
    """True for a name in brackets right after another name: the same party named again."""
    index = bisect.bisect_left(starts, mention.start) - 1
    if index < 0:
        return False
    previous = chosen[index]
    return previous.end <= mention.start and bool(
        _BRACKETED_AFTER_NAME.fullmatch(text, previous.end, mention.start)
    )


def _output(mention: Mention, referents: dict[int, tuple[Mention, float, str]]):
    """The mention to report for a template slot, the confidence factor and a method tag."""
    if id(mention) in referents:
        return referents[id(mention)]
    return mention, 1.0, ""


def _method(method: str, tag: str) -> str:
    return f"{method}:{tag}" if tag else method


def _candidate(
    template: Template, hit: Found, referents: dict[int, tuple[Mention, float, str]]
) -> RelationCandidate | None:
    subject_slot = template.mentions[hit.subject]
    object_slot = template.mentions[hit.object]
    predicate = hit.predicate
    if predicate == "issuer":
        predicate = {"Policy": "issuedBy", "Report": "publishedBy"}.get(subject_slot.cls, "")
    elif predicate == "unitOf":  # "the Commission's AI Office": a unit by its head noun
        predicate = "subsidiaryOf" if _UNIT_NAME.search(subject_slot.text) else ""
    elif predicate == FIELD_PREDICATE:
        # "X深耕Y领域": X operates in the market or field of care Y
        predicate = field_predicate(subject_slot.cls, object_slot.cls)
    elif predicate == "source":
        research = object_slot.cls in ("ResearchInstitution", "University")
        predicate = "authoredBy" if research else "publishedBy"
    if predicate not in PREDICATES:
        return None
    if predicate == "partnersWith" and subject_slot.cls == object_slot.cls == "GovernmentBody":
        return None  # bodies that issue a document jointly are co-issuers, not partners
    if predicate == "usesTechnology" and _names_kind_of(template, hit.object):
        return None
    if _rule_of(hit) in MODEL_KIND_RULES and object_slot.iri in use_case_categories():
        return None  # 医学影像大模型: a field of tasks names the kind of model
    subject, subject_factor, subject_tag = _output(subject_slot, referents)
    obj, object_factor, object_tag = _output(object_slot, referents)
    if _in_dateline(template, hit.subject) or _in_dateline(template, hit.object):
        return None  # "BOSTON, March 4 /MedWire/ --": the wire that carries a release
    if _key(subject) == _key(obj):
        return None
    return RelationCandidate(
        subject,
        predicate,
        obj,
        template.start,
        template.end,
        round(hit.confidence * subject_factor * object_factor, 4),
        _method(hit.method, subject_tag or object_tag),
    )


def _in_dateline(template: Template, index: int) -> bool:
    """True for a name between slashes, as a newswire is named in a release's dateline."""
    a, b = template.spans[index]
    return template.text[a - 1 : a] == "/" and template.text[b : b + 1] == "/"


def _may_hold_free(candidate: RelationCandidate) -> bool:
    """A use case read off free words (:mod:`.relation_usecases`) is only ever addressed; a
    field read off the words around a firm (:func:`.relation_fields.free_fields`) worked in;
    a task a policy's words push (:func:`.relation_usecases.promoted_items`) promoted or
    regulated."""
    obj = candidate.object
    if obj is not None and obj.method == FIELD_METHOD:
        return candidate.predicate == "operatesIn"  # a field read off the words is worked in
    if obj is not None and obj.method == FREE_TECHNOLOGY_METHOD:
        return candidate.predicate == "usesTechnology"  # a technique read off a list is used
    if obj is not None and obj.method == PROMOTED_METHOD:
        return candidate.predicate in ("promotes", "regulates")  # what a policy pushes
    if obj is None or obj.method not in FREE_METHODS:
        return candidate.subject.method not in FREE_METHODS | {PROMOTED_METHOD}
    # ... unless a firm is said to focus on it: its line of business ("X focuses on Y")
    focus = candidate.predicate == "operatesIn" and _rule_name(candidate.method) in _FOCUS_RULES
    return candidate.predicate == "addressesUseCase" or focus


_FOCUS_RULES = frozenset({rule.name for rule in FIELD_RULES} | {"en-focuses-on-usecase"})


def _rule_of(hit: Found) -> str:
    """The name of the rule that found *hit* (``pattern:NAME[:hedged]``)."""
    return _rule_name(hit.method)


def _names_kind_of(template: Template, index: int) -> bool:
    """True if a technology token directly follows an offering's name ("Orion foundation model")."""
    if index == 0 or template.mentions[index - 1].cls not in _OFF:
        return False
    return template.gap(index - 1, index) in ("", " ")


def _key(mention: Mention) -> str:
    return mention.iri or fold(mention.name or mention.text)


# technologies too broad to say how a thing works (AI, 开源), a scanner's modality (CT, B超), a
# hospital's record system (HIS): "X uses AI" tells the reader nothing the graph can use
_BROAD_TECHNOLOGIES = frozenset(
    {"ai", "人工智能", "开源", "open source", "ct", "mr", "mri", "b超", "oct", "his"}
)


def _too_broad(technology: Mention | None) -> bool:
    return technology is not None and (
        fold(technology.name or technology.text).strip() in _BROAD_TECHNOLOGIES
        or fold(technology.text).strip() in _BROAD_TECHNOLOGIES
    )


def _finalise(candidates: Sequence[RelationCandidate]) -> list[RelationCandidate]:
    """One candidate per (subject, predicate, object, span), the most confident, in order.

    Investments are all stated as ``fundedBy`` (see :func:`_as_funding`).

    A date that a more precise date of the same document refines (``2024`` beside
    ``2024-11``) is dropped: it is the same issue, stated less exactly.
    """
    candidates = _nearest_possessor([_as_funding(candidate) for candidate in candidates])
    dates: dict[str, set[str]] = {}
    for candidate in candidates:
        if candidate.predicate == "issuedOn" and candidate.date:
            dates.setdefault(_key(candidate.subject), set()).add(candidate.date)
    best: dict[tuple[str, str, str, int, int], RelationCandidate] = {}
    for candidate in candidates:
        if candidate.predicate == "usesTechnology" and _too_broad(candidate.object):
            continue
        if candidate.predicate == "issuedOn" and any(
            other != candidate.date and other.startswith(f"{candidate.date}-")
            for other in dates.get(_key(candidate.subject), ())
        ):
            continue
        subject = _key(candidate.subject)
        obj = _key(candidate.object) if candidate.object is not None else f"date:{candidate.date}"
        if candidate.predicate == "partnersWith":
            subject, obj = sorted((subject, obj))
        key = (subject, candidate.predicate, obj, candidate.start, candidate.end)
        if key not in best or candidate.confidence > best[key].confidence:
            best[key] = candidate
    return sorted(best.values(), key=_order)


# rules that read an offering as the possession of an organisation named before 其 / its
_POSSESSIVE_RULES = ("zh-org-its-offering", "en-org-its-named-offering", "en-partner-its-offering")


def _nearest_possessor(candidates: list[RelationCandidate]) -> list[RelationCandidate]:
    """Of the organisations a possessive (其, its) may point back to in one sentence, the
    nearest owns the offering: in "公司与英伟达合作，基于其Clara平台" Clara is 英伟达's."""
    owners: dict[tuple[str, int, int], int] = {}
    for c in candidates:
        if c.predicate == "develops" and _rule_name(c.method) in _POSSESSIVE_RULES:
            key = (_key(c.object), c.start, c.end)  # type: ignore[arg-type]
            owners[key] = max(owners.get(key, -1), c.subject.start)
    if not owners:
        return candidates
    return [
        c
        for c in candidates
        if not (
            c.predicate == "develops"
            and _rule_name(c.method) in _POSSESSIVE_RULES
            and c.subject.start < owners[(_key(c.object), c.start, c.end)]  # type: ignore[arg-type]
        )
    ]


def _rule_name(method: str) -> str:
    """The rule of a ``pattern:NAME[:tag]`` method, else ``""``."""
    return method.split(":")[1] if method.startswith("pattern:") else ""


def _as_funding(candidate: RelationCandidate) -> RelationCandidate:
    """An investment stated once, as ``investee fundedBy investor``.

    ``investsIn`` is the inverse of ``fundedBy`` (``owl:inverseOf`` in the ontology, and the
    queries read both), so stating both would record one deal twice.
    """
    if candidate.predicate != "investsIn" or candidate.object is None:
        return candidate
    return replace(
        candidate, subject=candidate.object, predicate="fundedBy", object=candidate.subject
    )


def _order(candidate: RelationCandidate) -> tuple:
    obj = candidate.object
    return (
        candidate.start,
        candidate.end,
        candidate.predicate,
        candidate.subject.start,
        candidate.subject.text,
        obj.start if obj is not None else -1,
        obj.text if obj is not None else candidate.date or "",
        -candidate.confidence,
    )

"""Read HTML reports (.html, .htm): the article only, as headings, paragraphs, lists, tables.

Page furniture is dropped (script, style, nav, header, footer, aside, form, noscript and
elements whose id or class names a cookie banner, consent box, menu, sidebar, navigation,
footer or advert). When the page has an ``<article>`` (the longest, if several) or a
``<main>``, only that is read. ``Document.text`` is the blocks' text joined by blank lines;
a table's text is its rows as tab-separated lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from medatlas.errors import EmptyDocumentError, MalformedDocumentError
from medatlas.loaders.document import (
    BlockKind,
    BlockPart,
    Document,
    Metadata,
    Table,
    join_blocks,
    sha256_of,
)
from medatlas.loaders.readers.encoding import decode_text, normalise_newlines
from medatlas.loaders.readers.metadata import normalise_date, stated_metadata
from medatlas.loaders.readers.tables import fit_row, table_to_tsv

if TYPE_CHECKING:
    from bs4 import BeautifulSoup, Tag

__all__ = ["read_html"]

_DROP_TAGS = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "noscript",
    "template",
    "iframe",
    "svg",
    "canvas",
    "button",
    "select",
    "dialog",
)
_FURNITURE_WORDS = ("cookie", "consent", "banner", "nav", "footer", "menu", "sidebar", "advert")
_KEEP_TAGS = frozenset({"html", "body", "article", "main"})
_HEADINGS = {f"h{level}": level for level in range(1, 7)}
_BLOCK_TAGS = frozenset(
    {
        "address",
        "article",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "ul",
        *_HEADINGS,
    }
)
_META_DATE = (
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dcterms.date",
    "citation_publication_date",
    "citation_date",
)
_META_AUTHOR = ("author", "article:author", "dc.creator", "citation_author")
_META_PUBLISHER = ("og:site_name", "publisher", "dc.publisher", "citation_publisher")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_MAX_COLSPAN = 50
_SPACES = re.compile(r"[ \t\r\f\v\u00a0\u3000]+")


def read_html(path: Path, data: bytes) -> Document:
    """Read an HTML page into a :class:`Document` of format ``html``.

    Metadata: title from ``og:title``, ``<title>`` or the first ``<h1>``; date from
    ``article:published_time`` / ``date`` / ``pubdate`` meta tags or ``<time datetime>``;
    author from ``<meta name="author">``; what is missing is looked for in the article text.

    Raises:
        EncodingDetectionError: the bytes cannot be decoded with confidence.
        MalformedDocumentError: the markup cannot be parsed.
        EmptyDocumentError: the page has no article text.
    """
    from bs4 import BeautifulSoup
    from bs4.exceptions import ParserRejectedMarkup

    declared = _CHARSET.search(data[:4096])
    decoded = decode_text(
        data, path=path, declared=declared.group(1).decode("ascii") if declared else None
    )
    try:
        soup = BeautifulSoup(normalise_newlines(decoded.text), "html.parser")
    except (ParserRejectedMarkup, AssertionError) as error:
        # html.parser asserts on some malformed declarations
        raise MalformedDocumentError(
            f"{path}: the HTML cannot be parsed ({error}); open it in a browser and save it again"
        ) from error
    page_metadata = _page_metadata(soup)
    site = _site_of(soup)
    root = _article_root(soup)
    _drop_furniture(root)
    text, blocks = join_blocks(_rejoined(_collect(root)))
    if not blocks:
        raise EmptyDocumentError(f"{path}: the page has no article text; nothing to read")
    page_metadata = replace(page_metadata, title=_stated_title(page_metadata.title, root, text))
    return Document(
        name=path.name,
        path=path,
        format="html",
        encoding=decoded.encoding,
        sha256=sha256_of(data),
        text=text,
        blocks=blocks,
        metadata=_with_site(page_metadata.merged_over(stated_metadata(text)), site),
    )


def _with_site(metadata: Metadata, site: str | None) -> Metadata:
    """The site that runs the page publishes it when nothing else says who does."""
    return metadata if metadata.publisher or not site else replace(metadata, publisher=site)


def _site_of(soup: BeautifulSoup) -> str | None:
    from bs4 import Tag

    h1 = soup.find("h1")
    heading = _flat(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    page_title = _flat(soup.title.get_text(" ")) if soup.title is not None else ""
    return _site_name(page_title, heading) or _logo_name(soup)


# the element a site's header shows its name in: <a class="logo">, <div class="brand">
_LOGO_CLASS = re.compile(
    r"(?:^|[-_\s])(?:logo|brand|site-name|sitename|site-title)(?:$|[-_\s])", re.I
)


def _logo_name(soup: BeautifulSoup) -> str | None:
    """The name a page's logo or brand element spells ("Wrenfield Foundation"), if it is text."""
    from bs4 import Tag

    for tag in soup.find_all(True, class_=True, limit=200):
        if not isinstance(tag, Tag) or not _LOGO_CLASS.search(" ".join(tag.get("class") or [])):
            continue
        name = _flat(tag.get_text(" "))
        if (
            2 <= len(name) <= _MAX_SITE
            and not _GENERIC_SITE.search(name)
            and not any(ch in name for ch in "|｜>»")
        ):
            return name
    return None


# between a page's own title and the site's name: "Title | Site", "标题 - 网站", "标题_频道"
_SITE_SUFFIX = re.compile(r"\s+[|\-–—_·]\s+|\s*[｜_]\s*")
_TITLE_HEAD = 3000  # the title a report states is in its head


def _stated_title(title: str | None, root: Tag, text: str) -> str | None:
    """The page's title as the article itself writes it, when the meta title is not there.

    Social and ``<title>`` titles are often rewritten ("… | Site name", a shorter headline);
    the evidence for a report's title must be the document's own words, so a title missing
    from the article's head gives way to its part before a site suffix, or to the article's
    first ``<h1>`` (or ``<h2>``) when that is in the text.
    """
    from bs4 import Tag as _Tag

    head = text[:_TITLE_HEAD]
    if title and title in head:
        return title
    if title:
        first = _SITE_SUFFIX.split(title)[0].strip()
        if len(first) >= 4 and first in head:
            return first
    for name in ("h1", "h2"):
        heading = root.find(name)
        if isinstance(heading, _Tag):
            flat = _flat(heading.get_text(" "))
            if len(flat) >= 4 and flat in head:
                return flat
    return title


def _clean(text: str) -> str:
    """Collapse runs of spaces within lines, drop blank lines, keep ``<br>`` line breaks."""
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _flat(text: str) -> str:
    """Source whitespace (newlines included) in HTML text is a single space."""
    return " ".join(text.split())


def _page_metadata(soup: BeautifulSoup) -> Metadata:
    from bs4 import Tag

    metas: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        if not isinstance(meta, Tag):
            continue
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = meta.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            metas.setdefault(key.strip().casefold(), _flat(content))

    def first(keys: tuple[str, ...]) -> str | None:
        return next((metas[key] for key in keys if key in metas), None)

    title = first(("og:title", "twitter:title", "citation_title"))
    h1 = soup.find("h1")
    heading = _flat(h1.get_text(" ")) if isinstance(h1, Tag) else ""
    page_title = _flat(soup.title.get_text(" ")) if soup.title is not None else ""
    if title is None and page_title:
        # "Report name - Site name": the <h1> is the report's own part of it
        title = heading if heading and page_title.startswith(heading) else page_title
    if title is None and heading:
        title = heading
    date = None
    for key in _META_DATE:
        if key in metas and (date := normalise_date(metas[key])):
            break
    if date is None:
        for time in soup.find_all("time"):
            stamp = time.get("datetime") if isinstance(time, Tag) else None
            if isinstance(stamp, str) and (date := normalise_date(stamp)):
                break
    return Metadata(
        title=title, author=first(_META_AUTHOR), publisher=first(_META_PUBLISHER), date=date
    )


# a section of a site named after it ("Harbor Health Blog", "X新闻中心"): the site is X
_SITE_SECTION = re.compile(
    r"\s*(?:blog|news|newsroom|insights|press(?: releases?)?|media"
    r"|官网|官方网站|新闻中心|新闻|博客|资讯)$",
    re.IGNORECASE,
)
_MAX_SITE = 40


def _site_name(page_title: str, heading: str) -> str | None:
    """Who runs the page, when its ``<title>`` is the article's heading and the site's name
    ("How we rolled out AI triage | Harbor Health Blog" -> ``Harbor Health``)."""
    if not heading or not page_title.startswith(heading):
        return None
    parts = _SITE_SUFFIX.split(page_title)
    if len(parts) < 2 or parts[0].strip() != heading:
        return None
    site = _SITE_SECTION.sub("", parts[1].strip()).strip()
    return site if 2 <= len(site) <= _MAX_SITE and not _GENERIC_SITE.search(site) else None


_GENERIC_SITE = re.compile(r"详情|首页|正文|列表|频道|栏目|home|details?|page", re.IGNORECASE)


def _article_root(soup: BeautifulSoup) -> Tag:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda article: len(article.get_text(strip=True)))
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    return main or soup.body or soup  # type: ignore[return-value]


def _is_furniture(tag: Tag) -> bool:
    if tag.name in _KEEP_TAGS:
        return False
    if tag.name in _DROP_TAGS:
        return True
    names = [tag.get("id") or "", *(tag.get("class") or [])]
    words = (word for name in names for word in re.split(r"[\s_\-]+", str(name).casefold()))
    if not any(
        word.startswith(furniture) or word.endswith(furniture)
        for word in words
        if word
        for furniture in _FURNITURE_WORDS
    ):
        return False
    # a wrapper that happens to say "nav-open" must not take the article with it
    return tag.find(["article", "main", "h1"]) is None


def _drop_furniture(root: Tag) -> None:
    from bs4 import Comment

    for comment in root.find_all(string=lambda value: isinstance(value, Comment)):
        comment.extract()
    for tag in root.find_all(_is_furniture):
        if not tag.decomposed:
            tag.decompose()


def _collect(root: Tag) -> list[BlockPart]:
    """The blocks under ``root`` in document order, as parts for :func:`join_blocks`.

    Walks the tree with an explicit stack (pages nest thousands of ``<div>`` deep). Loose
    inline content becomes a paragraph, or a list item inside an ``<li>``.
    """
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    parts: list[BlockPart] = []
    # a frame: the children still to visit, what loose text becomes, the inline text so far
    stack: list[tuple[Iterator[object], BlockKind, list[str]]] = [
        (iter(root.children), "paragraph", [])
    ]
    while stack:
        children, kind, inline = stack[-1]
        child = next(children, None)
        if child is None:
            _flush(inline, kind, parts)
            stack.pop()
            continue
        if isinstance(child, PreformattedString):
            continue  # comments, doctype, CDATA
        if isinstance(child, NavigableString):
            inline.append(_flat_keep_edges(str(child)))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            inline.append("\n")
        elif name not in _BLOCK_TAGS and child.find(list(_BLOCK_TAGS)) is None:
            inline.append(_inline_text(child))
        elif name in _HEADINGS:
            _flush(inline, kind, parts)
            text = _clean(_inline_text(child))
            if text:
                parts.append(("heading", text, _HEADINGS[name], None))
        elif name == "table":
            _flush(inline, kind, parts)
            parts.extend(_table_parts(child))
        elif name == "pre":
            _flush(inline, kind, parts)
            text = "\n".join(line.rstrip() for line in child.get_text().split("\n")).strip("\n")
            if text.strip():
                parts.append((kind, text, None, None))
        else:  # a container (or an inline wrapper around blocks): descend into it
            _flush(inline, kind, parts)
            if name != "hr":
                stack.append((iter(child.children), "list_item" if name == "li" else kind, []))
    return parts


# how a line of Chinese prose ends mid-sentence: a comma, a closing bracket or quote
_OPEN_END = re.compile(r"[，、）)”」』》]$")
_CHROME_MARKS = re.compile(r"[|｜·•]|\s{2,}")  # "简体 | 繁體 | 登录": a menu, not prose
_SHORT_LINE = 40  # characters: most paragraphs of a page set in short lines are shorter
_CJK_START = re.compile(r"^[\u4e00-\u9fff“「『《（(]|^\d{1,4}[年月日]")


def _rejoined(parts: list[BlockPart]) -> list[BlockPart]:
    """Paragraphs of one sentence cut into short lines as one paragraph: a WeChat article
    sets each clause in its own ``<p>`` (``X公司（以下简称“X”）`` / ``与Y医院`` / ``签署协议``).

    Only on a page set in short lines (most paragraphs under :data:`_SHORT_LINE` characters)
    does a paragraph join the next: when it is Chinese prose that opens with a character (not
    an emoji or a label's symbol) and stops at a comma or a closing bracket, and the next
    opens with a character too.
    """
    lengths = sorted(len(part[1]) for part in parts if part[0] == "paragraph")
    if not lengths or lengths[len(lengths) // 2] > _SHORT_LINE:
        return parts  # an article of whole paragraphs: each stands as written
    out: list[BlockPart] = []
    for part in parts:
        kind, text = part[0], part[1]
        if out and kind == "paragraph" and out[-1][0] == "paragraph":
            before = out[-1][1]
            if (
                _CJK_START.match(before)
                and _OPEN_END.search(before)
                and _CJK_START.match(text)
                and "\n" not in before
                and not _CHROME_MARKS.search(before)
            ):
                out[-1] = ("paragraph", before + text, None, None)
                continue
        out.append(part)
    return out


def _flush(inline: list[str], kind: BlockKind, parts: list[BlockPart]) -> None:
    """Turn the inline text gathered so far into a part of ``kind``, and reset it."""
    text = _clean("".join(inline))
    inline.clear()
    if text:
        parts.append((kind, text, None, None))


def _flat_keep_edges(text: str) -> str:
    """Collapse source whitespace to single spaces, keeping one at either edge."""
    if not text:
        return text
    core = " ".join(text.split())
    if not core:
        return " "
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return f"{lead}{core}{trail}"


def _inline_text(tag: Tag) -> str:
    """Text of an inline element: source whitespace as spaces, ``<br>`` as a line break."""
    from bs4 import NavigableString, Tag
    from bs4.element import PreformattedString

    pieces: list[str] = []
    for item in tag.descendants:
        if isinstance(item, NavigableString) and not isinstance(item, PreformattedString):
            pieces.append(_flat_keep_edges(str(item)))
        elif isinstance(item, Tag) and item.name == "br":
            pieces.append("\n")
    return "".join(pieces)


def _span(cell: Tag, name: str) -> int:
    """A cell's ``colspan`` / ``rowspan`` (1 when absent or unreadable, capped)."""
    raw = cell.get(name)
    value = int(raw) if isinstance(raw, str) and raw.strip().isdigit() else 1
    return max(1, min(value, _MAX_COLSPAN))


def _table_grid(table: Tag) -> tuple[list[list[str]], int]:
    """The table as a grid of cell texts, spans resolved, and how many leading rows are header.

    A ``colspan`` cell fills the columns it spans: with its text in a header row (so
    ``Revenue`` stands over ``2023`` and ``2024``), with empty cells in a body row. A
    ``rowspan`` cell's text is repeated in the rows below it, so every row reads whole. Header
    rows are the leading rows of ``<thead>`` or made only of ``<th>`` cells.
    """
    grid: list[list[str]] = []
    pending: dict[tuple[int, int], str] = {}  # (row, column) -> text carried down by a rowspan
    header_rows = 0
    in_header = True
    for row in table.find_all("tr"):
        if row.find_parent("table") is not table:
            continue  # a row of a nested table
        tags = row.find_all(["td", "th"], recursive=False)
        is_header = bool(tags) and (
            row.find_parent("thead") is not None or all(c.name == "th" for c in tags)
        )
        in_header = in_header and is_header
        r = len(grid)
        cells: list[str] = []
        for cell in tags:
            while (r, len(cells)) in pending:
                cells.append(pending.pop((r, len(cells))))
            text = _flat(cell.get_text(" "))
            cols, rows = _span(cell, "colspan"), _span(cell, "rowspan")
            for k in range(cols):
                cells.append(text if k == 0 or in_header else "")
                for below in range(1, rows):
                    pending[(r + below, len(cells) - 1)] = text
        while (r, len(cells)) in pending:
            cells.append(pending.pop((r, len(cells))))
        if any(cells):
            grid.append(cells)
            header_rows += in_header
    return grid, header_rows


def _merged_header(rows: list[list[str]], width: int) -> list[str]:
    """One header from several header rows: per column, the distinct texts top to bottom."""
    header: list[str] = []
    for col in range(width):
        parts: list[str] = []
        for row in rows:
            text = row[col] if col < len(row) else ""
            if text and text not in parts:
                parts.append(text)
        header.append(" ".join(parts))
    return header


def _table_parts(table: Tag) -> list[BlockPart]:
    """A table part, preceded by its caption as a paragraph (none for an empty table).

    The header is the ``<thead>`` or ``<th>`` rows where the page marks them, merged into one
    row when there are several, else the first row; spans are resolved (:func:`_table_grid`).
    """
    from bs4 import Tag

    caption_tag = table.find("caption")
    caption = _flat(caption_tag.get_text(" ")) if isinstance(caption_tag, Tag) else ""
    grid, header_rows = _table_grid(table)
    if not grid:
        return []
    width = max(len(row) for row in grid)
    heads = max(1, min(header_rows, len(grid) - 1)) if len(grid) > 1 else 1
    result = Table(
        header=fit_row(_merged_header(grid[:heads], width), width),
        rows=tuple(fit_row(row, width) for row in grid[heads:]),
        caption=caption or None,
    )
    table_part: BlockPart = ("table", table_to_tsv(result), None, result)
    return [("paragraph", caption, None, None), table_part] if caption else [table_part]

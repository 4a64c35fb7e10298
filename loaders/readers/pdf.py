"""Read PDF reports: the text layer, page by page, split into paragraphs, headings and lists.

Pages are joined by a line holding only a form feed (``"\\f"``), so the page of an offset is
``text.count("\\f", 0, offset) + 1``. Lines are re-flowed into paragraphs: a paragraph ends
at a blank line, a page break, a heading or list item, or a line that ends a sentence.
Tables are put back together from where pypdf places each line on the page
(:mod:`~medatlas.loaders.readers.pdf_layout`): their rows become tab-separated lines, which
the text splitter reads as table blocks.
Scanned PDFs (no text layer) raise :class:`NoTextLayerError`: run OCR first.
"""

from __future__ import annotations

import io
import math
import re
import struct
import zlib
from dataclasses import replace
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from medatlas.errors import (
    EmptyDocumentError,
    EncryptedDocumentError,
    MalformedDocumentError,
    NoTextLayerError,
)
from medatlas.loaders.document import Block, Document, Metadata, sha256_of
from medatlas.loaders.readers.encoding import normalise_newlines
from medatlas.loaders.readers.metadata import is_placeholder_author, stated_metadata
from medatlas.loaders.readers.pdf_layout import place_lines, tabulate_lines
from medatlas.loaders.readers.text import split_blocks

if TYPE_CHECKING:
    from pypdf import PageObject, PdfReader

__all__ = ["PAGE_BREAK", "carry_cut_sentences", "read_pdf", "unwrap_lines"]

PAGE_BREAK = "\n\f\n"
_HEADER_WINDOW = 1024  # the PDF header may follow some junk bytes, but not many
# Built-in exceptions pypdf is known to let escape on malformed files (besides PyPdfError).
_PYPDF_LEAKS: tuple[type[BaseException], ...] = (
    ValueError,
    KeyError,
    IndexError,
    TypeError,
    AttributeError,
    AssertionError,
    ZeroDivisionError,
    OverflowError,
    RecursionError,
    EOFError,
    NotImplementedError,  # filters pypdf does not implement
    struct.error,
    zlib.error,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_JUNK_TITLE = re.compile(
    r"^(?:microsoft \w+ - |untitled\b|\(?anonymous\)?$)|\.(?:docx?|pptx?|xlsx?|pdf|wps)$", re.I
)


def read_pdf(path: Path, data: bytes) -> Document:
    """Read a PDF's text layer into a :class:`Document` of format ``pdf``.

    Metadata: the PDF's own /Title unless it is a file name (``Microsoft Word - x.docx``),
    else the title the first page states; author, publisher and date as the text states
    them, with /Author (unless a placeholder such as ``anonymous``) as fallback author.

    Raises:
        EmptyDocumentError: the file is empty or has no pages.
        MalformedDocumentError: not a PDF, or truncated/corrupt beyond what pypdf repairs.
        EncryptedDocumentError: password-protected.
        NoTextLayerError: pages without any text (scanned images); OCR it first.
    """
    if not data:
        raise EmptyDocumentError(f"{path}: the file is empty; nothing to read")
    if b"%PDF-" not in data[:_HEADER_WINDOW]:
        raise MalformedDocumentError(
            f"{path}: has no PDF header (%PDF-), so it is not a PDF or is damaged; "
            "check the file or give it its real suffix"
        )
    pages, fallback = _extract(path, data)
    if not pages:
        raise EmptyDocumentError(f"{path}: the PDF has no pages; nothing to read")
    if not any(page.strip() for page in pages):
        raise NoTextLayerError(
            f"{path}: none of its {len(pages)} pages has a text layer (a scanned PDF); "
            "run OCR on it first (e.g. `ocrmypdf in.pdf out.pdf`) and read the result"
        )
    joined = PAGE_BREAK.join(carry_cut_sentences(pages))
    text, blocks = unwrap_lines(joined, split_blocks(joined, mode="reflow"))
    stated = stated_metadata(joined)  # the head's lines as the page sets them
    metadata = Metadata(
        title=fallback.title or stated.title,
        author=stated.author or fallback.author,
        publisher=stated.publisher,
        date=stated.date,
    )
    return Document(
        name=path.name,
        path=path,
        format="pdf",
        encoding=None,
        sha256=sha256_of(data),
        text=text,
        blocks=tuple(blocks),
        metadata=metadata,
    )


_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’《》]")


def unwrap_lines(text: str, blocks: list[Block]) -> tuple[str, list[Block]]:
    """The text with the lines a PDF wrapped inside a paragraph, heading or list item joined
    again, and the blocks moved to match; tables and the text between blocks stay as they are.

    A break between two Chinese characters (or Chinese punctuation) goes (``国\n家卫生健康委员会``
    is 国家卫生健康委员会); one between Latin words becomes a space; a break after a hyphen
    goes (``AI-\nassisted``).

    >>> para = "以及国" + chr(10) + "家卫生健康委员会"
    >>> text, blocks = unwrap_lines(para, [Block("paragraph", para, 0, len(para))])
    >>> text, blocks[0].end
    ('以及国家卫生健康委员会', 12)
    """
    out: list[str] = []
    moved: list[Block] = []
    cursor = 0
    length = 0
    for block in blocks:
        gap = text[cursor : block.start]
        out.append(gap)
        length += len(gap)
        body = block.text if block.kind == "table" else _joined(block.text)
        moved.append(replace(block, text=body, start=length, end=length + len(body)))
        out.append(body)
        length += len(body)
        cursor = block.end
    out.append(text[cursor:])
    return "".join(out), moved


_SHORT_LINE = 0.6  # a line ending this far short of the block's longest ended there, unwrapped
_MIN_WRAP_WIDTH = 40  # blocks whose longest line is shorter than this are not judged by width


def _width(line: str) -> int:
    """A line's width in half-width units: a Chinese character counts two."""
    return sum(2 if _WIDE.match(ch) else 1 for ch in line)


def _joined(text: str) -> str:
    """The lines of one block joined where the page wrapped them.

    A line that starts indented (a bullet whose glyph the text layer dropped) or follows a line
    that ended well short of the block's longest line (a masthead, a list item, a heading) was
    broken by its writer, not by the page: that break stays.
    """
    if "\n" not in text:
        return text
    parts = text.split("\n")
    widest = max(_width(part.rstrip()) for part in parts)
    joined = parts[0]
    for previous, part in pairwise(parts):
        before, after = joined[-1:], part[:1]
        if (after.isspace() and part.strip()) or (
            widest >= _MIN_WRAP_WIDTH and _width(previous.rstrip()) < _SHORT_LINE * widest
        ):
            joined += "\n" + part
        elif not before or not after or before == "-" or _WIDE.match(before) or _WIDE.match(after):
            joined += part
        else:
            joined += " " + part
    return joined


_SENTENCE_END = '。！？；：.!?;:）)》」”"%'
_FULL_LINE = 0.8  # a page's last line this close to its widest was wrapped, not ended
_CARRIED_LINES = 8  # lines of the next page a cut sentence may run on for


def carry_cut_sentences(pages: list[str]) -> list[str]:
    """The pages with a sentence a page break cuts carried back onto the page it began on.

    A page that ends on a full line without a sentence's end (``…并与上海美立``) goes on at
    the top of the next (``方整形外科医院共同建立了…。``): the lines up to the end of that
    sentence move back, so the name and the sentence are one again; the page break follows
    them. A short last line (a heading), a table row or a next page that opens with a
    heading, a list or a table keeps its break. The carried lines count to the earlier page.

    >>> wide = "甲" * 30
    >>> pages = carry_cut_sentences([wide + "。" + chr(10) + wide, "乙乙。" + chr(10) + "丙丙"])
    >>> pages[0].endswith(wide + chr(10) + "乙乙。"), pages[1]
    (True, '丙丙')
    """
    out = list(pages)
    for index in range(len(out) - 1):
        lines = out[index].rstrip("\n").split("\n")
        last = lines[-1].rstrip()
        if not last or "\t" in last or last[-1] in _SENTENCE_END:
            continue
        widest = max(_width(line.rstrip()) for line in lines)
        if widest < _MIN_WRAP_WIDTH or _width(last) < _FULL_LINE * widest:
            continue
        following = out[index + 1].split("\n")
        taken: list[str] = []
        for line in following[:_CARRIED_LINES]:
            if not line.strip() or "\t" in line or line.lstrip().startswith(("#", "-", "•", "*")):
                break
            taken.append(line)
            if line.rstrip()[-1] in _SENTENCE_END:
                break
        if not taken or taken[-1].rstrip()[-1] not in _SENTENCE_END:
            continue  # no end of the sentence within reach: leave the break where it is
        out[index] = "\n".join([*lines, *taken])
        out[index + 1] = "\n".join(following[len(taken) :])
    return out


def _extract(path: Path, data: bytes) -> tuple[list[str], Metadata]:
    """Page texts and the document-info metadata, with pypdf's errors as DocumentErrors."""
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    try:  # only pypdf calls in here, so the built-in errors caught are pypdf's
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            _decrypt(reader, path)
        raw_pages = [_page_text(page) for page in reader.pages]
        info = reader.metadata
        raw_title = info.title if info is not None else None
        raw_author = info.author if info is not None else None
    except FileNotDecryptedError as error:
        raise EncryptedDocumentError(
            f"{path}: the PDF is password-protected; save an unprotected copy and read that"
        ) from error
    except (PyPdfError, *_PYPDF_LEAKS) as error:
        raise MalformedDocumentError(
            f"{path}: the PDF is truncated or corrupt ({type(error).__name__}: {error}); "
            "download or export it again"
        ) from error
    pages = drop_page_furniture([_clean_page(text or "") for text in raw_pages])
    title = _text_or_none(raw_title)
    author = _text_or_none(raw_author)
    if title is not None and _JUNK_TITLE.search(title):
        title = None
    if author is not None and is_placeholder_author(author):
        author = None
    return pages, Metadata(title=title, author=author)


def _page_text(page: PageObject) -> str:
    """A page's text layer, with the lines of its tables joined into tab-separated rows."""
    fragments: list[tuple[str, float, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        # the text matrix times the current transformation matrix places the fragment
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3])
        fragments.append((text, x, y, abs(size) * scale))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(fragment for fragment, *_ in fragments) != text:
        return text  # positions do not cover the text: keep it as pypdf gives it
    return "\n".join(tabulate_lines(place_lines(fragments)))


def _decrypt(reader: PdfReader, path: Path) -> None:
    """Open a PDF that is encrypted with an empty user password; refuse real passwords."""
    from pypdf import PasswordType
    from pypdf.errors import DependencyError

    try:
        result = reader.decrypt("")
    except DependencyError as error:
        raise EncryptedDocumentError(
            f"{path}: the PDF is AES-encrypted and the `cryptography` package is not "
            "installed; install it, or save an unencrypted copy and read that"
        ) from error
    if result == PasswordType.NOT_DECRYPTED:
        raise EncryptedDocumentError(
            f"{path}: the PDF is password-protected; save an unprotected copy and read that"
        )


_EDGE_LINES = 3  # lines at the top and the bottom of a page where running heads and feet sit
_PAGE_NUMBER = re.compile(
    r"^(?:第\s*\d+\s*页(?:\s*[/／,，]?\s*共\s*\d+\s*页)?|[-–—]?\s*\d{1,3}\s*[-–—]?"
    r"|\d{1,4}\s*/\s*\d{1,4}|page\s+\d{1,4}(?:\s+of\s+\d{1,4})?)$",
    re.IGNORECASE,
)


def _furniture_key(line: str) -> str:
    """The line with spaces collapsed and a page number at either end masked."""
    return re.sub(r"^\d{1,4}\b|\b\d{1,4}$", "#", " ".join(line.split()))


def drop_page_furniture(pages: list[str]) -> list[str]:
    """Drop running heads, running feet and page numbers from page texts.

    A line among the first or last :data:`_EDGE_LINES` of a page is furniture when the same
    line (a page number at its start or end aside) stands at an edge of at least two pages and
    half of them, or when it is a page number (``第 3 页``, ``3 / 12``, ``Page 3 of 12``,
    ``- 3 -``). The first page keeps its running head (it may name the publisher); every page
    loses its running feet. Table rows (tab-separated) are never furniture.

    >>> drop_page_furniture(["Acme Research\nBody one.\nPage 1 of 2", "Acme Research\nBody.\n2"])
    ['Acme Research\nBody one.', 'Body.']
    """
    if len(pages) < 2:
        return pages
    split = [page.split("\n") for page in pages]
    seen: dict[str, set[int]] = {}
    for number, lines in enumerate(split):
        body = [i for i, line in enumerate(lines) if line.strip()]
        for i in {*body[:_EDGE_LINES], *body[-_EDGE_LINES:]}:
            seen.setdefault(_furniture_key(lines[i]), set()).add(number)
    repeated = {key for key, on in seen.items() if len(on) >= max(2, len(pages) // 2)}
    out: list[str] = []
    for number, lines in enumerate(split):
        body = [i for i, line in enumerate(lines) if line.strip()]
        head, feet = set(body[:_EDGE_LINES]), set(body[-_EDGE_LINES:])
        drop = set()
        for i in head | feet:
            if "\t" in lines[i]:
                continue  # a table row (a header repeated on each page belongs to its table)
            key = _furniture_key(lines[i])
            first_head = number == 0 and i in head and i not in feet
            if _PAGE_NUMBER.match(lines[i].strip()) or (key in repeated and not first_head):
                drop.add(i)
        kept = [line for i, line in enumerate(lines) if i not in drop]
        out.append("\n".join(kept).strip("\n"))
    return out


def _clean_page(text: str) -> str:
    """Normalise a page's text: ``\\n`` newlines, no control characters, no edge blank lines."""
    text = _CONTROL.sub("", normalise_newlines(text).replace("\f", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _text_or_none(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None

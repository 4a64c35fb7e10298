"""The document model every reader returns: readable text, blocks with offsets, metadata.

Offsets are Python ``str`` indices into :attr:`Document.text`; for every block,
``document.text[block.start:block.end] == block.text``. The model checks this invariant when a
document is built, so a reader bug fails loudly instead of producing wrong evidence.

>>> text = "# Title\\n\\nBody."
>>> doc = Document(
...     name="a.md", path=Path("a.md"), format="md", encoding="utf-8", sha256="0" * 64,
...     text=text,
...     blocks=(Block("heading", "Title", 2, 7, level=1), Block("paragraph", "Body.", 9, 14)),
...     metadata=Metadata(),
... )
>>> doc.text[doc.blocks[1].start:doc.blocks[1].end]
'Body.'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

__all__ = [
    "Block",
    "BlockKind",
    "BlockPart",
    "Document",
    "Metadata",
    "Table",
    "join_blocks",
    "sha256_of",
]

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
_KINDS: frozenset[str] = frozenset(get_args(BlockKind))


@dataclass(frozen=True)
class Table:
    """A table: one header row and data rows, every row exactly as wide as the header.

    Readers pad short rows with ``""`` and join the surplus cells of long rows into the last
    cell, so no cell text is lost and every row has ``len(header)`` cells.
    """

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str | None = None

    def __post_init__(self) -> None:
        width = len(self.header)
        for index, row in enumerate(self.rows):
            if len(row) != width:
                raise ValueError(
                    f"table row {index} has {len(row)} cells but the header has {width}; "
                    "normalise rows with medatlas.loaders.readers.tables.fit_row first"
                )


@dataclass(frozen=True)
class Block:
    """A structural unit of a document: a heading, paragraph, list item or table.

    ``text`` is exactly ``document.text[start:end]``; for a heading or list item the marker
    (``#``, ``-``, ``1.``) is outside the span, for a table the span covers its source lines.
    ``level`` is the heading level (1 = top) and ``None`` for other kinds.
    """

    kind: BlockKind
    text: str
    start: int
    end: int
    level: int | None = None
    table: Table | None = None

    def __post_init__(self) -> None:
        if self.kind not in _KINDS:
            raise ValueError(f"block kind {self.kind!r} is not one of {sorted(_KINDS)}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"block offsets {self.start}..{self.end} are not ordered")
        if (self.kind == "table") != (self.table is not None):
            raise ValueError("a block carries a Table exactly when its kind is 'table'")


@dataclass(frozen=True)
class Metadata:
    """What a report states about itself. ``date`` is ISO: ``2023``, ``2026-01``, ``2025-12-30``."""

    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    date: str | None = None

    def merged_over(self, fallback: Metadata) -> Metadata:
        """Return these values, with ``fallback``'s filling the fields that are ``None``."""
        return Metadata(
            title=self.title if self.title is not None else fallback.title,
            author=self.author if self.author is not None else fallback.author,
            publisher=self.publisher if self.publisher is not None else fallback.publisher,
            date=self.date if self.date is not None else fallback.date,
        )


@dataclass(frozen=True)
class Document:
    """A report read from disk: its readable text, its blocks and what it says about itself.

    ``format`` is one of ``txt``, ``md``, ``html``, ``pdf``, ``docx``; ``encoding`` is the
    codec the bytes were decoded with (``None`` for binary formats); ``sha256`` is of the raw
    bytes. In PDF text, pages are separated by a line holding a form feed (``"\\f"``), so the
    page of an offset is ``text.count("\\f", 0, offset) + 1``.

    Raises:
        ValueError: if a block's span does not reproduce its text (a reader bug).
    """

    name: str
    path: Path
    format: str
    encoding: str | None
    sha256: str
    text: str
    blocks: tuple[Block, ...]
    metadata: Metadata

    def __post_init__(self) -> None:
        for index, block in enumerate(self.blocks):
            if self.text[block.start : block.end] != block.text:
                raise ValueError(
                    f"{self.name}: block {index} ({block.kind}) at {block.start}..{block.end} "
                    "does not match the document text; this is a reader bug, please report it"
                )

    @property
    def tables(self) -> tuple[Table, ...]:
        """The tables of the document, in reading order."""
        return tuple(block.table for block in self.blocks if block.table is not None)


def sha256_of(data: bytes) -> str:
    """Return the hex SHA-256 of ``data`` (the identity of a document's raw bytes)."""
    return hashlib.sha256(data).hexdigest()


BlockPart = tuple[BlockKind, str, "int | None", "Table | None"]
"""A block before it has offsets: kind, text, heading level, table."""


def join_blocks(parts: Iterable[BlockPart]) -> tuple[str, tuple[Block, ...]]:
    """Join block texts with blank lines into a document text and place each block in it.

    Used by readers whose text is built from structure (HTML, DOCX), not read verbatim.

    >>> parts = [("heading", "概况", 1, None), ("paragraph", "正文", None, None)]
    >>> text, blocks = join_blocks(parts)
    >>> text, blocks[1].start
    ('概况\\n\\n正文', 4)
    """
    pieces: list[str] = []
    blocks: list[Block] = []
    offset = 0
    for kind, text, level, table in parts:
        if pieces:
            pieces.append("\n\n")
            offset += 2
        pieces.append(text)
        blocks.append(Block(kind, text, offset, offset + len(text), level, table))
        offset += len(text)
    return "".join(pieces), tuple(blocks)

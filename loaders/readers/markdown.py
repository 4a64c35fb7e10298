"""Read markdown reports (.md): blank lines separate paragraphs; front matter is metadata."""

from __future__ import annotations

from pathlib import Path

from medatlas.loaders.document import Document
from medatlas.loaders.readers.text import read_plain_text

__all__ = ["read_markdown"]


def read_markdown(path: Path, data: bytes) -> Document:
    """Read a ``.md`` report into a :class:`Document` of format ``md``.

    ``text`` is the markdown source (newlines normalised, BOM removed); consecutive lines
    form one paragraph, headings, list items and pipe or tab-separated tables are blocks.

    Raises:
        EncodingDetectionError: the bytes cannot be decoded with confidence.
        EmptyDocumentError: no text besides whitespace and front matter.
    """
    return read_plain_text(path, data, fmt="md", mode="paragraph")

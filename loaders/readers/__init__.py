"""Document readers: one module per format, one registry, one entry point.

>>> from pathlib import Path
>>> supported_suffixes()
('.docx', '.htm', '.html', '.markdown', '.md', '.pdf', '.txt')

``read_document(Path("report.txt"))`` returns a :class:`~medatlas.loaders.document.Document`
or raises a :class:`~medatlas.errors.DocumentError` subclass that names the file and says
what to do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from medatlas.errors import (
    DocumentNotReadableError,
    DocumentTooLargeError,
    EmptyDocumentError,
    UnsupportedFormatError,
)
from medatlas.loaders.document import Document
from medatlas.loaders.readers.docx import read_docx
from medatlas.loaders.readers.forms import with_forms
from medatlas.loaders.readers.html import read_html
from medatlas.loaders.readers.markdown import read_markdown
from medatlas.loaders.readers.pdf import read_pdf
from medatlas.loaders.readers.text import read_text

__all__ = ["DEFAULT_MAX_BYTES", "READERS", "read_document", "supported_suffixes"]

DEFAULT_MAX_BYTES = 50_000_000

# The one registry: lower-case file suffix -> reader(path, raw bytes).
READERS: dict[str, Callable[[Path, bytes], Document]] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}

_HINTS: dict[str, str] = {
    ".doc": "open it in Word or LibreOffice and save it as .docx",
    ".wps": "open it in WPS or LibreOffice and save it as .docx",
    ".rtf": "save it as .docx or .txt",
    ".xhtml": "rename it to .html",
}


def supported_suffixes() -> tuple[str, ...]:
    """The file suffixes :func:`read_document` can read, sorted."""
    return tuple(sorted(READERS))


def read_document(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one report from disk with the reader registered for its suffix.

    Args:
        path: the file; its suffix (case-insensitive) picks the reader.
        max_bytes: refuse files larger than this many bytes.

    Returns:
        The :class:`Document`: readable text, blocks with offsets into it, metadata.

    Raises:
        UnsupportedFormatError: no reader for the suffix (the message lists the supported).
        DocumentNotReadableError: the file is missing or cannot be read.
        DocumentTooLargeError: the file is over ``max_bytes``.
        EmptyDocumentError: the file is empty or has no text.
        DocumentError: any other reason the format's reader gives (encoding, corrupt file,
            encryption, no text layer, zip bomb).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        hint = _HINTS.get(suffix, "convert it to one of them")
        raise UnsupportedFormatError(
            f"{path}: cannot read {suffix or 'files without a suffix'}; supported: "
            f"{', '.join(supported_suffixes())}. {hint[0].upper()}{hint[1:]}"
        )
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(path, size, max_bytes)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise DocumentNotReadableError(
            f"{path}: cannot be read ({error.strerror or error}); check the path and permissions"
        ) from error
    if len(data) > max_bytes:  # grew since stat()
        raise _too_large(path, len(data), max_bytes)
    if not data:
        raise EmptyDocumentError(f"{path}: the file is empty; nothing to read")
    return with_forms(reader(path, data))


def _too_large(path: Path, size: int, max_bytes: int) -> DocumentTooLargeError:
    return DocumentTooLargeError(
        f"{path}: is {size:,} bytes, over the limit of {max_bytes:,}; split it, or pass a "
        "larger max_bytes if you trust it"
    )

"""Decode the bytes of a text document with an encoding we are confident about.

Order of evidence: a byte-order mark; strict UTF-8 (valid UTF-8 with non-ASCII bytes is
practically never anything else); an encoding the document itself declares (HTML
``<meta charset>``) that decodes strictly; then charset-normalizer. Anything
that cannot be decoded with confidence raises :class:`EncodingDetectionError` instead of
returning mojibake.

>>> data = "人工智能在医疗健康领域的应用持续深化。".encode("gb18030")
>>> decode_text(data, path=Path("r.txt")).encoding
'gb18030'
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from medatlas.errors import EmptyDocumentError, EncodingDetectionError

if TYPE_CHECKING:
    from charset_normalizer import CharsetMatch

__all__ = ["Decoded", "decode_text", "normalise_newlines"]

# Byte-order marks, longest first (the UTF-32 LE mark starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_WIDE = ("utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be")

# charset-normalizer names -> the exact decoder we use. GB2312 and GBK are subsets of GB18030,
# so decoding with GB18030 never loses a character the narrower codecs would have decoded.
_DECODER: dict[str, str] = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "hz": "hz",
    "utf_8": "utf-8",
    "utf_16_le": "utf-16-le",
    "utf_16_be": "utf-16-be",
    "utf_32_le": "utf-32-le",
    "utf_32_be": "utf-32-be",
}

# Declared encodings (codecs.lookup names) strict enough that decoding without error is
# evidence; see _decode_declared.
_TRUSTED_DECLARATIONS = frozenset(
    {
        "gb18030",
        "gbk",
        "gb2312",
        "hz",
        "big5",
        "big5hkscs",
        "cp950",
        "shift_jis",
        "cp932",
        "euc_jp",
        "euc_kr",
        "cp949",
        "utf-16-le",  # plain "utf-16" / "utf-32" name no byte order: detection decides
        "utf-16-be",
        "utf-32-le",
        "utf-32-be",
    }
)

# Reports are Chinese or English. When charset-normalizer finds several encodings equally
# clean (it cannot tell GB18030 from CP949 on a short text), prefer the ones reports use.
_PREFERENCE: tuple[str, ...] = (
    "utf_8",
    "gb18030",
    "gbk",
    "gb2312",
    "utf_16_le",
    "utf_16_be",
    "big5",
    "big5hkscs",
    "cp950",
    "cp1252",
    "latin_1",
    "iso8859_15",
)
_TIE = 0.05  # chaos difference under which two candidates count as equally clean
_MAX_CHAOS = 0.2  # above this mess ratio a decoding is not trusted (the library's default)
_MAX_CONTROL_RATIO = 0.01  # share of control characters tolerated in decoded text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # Cc minus \t \n \f \r


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the codec that produced it (``utf-8-sig`` when a UTF-8 BOM was seen)."""

    text: str
    encoding: str


def normalise_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n`` (other characters are left alone)."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, *, path: Path, declared: str | None = None) -> Decoded:
    """Decode ``data`` (the bytes of ``path``) and name the encoding used.

    Args:
        data: the raw file content.
        path: the file, named in error messages.
        declared: an encoding the document declares about itself (HTML ``<meta charset>``);
            used only if the bytes decode strictly with it.

    Returns:
        The decoded text (BOM removed, newlines not yet normalised) and its encoding.

    Raises:
        EmptyDocumentError: ``data`` is empty.
        EncodingDetectionError: binary content, or no encoding fits with confidence.
    """
    if not data:
        raise EmptyDocumentError(f"{path}: the file is empty; nothing to read")
    decoded = _decode_bom(data, path) or _decode_utf8(data) or _decode_declared(data, declared)
    if decoded is None:
        decoded = _decode_detected(data, path)
    _reject_binary(decoded.text, path, decoded.encoding)
    return decoded


def _decode_bom(data: bytes, path: Path) -> Decoded | None:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                raise EncodingDetectionError(
                    f"{path}: starts with a {codec} byte-order mark but is not valid {codec} "
                    f"(byte {error.start + len(bom)}); re-save it as UTF-8"
                ) from error
            return Decoded(text, "utf-8-sig" if codec == "utf-8" else codec)
    return None


def _decode_declared(data: bytes, declared: str | None) -> Decoded | None:
    """Decode with the document's own declaration, if that declaration can be trusted.

    Only multi-byte codecs count: a byte-per-character codec (Latin-1, CP1252) decodes any
    bytes, so its success proves nothing and detection decides instead.
    """
    if not declared:
        return None
    try:
        name = codecs.lookup(declared.strip()).name
    except LookupError:
        return None
    if name not in _TRUSTED_DECLARATIONS:
        return None
    if name.startswith(("utf-16", "utf-32")) and b"\x00" not in data:
        return None  # a copied-over meta tag; the bytes are plainly not UTF-16
    codec = _DECODER.get(name.replace("-", "_"), name)
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError:
        return None


def _decode_utf8(data: bytes) -> Decoded | None:
    if b"\x00" in data:
        return None
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _decode_detected(data: bytes, path: Path) -> Decoded:
    from charset_normalizer import from_bytes

    wide = _wide_candidates(data)
    if wide:  # only UTF-16/32 text without a BOM legitimately holds NUL bytes
        matches = list(from_bytes(data, threshold=_MAX_CHAOS, cp_isolation=list(wide)))
    else:  # without NUL bytes a UTF-16 reading is a coincidence (CJK-only bytes)
        matches = list(from_bytes(data, threshold=_MAX_CHAOS, cp_exclusion=list(_WIDE)))
    if not matches:
        if wide:
            raise EncodingDetectionError(
                f"{path}: holds NUL bytes and is not UTF-16 text; it looks binary. If it is a "
                "report, export it as text (UTF-8) or use the reader for its real format"
            )
        raise EncodingDetectionError(
            f"{path}: the encoding could not be detected with confidence; "
            "re-save it as UTF-8 and read it again"
        )
    cleanest = min(match.chaos for match in matches)
    best = min((m for m in matches if m.chaos <= cleanest + _TIE), key=_rank)
    if best.chaos > _MAX_CHAOS:
        raise EncodingDetectionError(
            f"{path}: the best encoding guess ({best.encoding}) still reads as "
            f"{best.chaos:.0%} garbled text; re-save it as UTF-8 and read it again"
        )
    name = min(best.could_be_from_charset or [best.encoding], key=_preference)
    codec = _DECODER.get(name, name)
    try:
        return Decoded(data.decode(codec), codec)
    except UnicodeDecodeError as error:
        raise EncodingDetectionError(
            f"{path}: detected as {codec} but is not valid {codec} at byte {error.start}; "
            "re-save it as UTF-8 and read it again"
        ) from error


def _wide_candidates(data: bytes) -> tuple[str, ...]:
    """The UTF-16/32 byte orders that NUL bytes in ``data`` point to (none without NULs).

    Latin characters, digits and newlines in UTF-16 text have a zero high byte, which lands
    on odd offsets in little-endian text and on even offsets in big-endian text.
    """
    if b"\x00" not in data:
        return ()
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd > even:
        return ("utf_16_le", "utf_32_le")
    if even > odd:
        return ("utf_16_be", "utf_32_be")
    return _WIDE


def _preference(encoding: str) -> int:
    return _PREFERENCE.index(encoding) if encoding in _PREFERENCE else len(_PREFERENCE)


def _rank(match: CharsetMatch) -> int:
    """Rank a candidate by the most preferred codec that decodes the bytes identically."""
    return min(_preference(name) for name in match.could_be_from_charset or [match.encoding])


def _reject_binary(text: str, path: Path, encoding: str) -> None:
    controls = sum(1 for _ in _CONTROL.finditer(text))
    if "\x00" in text or controls > len(text) * _MAX_CONTROL_RATIO:
        raise EncodingDetectionError(
            f"{path}: decoded as {encoding} but {controls} of {len(text)} characters are "
            "control characters, so it is binary or mis-encoded; re-save it as UTF-8 text"
        )

"""One error hierarchy for medatlas.

Library code raises these; only the CLI turns them into exit codes. Every message names the
file or value at fault and what to do about it.
"""

from __future__ import annotations

__all__ = [
    "AtlasDataError",
    "DocumentError",
    "DocumentsFailed",
    "ExportError",
    "MedatlasError",
    "OntologyError",
    "QueryError",
    "ReviewError",
    "StoreError",
    "ValidationFailed",
]


class MedatlasError(Exception):
    """Base class of every error medatlas raises on purpose."""


class DocumentError(MedatlasError):
    """A report could not be read: unreadable, wrong encoding, too large, malformed."""


class DocumentsFailed(MedatlasError):
    """Some documents of a batch could not be read; the others were loaded."""


class AtlasDataError(MedatlasError):
    """The curated atlas data files are inconsistent (unknown id, clashing labels, bad type)."""


class ReviewError(MedatlasError):
    """A review could not be done: unknown id, missing reports, a malformed decision file."""


class OntologyError(MedatlasError):
    """The ontology or its shapes could not be loaded or are inconsistent."""


class StoreError(MedatlasError):
    """The RDF store could not be opened, written or swapped in."""


class QueryError(MedatlasError):
    """A SPARQL query is malformed, unknown, or was given bad parameters."""


class ExportError(MedatlasError):
    """An export could not be written; nothing half-written is left behind."""


class ValidationFailed(MedatlasError):
    """The graph violates the SHACL shapes."""

    def __init__(self, message: str, *, report: str = "") -> None:
        super().__init__(message)
        self.report = report


# --- Document reader errors (medatlas.loaders.readers) ------------------------------------------


class UnsupportedFormatError(DocumentError):
    """The file's suffix has no reader; the message lists the supported suffixes."""


class DocumentNotReadableError(DocumentError):
    """The file does not exist or the operating system refused to read it."""


class DocumentTooLargeError(DocumentError):
    """The file (or, for an archive, its uncompressed content) is over the size limit."""


class ZipBombError(DocumentTooLargeError):
    """An archive-based document (.docx) would inflate to too much data, or too steeply."""


class EmptyDocumentError(DocumentError):
    """The file is empty or holds no readable text."""


class EncodingDetectionError(DocumentError):
    """The bytes could not be decoded with confidence (binary content, unknown encoding)."""


class MalformedDocumentError(DocumentError):
    """The file is truncated or corrupt, or is not the format its suffix claims."""


class EncryptedDocumentError(DocumentError):
    """The file is password-protected and cannot be read without the password."""


class NoTextLayerError(EmptyDocumentError):
    """A PDF has pages but no text layer (scanned images); it needs OCR first."""


__all__ += [
    "DocumentNotReadableError",
    "DocumentTooLargeError",
    "EmptyDocumentError",
    "EncodingDetectionError",
    "EncryptedDocumentError",
    "MalformedDocumentError",
    "NoTextLayerError",
    "UnsupportedFormatError",
    "ZipBombError",
]

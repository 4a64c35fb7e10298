"""Make the documents of the held-out benchmark set from their sources.

The held-out set is a second, independent evaluation set: eight reports about invented
companies, hospitals, agencies, products and policies, in layouts and encodings the unseen set
does not use (a broker's note as PDF, an investor memo as Word, a procurement notice in GB18030
without a byte-order mark, a bilingual conference page in site chrome, a policy list in UTF-16
big-endian, a numbered regulatory update, a startup profile as Word, a market forecast in
Markdown). Nobody tunes the extractors against it: read its scores, never its misses.

The writers and the read-back check are those of :mod:`benchmarks.unseen.make_docs`; this
module holds only the set's registry (:data:`TARGETS`) and folders. Output is deterministic.

Run it from the repository root::

    .venv/bin/python -m benchmarks.heldout.make_docs           # writes benchmarks/heldout/docs/
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.unseen import make_docs as writers
from benchmarks.unseen.make_docs import Target

__all__ = ["DOCS_DIR", "SOURCES_DIR", "TARGETS", "check_docs", "document_name", "make_docs"]

HERE = Path(__file__).resolve().parent
SOURCES_DIR = HERE / "sources"
DOCS_DIR = HERE / "docs"

# The one registry of the held-out set: source stem -> how it is written.
TARGETS: dict[str, Target] = {
    "01_zh_broker_note": Target(
        ".pdf", writers.write_pdf, "PDF, Chinese broker's note, forecast table"
    ),
    "02_en_investor_memo": Target(".docx", writers.write_docx, "Word, English memo, deal table"),
    "03_zh_procurement_notice": Target(
        ".txt", writers.write_gb18030, "GB18030 text (LF, no BOM), award table"
    ),
    "04_bilingual_conference": Target(
        ".html", writers.write_utf8, "HTML, English and Chinese paragraphs in site chrome"
    ),
    "05_zh_provincial_policies": Target(
        ".md", writers.write_utf16_be_bom, "Markdown, UTF-16 big-endian with BOM, policy table"
    ),
    "06_en_regulatory_update": Target(
        ".txt", writers.write_utf8, "plain text, numbered sections (1.1, 1.2)"
    ),
    "07_zh_startup_profile": Target(".docx", writers.write_docx, "Word, Chinese, product table"),
    "08_en_market_forecast": Target(".md", writers.write_utf8, "Markdown, CAGR tables"),
}


def document_name(stem: str) -> str:
    """The file name of the held-out document made from source *stem*."""
    return writers.document_name(stem, targets=TARGETS)


def make_docs(out_dir: Path = DOCS_DIR) -> list[Path]:
    """Write every held-out document into *out_dir*; return their paths, sorted.

    Raises DocsError when a source is missing or has no entry in :data:`TARGETS`.
    """
    return writers.make_docs(out_dir, sources_dir=SOURCES_DIR, targets=TARGETS)


def check_docs(paths: list[Path]) -> None:
    """Raise DocsError unless every paragraph, heading, item and cell of each source survives."""
    writers.check_docs(paths, sources_dir=SOURCES_DIR)


def main(argv: list[str] | None = None) -> int:
    """Command line: write the documents, check them, list them."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS_DIR, help="output folder")
    args = parser.parse_args(argv)
    paths = make_docs(args.out)
    check_docs(paths)
    for path in paths:
        print(f"{path.name:<34} {path.stat().st_size:>7,} bytes  {TARGETS[path.stem].note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

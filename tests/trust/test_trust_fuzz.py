"""Loaders under fuzz: only DocumentError may escape, and a failed document leaves no graph."""

from __future__ import annotations

import html
import io
import random
import string
from collections import Counter
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.pdfgen import canvas

from medatlas.build import build
from medatlas.errors import DocumentError
from medatlas.graph.iris import document_graph
from medatlas.graph.triples import fact_quads
from medatlas.graph.vocabulary import read_concepts
from medatlas.loaders.atlas import read_atlas
from medatlas.loaders.extract.gazetteer import atlas_gazetteer
from medatlas.loaders.pipeline import extract_document
from medatlas.loaders.readers import read_document, supported_suffixes

FUZZ = settings(
    max_examples=40,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
ENCODINGS = [
    "utf-8",
    "utf-8-sig",
    "gb18030",
    "gbk",
    "big5",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "shift_jis",
    "euc-kr",
    "latin-1",
    "cp1252",
]
WORDS = "医疗人工智能市场规模增长公司医院平台模型发布合作亿元万年月日，。、；：（）％"
CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(string.ascii_letters + string.digits + " .,;:%$-+/()\n\t|#*<>&"),
    st.sampled_from(WORDS),
)
TEXT = st.text(alphabet=CHARS, max_size=300)
MAGIC = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"<html>", b"# "]


UNEXPECTED = "fuzzed inputs that raised anything but a DocumentError"


class Loader:
    """Read and extract one file as the build does; 'read', 'refused', or it raises."""

    def __init__(self, tally, folder: Path) -> None:
        self.tally = tally
        tally.check(UNEXPECTED, 0)
        atlas = read_atlas()
        self.atlas = atlas
        self.gazetteer = atlas_gazetteer()
        self.classes = {
            f"https://w3id.org/medatlas/id/{e.id}": e.type for e in atlas.entities.values()
        }
        self.classes.update({c.iri: c.cls for c in read_concepts()})
        self.folder = folder
        self.outcomes: Counter[str] = Counter()

    def __call__(self, name: str, data: bytes, kind: str) -> str:
        path = self.folder / name
        path.write_bytes(data)
        try:
            document = read_document(path)
            extracted = extract_document(
                document, gazetteer=self.gazetteer, names=self.atlas.names, classes=self.classes
            )
            list(fact_quads(extracted.facts))
            outcome = "read"
        except DocumentError:
            outcome = "refused"
        except Exception:
            self.tally.check(UNEXPECTED, 1)
            raise
        self.outcomes[kind, outcome] += 1
        self.tally.record("Bad inputs (fuzzed loaders)", f"{kind}: {outcome}")
        return outcome


@pytest.fixture(scope="module")
def loader(tally, tmp_path_factory: pytest.TempPathFactory) -> Loader:
    """One loader (gazetteer built once) for every fuzzed file of this module."""
    return Loader(tally, tmp_path_factory.mktemp("fuzz"))


def _valid_files() -> dict[str, bytes]:
    """One small valid report per format, to mutate."""
    word = docx.Document()
    word.add_heading("医疗人工智能观察", 1)
    word.add_paragraph("2024年中国医疗AI市场规模达到120亿元，同比增长25%。")
    table = word.add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "年份", (0, 1): "规模", (1, 0): "2024", (1, 1): "120亿元"}.items():
        table.cell(r, c).text = text
    docx_bytes = io.BytesIO()
    word.save(docx_bytes)
    pdf_bytes = io.BytesIO()
    pdf = canvas.Canvas(pdf_bytes)
    pdf.drawString(72, 720, "Healthcare AI market reached $20 billion in 2024, up 30%.")
    pdf.save()
    text = "# 医疗AI\n\n2024年市场规模达到120亿元。\n\n| 年份 | 规模 |\n|---|---|\n"
    text += "| 2024 | 120亿元 |\n"
    return {
        ".txt": text.encode("gb18030"),
        ".md": text.encode("utf-8"),
        ".html": f"<html><body><article><p>{text}</p></article></body></html>".encode(),
        ".docx": docx_bytes.getvalue(),
        ".pdf": pdf_bytes.getvalue(),
    }


VALID = _valid_files()


@pytest.mark.parametrize("suffix", supported_suffixes())
@FUZZ
@given(magic=st.sampled_from(MAGIC), data=st.binary(max_size=3000))
def test_random_bytes(loader: Loader, suffix: str, magic: bytes, data: bytes) -> None:
    loader(f"random{suffix}", magic + data, "random bytes under every suffix")


@pytest.mark.parametrize("suffix", sorted(VALID))
@FUZZ
@given(
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=12),
)
def test_damaged_valid_files(
    loader: Loader, suffix: str, cut: float, flips: list[tuple[float, int]]
) -> None:
    data = bytearray(VALID[suffix])
    for where, byte in flips:
        data[int(where * (len(data) - 1))] = byte
    if cut < 0.3:  # some are truncated too
        data = data[: int(len(data) * cut / 0.3)]
    loader(f"damaged{suffix}", bytes(data), "valid files damaged (bytes changed, truncated)")


@pytest.mark.parametrize("encoding", ENCODINGS)
@FUZZ
@given(text=TEXT, suffix=st.sampled_from([".txt", ".md"]))
def test_random_text_in_random_encodings(
    loader: Loader, text: str, encoding: str, suffix: str
) -> None:
    loader(f"text{suffix}", text.encode(encoding, errors="replace"), "random text, random encoding")


def _table(rows: list[list[str]], style: str, escape: bool) -> tuple[str, str]:
    if style == "tsv":
        return ".txt", "\n".join("\t".join(r) for r in rows)
    if style == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|" + "---|" * len(rows[0]))
        return ".md", "报告\n\n" + "\n".join(lines)
    cell = html.escape if escape else str
    body = "".join("<tr>" + "".join(f"<td>{cell(c)}</td>" for c in r) + "</tr>" for r in rows)
    return ".html", f"<html><body><table>{body}</table></body></html>"


@pytest.mark.parametrize("style", ["tsv", "markdown", "html"])
@FUZZ
@given(
    rows=st.lists(
        st.lists(st.text(alphabet=CHARS, max_size=14), min_size=1, max_size=6),
        min_size=1,
        max_size=8,
    ),
    escape=st.booleans(),
    encoding=st.sampled_from(["utf-8", "gb18030", "utf-16"]),
)
def test_random_tables(
    loader: Loader, rows: list[list[str]], style: str, escape: bool, encoding: str
) -> None:
    suffix, text = _table(rows, style, escape)
    loader(f"table{suffix}", text.encode(encoding, errors="replace"), f"random tables ({style})")


CONTROLS = "controls (a valid file and junk per format)"


@pytest.mark.parametrize("suffix", sorted(VALID))
def test_the_loader_reads_valid_files_and_refuses_junk(loader: Loader, suffix: str) -> None:
    """The fuzzing harness can tell both outcomes apart (a control for the tests above)."""
    assert loader(f"valid{suffix}", VALID[suffix], CONTROLS) == "read"
    assert loader(f"junk{suffix}", b"\x00\xff" * 50, CONTROLS) == "refused"


def test_a_build_over_fuzzed_files_keeps_the_good_and_leaves_nothing_of_the_bad(
    tmp_path: Path, tally
) -> None:
    rng = random.Random(7)
    folder = tmp_path / "fuzzed"
    folder.mkdir()
    for i in range(24):
        suffix = sorted(VALID)[i % len(VALID)]
        data = bytearray(VALID[suffix])
        if i % 3 == 0:
            data = bytearray(rng.randbytes(rng.randint(0, 400)))
        elif i % 3 == 1:
            for _ in range(rng.randint(1, 40)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        (folder / f"fuzzed-{i:02}{suffix}").write_bytes(bytes(data))
    store, result = build(tmp_path / "store", docs=[folder], validate=False)
    try:
        graphs = set(store.graph_names())
    finally:
        store.close()
    names = {p.name for p in folder.iterdir()}
    assert set(result.extracted) | set(result.failed) == names
    assert result.extracted and result.failed
    partial = [n for n in result.failed if document_graph(n) in graphs]
    assert partial == []
    assert all(document_graph(n) in graphs for n in result.extracted)
    tally.record("Bad inputs (fuzzed loaders)", "fuzzed files through a whole build", len(names))
    tally.check("graphs left by documents that failed", len(partial))

"""Review extracted candidates: list them, accept them into the curated atlas, or reject them.

The build writes one JSON extraction report per document (``out/reports/<file>.json``); its
``candidates`` are the new entities and the held-back or doubtful facts (see
:mod:`medatlas.loaders.candidates`). A decision is kept in the atlas folder:

- accepted facts go to ``reviewed/<file>.yaml``, in the curated atlas format, with the ids
  they came from under ``accepted:``; the next build loads them as curated facts;
- rejections go to ``rejected/<file>.yaml``; the build passes :func:`rejected_ids` to
  :func:`medatlas.loaders.pipeline.extract_document`, which then leaves those candidates out.

Every change is checked first (the atlas with it must load) and written atomically; accepting
or rejecting twice changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from medatlas.errors import AtlasDataError, ReviewError
from medatlas.loaders.atlas import REVIEWED, load_atlas, read_atlas
from medatlas.loaders.candidates import KINDS, Candidate

__all__ = [
    "REJECTED",
    "Decisions",
    "ReviewError",
    "ReviewOutcome",
    "accept",
    "extractor_version",
    "read_candidates",
    "read_decisions",
    "reject",
    "rejected_ids",
    "select",
]

#: the subfolder of the atlas that records rejected candidates
REJECTED = "rejected"
_HEADER = "# Written by 'medatlas review {verb}' (see atlas/README.md); comments are not kept.\n"


@dataclass
class Decisions:
    """What earlier reviews decided: candidate id -> the file that records it."""

    accepted: dict[str, Path] = field(default_factory=dict)
    rejected: dict[str, Path] = field(default_factory=dict)

    def of(self, cid: str) -> str | None:
        """``accepted``, ``rejected`` or None for a candidate id."""
        if cid in self.accepted:
            return "accepted"
        return "rejected" if cid in self.rejected else None


@dataclass
class ReviewOutcome:
    """What a review command did: the ids it recorded, those already done, files written."""

    done: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)


def read_candidates(report_dir: Path) -> list[Candidate]:
    """Every candidate of the extraction reports in *report_dir*, by document and position.

    Reports written before candidates were recorded have none. Raises ReviewError when the
    folder is missing or a report is not valid JSON.
    """
    if not report_dir.is_dir():
        raise ReviewError(
            f"no extraction reports at {report_dir}: the folder does not exist; run "
            "'medatlas build --docs FOLDER' (it writes OUT/reports) or pass --reports"
        )
    out: dict[str, Candidate] = {}
    for path in sorted(report_dir.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            rows = (data.get("candidates") or []) if isinstance(data, dict) else None
            if not isinstance(rows, list):
                raise ValueError("it is not an extraction report")
            for row in rows:
                cand = Candidate.from_dict(row)
                out.setdefault(cand.id, cand)
        except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
            raise ReviewError(
                f"{path}: cannot be read as an extraction report ({exc}); "
                "build the document again or delete the file"
            ) from exc
    return sorted(out.values(), key=lambda c: (c.document, c.start, KINDS.index(c.kind), c.id))


def _load_yaml(path: Path) -> dict[str, Any] | None:
    if not path.is_file():
        return None
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ReviewError(
            f"{path}: cannot be read as UTF-8 YAML ({exc}); fix or remove it"
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get("source"), str):
        raise ReviewError(
            f"{path}: needs a top-level 'source:' naming the report; fix or remove it"
        )
    return data


def _ids(path: Path, data: dict[str, Any], key: str) -> list[str]:
    rows = data.get(key) or []
    ids = [r.get("id") if isinstance(r, dict) else r for r in rows] if isinstance(rows, list) else 0
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ReviewError(f"{path}: '{key}:' must be a list of candidate ids; fix or remove it")
    return ids


def read_decisions(atlas_dir: Path) -> Decisions:
    """The candidates earlier reviews accepted or rejected, from the atlas folder."""
    out = Decisions()
    for path in sorted((atlas_dir / REVIEWED).glob("*.yaml")):
        data = _load_yaml(path) or {}
        out.accepted.update(dict.fromkeys(_ids(path, data, "accepted"), path))
    for path in sorted((atlas_dir / REJECTED).glob("*.yaml")):
        data = _load_yaml(path) or {}
        out.rejected.update(dict.fromkeys(_ids(path, data, "rejected"), path))
    return out


def extractor_version(atlas_dir: Path, document: str) -> str:
    """The extractor version a document's graph records: EXTRACTOR_VERSION, plus a digest of
    the review's rejections for that document when there are any, so that a build extracts
    the document again (rather than keeping its old graph) when either changes."""
    from medatlas.loaders.pipeline import EXTRACTOR_VERSION

    path = atlas_dir / REJECTED / f"{document}.yaml"
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return EXTRACTOR_VERSION
    except OSError as exc:
        raise ReviewError(f"cannot read the review decisions in {path}: {exc}") from exc
    return f"{EXTRACTOR_VERSION}+review-{hashlib.sha256(data).hexdigest()[:12]}"


def rejected_ids(atlas_dir: Path) -> frozenset[str]:
    """The candidate ids reviews rejected: pass them to ``extract_document(rejected=...)``."""
    return frozenset(read_decisions(atlas_dir).rejected)


def select(
    candidates: Iterable[Candidate],
    decisions: Decisions,
    *,
    document: str | None = None,
    kind: str | None = None,
    min_confidence: float = 0.0,
    decided: bool = False,
) -> list[Candidate]:
    """The candidates that match the filters; those already decided only when *decided*."""
    return [
        c
        for c in candidates
        if (document is None or c.document == document)
        and (kind is None or c.kind == kind)
        and c.confidence >= min_confidence
        and (decided or decisions.of(c.id) is None)
    ]


def _find(ids: Sequence[str], report_dir: Path) -> list[Candidate]:
    if not ids:
        raise ReviewError("name at least one candidate id; 'medatlas review' lists them")
    by_id = {c.id: c for c in read_candidates(report_dir)}
    unknown = [i for i in dict.fromkeys(ids) if i not in by_id]
    if unknown:
        raise ReviewError(
            f"unknown candidate id(s) {', '.join(unknown)} in the reports at {report_dir}; "
            "'medatlas review' lists the ids (rebuild the documents if the reports are old)"
        )
    return [by_id[i] for i in dict.fromkeys(ids)]


def _dump(data: dict[str, Any], verb: str) -> str:
    class _Dumper(yaml.SafeDumper):
        pass

    def flow_scalars(dumper: yaml.SafeDumper, items: list[Any]) -> yaml.Node:
        flat = all(not isinstance(i, (list, dict)) for i in items)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=flat)

    _Dumper.add_representer(list, flow_scalars)
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return _HEADER.format(verb=verb) + body


def _write_all(texts: dict[Path, str]) -> list[Path]:
    """Write every file atomically (temporary file, then rename); all temporaries first."""
    staged: list[tuple[str, Path]] = []
    path = Path()
    try:
        for path, text in sorted(texts.items()):
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
            staged.append((tmp, path))
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
        for tmp, path in staged:
            os.replace(tmp, path)
    except OSError as exc:
        for tmp, _path in staged:
            Path(tmp).unlink(missing_ok=True)
        raise ReviewError(f"cannot write {path}: {exc}; nothing was changed") from exc
    return sorted(texts)


def _check_atlas(atlas_dir: Path, texts: dict[Path, str]) -> None:
    """Load the atlas as it would be with *texts* written; AtlasDataError if it would break."""
    with tempfile.TemporaryDirectory(prefix="medatlas-review-") as tmp:
        copy = Path(tmp)
        (copy / REVIEWED).mkdir()
        for path in [*atlas_dir.glob("*.yaml"), *(atlas_dir / REVIEWED).glob("*.yaml")]:
            shutil.copyfile(path, copy / path.relative_to(atlas_dir))
        for path, text in texts.items():
            (copy / path.relative_to(atlas_dir)).write_text(text, encoding="utf-8")
        load_atlas(copy)


_ORDER = {"entity": 0, "relation": 1, "figure": 2}


def accept(
    ids: Sequence[str],
    *,
    report_dir: Path,
    atlas_dir: Path,
    en: str | None = None,
    slug: str | None = None,
) -> ReviewOutcome:
    """Write the candidates *ids* into ``reviewed/<file>.yaml`` of *atlas_dir* as curated facts.

    *en* and *slug* give the English label and id of a single entity candidate. Entities are
    added before the relations and figures of the same call, so both ends can be accepted at
    once. Raises ReviewError for unknown or rejected ids, and when the atlas would not load
    with the new facts; nothing is written then.
    """
    from medatlas.loaders.curate import entity_entry, observation_entry, relation_row

    cands = _find(ids, report_dir)
    decisions = read_decisions(atlas_dir)
    rejected = [c.id for c in cands if c.id in decisions.rejected]
    if rejected:
        where = decisions.rejected[rejected[0]]
        raise ReviewError(
            f"candidate(s) {', '.join(rejected)} were rejected ({where}); "
            "remove them there to accept them"
        )
    out = ReviewOutcome(unchanged=[c.id for c in cands if c.id in decisions.accepted])
    todo = sorted(
        (c for c in cands if c.id not in decisions.accepted), key=lambda c: _ORDER[c.kind]
    )
    if (en or slug) and (len(todo) != 1 or todo[0].kind != "entity"):
        raise ReviewError("--en and --id name one entity candidate; accept it alone")
    if not todo:
        return out
    pending = {
        c.subject.iri: c.id
        for c in read_candidates(report_dir)
        if c.kind == "entity" and c.subject is not None
    }
    known: dict[str, tuple[str, str]] = {}
    files: dict[Path, dict[str, Any]] = {}
    try:
        atlas = read_atlas(atlas_dir)
        for c in todo:
            path = atlas_dir / REVIEWED / f"{c.document}.yaml"
            if path not in files:
                files[path] = _load_yaml(path) or {"source": c.document}
                for key in ("accepted", "entities", "relations", "observations"):
                    files[path].setdefault(key, [])
            data = files[path]
            if c.kind == "entity":
                assert c.subject is not None
                item = entity_entry(c, atlas, en=en, slug=slug)
                known[c.subject.iri] = (item["id"], item["type"])
                entry, key = item, "entities"
            elif c.kind == "relation":
                entry, key = relation_row(c, atlas, known, pending), "relations"
            else:
                entry, key = observation_entry(c, atlas, known, pending), "observations"
            if entry not in data[key]:
                data[key].append(entry)
            data["accepted"] = sorted({*data["accepted"], c.id})
            out.done.append(c.id)
        texts = {
            path: _dump({k: v for k, v in data.items() if v}, "accept")
            for path, data in files.items()
        }
        _check_atlas(atlas_dir, texts)
    except AtlasDataError as exc:
        raise ReviewError(f"nothing accepted: {exc}") from exc
    out.written = _write_all(texts)
    return out


def reject(ids: Sequence[str], *, report_dir: Path, atlas_dir: Path) -> ReviewOutcome:
    """Record the candidates *ids* as rejected in ``rejected/<file>.yaml`` of *atlas_dir*.

    Raises ReviewError for unknown ids and for ids already accepted; nothing is written then.
    """
    cands = _find(ids, report_dir)
    decisions = read_decisions(atlas_dir)
    accepted = [c.id for c in cands if c.id in decisions.accepted]
    if accepted:
        where = decisions.accepted[accepted[0]]
        raise ReviewError(
            f"candidate(s) {', '.join(accepted)} were accepted ({where}); "
            "remove the fact and its id there to reject them"
        )
    out = ReviewOutcome(unchanged=[c.id for c in cands if c.id in decisions.rejected])
    files: dict[Path, dict[str, Any]] = {}
    for c in cands:
        if c.id in decisions.rejected:
            continue
        path = atlas_dir / REJECTED / f"{c.document}.yaml"
        if path not in files:
            files[path] = _load_yaml(path) or {"source": c.document}
            files[path].setdefault("rejected", [])
        files[path]["rejected"].append(
            {"id": c.id, "kind": c.kind, "fact": c.fact, "quote": c.quote}
        )
        out.done.append(c.id)
    for data in files.values():
        data["rejected"] = sorted(data["rejected"], key=lambda r: str(r.get("id")))
    out.written = _write_all({path: _dump(data, "reject") for path, data in files.items()})
    return out

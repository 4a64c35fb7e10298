"""A reader process for the concurrency tests: count every graph of the store in a loop.

``python reader_loop.py STORE STOP_FILE MODE``: with MODE ``reopen`` it opens the store
read-only, counts, and closes it again, over and over; with ``hold`` it opens the store once
and counts through that one handle. Each answer is one JSON line (graph -> triples), or
``{"error": ...}``; it stops when STOP_FILE exists.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

COUNTS = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"


def main(path: Path, stop: Path, mode: str) -> None:
    from medatlas.graph.store import AtlasStore

    held = AtlasStore(path, read_only=True) if mode == "hold" else None
    while not stop.exists():
        try:
            store = held or AtlasStore(path, read_only=True)
            try:
                rows = store.query(COUNTS, union=False)
                answer = {row["g"].value: int(row["n"].value) for row in rows}
            finally:
                if held is None:
                    store.close()
        except Exception as exc:  # the test asserts there are none
            answer = {"error": repr(exc)}
        print(json.dumps(answer, sort_keys=True), flush=True)
        time.sleep(0.01)
    if held is not None:
        held.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])

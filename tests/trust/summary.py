"""Run the reliability suite and write what it tried to ``docs/reliability.md``.

Usage (from the project folder): ``python -m tests.trust.summary``. The suite prints the same
summary at the end of every run; only this command writes the file, for the README to quote.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "docs" / "reliability.md"


def main() -> int:
    """Run ``pytest tests/trust`` with the report file set; its exit code."""
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "MEDATLAS_RELIABILITY_REPORT": str(TARGET)}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/trust"]
    return subprocess.call(command, env=env, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())

"""The curated atlas: reviewed YAML data files, one per source report (see README.md)."""

from pathlib import Path

__all__ = ["ATLAS_DIR"]

#: the folder holding the curated atlas files
ATLAS_DIR = Path(__file__).resolve().parent

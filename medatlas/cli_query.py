"""``medatlas`` commands for querys (registered by :mod:`medatlas.cli`)."""

from __future__ import annotations

import click

__all__ = ["COMMANDS"]

#: the click commands this module adds to ``medatlas``
COMMANDS: list[click.Command] = []

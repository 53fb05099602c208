"""A table as lines: cells that add up to a total. Shared by suppression and the audit."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

Key = Hashable


@dataclass(frozen=True)
class Line:
    """Cells that add up to ``total``. Only build a line when they really do."""

    cells: tuple[Key, ...]
    total: Key

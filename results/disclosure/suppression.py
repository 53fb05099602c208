"""Primary and secondary suppression over any table, as a grid of counts and the lines that add up.

A table is a set of counts, each under a key, and a list of ``Line``s: cells that add up to a
total. Any total a reader can see turns its line into an equation, so a hidden cell is only safe
if that equation cannot be solved for it. The rules, in order:

1. Primary: hide every count from 1 up to the threshold.
2. Secondary (R3): while a line with a shown total is not safe, hide its smallest shown non-zero
   cell (the first in line order on a tie). If none is left, hide the line's total instead.
   Repeat over every line until nothing changes, because hiding a cell in a row can expose a
   column.
3. Audit: solve all the lines together (``audit.solvable``). While a small count can still be
   worked out exactly, hide the smallest shown number beside it and go back to step 2.

A line with a hidden total is safe when at least one of its cells is hidden too. A line with a
shown total is safe when it has no hidden cells, or when all of these hold:

- at least 2 cells are hidden (one hidden cell is the total minus the shown cells);
- the hidden cells add up to at least the threshold, because that remainder is itself a count
  anyone can work out, and R1 forbids showing a count of fewer than 10 people;
- no hidden small cell can be pinned to one value by what a reader can infer: a small cell is
  from 1 to the threshold minus 1; a cell hidden to protect it is at least the threshold (it was
  not small, and 0 is never picked, since hiding a 0 adds nothing) and, if it was picked for this
  line, at most the smallest cell still shown there.

Zeros are never hidden by this module: a 0 describes nobody.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from .audit import solvable
from .lines import Key, Line
from .profiles import Reason


def primary(values: Mapping[Key, int], threshold: int) -> dict[Key, Reason]:
    """Every count from 1 to ``threshold - 1``, hidden because it is small."""
    return {key: Reason.SMALL for key, value in values.items() if 0 < value < threshold}


def secondary(
    values: Mapping[Key, int],
    hidden: Mapping[Key, Reason],
    lines: Iterable[Line],
    threshold: int,
) -> dict[Key, Reason]:
    """``hidden`` plus every cell (or total) that must be hidden to keep the small ones safe."""
    result = dict(hidden)
    picked_for: dict[Key, int] = {}
    all_lines = list(lines)
    while True:
        _protect_each_line(values, result, picked_for, all_lines, threshold)
        exposed = [key for key in solvable(result, all_lines) if result[key] is Reason.SMALL]
        if not exposed:
            return result
        # Lines that are each safe can still pin a small count down together: hide one more
        # number next to it, then check every line again.
        result[_next_to(exposed[0], values, result, all_lines)] = Reason.PROTECTS_ANOTHER


def _protect_each_line(
    values: Mapping[Key, int],
    result: dict[Key, Reason],
    picked_for: dict[Key, int],
    lines: list[Line],
    threshold: int,
) -> None:
    changed = True
    while changed:
        changed = False
        for index, line in enumerate(lines):
            while not _line_is_safe(line, index, values, result, picked_for, threshold):
                candidate = _smallest_shown(line, values, result)
                target = line.total if candidate is None else candidate
                if target in result:
                    break  # nothing left in this line to hide
                result[target] = Reason.PROTECTS_ANOTHER
                changed = True
                if candidate is None:
                    break
                picked_for[candidate] = index


def _next_to(
    key: Key, values: Mapping[Key, int], hidden: Mapping[Key, Reason], lines: list[Line]
) -> Key:
    """The smallest shown non-zero cell in a line through ``key``; else the smallest shown total
    of such a line; else the smallest shown number anywhere (which always exists, because a
    small count cannot be worked out once nothing is shown)."""
    near = [line for line in lines if key in line.cells or key == line.total]
    tiers = (
        [cell for line in near for cell in line.cells],
        [line.total for line in near],
        list(values),
    )
    for tier in tiers:
        shown = [other for other in tier if other not in hidden and values[other] > 0]
        if shown:
            return min(shown, key=lambda other: values[other])
    raise AssertionError("a small count was solvable with every number hidden")


def _smallest_shown(
    line: Line, values: Mapping[Key, int], hidden: Mapping[Key, Reason]
) -> Key | None:
    shown = [key for key in line.cells if key not in hidden and values[key] > 0]
    return min(shown, key=lambda key: values[key], default=None)


def _line_is_safe(
    line: Line,
    index: int,
    values: Mapping[Key, int],
    hidden: Mapping[Key, Reason],
    picked_for: Mapping[Key, int],
    threshold: int,
) -> bool:
    hidden_cells = [key for key in line.cells if key in hidden]
    if line.total in hidden:
        # A hidden total is still the sum of its cells: if every cell is shown, anyone can add
        # it up, and it may be the cell protecting a small count in another line.
        return bool(hidden_cells)
    if not hidden_cells:
        return True
    if len(hidden_cells) == 1:
        return False
    remainder = sum(values[key] for key in hidden_cells)
    if remainder < threshold:
        return False
    shown = [values[key] for key in line.cells if key not in hidden and values[key] > 0]
    cap = min(shown, default=math.inf)
    bounds = {}
    for key in hidden_cells:
        if hidden[key] is Reason.SMALL:
            bounds[key] = (1, threshold - 1)
        else:
            bounds[key] = (threshold, cap if picked_for.get(key) == index else math.inf)
    for key in hidden_cells:
        if hidden[key] is not Reason.SMALL:
            continue
        others = [bounds[other] for other in hidden_cells if other != key]
        lowest = max(1, remainder - sum(high for _, high in others))
        highest = min(threshold - 1, remainder - sum(low for low, _ in others))
        if highest <= lowest:
            return False
    return True

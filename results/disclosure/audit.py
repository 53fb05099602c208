"""Which hidden counts can be worked out exactly from every shown total at once.

Checking one line at a time is not enough. In a table of groups by options, a row total, a column
total and the group sizes together can pin down a cell that each of them alone leaves open. So the
whole table is treated as a set of linear equations, one per line (cells minus total = 0), over the
hidden numbers. A hidden number can be worked out exactly when it is a fixed combination of the
equations, that is when its unit vector lies in their row space. The coefficients are only -1, 0
and 1, so exact fractions keep this free of rounding errors and quick for our small tables.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from fractions import Fraction

from .lines import Key, Line


def solvable(hidden: Collection[Key], lines: Iterable[Line]) -> set[Key]:
    """The hidden keys whose value follows from the shown numbers and the lines' sums."""
    unknowns = list(dict.fromkeys(hidden))
    position = {key: index for index, key in enumerate(unknowns)}
    equations = []
    for line in lines:
        row = [Fraction(0)] * len(unknowns)
        for key in line.cells:
            if key in position:
                row[position[key]] += 1
        if line.total in position:
            row[position[line.total]] -= 1
        if any(row):
            equations.append(row)
    basis = _row_reduce(equations)
    result = set()
    for key, index in position.items():
        vector = [Fraction(0)] * len(unknowns)
        vector[index] = Fraction(1)
        for pivot, row in basis:
            if vector[pivot]:
                factor = vector[pivot]
                vector = [value - factor * other for value, other in zip(vector, row, strict=True)]
        if not any(vector):
            result.add(key)
    return result


def _row_reduce(rows: list[list[Fraction]]) -> list[tuple[int, list[Fraction]]]:
    """Reduced row echelon form, as (pivot column, row) pairs."""
    basis: list[tuple[int, list[Fraction]]] = []
    for original in rows:
        row = list(original)
        for pivot, other in basis:
            if row[pivot]:
                factor = row[pivot]
                row = [value - factor * o for value, o in zip(row, other, strict=True)]
        pivot = next((index for index, value in enumerate(row) if value), None)
        if pivot is None:
            continue
        row = [value / row[pivot] for value in row]
        reduced = []
        for other_pivot, other in basis:
            if other[pivot]:
                factor = other[pivot]
                other = [value - factor * r for value, r in zip(other, row, strict=True)]
            reduced.append((other_pivot, other))
        basis = [*reduced, (pivot, row)]
    return basis

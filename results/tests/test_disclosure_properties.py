"""Properties that make the tables safe, checked on many random tables with hypothesis."""

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from results.disclosure import (
    NHS,
    OTHER_GROUPS,
    PUBLIC,
    STAFF,
    Reason,
    Status,
    one_way_table,
    plan_groups,
    two_way_table,
)

PROFILES = st.sampled_from([PUBLIC, STAFF])
# Counts near the thresholds are where mistakes live, so most are small.
COUNT = st.one_of(st.integers(0, 12), st.integers(0, 60))
ROW = st.lists(COUNT, min_size=1, max_size=6)


def _possible_values(cell_index, hidden, remainder, threshold, cap):
    """Every value a hidden small cell could take, given what a reader can see: the shown cells,
    the total, and the words on each hidden cell. Worked out by brute force over the sums."""

    def bounds(reason):
        if reason is Reason.SMALL:
            return range(1, threshold)
        return range(threshold, min(cap, remainder) + 1)

    others = {0}
    for index, reason in hidden.items():
        if index != cell_index:
            others = {s + v for s in others for v in bounds(reason) if s + v <= remainder}
    return {v for v in bounds(hidden[cell_index]) if remainder - v in others}


@settings(max_examples=300, deadline=None)
@given(counts=ROW, profile=PROFILES)
def test_one_way_never_shows_a_small_count_or_lets_a_total_give_one_away(counts, profile):
    threshold = profile.min_count
    table = one_way_table({f"o{i}": c for i, c in enumerate(counts)}, profile=profile)
    total = sum(counts)
    for count, cell in zip(counts, table.cells, strict=True):
        if not cell.hidden:
            assert count == 0 or count >= threshold
            assert cell.value == count
            assert (cell.status is Status.INDICATIVE) == (threshold <= count < 10)
    if table.total.hidden:
        return
    assert table.total.value == total
    hidden = {i: cell.reason for i, cell in enumerate(table.cells) if cell.hidden}
    assert len(hidden) != 1
    remainder = sum(counts[i] for i in hidden)
    assert remainder == 0 or remainder >= threshold
    shown = [c for i, c in enumerate(counts) if i not in hidden and c > 0]
    cap = min(shown, default=remainder)
    for index, reason in hidden.items():
        if reason is Reason.SMALL:
            assert len(_possible_values(index, hidden, remainder, threshold, cap)) >= 2


group_tables = st.integers(1, 4).flatmap(
    lambda options: st.lists(
        st.lists(st.integers(0, 14), min_size=options, max_size=options),
        min_size=1,
        max_size=5,
    )
)


@settings(max_examples=300, deadline=None)
@given(rows=group_tables, profile=PROFILES)
def test_two_way_merges_exactly_and_no_line_has_a_lone_hidden_cell(rows, profile):
    threshold = profile.min_count
    options = [f"o{i}" for i in range(len(rows[0]))]
    counts = {f"g{g}": dict(zip(options, row, strict=True)) for g, row in enumerate(rows)}
    sizes = {group: sum(row.values()) for group, row in counts.items()}
    table = two_way_table(counts, options=options, group_sizes=sizes, profile=profile)
    plan = table.plan

    # The merged group's n is the sum of the groups merged into it, and every group is in
    # exactly one column.
    assert plan.merged_n == sum(sizes[g] for g in plan.merged)
    assert sorted(plan.shown + plan.merged) == sorted(sizes)
    true = {}
    for column in table.groups:
        true[("n", column.key)] = sum(sizes[g] for g in column.members)
        for option in options:
            true[(column.key, option)] = sum(counts[g][option] for g in column.members)
    for option in options:
        true[("pooled", option)] = sum(counts[g][option] for g in counts)
    true["total"] = sum(sizes.values())
    if plan.too_few_in_total:
        assert table.total.hidden and table.total.reason is Reason.SMALL
        return
    assert not any(0 < size < threshold for size in (true[("n", c)] for c in plan.columns))
    if plan.merged and not table.group(OTHER_GROUPS).n.hidden:
        assert table.group(OTHER_GROUPS).n.value == plan.merged_n

    shown = {"total": table.total}
    for column in table.groups:
        shown[("n", column.key)] = column.n
        shown.update({(column.key, o): cell for o, cell in zip(options, column.cells, strict=True)})
    shown.update({("pooled", o): cell for o, cell in zip(options, table.pooled, strict=True)})
    for key, cell in shown.items():
        if not cell.hidden:
            assert cell.value == true[key]
            assert true[key] == 0 or true[key] >= threshold

    lines = [([("n", c) for c in plan.columns], "total")]
    lines += [([(c, o) for c in plan.columns], ("pooled", o)) for o in options]
    lines += [([(c, o) for o in options], ("n", c)) for c in plan.columns]
    lines.append(([("pooled", o) for o in options], "total"))
    for cells, total in lines:
        if shown[total].hidden:
            # A hidden total must not be the plain sum of shown cells.
            assert any(shown[key].hidden for key in cells) or true[total] == 0
            continue
        hidden = [key for key in cells if shown[key].hidden]
        assert len(hidden) != 1
        remainder = sum(true[key] for key in hidden)
        assert remainder == 0 or remainder >= threshold
        # Even reading the words on each hidden cell, no small one can be pinned down.
        reasons = {index: shown[key].reason for index, key in enumerate(hidden)}
        for index, reason in reasons.items():
            if reason is Reason.SMALL:
                values = _possible_values(index, reasons, remainder, threshold, remainder)
                assert len(values) >= 2


@settings(max_examples=200, deadline=None)
@given(counts=ROW)
def test_nhs_never_shows_one_to_seven_and_rounds_the_rest_to_within_two(counts):
    table = one_way_table({f"o{i}": c for i, c in enumerate(counts)}, profile=NHS)
    for count, cell in zip(counts, table.cells, strict=True):
        assert cell.hidden == (1 <= count <= 7) or (table.total.hidden and cell.hidden)
        if not cell.hidden:
            assert cell.value % 5 == 0 and abs(cell.value - count) <= 2
            if not table.total.hidden:
                assert cell.share == (cell.value / table.total.value if table.total.value else None)


@settings(max_examples=200, deadline=None)
@given(sizes=st.lists(st.integers(0, 25), min_size=1, max_size=8), profile=PROFILES)
def test_group_plans_only_merge_groups_that_need_it(sizes, profile):
    group_sizes = {f"g{i}": size for i, size in enumerate(sizes)}
    plan = plan_groups(group_sizes, profile=profile)
    threshold = profile.min_count
    for group in plan.shown:
        assert group_sizes[group] == 0 or group_sizes[group] >= threshold
    small = [g for g, size in group_sizes.items() if 0 < size < threshold]
    assert set(small) <= set(plan.merged)
    if plan.merged and not plan.too_few_in_total:
        assert plan.merged_n >= threshold
        # Topping up takes groups only while the combined column is still too small.
        topped_up = [g for g in plan.merged if g not in small]
        if topped_up:
            assert plan.merged_n - min(group_sizes[g] for g in topped_up) < threshold


def _lines_of(table, options):
    columns = [column.key for column in table.groups]
    numbers = {"total": table.total}
    for column in table.groups:
        numbers[("n", column.key)] = column.n
        numbers.update({(column.key, o): c for o, c in zip(options, column.cells, strict=True)})
    numbers.update({("pooled", o): cell for o, cell in zip(options, table.pooled, strict=True)})
    lines = [([("n", c) for c in columns], "total")]
    lines += [([(c, o) for c in columns], ("pooled", o)) for o in options]
    lines += [([(c, o) for o in options], ("n", c)) for c in columns]
    lines.append(([("pooled", o) for o in options], "total"))
    return numbers, lines


@settings(max_examples=300, deadline=None)
@given(rows=group_tables, profile=PROFILES)
def test_no_small_count_can_be_solved_from_all_the_totals_together(rows, profile):
    # Checked independently of the package's own audit: numpy's rank of the equations over the
    # hidden numbers. A hidden number is pinned down exactly when its unit vector adds no rank.
    options = [f"o{i}" for i in range(len(rows[0]))]
    counts = {f"g{g}": dict(zip(options, row, strict=True)) for g, row in enumerate(rows)}
    sizes = {group: sum(row.values()) for group, row in counts.items()}
    table = two_way_table(counts, options=options, group_sizes=sizes, profile=profile)
    numbers, lines = _lines_of(table, options)
    unknowns = [key for key, cell in numbers.items() if cell.hidden]
    if not unknowns:
        return
    index = {key: i for i, key in enumerate(unknowns)}
    equations = []
    for cells, total in lines:
        row = np.zeros(len(unknowns))
        for key in cells:
            if key in index:
                row[index[key]] += 1
        if total in index:
            row[index[total]] -= 1
        if row.any():
            equations.append(row)
    matrix = np.array(equations).reshape(-1, len(unknowns))
    rank = np.linalg.matrix_rank(matrix) if len(matrix) else 0
    for key in unknowns:
        if numbers[key].reason is Reason.SMALL:
            unit = np.zeros((1, len(unknowns)))
            unit[0, index[key]] = 1
            assert np.linalg.matrix_rank(np.vstack([matrix, unit])) > rank, key

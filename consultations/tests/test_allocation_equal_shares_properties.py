"""Guarantees of the Method of Equal Shares, checked on many random instances."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.allocation import Stage, equal_shares, greedy_by_votes

instances = st.integers(1, 7).flatmap(
    lambda count: st.tuples(
        st.lists(st.integers(0, 80), min_size=count, max_size=count),
        st.lists(st.sets(st.integers(0, count - 1), max_size=count), min_size=1, max_size=12),
        st.integers(0, 200),
        st.integers(0, 1000),
    )
)

modes = st.sampled_from(
    [
        {"completion": False},
        {"completion": True},
        {"completion": True, "greedy_fill": True},
        {"completion": False, "greedy_fill": True},
    ]
)


def _named(instance):
    costs, approvals, budget, seed = instance
    projects = {f"p{index}": cost for index, cost in enumerate(costs)}
    votes = [{f"p{index}" for index in chosen} for chosen in approvals]
    return projects, votes, budget, seed


@settings(max_examples=150, deadline=None)
@given(instances, modes)
def test_never_spends_more_than_the_budget(instance, mode):
    projects, votes, budget, seed = _named(instance)
    result = equal_shares(projects, votes, budget, seed=seed, **mode)
    assert result.spent == sum(Fraction(projects[name]) for name in result.funded_projects)
    assert result.spent <= budget
    assert result.budget_left == budget - result.spent
    assert len(set(result.funded_projects)) == len(result.funded_projects)


@settings(max_examples=150, deadline=None)
@given(instances, st.integers(1, 12), st.integers(1, 12), modes)
def test_a_project_backed_only_by_its_share_of_voters_is_funded(instance, backers, others, mode):
    # If x% of voters vote only for a project costing at most x% of the budget, it is funded.
    projects, votes, budget, seed = _named(instance)
    votes = votes[:others]
    voters = backers + len(votes)
    cost = Fraction(budget * backers, voters)  # the tightest case: exactly their share
    projects["bullet"] = cost
    result = equal_shares(projects, votes + [{"bullet"}] * backers, budget, seed=seed, **mode)
    assert "bullet" in result.funded_projects


@settings(max_examples=80, deadline=None)
@given(instances, st.data())
def test_whole_number_weights_act_exactly_like_copies_of_the_voter(instance, data):
    projects, votes, budget, seed = _named(instance)
    weights = data.draw(st.lists(st.integers(0, 3), min_size=len(votes), max_size=len(votes)))
    if not any(weights):
        weights[0] = 1
    copies = [chosen for chosen, weight in zip(votes, weights, strict=True) for _ in range(weight)]
    weighted = equal_shares(projects, votes, budget, seed=seed, weights=weights)
    copied = equal_shares(projects, copies, budget, seed=seed)
    assert weighted.funded_projects == copied.funded_projects
    assert weighted.completion_steps == copied.completion_steps


@settings(max_examples=80, deadline=None)
@given(instances, st.randoms(use_true_random=False))
def test_reordering_voters_changes_nothing(instance, random):
    projects, votes, budget, seed = _named(instance)
    shuffled = votes[:]
    random.shuffle(shuffled)
    assert (
        equal_shares(projects, shuffled, budget, seed=seed).funded_projects
        == equal_shares(projects, votes, budget, seed=seed).funded_projects
    )


@settings(max_examples=80, deadline=None)
@given(instances, st.data())
def test_each_group_pays_no_more_than_its_share_and_payments_cover_each_cost(instance, data):
    projects, votes, budget, seed = _named(instance)
    groups = data.draw(st.lists(st.sampled_from("abc"), min_size=len(votes), max_size=len(votes)))
    result = equal_shares(projects, votes, budget, seed=seed, groups=groups)
    for group, paid in result.payments_by_group.items():
        share = result.budget_per_voter * groups.count(group)
        assert paid <= share + 1e-9 * max(1.0, share)
    for item in result.funded:
        if item.stage is Stage.EQUAL_SHARES:
            assert sum(item.payments_by_group.values()) == pytest.approx(float(item.cost))


@settings(max_examples=80, deadline=None)
@given(instances)
def test_completion_stops_only_when_nothing_fits_or_the_next_step_would_overspend(instance):
    projects, votes, budget, seed = _named(instance)
    result = equal_shares(projects, votes, budget, seed=seed)
    assert result.spent <= budget
    supported = {name for chosen in votes for name in chosen}
    fits = [
        name
        for name in supported - set(result.funded_projects)
        if projects[name] <= result.budget_left
    ]
    if fits:
        # Something still fits, so the next step (one more unit per voter) must overspend.
        next_budget = Fraction(result.budget_per_voter).limit_denominator(10**6) + 1
        next_run = equal_shares(
            projects, votes, next_budget * len(votes), seed=seed, completion=False
        )
        assert next_run.spent > budget
    plain = equal_shares(projects, votes, budget, seed=seed, completion=False)
    if result.completion_steps == 0:
        assert result.funded_projects == plain.funded_projects


@settings(max_examples=80, deadline=None)
@given(instances)
def test_greedy_by_votes_never_overspends_and_skips_what_does_not_fit(instance):
    projects, votes, budget, seed = _named(instance)
    result = greedy_by_votes(projects, votes, budget, seed=seed)
    assert result.spent <= budget
    supported = {name for chosen in votes for name in chosen}
    for name in set(supported) - set(result.funded_projects):
        # It did not fit when its turn came, and the money left has only shrunk since.
        assert projects[name] > result.budget_left

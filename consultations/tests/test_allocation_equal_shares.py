"""Method of Equal Shares: the equalshares.net worked examples, tie-breaks, completion, weights.

``reference_equal_shares`` is a plain exact-arithmetic reading of the rule, written separately
from the package; random instances must give the same funded projects in the same order.
"""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consultations.allocation import (
    ALL_VOTERS,
    Stage,
    draw_lot,
    equal_shares,
    greedy_by_votes,
)

PROJECTS = {"bike path": 700, "gym": 400, "park": 250, "playground": 200, "library": 100}


def example_votes(voter_11_approves):
    """equalshares.net example 1 (voter 11 approves the bike path) or 2 (the gym)."""
    votes = []
    for voter in range(1, 12):
        approved = set()
        if voter <= 6:
            approved |= {"bike path", "gym"}
        if voter in (2, 4, 5, 7, 10):
            approved.add("park")
        if 7 <= voter <= 10:
            approved.add("playground")
        if voter in (7, 9, 10):
            approved.add("library")
        if voter == 11:
            approved.add(voter_11_approves)
        votes.append(approved)
    return votes


def reference_equal_shares(costs, approvals, budget, lot_order, weights=None, completion=False):
    """Equal Shares with cost utilities, exactly, straight from the description."""
    weights = [Fraction(w) for w in weights] if weights else [Fraction(1)] * len(approvals)
    rank = {name: position for position, name in enumerate(lot_order)}
    supporters = {
        name: [i for i, chosen in enumerate(approvals) if name in chosen and weights[i] > 0]
        for name in costs
    }
    approval_weight = {name: sum(weights[i] for i in supporters[name]) for name in costs}

    def run(total):
        money = [Fraction(total) * w / sum(weights) for w in weights]
        funded = []
        while True:
            options = []
            for name in costs:
                payers = supporters[name]
                if name in funded or not payers or sum(money[i] for i in payers) < costs[name]:
                    continue
                left, weight, cap = Fraction(costs[name]), sum(weights[i] for i in payers), None
                for i in sorted(payers, key=lambda i: money[i] / weights[i]):
                    cap = left / weight
                    if money[i] >= weights[i] * cap:
                        break
                    left, weight = left - money[i], weight - weights[i]
                votes = float("inf") if cap == 0 else costs[name] / cap
                options.append((votes, name, cap))
            if not options:
                return funded
            best = max(votes for votes, _, _ in options)
            _, name, cap = min(
                (item for item in options if item[0] == best),
                key=lambda item: (costs[item[1]], -approval_weight[item[1]], rank[item[1]]),
            )
            for i in supporters[name]:
                money[i] -= min(money[i], weights[i] * cap)
            funded.append(name)

    funded, total = run(budget), Fraction(budget)
    while completion:
        left = budget - sum(costs[name] for name in funded)
        if not any(n not in funded and supporters[n] and costs[n] <= left for n in costs):
            break
        total += sum(weights)
        trial = run(total)
        if sum(costs[name] for name in trial) > budget:
            break
        funded = trial
    return funded


def test_example_1_funds_bike_path_playground_and_library():
    result = equal_shares(PROJECTS, example_votes("bike path"), 1100)
    assert result.funded_projects == ("bike path", "playground", "library")
    assert result.spent == 1000
    assert result.budget_left == 100


def test_example_1_greedy_by_votes_funds_bike_path_and_gym():
    result = greedy_by_votes(PROJECTS, example_votes("bike path"), 1100)
    assert result.funded_projects == ("bike path", "gym")
    assert result.spent == 1100
    assert result.votes["bike path"] == 7


def test_example_2_without_completion_funds_gym_park_and_playground():
    result = equal_shares(PROJECTS, example_votes("gym"), 1100, completion=False)
    assert result.funded_projects == ("gym", "park", "playground")
    assert result.spent == 850
    assert result.completion_steps == 0


def test_example_2_with_completion_adds_the_library():
    result = equal_shares(PROJECTS, example_votes("gym"), 1100)
    assert set(result.funded_projects) == {"gym", "park", "playground", "library"}
    assert result.spent == 950
    assert result.completion_steps > 0
    assert result.budget_per_voter == pytest.approx(100 + result.completion_steps)


def test_example_1_explains_who_paid_and_the_effective_votes():
    result = equal_shares(PROJECTS, example_votes("bike path"), 1100)
    bike_path, playground, library = result.funded
    assert bike_path.effective_votes == pytest.approx(7)
    assert bike_path.max_payment == pytest.approx(100)
    assert bike_path.supporters == 7
    assert playground.effective_votes == pytest.approx(4)
    assert library.max_payment == pytest.approx(100 / 3)
    assert result.payments_by_group == {ALL_VOTERS: pytest.approx(1000)}
    assert result.unfunded == ("gym", "park")
    text = "\n".join(result.explain())
    assert "100 each" in text
    assert "1. bike path (cost 700): 7 supporters paid at most 100 each" in text
    assert "Left over 100." in text
    assert "Not funded: gym, park." in text


def test_payments_are_reported_for_each_voter_group():
    groups = ["people who use support"] * 6 + ["family carers"] * 5
    result = equal_shares(PROJECTS, example_votes("bike path"), 1100, groups=groups)
    bike_path = result.funded[0]
    assert bike_path.payments_by_group == {
        "people who use support": pytest.approx(600),
        "family carers": pytest.approx(100),
    }
    assert result.payments_by_group["family carers"] == pytest.approx(400)
    assert sum(result.payments_by_group.values()) == pytest.approx(float(result.spent))


def test_greedy_fill_spends_leftover_money_in_order_of_votes():
    result = equal_shares(PROJECTS, example_votes("gym"), 1100, completion=False, greedy_fill=True)
    assert result.funded_projects == ("gym", "park", "playground", "library")
    assert result.funded[-1].stage is Stage.GREEDY_FILL
    assert result.funded[-1].effective_votes is None
    assert "was added from the money left over" in result.explain()[-3]


def test_a_completion_step_limit_of_zero_stops_early_and_says_so():
    result = equal_shares(PROJECTS, example_votes("gym"), 1100, max_completion_steps=0)
    assert result.funded_projects == ("gym", "park", "playground")
    assert result.completion_stopped_early
    assert any("step limit" in line for line in result.explain())


def test_a_larger_completion_step_reaches_the_same_result_in_fewer_steps():
    small = equal_shares(PROJECTS, example_votes("gym"), 1100)
    large = equal_shares(PROJECTS, example_votes("gym"), 1100, completion_step=5)
    assert set(large.funded_projects) == set(small.funded_projects)
    assert large.completion_steps < small.completion_steps


def test_equal_effective_votes_go_to_the_lower_cost_first():
    # Both have 2 effective votes: voters pay 50 each for "hall", 25 each for "bench".
    votes = [{"hall"}, {"hall"}, {"bench"}, {"bench"}]
    result = equal_shares({"hall": 100, "bench": 50}, votes, 200, completion=False)
    assert result.funded_projects == ("bench", "hall")


def test_equal_votes_and_cost_go_to_the_project_with_more_supporters():
    # 11 voters with 20 each. "mural" (5 effective votes) goes first and uses up voter 5's money.
    # Then "choir" (voters 4 to 7, but voter 5 is broke) and "games" (voters 1 to 3) both cost 60
    # and both have exactly 3 effective votes; choir has more supporters, whatever the lot says.
    votes = (
        [{"games"}] * 3 + [{"choir"}, {"choir", "mural"}, {"choir"}, {"choir"}] + [{"mural"}] * 4
    )
    costs = {"mural": 100, "choir": 60, "games": 60}
    for seed in range(10):
        result = equal_shares(costs, votes, 220, completion=False, seed=seed)
        mural, choir, games = result.funded
        assert (mural.project, choir.project, games.project) == ("mural", "choir", "games")
        assert choir.effective_votes == games.effective_votes == 3


def test_remaining_ties_are_settled_by_a_lot_drawn_once_from_the_seed():
    votes = [{"swings", "slide"}] * 2
    winners = set()
    for seed in range(30):
        result = equal_shares({"swings": 100, "slide": 100}, votes, 100, seed=seed)
        (winner,) = result.funded_projects
        assert winner == next(name for name in result.lot_order if name in {"swings", "slide"})
        assert equal_shares(
            {"slide": 100, "swings": 100}, votes, 100, seed=seed
        ).funded_projects == (winner,)
        winners.add(winner)
    assert winners == {"swings", "slide"}


def test_the_lot_depends_only_on_the_seed_and_the_names():
    assert draw_lot(["a", "b", "c", "d"], 7) == draw_lot(["d", "c", "b", "a"], 7)
    assert len({draw_lot(["a", "b", "c", "d"], seed) for seed in range(20)}) > 1


def test_a_voter_of_weight_two_counts_as_two_voters():
    votes = [{"hall"}, {"bench"}]
    weighted = equal_shares({"hall": 100, "bench": 60}, votes, 150, weights=[2, 1])
    copied = equal_shares({"hall": 100, "bench": 60}, [{"hall"}, {"hall"}, {"bench"}], 150)
    assert weighted.funded_projects == copied.funded_projects == ("hall",)
    assert "in proportion to their weights" in weighted.explain()[0]


def test_nobody_pays_for_a_project_nobody_voted_for():
    result = equal_shares({"hall": 10, "shed": 1}, [{"hall"}], 100, greedy_fill=True)
    assert result.funded_projects == ("hall",)
    assert result.unfunded == ("shed",)


def test_a_free_project_with_support_is_funded_first():
    result = equal_shares({"hall": 100, "leaflet": 0}, [{"hall", "leaflet"}], 100)
    assert result.funded_projects == ("leaflet", "hall")
    assert "effective votes unlimited" in result.explain()[1]


def test_when_nothing_is_affordable_the_explanation_says_so():
    result = equal_shares({"pool": 5000}, [{"pool"}] * 3, 1000)
    assert result.funded == ()
    assert "No project could be paid for by its supporters." in result.explain()


costed_instances = st.integers(1, 6).flatmap(
    lambda count: st.tuples(
        st.lists(st.integers(1, 60), min_size=count, max_size=count),
        st.lists(
            st.sets(st.integers(0, count - 1), max_size=count),
            min_size=1,
            max_size=9,
        ),
        st.integers(0, 150),
        st.integers(0, 1000),
    )
)


def _named(instance):
    costs, approvals, budget, seed = instance
    projects = {f"p{index}": cost for index, cost in enumerate(costs)}
    votes = [{f"p{index}" for index in chosen} for chosen in approvals]
    return projects, votes, budget, seed


@settings(max_examples=120, deadline=None)
@given(costed_instances)
def test_matches_the_exact_reference_without_completion(instance):
    projects, votes, budget, seed = _named(instance)
    result = equal_shares(projects, votes, budget, seed=seed, completion=False)
    expected = reference_equal_shares(projects, votes, budget, result.lot_order)
    assert list(result.funded_projects) == expected


@settings(max_examples=60, deadline=None)
@given(costed_instances)
def test_matches_the_exact_reference_with_completion(instance):
    projects, votes, budget, seed = _named(instance)
    result = equal_shares(projects, votes, budget, seed=seed)
    expected = reference_equal_shares(projects, votes, budget, result.lot_order, completion=True)
    assert list(result.funded_projects) == expected


@settings(max_examples=60, deadline=None)
@given(costed_instances, st.data())
def test_matches_the_exact_reference_with_weights(instance, data):
    projects, votes, budget, seed = _named(instance)
    weights = data.draw(
        st.lists(
            st.sampled_from([0, Fraction(1, 2), 1, 2, 3]), min_size=len(votes), max_size=len(votes)
        ).filter(any)
    )
    result = equal_shares(projects, votes, budget, seed=seed, weights=weights, completion=False)
    expected = reference_equal_shares(projects, votes, budget, result.lot_order, weights=weights)
    assert list(result.funded_projects) == expected

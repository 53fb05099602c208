"""Group tallies plug in as a source (results/sources.py): a throwaway one, end to end."""

import pytest

from questions.registry import question_type
from results import presenters, queries
from results.aggregate import Entry
from results.disclosure import STAFF
from results.sources import register_source, unregister_source

from .people import question_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def session_tally(riverside):
    """A group session of 8 carers whose coins were typed into the real tally form."""
    coins = question_of(riverside, "coins")
    keys = [option.key for option in coins.options]
    form = question_type("coins").tally_form(
        coins, {"people": "8", f"coins_{keys[0]}": "80", **{f"coins_{k}": "0" for k in keys[1:]}}
    )
    assert form.is_valid(), form.errors

    def source(consultation, questions, groups, *, detail):
        if any(question.id == coins.id for question in questions):
            yield Entry(
                coins.id, "carers", lambda results: question_type("coins").add_tally(results, form)
            )

    register_source("test_group_tallies", source)
    yield coins
    unregister_source("test_group_tallies")


def test_a_group_sessions_tally_counts_as_its_people_beside_individual_answers(
    riverside, people, session_tally
):
    coins = session_tally
    keys = [option.key for option in coins.options]
    ballot = {"coins": dict.fromkeys(keys, 0) | {keys[1]: 10}}
    people.send([(coins, ballot)], describes=["uses_support"], count=8)

    groups = queries.consultation_groups(riverside)
    aggregate = queries.question_results(riverside, [coins], groups)[coins.id]
    result, _names = presenters.coins_view(coins, aggregate, groups, profile=STAFF)

    # 8 people in the session all chose the first option; 8 people on their own the second.
    assert aggregate.pooled.people == 16
    assert result.pooled.n.value == 16
    assert result.pooled.independent_markets[:2] == pytest.approx((0.5, 0.5))
    by_key = {column.key: column for column in result.groups}
    assert by_key["carers"].n.value == 8
    assert by_key["carers"].independent_markets[:2] == pytest.approx((1, 0))

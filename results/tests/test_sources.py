"""Group sessions' tallies count as people in results, through the registered source."""

import pytest
from django.utils import timezone

from consultations.models import RespondentGroup
from organisations.models import Organisation
from organisations.sessions import session_record, tally_save
from questions.registry import question_type
from results import presenters, queries
from results.disclosure import STAFF

from .people import question_of

pytestmark = pytest.mark.django_db


def _session(riverside, *, people: int, alone: int, token: str):
    organisation, _ = Organisation.objects.get_or_create(name="Carers together", verified=True)
    carers = RespondentGroup.objects.get(consultation=riverside, key="carers")
    session, _made = session_record(
        organisation=organisation,
        consultation=riverside,
        details={
            "area_key": "",
            "held_on": timezone.localdate(),
            "method": "workshop",
            "formats_used": [],
            "facilitator_name": "Sam",
            "people_count": people,
            "also_answered_alone": alone,
            "agreed_by_group": True,
            "notes_private": "",
        },
        members={carers: people},
        submit_token=token,
        user=None,
    )
    return session


@pytest.fixture
def session_tally(riverside):
    """A group session of 8 carers whose coins were typed into the real tally form and saved."""
    coins = question_of(riverside, "coins")
    keys = [option.key for option in coins.options]
    form = question_type("coins").tally_form(
        coins, {"people": "8", f"coins_{keys[0]}": "80", **{f"coins_{k}": "0" for k in keys[1:]}}
    )
    assert form.is_valid(), form.errors
    session = _session(riverside, people=8, alone=0, token="results-source-test")
    tally_save(
        session=session, question=coins, value=question_type("coins").tally_value(form), user=None
    )
    return coins


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


def test_the_overview_lists_sessions_apart_and_says_how_many_may_be_counted_twice(
    riverside, people
):
    where = question_of(riverside, "choice")
    people.send([(where, {"choice": where.options[0].key})], describes=["uses_support"], count=11)
    _session(riverside, people=9, alone=6, token="first")
    _session(riverside, people=3, alone=1, token="second")

    summary = presenters.overview(riverside, profile=STAFF)
    # Sessions never add into the people who answered themselves.
    assert summary.total.value == 11
    assert summary.sessions == 2 and summary.session_people.value == 12
    assert summary.also_answered_alone.value == 7
    assert summary.org_responses == 0

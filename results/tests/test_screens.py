"""The commissioner's results screens, through the real views."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from .people import question_of

pytestmark = pytest.mark.django_db

SCREENS = [
    ("results:overview", ""),
    ("results:who_we_heard", ""),
    ("results:by_question", "?area=accommodation"),
    ("results:coins", ""),
]


def _url(name, consultation, query=""):
    return reverse(name, args=[consultation.pk]) + query


def _text(response) -> str:
    """The page's words, without tags, as a person reads them."""
    return " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())


@pytest.fixture
def answered(riverside, people):
    where = question_of(riverside, "choice")
    coins = question_of(riverside, "coins")
    tell = question_of(riverside, "tell_us")
    keys = [option.key for option in coins.options]
    ballot = {"coins": dict.fromkeys(keys, 0) | {keys[1]: 10}}
    people.send(
        [
            (where, {"choice": where.options[1].key}),
            (coins, ballot),
            (tell, {"text": "Kind staff"}),
        ],
        describes=["uses_support"],
        count=12,
    )
    people.send(
        [(where, {"choice": where.options[0].key}), (tell, {"text": "Too far to travel"})],
        describes=["family_carer"],
        supported=True,
        count=6,
    )
    return riverside


@pytest.mark.parametrize(("name", "query"), SCREENS)
def test_every_screen_opens_for_the_commissioner_with_a_table(
    answered, commissioner_client, name, query
):
    response = commissioner_client.get(_url(name, answered, query))
    assert response.status_code == 200
    assert "<table" in response.content.decode()


def test_overview_counts_responses_by_channel_and_says_when_people_hear_back(
    answered, commissioner_client
):
    text = _text(commissioner_client.get(_url("results:overview", answered)))
    assert "Entered by staff from an interview 18" in text
    assert "People reached 18" in text
    assert "Due in 120 days" in text


def test_a_promise_date_that_has_passed_is_shown_as_late_in_words(answered, commissioner_client):
    today = timezone.localdate()
    type(answered).objects.filter(pk=answered.pk).update(
        closes_on=today - datetime.timedelta(days=10),
        promise_date=today - datetime.timedelta(days=3),
    )
    text = _text(commissioner_client.get(_url("results:overview", answered)))
    assert "Late: the promise date passed 3 days ago" in text


def test_who_we_heard_puts_the_biggest_gap_first_and_marks_small_groups(
    answered, commissioner_client
):
    text = _text(commissioner_client.get(_url("results:who_we_heard", answered)))
    # Carers: 6 of 200 (3%) is a bigger gap than people who use support: 12 of 300 (4%).
    assert text.index("Family carers 200") < text.index("People who use support 300")
    assert "6 (indicative only) 3%" in text
    assert "Not shown in public: fewer than 10 people" in text


def test_results_by_question_show_groups_with_their_n_and_switch_to_equal_voice(
    answered, commissioner_client
):
    url = _url("results:by_question", answered, "?area=accommodation")
    text = _text(commissioner_client.get(url))
    assert "All people (n = 18)" in text
    assert "People who use support (n = 12)" in text
    assert "Family carers (n = 6 (indicative only))" in text
    equal = _text(commissioner_client.get(url + "&view=equal-voice"))
    assert "Equal voice share" in equal
    # Each group chose one answer: equal voice gives each of the two answers half.
    assert equal.count("50%") >= 2


def test_own_words_are_listed_with_channel_and_support_and_can_be_searched(
    answered, commissioner_client
):
    url = _url("results:by_question", answered, "?area=hospital")
    text = _text(commissioner_client.get(url))
    assert "Kind staff" in text and "Too far to travel" in text
    assert "Entered by staff from an interview · Supported" in text
    found = _text(commissioner_client.get(url + "&q=TRAVEL"))
    assert "Too far to travel" in found and "Kind staff" not in found


def test_coins_show_fair_shares_beside_the_mean_with_the_explanation(answered, commissioner_client):
    text = _text(commissioner_client.get(_url("results:coins", answered)))
    assert "Why the fair rule cannot be gamed" in text
    assert "Fair share (Independent Markets)" in text and "Plain average" in text
    # 12 people all chose the second option: 100% by both rules, interval 100% to 100%.
    assert "100.0% 100.0% to 100.0% 100.0%" in text


def test_results_pages_read_answers_in_a_fixed_number_of_queries(
    answered, commissioner_client, people, django_assert_max_num_queries
):
    url = _url("results:by_question", answered, "?area=accommodation")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as before:
        commissioner_client.get(url)
    where = question_of(answered, "choice")
    people.send([(where, {"choice": where.options[2].key})], describes=["works_in_care"], count=7)
    with django_assert_max_num_queries(len(before.captured_queries)):
        commissioner_client.get(url)


def test_who_we_heard_names_the_organisations_that_pledged_to_reach_each_group(
    answered, commissioner_client
):
    from consultations.models import RespondentGroup
    from organisations.models import Organisation, Pledge

    carers = RespondentGroup.objects.get(consultation=answered, key="carers")
    group = Organisation.objects.create(name="Riverside Carers Network", kind="vcse")
    Pledge.objects.create(organisation=group, group=carers, people_count=25)
    text = _text(commissioner_client.get(_url("results:who_we_heard", answered)))
    assert (
        "Family carers 200 (Council records) 6 (indicative only) 3% Riverside Carers Network"
        in text
    )


def test_a_long_list_of_own_words_is_cut_short_with_a_way_to_search(
    riverside, people, commissioner_client, monkeypatch
):
    from results import views

    monkeypatch.setattr(views, "OWN_WORDS_SHOWN", 2)
    tell = question_of(riverside, "tell_us")
    people.send([(tell, {"text": "Same words"})], count=3)
    people.send([(tell, {"text": "Other words"})])
    text = _text(commissioner_client.get(_url("results:by_question", riverside, "?area=hospital")))
    assert "Showing 2 of 4. Search to find others." in text
    found = _url("results:by_question", riverside, "?area=hospital&q=other")
    assert "Other words" in _text(commissioner_client.get(found))


def test_the_overview_says_sessions_and_organisations_are_never_added_into_people_counts(
    answered, commissioner_client
):
    text = _text(commissioner_client.get(_url("results:overview", answered)))
    assert "Group sessions 0 0 present" in text
    assert "never added into people counts" in text
    assert "so they may be counted twice" in text

"""The group's answers, question by question, through each question type's tally form."""

import pytest
from django.urls import reverse

from organisations.models import GroupTally
from organisations.sessions import session_question
from questions.registry import results_for
from responses.tests.journey import page_text

from .sessions_setup import details, question_data, record, tally_url

pytestmark = pytest.mark.django_db


# Bad totals for each kind of tally, and the plain error each gets.
BAD_TOTALS = [
    ("choice", {"people": "6", "count_a": "4", "count_b": "1"}, "The numbers add up to 5, not 6"),
    ("yes_no", {"people": "3", "count_yes": "1"}, "The numbers add up to 1, not 3 people."),
    (
        "feelings",
        {"people": "4", "count_good": "2", "count_bad": "1"},
        "The numbers add up to 3, not 4 people.",
    ),
    ("choices", {"people": "2", "count_a": "3"}, "An option has more people than answered."),
    ("offer", {"people": "2", "count_time": "3"}, "An option has more people than answered."),
    ("vote", {"people": "2", "vote_a_up": "2", "vote_a_down": "1"}, "more votes than people"),
    ("coins", {"people": "3", "coins_a": "20", "coins_b": "5"}, "The coins add up to 25."),
    ("tell_us", {"people": "3", "dont_know": "4"}, "More people chose I do not know than"),
]


@pytest.mark.parametrize(("kind", "typed", "message"), BAD_TOTALS, ids=[b[0] for b in BAD_TOTALS])
def test_a_tally_with_bad_totals_gets_a_plain_error_and_keeps_what_was_typed(
    cast, member, setting, kind, typed, message
):
    session = record(member, cast, setting)
    data = question_data(session, kind, **typed) | {"quotes": "We want a say"}
    response = member.post(tally_url(session, f"q-{kind}"), data)
    assert response.status_code == 200
    assert message in page_text(response)
    html = response.content.decode()
    assert "There is a problem" in html and "We want a say" in html
    for value in typed.values():
        assert f'value="{value}"' in html
    assert not GroupTally.objects.exists()


def test_a_tally_is_saved_then_changed_in_place_not_duplicated(cast, member, setting):
    session = record(member, cast, setting)
    url = tally_url(session, "q-choice")
    first = question_data(session, "choice", people="6", count_a="4", count_b="2")
    assert member.post(url, first).status_code == 302
    assert member.post(url, first).status_code == 302  # pressed twice
    changed = question_data(session, "choice", people="6", count_a="1", count_b="5")
    response = member.post(url, changed | {"quotes": "A house with a garden"}, follow=True)
    assert "The group's answers are saved." in page_text(response)
    assert "A house with a garden" in page_text(response)

    tally = GroupTally.objects.get()
    question = session_question(session, "q-choice")
    a, b = (option.key for option in question.options)
    assert tally.value["counts"] == {a: 1, b: 5}
    assert tally.value["quotes"] == ["A house with a garden"]
    assert (tally.entered_by, tally.area_key, tally.question_type) == (
        cast.vcse_member,
        "home",
        "choice",
    )
    # Opening it again shows what was saved.
    page = member.get(url)
    assert page.context["form"].initial[f"count_{b}"] == 5


def test_a_tally_of_more_people_than_were_at_the_session_is_refused(cast, member, setting):
    session = record(member, cast, setting)
    data = question_data(session, "choice", people="10", count_a="10")
    response = member.post(tally_url(session, "q-choice"), data)
    assert "This is more than the 9 people at the session." in page_text(response)
    assert 'value="10"' in response.content.decode()
    assert not GroupTally.objects.exists()


def test_a_sessions_area_cannot_move_away_from_questions_it_has_answers_for(cast, member, setting):
    session = record(member, cast, setting)
    member.post(
        tally_url(session, "q-yes_no"),
        question_data(session, "yes_no", people="9", count_yes="9"),
    )
    url = reverse("organisations:session_edit", args=[cast.riverside_advocacy.pk, session.pk])
    response = member.post(url, details(setting, area_key="hospital"))
    assert "The group's answers include questions from other areas." in page_text(response)
    session.refresh_from_db()
    assert session.area_key == "home"
    fewer = details(
        setting,
        area_key="",
        people_count="8",
        **{f"group_{setting['people'].pk}": "5"},
    )
    response = member.post(url, fewer)
    assert "9 people answered a question at this session. Type 9 or more." in page_text(response)
    assert member.post(url, details(setting, area_key="")).status_code == 302


def test_a_question_not_in_the_sessions_area_is_not_found(cast, member, setting):
    session = record(member, cast, setting, area_key="hospital")
    assert member.get(tally_url(session, "q-choice")).status_code == 404
    whole = record(member, cast, setting, area_key="", submit_token="token-2")
    assert member.get(tally_url(whole, "q-choice")).status_code == 200
    assert member.get(tally_url(whole, "q-nothing")).status_code == 404


def test_tallies_from_sessions_are_counted_into_results_by_the_registry(
    cast, member, other_member, setting
):
    """Worked by hand. Session 1 (9 people): coins 60 to Shared Lives and 30 to Homeshare.
    Session 2 (4 people, 1 did not know): 3 x 10 = 30 coins, all to Homeshare.
    One ballot per session, weighted by the people who shared: 9 at (2/3, 1/3), 3 at (0, 1).
    Shared Lives: (9 x 2/3) / 12 = 0.5. Homeshare: (9 x 1/3 + 3 x 1) / 12 = 0.5.
    Feelings: 5 good + 4 OK, then 4 very bad: people 13, mean (5x4 + 4x3 + 4x1) / 13 = 36/13.
    """
    first = record(member, cast, setting)
    second = record(
        member,
        cast,
        setting,
        submit_token="token-2",
        people_count="4",
        also_answered_alone="0",
        **{f"group_{setting['people'].pk}": "4", f"group_{setting['carers'].pk}": "0"},
    )
    posts = [
        (first, "coins", {"people": "9", "coins_a": "60", "coins_b": "30"}),
        (second, "coins", {"people": "4", "dont_know": "1", "coins_b": "30"}),
        (first, "feelings", {"people": "9", "count_good": "5", "count_ok": "4"}),
        (second, "feelings", {"people": "4", "count_very_bad": "4", "quotes": "Too far away"}),
    ]
    for session, kind, typed in posts:
        response = member.post(
            tally_url(session, f"q-{kind}"), question_data(session, kind, **typed)
        )
        assert response.status_code == 302, page_text(response)

    coins = session_question(first, "q-coins")
    shared_lives, homeshare = (option.key for option in coins.options)
    stored = [t.value for t in GroupTally.objects.filter(question_id="q-coins").order_by("pk")]
    results = results_for(coins, [], stored)
    assert [ballot.people for ballot in results.ballots] == [9, 3]
    assert results.mean_shares() == pytest.approx({shared_lives: 0.5, homeshare: 0.5})
    assert (results.people, results.dont_know) == (13, 1)

    feelings = session_question(first, "q-feelings")
    stored = [t.value for t in GroupTally.objects.filter(question_id="q-feelings")]
    results = results_for(feelings, [], stored)
    assert results.people == 13
    assert results.scores == {4: 5, 3: 4, 1: 4}
    assert results.mean_score == pytest.approx(36 / 13)
    assert results.texts == {"quotes": ["Too far away"]}

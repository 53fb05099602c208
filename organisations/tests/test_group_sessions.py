"""Members record group sessions and the group's answers; commissioners read them; nobody else."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationPage
from organisations.models import GroupSession, GroupSessionMember, GroupTally
from organisations.sessions import session_question
from questions.registry import results_for
from responses.tests.journey import page_text

from .sessions_setup import ask_every_type, make_groups

pytestmark = pytest.mark.django_db


@pytest.fixture
def member(client_for):
    return client_for("vcse_member")


@pytest.fixture
def other_member(client_for):
    return client_for("other_vcse_member")


@pytest.fixture
def body(client_for):
    """A member of Riverside Council, which runs the consultation."""
    return client_for("commissioner")


@pytest.fixture
def other_body(client_for):
    return client_for("other_commissioner")


@pytest.fixture
def admin(client_for):
    return client_for("administrator")


@pytest.fixture
def setting(cast):
    consultation = cast.riverside_consultation
    ask_every_type(consultation)
    people, carers = make_groups(consultation)
    return {"consultation": consultation, "people": people, "carers": carers}


def _add_url(cast, organisation=None):
    organisation = organisation or cast.riverside_advocacy
    return reverse(
        "organisations:session_add", args=[organisation.pk, cast.riverside_consultation.pk]
    )


def _details(setting, **changes) -> dict:
    data = {
        "submit_token": "token-1",
        "area_key": "home",
        "held_on": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "method": "workshop",
        "formats_used": ["easy_read", "bsl"],
        "facilitator_name": "Priya",
        "people_count": "9",
        f"group_{setting['people'].pk}": "6",
        f"group_{setting['carers'].pk}": "3",
        "also_answered_alone": "2",
        "agreed_by_group": "on",
    }
    return data | changes


def _record(browser, cast, setting, **changes) -> GroupSession:
    response = browser.post(_add_url(cast), _details(setting, **changes))
    assert response.status_code == 302, page_text(response)
    return GroupSession.objects.get(submit_token=changes.get("submit_token", "token-1"))


def _tally_url(session, question_id):
    return reverse(
        "organisations:tally_edit", args=[session.organisation_id, session.pk, question_id]
    )


def test_a_member_records_a_session_with_people_by_group(cast, member, setting):
    form = member.get(_add_url(cast))
    assert "Of them, Family carers" in page_text(form)
    assert "The groups must add up to the number of people who were there." in page_text(form)
    session = _record(member, cast, setting)

    assert (session.organisation, session.consultation_id) == (
        cast.riverside_advocacy,
        cast.riverside_consultation.pk,
    )
    assert session.method == "workshop" and session.formats_used == ["easy_read", "bsl"]
    assert (session.people_count, session.also_answered_alone) == (9, 2)
    assert session.agreed_by_group and session.area_key == "home"
    assert session.created_by == cast.vcse_member and session.updated_by == cast.vcse_member
    members = {m.group.key: m.people_count for m in GroupSessionMember.objects.all()}
    assert members == {"people-who-use-support": 6, "carers": 3}

    page = member.get(
        reverse("organisations:session_detail", args=[cast.riverside_advocacy.pk, session.pk])
    )
    text = page_text(page)
    assert "Session recorded. Now add the group's answers." in text
    assert "2 of them also answered on their own, so may be counted twice" in text
    assert "How do you feel about your support?" in text
    assert text.count("Add the group's answers") == 10


def test_groups_that_do_not_add_up_get_a_plain_error_and_keep_what_was_typed(cast, member, setting):
    response = member.post(
        _add_url(cast), _details(setting, **{f"group_{setting['carers'].pk}": "1"})
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "There is a problem" in text
    assert "The groups add up to 7, not 9 people." in text
    html = response.content.decode()
    assert 'value="Priya"' in html and 'value="9"' in html and 'value="token-1"' in html
    assert not GroupSession.objects.exists()


def test_more_people_answering_on_their_own_than_were_there_is_refused(cast, member, setting):
    response = member.post(_add_url(cast), _details(setting, also_answered_alone="10"))
    assert "This cannot be more than the 9 people who were there." in page_text(response)
    assert 'value="10"' in response.content.decode()
    assert not GroupSession.objects.exists()


def test_a_session_in_the_future_is_refused(cast, member, setting):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = member.post(_add_url(cast), _details(setting, held_on=tomorrow))
    assert "The date must be today or in the past." in page_text(response)


def test_pressing_save_twice_records_one_session(cast, member, setting):
    first = member.post(_add_url(cast), _details(setting))
    second = member.post(_add_url(cast), _details(setting))
    assert first["Location"] == second["Location"]
    assert GroupSession.objects.count() == 1
    assert GroupSessionMember.objects.count() == 2
    # A new form is a new session.
    _record(member, cast, setting, submit_token="token-2")
    assert GroupSession.objects.count() == 2


def test_each_new_form_carries_its_own_token(cast, member, setting):
    tokens = {member.get(_add_url(cast)).context["form"].initial["submit_token"] for _ in range(2)}
    assert len(tokens) == 2


def test_session_details_are_changed_later_and_the_change_is_recorded(cast, member, admin, setting):
    session = _record(member, cast, setting)
    url = reverse("organisations:session_edit", args=[cast.riverside_advocacy.pk, session.pk])
    page = member.get(url)
    assert 'value="Priya"' in page.content.decode()
    response = admin.post(
        url,
        _details(
            setting,
            facilitator_name="Sam",
            people_count="4",
            **{f"group_{setting['people'].pk}": "4", f"group_{setting['carers'].pk}": ""},
        ),
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert (session.facilitator_name, session.people_count) == ("Sam", 4)
    assert session.updated_by == cast.administrator and session.created_by == cast.vcse_member
    assert list(session.members.values_list("group__key", "people_count")) == [
        ("people-who-use-support", 4)
    ]


def _question_data(session, kind: str, **typed) -> dict:
    """Tally form data for a question, with option fields named by position: a, b..."""
    question = session_question(session, f"q-{kind}")
    keys = {letter: option.key for letter, option in zip("ab", question.options, strict=False)}
    data = {}
    for name, value in typed.items():
        for letter, key in keys.items():
            name = name.replace(f"_{letter}_", f"_{key}_")
            if name.endswith(f"_{letter}"):
                name = name[: -len(letter)] + key
        data[name] = value
    return data


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
    session = _record(member, cast, setting)
    data = _question_data(session, kind, **typed) | {"quotes": "We want a say"}
    response = member.post(_tally_url(session, f"q-{kind}"), data)
    assert response.status_code == 200
    assert message in page_text(response)
    html = response.content.decode()
    assert "There is a problem" in html and "We want a say" in html
    for value in typed.values():
        assert f'value="{value}"' in html
    assert not GroupTally.objects.exists()


def test_a_tally_is_saved_then_changed_in_place_not_duplicated(cast, member, setting):
    session = _record(member, cast, setting)
    url = _tally_url(session, "q-choice")
    first = _question_data(session, "choice", people="6", count_a="4", count_b="2")
    assert member.post(url, first).status_code == 302
    assert member.post(url, first).status_code == 302  # pressed twice
    changed = _question_data(session, "choice", people="6", count_a="1", count_b="5")
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
    session = _record(member, cast, setting)
    data = _question_data(session, "choice", people="10", count_a="10")
    response = member.post(_tally_url(session, "q-choice"), data)
    assert "This is more than the 9 people at the session." in page_text(response)
    assert 'value="10"' in response.content.decode()
    assert not GroupTally.objects.exists()


def test_a_sessions_area_cannot_move_away_from_questions_it_has_answers_for(cast, member, setting):
    session = _record(member, cast, setting)
    member.post(
        _tally_url(session, "q-yes_no"),
        _question_data(session, "yes_no", people="9", count_yes="9"),
    )
    url = reverse("organisations:session_edit", args=[cast.riverside_advocacy.pk, session.pk])
    response = member.post(url, _details(setting, area_key="hospital"))
    assert "The group's answers include questions from other areas." in page_text(response)
    session.refresh_from_db()
    assert session.area_key == "home"
    fewer = _details(
        setting,
        area_key="",
        people_count="8",
        **{f"group_{setting['people'].pk}": "5"},
    )
    response = member.post(url, fewer)
    assert "9 people answered a question at this session. Type 9 or more." in page_text(response)
    assert member.post(url, _details(setting, area_key="")).status_code == 302


def test_a_question_not_in_the_sessions_area_is_not_found(cast, member, setting):
    session = _record(member, cast, setting, area_key="hospital")
    assert member.get(_tally_url(session, "q-choice")).status_code == 404
    whole = _record(member, cast, setting, area_key="", submit_token="token-2")
    assert member.get(_tally_url(whole, "q-choice")).status_code == 200
    assert member.get(_tally_url(whole, "q-nothing")).status_code == 404


def test_another_organisation_cannot_see_or_change_a_session(
    cast, member, other_member, other_body, setting
):
    session = _record(member, cast, setting)
    advocacy = cast.riverside_advocacy.pk
    urls = [
        reverse("organisations:session_detail", args=[advocacy, session.pk]),
        reverse("organisations:session_edit", args=[advocacy, session.pk]),
        _tally_url(session, "q-choice"),
        reverse("organisations:session_list", args=[advocacy]),
        _add_url(cast),
        # Their own organisation's address, with another organisation's session.
        reverse("organisations:session_detail", args=[cast.hillside_carers.pk, session.pk]),
        reverse("organisations:session_edit", args=[cast.hillside_carers.pk, session.pk]),
    ]
    for browser in (other_member, other_body):
        for url in urls:
            assert browser.get(url).status_code == 404, url
    assert other_member.post(urls[2], {"people": "1"}).status_code == 404
    hillside = cast.hillside_carers
    response = other_member.post(
        reverse("organisations:session_add", args=[hillside.pk, cast.riverside_consultation.pk]),
        _details(setting),
    )
    # The same token from another organisation never lands on this session: they save again.
    assert response.status_code == 200
    assert "Something went wrong saving the session. Save it again." in page_text(response)
    assert 'value="token-1"' not in response.content.decode()
    assert GroupSession.objects.get().organisation == cast.riverside_advocacy


def test_the_commissioner_reads_a_session_and_its_tallies_but_cannot_change_them(
    cast, member, body, setting
):
    session = _record(member, cast, setting)
    member.post(
        _tally_url(session, "q-yes_no"),
        _question_data(session, "yes_no", people="9", count_yes="7", count_no="2"),
    )
    page = body.get(
        reverse("organisations:session_detail", args=[cast.riverside_advocacy.pk, session.pk])
    )
    assert page.status_code == 200
    text = page_text(page)
    assert "Yes: 7" in text and "No: 2" in text and "Priya" in text
    html = page.content.decode()
    assert _tally_url(session, "q-yes_no") not in html
    assert "/change/" not in html and "Change the session details" not in text
    assert body.get(_tally_url(session, "q-yes_no")).status_code == 404
    assert body.post(_tally_url(session, "q-yes_no"), {"people": "1"}).status_code == 404


def test_people_without_an_account_are_sent_to_sign_in(cast, member, setting):
    session = _record(member, cast, setting)
    response = Client().get(
        reverse("organisations:session_detail", args=[cast.riverside_advocacy.pk, session.pk])
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def _close(consultation: ConsultationPage) -> None:
    ConsultationPage.objects.filter(pk=consultation.pk).update(
        closes_on=timezone.localdate() - datetime.timedelta(days=1),
        opens_on=timezone.localdate() - datetime.timedelta(days=30),
    )


def test_a_closed_consultation_takes_no_new_sessions_or_answers(cast, member, setting):
    session = _record(member, cast, setting)
    _close(cast.riverside_consultation)

    refused = member.post(_add_url(cast), _details(setting, submit_token="token-2"))
    assert refused.status_code == 409
    assert "You cannot record sessions or change the group's answers" in page_text(refused)
    assert GroupSession.objects.count() == 1
    tally = member.post(
        _tally_url(session, "q-yes_no"),
        _question_data(session, "yes_no", people="9", count_yes="9"),
    )
    assert tally.status_code == 409 and not GroupTally.objects.exists()
    edit = reverse("organisations:session_edit", args=[cast.riverside_advocacy.pk, session.pk])
    assert member.post(edit, _details(setting, facilitator_name="X")).status_code == 409
    # What was recorded before closing is still there to read.
    page = member.get(
        reverse("organisations:session_detail", args=[cast.riverside_advocacy.pk, session.pk])
    )
    assert "can no longer be changed" in page_text(page)
    assert "Add the group's answers" not in page_text(page)


def test_the_organisation_page_shows_sessions_and_people_reached_per_pledged_group(
    cast, member, setting
):
    from organisations.models import Pledge

    Pledge.objects.create(
        organisation=cast.riverside_advocacy, group=setting["carers"], people_count=20
    )
    _record(member, cast, setting)
    _record(
        member,
        cast,
        setting,
        submit_token="token-2",
        people_count="5",
        **{f"group_{setting['people'].pk}": "1", f"group_{setting['carers'].pk}": "4"},
    )
    page = member.get(reverse("organisations:detail", args=[cast.riverside_advocacy.pk]))
    text = page_text(page)
    # 3 carers at the first session and 4 at the second: 7 of the 20 hoped for.
    assert "7 people (of 20)" in text
    assert "Group sessions" in text and "Workshop" in text


def test_tallies_from_sessions_are_counted_into_results_by_the_registry(
    cast, member, other_member, setting
):
    """Worked by hand. Session 1 (9 people): coins 60 to Shared Lives and 30 to Homeshare.
    Session 2 (4 people, 1 did not know): 3 x 10 = 30 coins, all to Homeshare.
    One ballot per session, weighted by the people who shared: 9 at (2/3, 1/3), 3 at (0, 1).
    Shared Lives: (9 x 2/3) / 12 = 0.5. Homeshare: (9 x 1/3 + 3 x 1) / 12 = 0.5.
    Feelings: 5 good + 4 OK, then 4 very bad: people 13, mean (5x4 + 4x3 + 4x1) / 13 = 36/13.
    """
    first = _record(member, cast, setting)
    second = _record(
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
            _tally_url(session, f"q-{kind}"), _question_data(session, kind, **typed)
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

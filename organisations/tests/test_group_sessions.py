"""Members record group sessions; commissioners read them; nobody else changes them."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationPage
from organisations.models import GroupSession, GroupSessionMember, GroupTally
from questions.registry import registered_names
from responses.tests.journey import page_text

from .sessions_setup import add_url, details, question_data, record, tally_url

pytestmark = pytest.mark.django_db


def test_a_member_records_a_session_with_people_by_group(cast, member, setting):
    form = member.get(add_url(cast))
    assert "Of them, Family carers" in page_text(form)
    assert "The groups must add up to the number of people who were there." in page_text(form)
    session = record(member, cast, setting)

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
    assert text.count("Add the group's answers") == len(registered_names())


def test_groups_that_do_not_add_up_get_a_plain_error_and_keep_what_was_typed(cast, member, setting):
    response = member.post(
        add_url(cast), details(setting, **{f"group_{setting['carers'].pk}": "1"})
    )
    assert response.status_code == 200
    text = page_text(response)
    assert "There is a problem" in text
    assert "The groups add up to 7, not 9 people." in text
    html = response.content.decode()
    assert 'value="Priya"' in html and 'value="9"' in html and 'value="token-1"' in html
    assert not GroupSession.objects.exists()


def test_more_people_answering_on_their_own_than_were_there_is_refused(cast, member, setting):
    response = member.post(add_url(cast), details(setting, also_answered_alone="10"))
    assert "This cannot be more than the 9 people who were there." in page_text(response)
    assert 'value="10"' in response.content.decode()
    assert not GroupSession.objects.exists()


def test_a_session_in_the_future_is_refused(cast, member, setting):
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = member.post(add_url(cast), details(setting, held_on=tomorrow))
    assert "The date must be today or in the past." in page_text(response)


def test_pressing_save_twice_records_one_session(cast, member, setting):
    first = member.post(add_url(cast), details(setting))
    second = member.post(add_url(cast), details(setting))
    assert first["Location"] == second["Location"]
    assert GroupSession.objects.count() == 1
    assert GroupSessionMember.objects.count() == 2
    # A new form is a new session.
    record(member, cast, setting, submit_token="token-2")
    assert GroupSession.objects.count() == 2


def test_each_new_form_carries_its_own_token(cast, member, setting):
    tokens = {member.get(add_url(cast)).context["form"].initial["submit_token"] for _ in range(2)}
    assert len(tokens) == 2


def test_session_details_are_changed_later_and_the_change_is_recorded(cast, member, admin, setting):
    session = record(member, cast, setting)
    url = reverse("organisations:session_edit", args=[cast.riverside_advocacy.pk, session.pk])
    page = member.get(url)
    assert 'value="Priya"' in page.content.decode()
    response = admin.post(
        url,
        details(
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


def test_another_organisation_cannot_see_or_change_a_session(
    cast, member, other_member, other_body, setting
):
    session = record(member, cast, setting)
    advocacy = cast.riverside_advocacy.pk
    urls = [
        reverse("organisations:session_detail", args=[advocacy, session.pk]),
        reverse("organisations:session_edit", args=[advocacy, session.pk]),
        tally_url(session, "q-choice"),
        reverse("organisations:session_list", args=[advocacy]),
        add_url(cast),
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
        details(setting),
    )
    # The same token from another organisation never lands on this session: they save again.
    assert response.status_code == 200
    assert "Something went wrong saving the session. Save it again." in page_text(response)
    assert 'value="token-1"' not in response.content.decode()
    assert GroupSession.objects.get().organisation == cast.riverside_advocacy


def test_the_commissioner_reads_a_session_and_its_tallies_but_cannot_change_them(
    cast, member, body, setting
):
    session = record(member, cast, setting)
    member.post(
        tally_url(session, "q-yes_no"),
        question_data(session, "yes_no", people="9", count_yes="7", count_no="2"),
    )
    page = body.get(
        reverse("organisations:session_detail", args=[cast.riverside_advocacy.pk, session.pk])
    )
    assert page.status_code == 200
    text = page_text(page)
    assert "Yes: 7" in text and "No: 2" in text and "Priya" in text
    html = page.content.decode()
    assert tally_url(session, "q-yes_no") not in html
    assert "/change/" not in html and "Change the session details" not in text
    assert body.get(tally_url(session, "q-yes_no")).status_code == 404
    assert body.post(tally_url(session, "q-yes_no"), {"people": "1"}).status_code == 404


def test_people_without_an_account_are_sent_to_sign_in(cast, member, setting):
    session = record(member, cast, setting)
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
    session = record(member, cast, setting)
    _close(cast.riverside_consultation)

    refused = member.post(add_url(cast), details(setting, submit_token="token-2"))
    assert refused.status_code == 409
    assert "You cannot record sessions or change the group's answers" in page_text(refused)
    assert GroupSession.objects.count() == 1
    tally = member.post(
        tally_url(session, "q-yes_no"),
        question_data(session, "yes_no", people="9", count_yes="9"),
    )
    assert tally.status_code == 409 and not GroupTally.objects.exists()
    edit = reverse("organisations:session_edit", args=[cast.riverside_advocacy.pk, session.pk])
    assert member.post(edit, details(setting, facilitator_name="X")).status_code == 409
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
    record(member, cast, setting)
    record(
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

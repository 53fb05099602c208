"""Responses from every channel: online by the person or with a supporter, and typed in by staff
from a paper form, an interview or a group session. One set of rules for saving, sending and
closing, whichever way the answers came."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from consultations.tests.factories import make_consultation
from organisations.models import Organisation
from responses.models import Answer, Channel, Response
from responses.questions import question_load, question_refs
from responses.services import (
    ConsultationNotOpen,
    PaperFormAlreadyEntered,
    ResponseLocked,
    about_you_save,
    answer_save,
    response_enter,
    response_send,
    response_start,
)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_user(username="priya", password="x")


def _first_question(consultation):
    return question_load(question_refs(consultation.area_pages())[0], pictures=False)


def _enter(consultation, staff, **kwargs):
    return response_enter(
        consultation=consultation,
        channel=kwargs.pop("channel", Channel.STAFF_PAPER),
        entered_by=staff,
        **({"paper_form_number": "P-17"} | kwargs),
    )


def test_a_paper_form_is_typed_in_without_a_code_and_sent_like_any_answer(riverside, staff):
    group = Organisation.objects.create(name="Riverside Mencap", kind=Organisation.Kind.VCSE)
    response = _enter(riverside, staff, organisation=group)
    assert response.channel == Channel.STAFF_PAPER
    assert response.is_staff_entered
    assert response.resume_code_hash is None and response.start_token is None
    assert (response.entered_by, response.organisation) == (staff, group)
    assert response.entered_at is not None
    assert response.paper_form_number == "P-17"

    question = _first_question(riverside)
    answer_save(response=response, question=question, value={"choice": "good"})
    sent = response_send(response=response)
    assert sent.is_sent
    with pytest.raises(ResponseLocked):
        answer_save(response=sent, question=question, value={"choice": "bad"})
    assert Answer.objects.get(response=response).value == {"choice": "good"}


def test_the_same_paper_form_cannot_be_typed_in_twice(riverside, staff):
    _enter(riverside, staff, paper_form_number="P-17")
    with pytest.raises(PaperFormAlreadyEntered):
        _enter(riverside, staff, paper_form_number=" P-17 ")
    # The same number in another consultation is another form.
    other = make_consultation(slug="another")
    assert _enter(other, staff, paper_form_number="P-17").paper_form_number == "P-17"
    assert Response.objects.filter(paper_form_number="P-17").count() == 2


def test_a_paper_form_needs_its_number_but_interviews_and_groups_do_not(riverside, staff):
    with pytest.raises(ValueError, match="needs its number"):
        _enter(riverside, staff, paper_form_number="")
    interview = _enter(riverside, staff, channel=Channel.STAFF_INTERVIEW, paper_form_number="")
    group = _enter(riverside, staff, channel=Channel.GROUP_SESSION, paper_form_number="")
    assert {interview.channel, group.channel} == {Channel.STAFF_INTERVIEW, Channel.GROUP_SESSION}


def test_staff_entered_answers_follow_the_same_closing_rules(riverside, staff):
    after_closing = riverside.closes_on + datetime.timedelta(days=1)
    with pytest.raises(ConsultationNotOpen):
        _enter(riverside, staff, today=after_closing)
    response = _enter(riverside, staff)
    with pytest.raises(ResponseLocked):
        answer_save(
            response=response,
            question=_first_question(riverside),
            value={"choice": "good"},
            today=after_closing,
        )
    assert not Answer.objects.exists()


def test_online_answering_takes_its_channel_and_staff_channels_are_not_online(riverside, staff):
    response, _code = response_start(
        consultation=riverside,
        start_token="token",
        resume_code="KMP47RTWX",
        channel=Channel.ONLINE_SUPPORTED,
    )
    assert response.channel == Channel.ONLINE_SUPPORTED
    assert response.resume_code_hash
    with pytest.raises(ValueError):
        response_start(
            consultation=riverside,
            start_token="other",
            resume_code="KMP47RTWY",
            channel=Channel.STAFF_PAPER,
        )
    with pytest.raises(ValueError):
        _enter(riverside, staff, channel=Channel.ONLINE_SELF)


def test_saying_someone_helped_keeps_a_staff_entered_channel(riverside, staff):
    response = _enter(riverside, staff)
    saved = about_you_save(
        response=response, step="help", values={"is_supported": "yes", "supporter": "family"}
    )
    assert saved.is_supported is True
    assert saved.channel == Channel.STAFF_PAPER


def test_the_database_refuses_a_resume_code_on_a_staff_entered_response(riverside, staff):
    response = _enter(riverside, staff)
    response.resume_code_hash = "a" * 64
    with pytest.raises(IntegrityError), transaction.atomic():
        response.save()

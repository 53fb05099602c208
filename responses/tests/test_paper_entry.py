"""Staff type in paper forms and interviews through the participant's own pages (ADR 017).

A member of a community group or a commissioning body starts a form with its number, goes through
the same About you and question pages, sends it, and lands back on the batch with a running count.
"""

import datetime
from types import SimpleNamespace

import pytest
from django.test import Client
from django.urls import reverse

from organisations.models import Organisation
from questions.registry import results_for
from responses.entry import ENTRY_FIELD
from responses.journey import ABOUT_YOU_STEPS
from responses.models import Answer, Channel, Response
from responses.questions import question_load
from responses.services import answer_save, response_enter, response_send
from tests.cast import MembershipFactory, OrganisationFactory, UserFactory, staff_ready

from .journey import Journey, page_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(riverside):
    advocates = Organisation.objects.get(name="Riverside Self Advocates")
    carers = OrganisationFactory(name="Hillside Carers")
    member = staff_ready(UserFactory(username="val@advocates.example"))
    MembershipFactory(user=member, organisation=advocates)
    other_member = staff_ready(UserFactory(username="vic@carers.example"))
    MembershipFactory(user=other_member, organisation=carers)
    commissioner = staff_ready(UserFactory(username="cam@riverside.example"))
    MembershipFactory(user=commissioner, organisation=riverside.commissioner)
    return SimpleNamespace(
        advocates=advocates,
        carers=carers,
        body=riverside.commissioner,
        member=member,
        other_member=other_member,
        commissioner=commissioner,
    )


def _signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _start_url(organisation) -> str:
    return reverse("responses:entry_start", args=[organisation.pk])


def _batch_url(organisation, consultation) -> str:
    return reverse("responses:entry_batch", args=[organisation.pk, consultation.pk])


def _start(
    client, organisation, consultation, number="17", *, channel=Channel.STAFF_PAPER, token="t1"
):
    return client.post(
        _start_url(organisation),
        {"consultation": consultation.pk, "channel": channel, "number": number, "token": token},
    )


def _url(consultation, name: str, *args) -> str:
    return reverse(f"responses:{name}", args=[consultation.pk, *args])


def _skip_about_you(client, consultation, response):
    for slug in ABOUT_YOU_STEPS[:4]:
        client.post(
            _url(consultation, "about_you", slug), {"skip": "1", ENTRY_FIELD: str(response.pk)}
        )


def _choice(consultation):
    journey = Journey(Client(), consultation)
    return journey.question_url("choice"), journey.option_keys("choice")


def _send(client, consultation, response):
    return client.post(_url(consultation, "check"), {ENTRY_FIELD: str(response.pk)})


def test_a_community_group_member_types_in_a_paper_form_on_the_participant_pages(riverside, people):
    client = _signed_in(people.member)
    detail = client.get(reverse("organisations:detail", args=[people.advocates.pk]))
    assert _start_url(people.advocates) in detail.content.decode()
    page = client.get(_start_url(people.advocates))
    assert riverside.title in page_text(page)

    started = _start(client, people.advocates, riverside, "17")
    assert client.get(started["Location"])["Location"] == _url(riverside, "about_you", "who")
    response = Response.objects.get()
    assert (response.channel, response.paper_form_number) == (Channel.STAFF_PAPER, "17")
    assert (response.entered_by, response.organisation) == (people.member, people.advocates)
    assert response.resume_code_hash is None

    who = page_text(client.get(started["Location"], follow=True))
    assert "Typing in paper form 17 for Riverside Self Advocates · 0 forms typed in this batch" in (
        who
    )
    assert "Save and come back later" not in who
    _skip_about_you(client, riverside, response)
    url, options = _choice(riverside)
    question = client.get(url)
    assert "Typing in paper form 17" in page_text(question)
    saved = client.post(url, {"answer": options[0], ENTRY_FIELD: str(response.pk)})
    assert saved.status_code == 302
    check = page_text(client.get(_url(riverside, "check")))
    assert "Typing in paper form 17" in check
    assert "delete them with your code" not in check

    sent = _send(client, riverside, response)
    assert sent["Location"] == _batch_url(people.advocates, riverside)
    batch = page_text(client.get(sent["Location"], follow=True))
    assert "Paper form 17 is sent. 1 form typed in this batch." in batch
    assert "Type in the next form" in batch
    response.refresh_from_db()
    assert response.is_sent
    assert Answer.objects.get(response=response).value == {"choice": options[0]}


def test_a_form_number_already_used_is_refused_and_what_was_typed_is_kept(riverside, people):
    response_enter(
        consultation=riverside,
        channel=Channel.STAFF_PAPER,
        entered_by=people.other_member,
        paper_form_number="17",
        organisation=people.carers,
    )
    client = _signed_in(people.member)
    page = _start(client, people.advocates, riverside, " 17 ")
    assert page.status_code == 200
    html = page.content.decode()
    assert "There is a problem" in html
    assert "Paper form 17 has already been typed in for this consultation." in page_text(page)
    assert 'value=" 17 "' in html  # as typed
    chosen = html.split(f'value="{riverside.pk}"')[1].split(">")[0]
    assert "checked" in chosen
    assert Response.objects.count() == 1

    batch = client.post(
        _batch_url(people.advocates, riverside),
        {"channel": Channel.STAFF_INTERVIEW, "number": "17", "token": "t2"},
    )
    assert "Reference 17 is already used for this consultation." in page_text(batch)
    assert Response.objects.count() == 1


def test_a_paper_form_needs_its_number_and_an_interview_does_not(riverside, people):
    client = _signed_in(people.member)
    page = _start(client, people.advocates, riverside, "")
    assert "Enter the number written on the paper form." in page_text(page)
    assert not Response.objects.exists()
    started = _start(client, people.advocates, riverside, "", channel=Channel.STAFF_INTERVIEW)
    assert started.status_code == 302
    interview = Response.objects.get()
    assert (interview.channel, interview.paper_form_number) == (Channel.STAFF_INTERVIEW, "")
    banner = page_text(client.get(started["Location"], follow=True))
    assert "Typing in interview with no reference for Riverside Self Advocates" in banner


@pytest.mark.parametrize(
    "channel,number", [(Channel.STAFF_PAPER, "17"), (Channel.STAFF_INTERVIEW, "")]
)
def test_a_double_click_on_start_makes_one_response(riverside, people, channel, number):
    client = _signed_in(people.member)
    first = _start(client, people.advocates, riverside, number, channel=channel, token="same")
    second = _start(client, people.advocates, riverside, number, channel=channel, token="same")
    assert first.status_code == second.status_code == 302
    assert first["Location"] == second["Location"]
    assert Response.objects.count() == 1
    # Another person's token never opens the first person's response.
    other = _signed_in(people.commissioner)
    _start(other, people.body, riverside, "18", token="same")
    assert Response.objects.count() == 1


def test_a_double_send_and_the_back_button_never_duplicate_or_change_a_sent_form(riverside, people):
    client = _signed_in(people.member)
    _start(client, people.advocates, riverside, "17")
    response = Response.objects.get()
    url, options = _choice(riverside)
    client.post(url, {"answer": options[0], ENTRY_FIELD: str(response.pk)})
    first = _send(client, riverside, response)
    second = _send(client, riverside, response)
    batch_url = _batch_url(people.advocates, riverside)
    assert first["Location"] == second["Location"] == batch_url
    assert Response.objects.sent().count() == 1

    back = client.get(url)
    assert back["Location"] == batch_url
    changed = client.post(url, {"answer": options[1], ENTRY_FIELD: str(response.pk)}, follow=True)
    assert "Paper form 17 has been sent. It cannot change now." in page_text(changed)
    assert Answer.objects.get(response=response).value == {"choice": options[0]}
    assert "1 form typed in this batch" in page_text(client.get(batch_url))


def test_the_running_count_goes_up_with_each_form_sent_until_a_new_batch(riverside, people):
    client = _signed_in(people.member)
    batch_url = _batch_url(people.advocates, riverside)
    for number in ["17", "18"]:
        client.post(batch_url, {"channel": Channel.STAFF_PAPER, "number": number, "token": number})
        response = Response.objects.get(paper_form_number=number)
        _send(client, riverside, response)
    page = page_text(client.get(batch_url))
    assert "2 forms typed in this batch" in page
    assert "Paper form 17" in page and "Paper form 18" in page

    restarted = client.post(
        reverse("responses:entry_batch_restart", args=[people.advocates.pk, riverside.pk])
    )
    page = page_text(client.get(restarted["Location"]))
    assert "0 forms typed in this batch" in page
    assert "Paper form 17" not in page
    assert Response.objects.sent().count() == 2


def test_an_unsent_form_can_be_opened_again_where_it_stopped(riverside, people):
    client = _signed_in(people.member)
    batch_url = _batch_url(people.advocates, riverside)
    _start(client, people.advocates, riverside, "17")
    first = Response.objects.get()
    client.post(_url(riverside, "about_you", "who"), {"skip": "1", ENTRY_FIELD: str(first.pk)})
    client.post(batch_url, {"channel": Channel.STAFF_PAPER, "number": "18", "token": "t2"})

    open_url = reverse("responses:entry_open", args=[people.advocates.pk, riverside.pk, first.pk])
    assert open_url in client.get(batch_url).content.decode()
    opened = client.get(open_url, follow=True)
    assert opened.redirect_chain[-1][0] == _url(riverside, "about_you", "help")
    assert "Typing in paper form 17" in page_text(opened)


def test_a_page_left_open_for_another_form_is_not_saved(riverside, people):
    client = _signed_in(people.member)
    _start(client, people.advocates, riverside, "17")
    first = Response.objects.get()
    client.post(
        _batch_url(people.advocates, riverside),
        {"channel": Channel.STAFF_PAPER, "number": "18", "token": "t2"},
    )
    url, options = _choice(riverside)
    # The page for form 17 was still open in another tab; this browser now types in form 18.
    sent_from_old_tab = client.post(url, {"answer": options[0], ENTRY_FIELD: str(first.pk)})
    assert sent_from_old_tab["Location"] == _batch_url(people.advocates, riverside)
    batch = page_text(client.get(sent_from_old_tab["Location"]))
    assert "We did not save that page: it was for another form. Now typing in paper form 18." in (
        batch
    )
    assert not Answer.objects.exists()


def test_a_commissioner_types_in_for_their_own_bodys_consultations(riverside, people):
    client = _signed_in(people.commissioner)
    home = client.get(reverse("organisations:home")).content.decode()
    assert _start_url(people.body) in home
    started = _start(client, people.body, riverside, "C-1")
    assert started.status_code == 302
    assert Response.objects.get().organisation == people.body


def test_another_organisations_pages_and_forms_are_not_found(riverside, people):
    response = response_enter(
        consultation=riverside,
        channel=Channel.STAFF_PAPER,
        entered_by=people.member,
        paper_form_number="17",
        organisation=people.advocates,
    )
    other = _signed_in(people.other_member)
    own_open = reverse("responses:entry_open", args=[people.carers.pk, riverside.pk, response.pk])
    assert other.get(own_open).status_code == 404
    theirs = reverse("responses:entry_open", args=[people.advocates.pk, riverside.pk, response.pk])
    assert other.get(theirs).status_code == 404
    assert other.get(_start_url(people.advocates)).status_code == 404
    assert other.get(_batch_url(people.advocates, riverside)).status_code == 404
    # A commissioner reads the answers to their consultation, but types in for their own body.
    commissioner = _signed_in(people.commissioner)
    assert commissioner.get(_start_url(people.advocates)).status_code == 404
    assert commissioner.get(theirs).status_code == 404
    # An unverified group cannot type in answers yet.
    people.carers.verified = False
    people.carers.save()
    assert other.get(_start_url(people.carers)).status_code == 404


def test_signed_out_people_and_participants_cannot_reach_a_typed_in_form(riverside, people):
    response = response_enter(
        consultation=riverside,
        channel=Channel.STAFF_PAPER,
        entered_by=people.member,
        paper_form_number="17",
        organisation=people.advocates,
    )
    anonymous = Client()
    assert anonymous.get(_start_url(people.advocates))["Location"].startswith(
        reverse("account_login")
    )
    # Even a browser whose session somehow names the response is sent to the start.
    session = anonymous.session
    session["answering"] = {str(riverside.pk): {"response": response.pk}}
    session.save()
    page = anonymous.get(_url(riverside, "about_you", "who"))
    assert page["Location"] == _url(riverside, "start")
    assert anonymous.session["answering"] == {}


def test_a_closed_consultation_keeps_what_was_typed_in_and_takes_nothing_new(riverside, people):
    client = _signed_in(people.member)
    _start(client, people.advocates, riverside, "17")
    response = Response.objects.get()
    url, options = _choice(riverside)
    client.post(url, {"answer": options[0], ENTRY_FIELD: str(response.pk)})
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    type(riverside).objects.filter(pk=riverside.pk).update(closes_on=yesterday)
    batch_url = _batch_url(people.advocates, riverside)

    saving = client.post(url, {"answer": options[1], ENTRY_FIELD: str(response.pk)})
    assert saving["Location"] == batch_url
    batch = page_text(client.get(batch_url))
    assert "This closed on" in batch
    assert "You cannot type in answers for it now." in batch
    assert "Open again" not in batch
    assert Answer.objects.get(response=response).value == {"choice": options[0]}
    assert _send(client, riverside, response)["Location"] == batch_url
    assert not Response.objects.sent().exists()

    starting = client.post(
        batch_url, {"channel": Channel.STAFF_PAPER, "number": "18", "token": "x"}, follow=True
    )
    assert "You cannot type in answers for it now." in page_text(starting)
    assert Response.objects.count() == 1
    # The start page no longer offers it, and says so if a page left open sends it.
    assert riverside.title not in page_text(client.get(_start_url(people.advocates)))
    late = _start(client, people.advocates, riverside, "18", token="y")
    assert "That consultation is not open for answers now." in page_text(late)
    assert Response.objects.count() == 1


def test_sent_paper_answers_count_as_people_exactly_like_online_answers(riverside, people):
    journey = Journey(Client(), riverside)
    journey.start()
    url, options = _choice(riverside)
    journey.post(url, {"answer": options[0]})
    journey.post(journey.url("check"), {})
    online = Response.objects.get()
    assert online.is_sent

    paper = response_enter(
        consultation=riverside,
        channel=Channel.STAFF_PAPER,
        entered_by=people.member,
        paper_form_number="17",
        organisation=people.advocates,
    )
    question = question_load(
        next(ref for ref in journey.questions() if ref.type == "choice"), pictures=False
    )
    answer_save(response=paper, question=question, value={"choice": options[0]})
    unsent = response_enter(
        consultation=riverside,
        channel=Channel.STAFF_INTERVIEW,
        entered_by=people.member,
        organisation=people.advocates,
    )
    answer_save(response=unsent, question=question, value={"choice": options[0]})
    response_send(response=paper)

    assert set(Response.objects.sent()) == {online, paper}
    values = Answer.objects.filter(
        response__in=Response.objects.sent(), question_id=question.id
    ).values_list("value", flat=True)
    results = results_for(question, values)
    assert results.people == 2
    assert results.counts[options[0]] == 2


def test_a_form_left_unsent_in_an_earlier_batch_can_be_finished_later(riverside, people):
    earlier = response_enter(
        consultation=riverside,
        channel=Channel.STAFF_PAPER,
        entered_by=people.member,
        paper_form_number="17",
        organisation=people.advocates,
    )
    Response.objects.filter(pk=earlier.pk).update(
        entered_at=earlier.entered_at - datetime.timedelta(days=1)
    )
    # Signed in again the next day: a new batch, with yesterday's form still to finish.
    client = _signed_in(people.member)
    batch_url = _batch_url(people.advocates, riverside)
    page = client.get(batch_url)
    assert "0 forms typed in this batch" in page_text(page)
    assert "Started before this batch and not sent" in page_text(page)
    open_url = reverse("responses:entry_open", args=[people.advocates.pk, riverside.pk, earlier.pk])
    assert open_url in page.content.decode()
    refused = client.post(batch_url, {"channel": Channel.STAFF_PAPER, "number": "17", "token": "x"})
    assert "If you started it before, open it again from the batch page." in page_text(refused)
    assert "Typing in paper form 17" in page_text(client.get(open_url, follow=True))

"""Organisational responses through the real pages: draft, answer, who it speaks for, preview,
submit, withdraw and start again; and what commissioners and other organisations see."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from consultations.models import ConsultationPage
from organisations.models import GroupSession, OrganisationalResponse, OrgAnswer
from organisations.org_responses import OrgResponseLocked, org_response_submit

from .org_response_factories import (
    TELL_US_TEXT,
    YES_NO_TEXT,
    ask_about_home,
    make_groups,
    submitted_org_response,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def setting(cast):
    """Riverside's home area asks 2 questions; the consultation has 2 respondent groups."""
    questions = ask_about_home(cast.riverside_consultation)
    groups = make_groups(cast.riverside_consultation)
    return questions, groups


def _urls(cast, org_response=None):
    org = cast.riverside_advocacy.pk
    urls = {
        "list": reverse("organisations:org_responses", args=[org]),
        "start": reverse(
            "organisations:org_response_start",
            args=[org, cast.riverside_consultation.pk, "home"],
        ),
    }
    if org_response:
        args = [org, org_response.pk]
        urls |= {
            "preview": reverse("organisations:org_response_preview", args=args),
            "speaks_for": reverse("organisations:org_response_speaks_for", args=args),
            "submit": reverse("organisations:org_response_submit", args=args),
            "withdraw": reverse("organisations:org_response_withdraw", args=args),
        }
    return urls


def _question_url(cast, org_response, question_id, **query):
    url = reverse(
        "organisations:org_response_question",
        args=[cast.riverside_advocacy.pk, org_response.pk, question_id],
    )
    return url + ("?from=check" if query.get("from_check") else "")


def _start(cast, browser) -> OrganisationalResponse:
    response = browser.post(_urls(cast)["start"])
    assert response.status_code == 302
    return OrganisationalResponse.objects.get(organisation=cast.riverside_advocacy, status="draft")


def _close(cast) -> None:
    """Close Riverside yesterday, on a fresh copy: the cast's own objects are shared by tests."""
    ConsultationPage.objects.filter(pk=cast.riverside_consultation.pk).update(
        closes_on=timezone.localdate() - datetime.timedelta(days=1)
    )


def _speaks_for_data(groups, total, counts, methods=("workshop",)):
    data = {"people_represented": total, "how_gathered": list(methods)}
    for group, count in zip(groups, counts, strict=True):
        data[f"group_{group.pk}"] = count
    return data


def test_a_member_starts_a_draft_and_answers_with_the_participant_forms(cast, client_for, setting):
    (yes_no, tell_us), _groups = setting
    browser = client_for("vcse_member")
    listing = browser.get(_urls(cast)["list"]).content.decode()
    assert "Support in your own home" in listing and "Not started" in listing

    response = browser.post(_urls(cast)["start"])
    org_response = OrganisationalResponse.objects.get()
    assert org_response.created_by == cast.vcse_member and org_response.is_draft
    assert response["Location"] == _question_url(cast, org_response, yes_no)

    page = browser.get(response["Location"]).content.decode()
    assert YES_NO_TEXT in page and "Answer for your organisation as a whole" in page

    # The registry's own validation, with the participant form's words.
    refused = browser.post(_question_url(cast, org_response, yes_no), {"action": "continue"})
    assert refused.status_code == 200 and "There is a problem" in refused.content.decode()

    saved = browser.post(_question_url(cast, org_response, yes_no), {"answer": "no"})
    assert saved["Location"] == _question_url(cast, org_response, tell_us)
    again = browser.post(_question_url(cast, org_response, yes_no), {"answer": "yes"})
    assert again.status_code == 302
    answer = OrgAnswer.objects.get(org_response=org_response, question_id=yes_no)
    assert answer.value == {"choice": "yes"} and answer.answered_by == cast.vcse_member
    assert OrgAnswer.objects.count() == 1  # saving again updates, never duplicates

    last = browser.post(_question_url(cast, org_response, tell_us), {"text": "More time."})
    assert last["Location"] == _urls(cast, org_response)["speaks_for"]
    org_response.refresh_from_db()
    assert org_response.updated_by == cast.vcse_member


def test_skipping_a_question_removes_its_answer_and_moves_on(cast, client_for, setting):
    (yes_no, tell_us), _groups = setting
    browser = client_for("vcse_member")
    org_response = _start(cast, browser)
    browser.post(_question_url(cast, org_response, yes_no), {"answer": "no"})
    skipped = browser.post(_question_url(cast, org_response, yes_no), {"skip": "1"})
    assert skipped["Location"] == _question_url(cast, org_response, tell_us)
    assert not OrgAnswer.objects.exists()


def test_starting_twice_finds_the_same_draft(cast, client_for, setting):
    browser = client_for("vcse_member")
    first = _start(cast, browser)
    second = browser.post(_urls(cast)["start"])
    assert second["Location"] == _urls(cast, first)["preview"]
    assert OrganisationalResponse.objects.count() == 1


def test_groups_that_do_not_add_up_are_refused_and_what_was_typed_is_kept(
    cast, client_for, setting
):
    _questions, groups = setting
    browser = client_for("vcse_member")
    org_response = _start(cast, browser)
    url = _urls(cast, org_response)["speaks_for"]

    response = browser.post(url, _speaks_for_data(groups, 25, [10, 12], methods=["survey"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "The people in each group add up to 22, but the total is 25." in html
    assert 'value="25"' in html and 'value="10"' in html and 'value="12"' in html
    assert 'value="survey" id="id_how_gathered_3" checked' in html
    org_response.refresh_from_db()
    assert org_response.people_represented is None

    missing = browser.post(url, {"people_represented": ""}).content.decode()
    assert "Enter how many people this response speaks for" in missing
    assert "Select how you gathered people&#x27;s views." in missing

    saved = browser.post(url, _speaks_for_data(groups, 22, [10, 12], methods=["survey"]))
    assert saved["Location"] == _urls(cast, org_response)["preview"]
    org_response.refresh_from_db()
    assert org_response.people_represented == 22 and org_response.how_gathered == ["survey"]
    assert {row.group.key: row.people_count for row in org_response.groups.all()} == {
        "people": 10,
        "carers": 12,
    }


def test_preview_shows_every_answer_with_change_links(cast, client_for, setting):
    (yes_no, tell_us), groups = setting
    browser = client_for("vcse_member")
    org_response = _start(cast, browser)
    browser.post(_question_url(cast, org_response, tell_us), {"text": "Fewer visits in a rush."})
    browser.post(_urls(cast, org_response)["speaks_for"], _speaks_for_data(groups, 3, [1, 2]))

    html = browser.get(_urls(cast, org_response)["preview"]).content.decode()
    assert "Check your organisation's response" in html
    assert YES_NO_TEXT in html and "Not answered" in html
    assert TELL_US_TEXT in html and "Fewer visits in a rush." in html
    assert "3 people" in html and "Family carers: 2" in html and "Workshop" in html
    assert _question_url(cast, org_response, yes_no, from_check=True) in html
    changed = browser.post(
        _question_url(cast, org_response, yes_no, from_check=True),
        {"answer": "not_sure", "from": "check"},
    )
    assert changed["Location"] == _urls(cast, org_response)["preview"]


def test_submitting_without_who_it_speaks_for_is_refused_with_a_plain_message(
    cast, client_for, setting
):
    (yes_no, _tell_us), _groups = setting
    browser = client_for("vcse_member")
    org_response = _start(cast, browser)
    browser.post(_question_url(cast, org_response, yes_no), {"answer": "yes"})
    response = browser.post(_urls(cast, org_response)["submit"])
    assert response.status_code == 200
    html = response.content.decode()
    assert "Say who this response speaks for before you submit it" in html
    assert 'href="#speaks-for"' in html
    org_response.refresh_from_db()
    assert org_response.is_draft and org_response.submitted_at is None


def test_submitting_twice_submits_once_and_says_so(cast, client_for, setting):
    (yes_no, _tell_us), groups = setting
    browser = client_for("vcse_member")
    org_response = _start(cast, browser)
    browser.post(_question_url(cast, org_response, yes_no), {"answer": "yes"})
    browser.post(_urls(cast, org_response)["speaks_for"], _speaks_for_data(groups, 5, [5, 0]))

    first = browser.post(_urls(cast, org_response)["submit"], follow=True).content.decode()
    assert "Your organisation&#x27;s response has been submitted." in first
    org_response.refresh_from_db()
    submitted_at = org_response.submitted_at
    assert org_response.is_submitted and org_response.submitted_by == cast.vcse_member

    second = browser.post(_urls(cast, org_response)["submit"], follow=True).content.decode()
    assert "already been submitted. Nothing changed." in second and "Submitted on" in second
    org_response.refresh_from_db()
    assert org_response.submitted_at == submitted_at

    # A submitted response cannot be changed from an old tab.
    late = browser.post(_question_url(cast, org_response, yes_no), {"answer": "no"})
    assert late["Location"] == _urls(cast, org_response)["preview"]
    assert OrgAnswer.objects.get().value == {"choice": "yes"}


def test_withdrawing_asks_first_keeps_the_record_and_a_new_draft_may_start(
    cast, client_for, setting
):
    org_response = submitted_org_response(
        cast.riverside_advocacy, cast.riverside_consultation, cast.vcse_member
    )
    browser = client_for("vcse_member")
    confirm = browser.get(_urls(cast, org_response)["withdraw"])
    assert "Withdraw your organisation" in confirm.content.decode()
    org_response.refresh_from_db()
    assert org_response.is_submitted  # asking is not doing

    done = browser.post(_urls(cast, org_response)["withdraw"], follow=True).content.decode()
    assert "You withdrew the response." in done and "Withdrawn on" in done
    org_response.refresh_from_db()
    assert org_response.is_withdrawn and org_response.withdrawn_by == cast.vcse_member
    assert browser.post(_urls(cast, org_response)["withdraw"]).status_code == 302
    org_response.refresh_from_db()
    assert org_response.withdrawn_by == cast.vcse_member

    listing = browser.get(_urls(cast)["list"]).content.decode()
    assert "A response was withdrawn on" in listing and "Start a response" in listing
    fresh = _start(cast, browser)
    assert fresh.pk != org_response.pk and fresh.is_draft
    assert OrganisationalResponse.objects.count() == 2


def test_another_organisations_response_is_not_found(cast, client_for, setting):
    org_response = submitted_org_response(
        cast.riverside_advocacy, cast.riverside_consultation, cast.vcse_member
    )
    urls = _urls(cast, org_response)
    browser = client_for("other_vcse_member")
    for name in ("list", "preview", "speaks_for", "withdraw"):
        assert browser.get(urls[name]).status_code == 404, name
    assert browser.post(urls["withdraw"]).status_code == 404
    assert browser.post(urls["start"]).status_code == 404
    # Their own organisation's address with this response's number finds nothing either.
    theirs = reverse(
        "organisations:org_response_preview", args=[cast.hillside_carers.pk, org_response.pk]
    )
    assert browser.get(theirs).status_code == 404
    org_response.refresh_from_db()
    assert org_response.is_submitted


def test_commissioners_read_submitted_and_withdrawn_responses_but_never_drafts(
    cast, client_for, setting
):
    submitted = submitted_org_response(
        cast.riverside_advocacy, cast.riverside_consultation, cast.vcse_member
    )
    browser = client_for("commissioner")
    index = reverse("organisations:commissioner_org_responses")
    assert index in browser.get(reverse("organisations:home")).content.decode()
    assert "1 response" in browser.get(index).content.decode()
    listing_url = reverse(
        "organisations:commissioner_org_response_list", args=[cast.riverside_consultation.pk]
    )
    html = browser.get(listing_url).content.decode()
    assert "Riverside Advocacy" in html and "Verified" in html
    assert "Speaks for 10 people (People who use support: 6, Family carers: 4; Workshop)" in html

    detail = reverse("organisations:commissioner_org_response", args=[submitted.pk])
    page = browser.get(detail).content.decode()
    assert TELL_US_TEXT in page and "More time." in page
    main = page.split('<main id="main-content"')[1].split("</main>")[0]
    assert "Change" not in main and "<form" not in main

    client_for("vcse_member").post(_urls(cast, submitted)["withdraw"])
    html = browser.get(listing_url).content.decode()
    assert "Withdrawn" in html
    assert "withdrew this response" in browser.get(detail).content.decode()

    draft = _start(cast, client_for("vcse_member"))
    draft_url = reverse("organisations:commissioner_org_response", args=[draft.pk])
    html = browser.get(listing_url).content.decode()
    assert draft_url not in html and "Draft" not in html and html.count("<tr>") == 2
    assert browser.get(draft_url).status_code == 404


def test_other_bodies_and_organisations_cannot_read_a_commissioners_view(cast, client_for, setting):
    submitted = submitted_org_response(
        cast.riverside_advocacy, cast.riverside_consultation, cast.vcse_member
    )
    detail = reverse("organisations:commissioner_org_response", args=[submitted.pk])
    listing = reverse(
        "organisations:commissioner_org_response_list", args=[cast.riverside_consultation.pk]
    )
    for person in ("other_commissioner", "editor", "other_vcse_member", "vcse_member"):
        browser = client_for(person)
        assert browser.get(detail).status_code == 404, person
        assert browser.get(listing).status_code == 404, person


def test_after_the_consultation_closes_nothing_can_change(cast, client_for, setting):
    (yes_no, _tell_us), groups = setting
    browser = client_for("vcse_member")
    draft = _start(cast, browser)
    browser.post(_question_url(cast, draft, yes_no), {"answer": "yes"})
    browser.post(_urls(cast, draft)["speaks_for"], _speaks_for_data(groups, 2, [1, 1]))
    _close(cast)

    closed = "This consultation has closed, so the response cannot change now."
    page = browser.get(_question_url(cast, draft, yes_no), follow=True).content.decode()
    assert closed in page and "Submit the response" not in page
    submit = browser.post(_urls(cast, draft)["submit"], follow=True).content.decode()
    assert closed in submit
    change = browser.post(_urls(cast, draft)["speaks_for"], _speaks_for_data(groups, 4, [2, 2]))
    assert change.status_code == 302
    draft.refresh_from_db()
    assert draft.is_draft and draft.people_represented == 2
    assert browser.post(_urls(cast)["start"]).status_code == 302
    assert OrganisationalResponse.objects.count() == 1
    with pytest.raises(OrgResponseLocked):
        org_response_submit(org_response=draft, user=cast.vcse_member)


def test_an_organisation_not_yet_verified_cannot_start_a_response(cast, client_for, setting):
    organisation = cast.riverside_advocacy
    organisation.verified = False
    organisation.save(update_fields=["verified"])
    browser = client_for("vcse_member")
    assert "Start a response" not in browser.get(_urls(cast)["list"]).content.decode()
    refused = browser.post(_urls(cast)["start"], follow=True).content.decode()
    assert "Your organisation can respond once it has been verified." in refused
    assert not OrganisationalResponse.objects.exists()


def test_a_question_from_another_area_or_an_area_without_questions_is_not_found(
    cast, client_for, setting
):
    browser = client_for("vcse_member")
    draft = _start(cast, browser)
    assert browser.get(_question_url(cast, draft, "not-a-question")).status_code == 404
    no_questions = reverse(
        "organisations:org_response_start",
        args=[cast.riverside_advocacy.pk, cast.riverside_consultation.pk, "hospital"],
    )
    assert browser.post(no_questions).status_code == 404


def test_a_submitted_response_cannot_be_withdrawn_after_the_close(cast, client_for, setting):
    submitted = submitted_org_response(
        cast.riverside_advocacy, cast.riverside_consultation, cast.vcse_member
    )
    _close(cast)
    browser = client_for("vcse_member")
    page = browser.post(_urls(cast, submitted)["withdraw"], follow=True).content.decode()
    assert "This consultation has closed" in page and "Withdraw this response" not in page
    submitted.refresh_from_db()
    assert submitted.is_submitted and submitted.withdrawn_at is None


def _session(organisation, consultation, token: str) -> GroupSession:
    return GroupSession.objects.create(
        organisation=organisation,
        consultation=consultation,
        held_on=datetime.date(2026, 11, 3),
        method="workshop",
        facilitator_name="Sam",
        people_count=9,
        submit_token=token,
    )


def test_only_the_organisations_own_sessions_can_be_linked(cast, client_for, setting):
    _questions, groups = setting
    ours = _session(cast.riverside_advocacy, cast.riverside_consultation, "ours")
    theirs = _session(cast.hillside_carers, cast.riverside_consultation, "theirs")
    browser = client_for("vcse_member")
    draft = _start(cast, browser)
    url = _urls(cast, draft)["speaks_for"]
    page = browser.get(url).content.decode()
    assert "3 November 2026: Workshop, 9 people" in page
    assert f'value="{theirs.pk}"' not in page

    data = _speaks_for_data(groups, 9, [9, 0])
    refused = browser.post(url, data | {"sessions": [theirs.pk]}).content.decode()
    assert "Select from the sessions listed." in refused
    browser.post(url, data | {"sessions": [ours.pk]})
    assert list(draft.sessions.all()) == [ours]
    preview = browser.get(_urls(cast, draft)["preview"]).content.decode()
    assert "3 November 2026: Workshop, 9 people" in preview

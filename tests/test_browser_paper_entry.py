"""A community group member types in one paper form, end to end, on the participant's pages.

axe runs on every page, the duplicate-number error included (ADR 017).
"""

import pytest
from django.urls import reverse

from consultations.demo_content import demo_content_load
from organisations.models import Membership, Organisation
from responses.models import Channel, Response
from responses.tests import browser_steps as steps
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import UserFactory, staff_ready

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

BANNER = "Typing in paper form 17 for Riverside Self Advocates"


def _banner(page) -> str:
    return page.locator(".entry-banner").inner_text()


def test_a_member_types_in_a_paper_form_and_a_used_number_is_refused(live_server, page):
    consultation = demo_content_load()
    organisation = Organisation.objects.get(name="Riverside Self Advocates")
    member = staff_ready(UserFactory(username="val@advocates.example"))
    Membership.objects.create(user=member, organisation=organisation)

    sign_in(page, live_server, member)
    page.wait_for_url(live_server.url + reverse("organisations:detail", args=[organisation.pk]))
    follow(page, page.get_by_role("link", name="Type in paper answers"))
    page.wait_for_url(live_server.url + reverse("responses:entry_start", args=[organisation.pk]))
    steps.check(page)
    # The only open consultation is chosen already, and a paper form is the usual kind.
    assert page.get_by_label(consultation.title).is_checked()
    assert page.get_by_label("A paper form").is_checked()
    page.get_by_label("Form number or interview reference").fill("17")
    follow(page, page.get_by_role("button", name="Start typing in"))
    page.wait_for_url("**/about-you/who/")

    # The participant's own About you pages, each with the banner.
    assert BANNER in _banner(page)
    assert "0 forms typed in this batch" in _banner(page)
    steps.answer_about_you(page)
    while page.locator("form[data-question-type]").count():
        assert BANNER in _banner(page)
        assert page.get_by_text("Save and come back later").count() == 0
        steps.answer_question(page, javascript=True)

    assert page.locator("h1").inner_text() == "Check your answers"
    assert BANNER in _banner(page)
    steps.check(page)
    page.get_by_label("These are my views").check()
    follow(page, page.get_by_role("button", name="Send my answers"))
    batch_url = reverse("responses:entry_batch", args=[organisation.pk, consultation.pk])
    page.wait_for_url(live_server.url + batch_url)

    # Back on the batch, with the count and a field for the next form.
    main = page.locator("main").inner_text()
    assert "Paper form 17 is sent. 1 form typed in this batch." in main
    assert "Type in the next form" in main
    steps.check(page)

    page.get_by_label("Form number or interview reference").fill("17")
    follow(page, page.get_by_role("button", name="Start typing in"))
    summary = page.locator("[data-error-summary]").inner_text()
    assert "Paper form 17 has already been typed in for this consultation." in summary
    assert page.get_by_label("Form number or interview reference").input_value() == "17"
    assert_no_axe_violations(page)

    response = Response.objects.get()
    assert (response.channel, response.paper_form_number) == (Channel.STAFF_PAPER, "17")
    assert response.is_sent and response.entered_by == member
    assert response.answers.count() == 11

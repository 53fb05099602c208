"""'You said, we did' end to end (ADR 025): a commissioner is refused publishing without the
easy-read sign-off, records it, publishes in the Wagtail admin; a participant reads the page and
finds out with their code, with and without JavaScript. axe at zero in every state."""

import pytest
from django.test import Client
from django.urls import reverse

from decisions.models import YouSaidWeDidPage
from decisions.tests.conftest import offer_models, record_decision
from decisions.tests.yswd import ask_where_to_live, people_choose, ready_to_publish, sign_off
from responses.tests.journey import Journey
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

REFUSED = "People with learning disabilities must check this page before it goes live."


def _press_publish(page) -> None:
    """Publish sits in the editor's action menu, under its toggle."""
    publish = page.locator('button[name="action-publish"]')
    if not publish.is_visible():
        menu = page.locator(".w-dropdown-button").filter(has=publish)
        menu.get_by_role("button", name="More actions").click()
    follow(page, publish)
    # Wagtail fades its messages in; axe must read them at full colour.
    # (Polled from here: the admin's Content-Security-Policy stops wait_for_function's eval.)
    shown = (
        "[...document.querySelectorAll('.messages > ul')]"
        ".every(list => getComputedStyle(list).opacity === '1')"
    )
    for _ in range(50):
        if page.evaluate(shown):
            break
        page.wait_for_timeout(100)


def _setting():
    cast = cast_build()
    consultation = cast.riverside_consultation
    models = offer_models(consultation)
    ask_where_to_live(consultation, models)
    journey = Journey(Client(), consultation)
    code = journey.start()
    journey.answer("choice", {"answer": journey.option_keys("choice")[1]})  # Shared Lives
    journey.post(journey.url("check"))
    people_choose(consultation)
    decision = record_decision(consultation, cast.commissioner, models, with_line=True)
    page = ready_to_publish(consultation, decision, cast.commissioner)
    return cast, consultation, page, code


def test_a_commissioner_publishes_and_a_participant_finds_out_with_their_code(
    live_server, page_factory
):
    cast, consultation, draft, code = _setting()
    staff = page_factory()
    sign_in(staff, live_server, cast.commissioner)

    # From the decisions list, where the page's state is shown beside the decisions.
    staff.goto(live_server.url + reverse("decisions:list", args=[cast.riverside.pk]))
    assert "Draft." in staff.locator("main").inner_text()
    assert_no_axe_violations(staff)
    follow(staff, staff.get_by_role("link", name="Edit the page"))
    assert staff.locator("form#page-edit-form").is_visible()
    _press_publish(staff)
    # Refused with a clear message, and the draft is kept.
    assert REFUSED in staff.locator("body").inner_text()
    assert not YouSaidWeDidPage.objects.get(pk=draft.pk).live
    assert_no_axe_violations(staff)

    # People with learning disabilities checked it, and the check is recorded (the workflow's
    # approval or Easy-read sign-offs records it; both are tested in decisions/tests).
    sign_off(consultation)

    staff.goto(f"{live_server.url}/admin/pages/{draft.pk}/edit/")
    _press_publish(staff)
    assert REFUSED not in staff.locator("body").inner_text()
    published = YouSaidWeDidPage.objects.get(pk=draft.pk)
    assert published.live
    assert_no_axe_violations(staff)

    yours = reverse("decisions:yours", args=[consultation.pk])
    for javascript, viewport in ((False, "mobile"), (True, "desktop")):
        reader = page_factory(javascript=javascript, viewport=viewport)
        reader.goto(live_server.url + consultation.url)
        follow(reader, reader.get_by_role("link", name="What we decided"))
        assert reader.locator("h1").inner_text() == "What we decided"
        main = reader.locator("main").inner_text()
        assert "More money goes to Shared Lives each year." in main
        assert "15 out of 25 people" in main and "%" not in main
        assert "3 new carers said yes." in main
        assert (
            reader.evaluate("document.documentElement.scrollWidth")
            <= (reader.viewport_size["width"])
        )
        assert_no_axe_violations(reader)

        follow(reader, reader.get_by_role("link", name="See what we decided about your answers"))
        assert reader.locator("h1").inner_text() == "See what we decided about your answers"
        reader.get_by_label("Your code").fill("KMP 47R TWX")
        follow(reader, reader.get_by_role("button", name="Continue"))
        assert "We cannot find answers with this code." in reader.locator("main").inner_text()
        assert_no_axe_violations(reader)

        reader.get_by_label("Your code").fill(code)
        follow(reader, reader.get_by_role("button", name="Continue"))
        assert reader.url.endswith(yours)
        assert reader.locator("h1").inner_text() == "What we decided about your answers"
        answers = reader.locator("[data-your-answers]").inner_text()
        assert "Where would you like to live?" in answers and "Shared Lives" in answers
        assert "More people can live with a Shared Lives carer." in (
            reader.locator("main").inner_text()
        )
        assert_no_axe_violations(reader)

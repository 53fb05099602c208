"""A commissioner records a decision with a ledger line, through an error state, axe at zero."""

import pytest
from django.urls import reverse

from consultations.models import AreaPage, AreaSupportModel
from consultations.tests.factories import make_support_model
from decisions.models import Decision
from tests.browser import assert_no_axe_violations, follow, sign_in
from tests.cast import cast_build

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_commissioner_records_a_decision_with_a_ledger_line(live_server, page):
    cast = cast_build()
    area = AreaPage.objects.child_of(cast.riverside_consultation).get(area_key="accommodation")
    for order, name in enumerate(["Residential care", "Shared Lives"]):
        AreaSupportModel.objects.create(
            page=area,
            sort_order=order,
            support_model=make_support_model(name),
            spend_now=1,
            spend_expected=1,
        )

    sign_in(page, live_server, cast.commissioner)

    page.goto(live_server.url + reverse("decisions:list", args=[cast.riverside.pk]))
    assert page.locator("h1").inner_text() == "Decisions"
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("link", name="Record a decision for Riverside: have your say"))
    assert_no_axe_violations(page)

    page.get_by_label("Support with where you live").check()
    page.get_by_label("What we decided", exact=True).fill("Move 10 places to Shared Lives")
    follow(page, page.get_by_role("button", name="Save and add ledger lines"))
    # The error state: a summary first, and what was typed is kept.
    summary = page.locator(".error-summary").inner_text()
    assert "Enter what you decided, in easy read." in summary
    assert page.get_by_label("What we decided", exact=True).input_value() == (
        "Move 10 places to Shared Lives"
    )
    assert_no_axe_violations(page)

    page.get_by_label("What we decided, in easy read").fill("More people can live with a family.")
    page.get_by_label("Reasons", exact=True).fill("Most people asked for Shared Lives.")
    page.get_by_label("Reasons, in easy read").fill("Many people want to live with a family.")
    page.get_by_label("Who decided").fill("Joint Commissioning Board")
    page.get_by_label("Meeting").fill("Board meeting")
    follow(page, page.get_by_role("button", name="Save and add ledger lines"))
    assert page.locator("h1").inner_text() == "Ledger lines"
    assert_no_axe_violations(page)

    page.get_by_label("Money").check()
    page.get_by_label("From which model").select_option(label="Residential care")
    page.get_by_label("To which model").select_option(label="Residential care")
    page.get_by_label("Amount before").fill("200000")
    page.get_by_label("Amount after").fill("500000")
    page.get_by_label("Unit", exact=True).fill("£")
    page.get_by_label("a year").check()
    follow(page, page.get_by_role("button", name="Add line"))
    assert "It cannot be the same." in page.locator(".error-summary").inner_text()
    assert page.get_by_label("Amount after").input_value() == "500000"
    assert_no_axe_violations(page)

    page.get_by_label("To which model").select_option(label="Shared Lives")
    follow(page, page.get_by_role("button", name="Add line"))
    assert "£300,000 a year more for Shared Lives" in page.locator("table").inner_text()
    assert_no_axe_violations(page)

    decision = Decision.objects.get()
    assert decision.changes.count() == 1 and not decision.is_published

    follow(page, page.get_by_role("link", name="Next: evidence"))
    follow(page, page.get_by_role("button", name="Add evidence"))
    assert "Choose where the evidence comes from." in page.locator(".error-summary").inner_text()
    assert_no_axe_violations(page)
    page.get_by_label("Where it comes from").select_option(label="An idea")
    page.get_by_label("Reference").fill("IDEA-7")
    page.get_by_label("What people asked for", exact=True).fill("More Shared Lives carers.")
    page.get_by_label("What people asked for, in easy read").fill(
        "More people can live with a family."
    )
    follow(page, page.get_by_role("button", name="Add evidence"))
    assert "An idea: IDEA-7" in page.locator("table").inner_text()

    follow(page, page.get_by_role("link", name="Next: check and publish"))
    preview = page.locator("[data-preview]").inner_text()
    assert "More people can live with a family." in preview
    assert "£300,000 a year more for Shared Lives" in preview
    assert_no_axe_violations(page)
    follow(page, page.get_by_role("button", name="Publish decision"))
    assert "Decision published." in page.locator("main").inner_text()
    assert_no_axe_violations(page)

    follow(page, page.get_by_role("link", name="Add a progress update"))
    page.get_by_label("In progress").check()
    page.get_by_label("Progress (%)").fill("30")
    page.get_by_label("What happened", exact=True).fill("3 new carers found")
    page.get_by_label("What happened, in easy read").fill("3 new carers said yes.")
    follow(page, page.get_by_role("button", name="Add update"))
    assert "3 new carers said yes." in page.locator(".timeline").inner_text()
    assert_no_axe_violations(page)
    decision.refresh_from_db()
    assert decision.is_published and decision.progress_pct == 30

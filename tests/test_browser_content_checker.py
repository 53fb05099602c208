"""Wagtail's content checker runs the easy-read checks on a page, for signed-in staff."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, User
from django.urls import reverse

from consultations.models import AreaPage
from consultations.tests.factories import make_consultation, make_image, point

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

LONG = (
    "This sentence is far too long for easy read because it keeps going on and on "
    "about the many different kinds of support people get."
)


def test_content_checker_flags_long_sentences_and_missing_pictures(live_server, page):
    consultation = make_consultation()
    area = AreaPage.objects.child_of(consultation).get(area_key="home")
    picture = make_image("Home")
    area.body = [point(picture, LONG), point(picture, "NHS pays about 60% now.")]
    area.save_revision().publish()
    editor = User.objects.create_user("ed", "ed@example.org", "a-long-password-1")
    editor.groups.add(Group.objects.get(name="Editors"))
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)

    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("Email").fill("ed@example.org")
    page.get_by_label("Password").fill("a-long-password-1")
    page.get_by_role("button", name="Sign in").click()
    # Staff are led on to set up two-step sign-in (issue 14); the public page still has the checker.
    page.wait_for_url(live_server.url + reverse("mfa_activate_totp"))
    page.goto(live_server.url + area.url)

    shadow = "document.querySelector('wagtail-userbar').shadowRoot"
    page.wait_for_function(
        f"Number({shadow}.querySelector('[data-content-checker-count]').textContent) > 0"
    )
    page.locator("wagtail-userbar [data-wagtail-userbar-trigger]").click()
    page.locator("wagtail-userbar #checker-trigger").click()
    names = page.locator("wagtail-userbar [data-content-checker-name]").all_inner_texts()
    assert "A sentence is longer than 15 words" in names
    assert "A percentage, decimal or big number is used" in names


def test_participants_never_load_the_content_checker(client):
    consultation = make_consultation()
    html = client.get(consultation.url).content.decode()
    assert "wagtail-userbar" not in html
    assert "easy_read_checks.js" not in html

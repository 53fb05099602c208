"""`make run` loads the demo and prints where to go: the logins must be the last thing shown."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from consultations.demo import DEMO_ACCOUNTS
from consultations.models import ConsultationPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def printed(settings, tmp_path) -> list[str]:
    settings.MEDIA_ROOT = tmp_path
    settings.DEBUG = True  # the loader refuses to run without it
    out = io.StringIO()
    call_command("load_demo", "--address", "http://0.0.0.0:8123/", stdout=out)
    return out.getvalue().splitlines()


def test_demo_loader_prints_the_logins_last(printed):
    heading = printed.index("Demo logins (email / password):")
    last = printed[heading + 1 :]
    # Nothing but logins after the heading: each line is an email address and its password.
    assert all(len(line.split()) >= 2 and "@" in line.split()[0] for line in last)
    for account in DEMO_ACCOUNTS:
        assert any(account.email in line and account.password in line for line in last)


def test_demo_loader_prints_the_address_it_was_given(printed):
    consultation = ConsultationPage.objects.get(slug="riverside")
    start = reverse("responses:start", kwargs={"consultation_pk": consultation.pk})
    text = "\n".join(printed)
    assert f"http://0.0.0.0:8123{start}" in text
    assert f"http://0.0.0.0:8123{reverse('account_login')}" in text
    assert ":8000" not in text


def test_the_printed_participant_start_address_opens(client, printed):
    start = next(line for line in printed if "Participants start" in line).split()[-1]
    response = client.get(start.removeprefix("http://0.0.0.0:8123"))
    assert response.status_code == 200

"""Behind a load balancer every request comes from the balancer's address. The guess limit must
still tell people apart, by the address the balancer saw, or ten wrong codes from anyone would
stop everyone coming back."""

import pytest
from django.test import Client, override_settings

from responses.guesses import GUESS_LIMIT
from tests.test_foundation import _example_environment, _run_manage

from .journey import Journey, page_text

pytestmark = pytest.mark.django_db

BALANCER = "10.0.0.2"


def _through_the_balancer(riverside, person: str, *, claimed: str = "") -> Journey:
    # The balancer adds the address it saw to whatever the person's browser sent.
    forwarded = f"{claimed}, {person}" if claimed else person
    return Journey(Client(REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=forwarded), riverside)


@pytest.fixture
def started(journey):
    return journey.start()


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_guesser_behind_the_balancer_does_not_lock_out_everyone_else(started, riverside):
    for _ in range(GUESS_LIMIT):
        guesser = _through_the_balancer(riverside, "203.0.113.5")
        guesser.post(guesser.url("resume"), {"code": "KMP 47R TWX"})
    guesser = _through_the_balancer(riverside, "203.0.113.5")
    assert "You have tried too many times." in page_text(
        guesser.post(guesser.url("resume"), {"code": started})
    )
    someone_else = _through_the_balancer(riverside, "198.51.100.7")
    assert someone_else.post(someone_else.url("resume"), {"code": started}).status_code == 302


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_a_guesser_cannot_dodge_the_limit_by_making_up_forwarded_addresses(started, riverside):
    for n in range(GUESS_LIMIT):
        guesser = _through_the_balancer(riverside, "203.0.113.5", claimed=f"192.0.2.{n}")
        guesser.post(guesser.url("resume"), {"code": "KMP 47R TWX"})
    guesser = _through_the_balancer(riverside, "203.0.113.5", claimed="192.0.2.99")
    reply = guesser.post(guesser.url("resume"), {"code": started})
    assert "You have tried too many times." in page_text(reply)


def test_without_trusted_proxies_a_made_up_forwarded_address_is_ignored(started, riverside):
    for n in range(GUESS_LIMIT):
        guesser = Journey(Client(HTTP_X_FORWARDED_FOR=f"192.0.2.{n}"), riverside)
        guesser.post(guesser.url("resume"), {"code": "KMP 47R TWX"})
    guesser = Journey(Client(HTTP_X_FORWARDED_FOR="192.0.2.99"), riverside)
    assert "You have tried too many times." in page_text(
        guesser.post(guesser.url("resume"), {"code": started})
    )


def test_production_reads_the_number_of_trusted_proxies_from_the_environment():
    env = _example_environment()
    assert env["TRUSTED_PROXY_COUNT"] == "1", ".env.example should show the load balancer"
    env["TRUSTED_PROXY_COUNT"] = "2"
    result = _run_manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.TRUSTED_PROXY_COUNT, settings.ALLAUTH_TRUSTED_PROXY_COUNT)",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == ["2", "2"]

"""Requests that arrive at the same moment, from threads with their own database connections:
a double click on "I agree" and a burst of guessed codes. Run on SQLite and on PostgreSQL."""

import re
import threading
from collections.abc import Callable
from unittest import mock

import pytest
from django.db import connections
from django.test import Client
from django.utils import timezone

from consultations.tests.factories import make_consultation
from responses import services
from responses.guesses import GUESS_LIMIT
from responses.models import Response, resume_code_hashes

from .journey import Journey, csrf_token, page_text

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def at_the_same_time(*calls: Callable[[], object]) -> list[object]:
    """Run every call in its own thread, all released together. Returns results in order."""
    gate = threading.Barrier(len(calls), timeout=30)
    results: list[object] = [None] * len(calls)

    def run(i: int) -> None:
        try:
            gate.wait()
            results[i] = calls[i]()
        except Exception as error:  # noqa: BLE001 - reported by the test below, not swallowed
            results[i] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not [result for result in results if isinstance(result, Exception)], results
    return results


@pytest.fixture
def consultation():
    return make_consultation()


def _shown_code(reply) -> str:
    match = re.search(r"data-resume-code>([^<]+)<", reply.content.decode())
    assert match, "The page did not show a code."
    return match.group(1).strip()


def _both_look_before_either_makes_one():
    """Hold each click after it first looks for a response, until the other has looked too.

    Without this the two threads often run one after the other, and the race is only sometimes
    seen. With it, both have looked for an existing response and found none: the worst case.
    """
    real = services._started_with
    gate = threading.Barrier(2, timeout=10)
    waited = threading.local()

    def held(start_token: str):
        found = real(start_token)
        if not getattr(waited, "done", False):
            waited.done = True
            gate.wait()
        return found

    return mock.patch.object(services, "_started_with", side_effect=held)


def test_a_double_click_on_i_agree_shows_the_code_that_opens_the_answers(consultation):
    first = Journey(Client(), consultation)
    token = csrf_token(first.get(first.url("consent")).content.decode())
    # The second click comes from the same browser: same cookies, same form.
    second = Client(enforce_csrf_checks=True)
    second.cookies = first.client.cookies
    data = {"agree": "on", "csrfmiddlewaretoken": token}
    returned = []
    real_start = services.response_start

    def recording_start(**kwargs):
        result = real_start(**kwargs)
        returned.append(result)
        return result

    with (
        _both_look_before_either_makes_one(),
        mock.patch("responses.views.start.response_start", side_effect=recording_start),
    ):
        replies = at_the_same_time(
            lambda: first.client.post(first.url("consent"), data),
            lambda: second.post(first.url("consent"), data),
        )
    assert [reply.status_code for reply in replies] == [302, 302]
    assert Response.objects.count() == 1
    response = Response.objects.get()
    # Whichever click's page the person sees, its code opens their answers.
    assert len(returned) == 2
    for started, code in returned:
        assert started == response
        assert Response.objects.with_code(code).get() == response
    shown = _shown_code(first.get(first.url("your_code")))
    assert Response.objects.with_code(shown.replace(" ", "")).get() == response
    # And it brings them back from another browser.
    later = Journey(Client(), consultation)
    assert later.post(later.url("resume"), {"code": shown}).status_code == 302


def test_wrong_codes_sent_at_the_same_moment_cannot_pass_the_limit(consultation):
    # Each guess from its own browser, as a script would send them; all from the same address.
    guessers = [Journey(Client(), consultation) for _ in range(30)]
    tokens = [csrf_token(g.get(g.url("resume")).content.decode()) for g in guessers]
    checked = mock.MagicMock(wraps=Response.objects.with_code)
    with mock.patch.object(Response.objects, "with_code", checked):
        replies = at_the_same_time(
            *[
                (
                    lambda g=g, t=t: g.client.post(
                        g.url("resume"), {"code": "KMP 47R TWX", "csrfmiddlewaretoken": t}
                    )
                )
                for g, t in zip(guessers, tokens, strict=True)
            ]
        )
    assert {reply.status_code for reply in replies} == {200}
    texts = [page_text(reply) for reply in replies]
    assert checked.call_count == GUESS_LIMIT
    assert sum("We cannot find answers with this code." in t for t in texts) == GUESS_LIMIT - 1
    assert sum("You have tried too many times." in t for t in texts) == 30 - (GUESS_LIMIT - 1)


def test_a_double_click_when_the_chosen_code_is_taken_shows_the_code_the_response_got(
    consultation,
):
    first = Journey(Client(), consultation)
    token = csrf_token(first.get(first.url("consent")).content.decode())
    chosen = first.client.session["answering"][str(consultation.pk)]["code"]
    # Someone else's response already has the chosen code (about 1 in 2 trillion in real life).
    someone_else = Response.objects.create(
        start_token="someone-else",
        consultation=consultation,
        resume_code_hash=resume_code_hashes(chosen)[0],
        consent_given_at=timezone.now(),
    )
    second = Client(enforce_csrf_checks=True)
    second.cookies = first.client.cookies
    data = {"agree": "on", "csrfmiddlewaretoken": token}
    with _both_look_before_either_makes_one():
        at_the_same_time(
            lambda: first.client.post(first.url("consent"), data),
            lambda: second.post(first.url("consent"), data),
        )
    mine = Response.objects.exclude(pk=someone_else.pk).get()
    shown = _shown_code(first.get(first.url("your_code"))).replace(" ", "")
    assert shown != chosen
    assert Response.objects.with_code(shown).get() == mine

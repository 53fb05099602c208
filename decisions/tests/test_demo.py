import pytest
from django.core.management import call_command

from decisions.models import Decision, DecisionChange, DecisionEvidence, DecisionUpdate
from decisions.presenters import easy_read_findings

pytestmark = pytest.mark.django_db


def _snapshot():
    return [
        list(model.objects.values_list("pk", flat=True))
        for model in (Decision, DecisionChange, DecisionEvidence, DecisionUpdate)
    ]


def test_the_demo_publishes_a_decision_with_two_lines_evidence_and_an_update_once(settings):
    settings.DEBUG = True
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")
    assert _snapshot() == first
    # The open consultation's: the closed demo is tested in test_demo_closed.py.
    decision = Decision.objects.get(consultation__slug="riverside")
    assert decision.is_published
    assert decision.changes.count() == 2
    assert decision.evidence.count() >= 1
    assert decision.updates.get().progress_pct == decision.progress_pct == 30
    # A draft "you said, we did" page, once: it goes live after the consultation closes.
    from decisions.models import YouSaidWeDidPage

    page = YouSaidWeDidPage.objects.child_of(decision.consultation).get()
    assert not page.live
    assert easy_read_findings(decision) == [] or all(
        finding.advice for checked in easy_read_findings(decision) for finding in checked.findings
    )


def test_a_closed_demo_can_publish_its_page_once_and_people_are_told_today(cast, decision):
    import datetime

    from django.utils import timezone

    from decisions.demo import demo_you_said_we_did_publish
    from decisions.promise import promise_for

    from .yswd import close, publish_decision

    consultation = cast.riverside_consultation
    close(consultation, promise_date=timezone.localdate() + datetime.timedelta(days=5))
    publish_decision(decision, cast.commissioner)
    page = demo_you_said_we_did_publish(consultation, user=cast.commissioner)
    again = demo_you_said_we_did_publish(consultation, user=cast.commissioner)
    assert page.pk == again.pk and again.live and again.is_signed_off()
    promise = promise_for(consultation)
    assert promise.told_on == timezone.localdate() and not promise.published_late

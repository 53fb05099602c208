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
    decision = Decision.objects.get()
    assert decision.is_published
    assert decision.changes.count() == 2
    assert decision.evidence.count() >= 1
    assert decision.updates.get().progress_pct == decision.progress_pct == 30
    # A draft "you said, we did" page, once: it goes live after the consultation closes.
    from decisions.models import YouSaidWeDidPage

    page = YouSaidWeDidPage.objects.get()
    assert not page.live and page.get_parent().pk == decision.consultation_id
    assert easy_read_findings(decision) == [] or all(
        finding.advice for checked in easy_read_findings(decision) for finding in checked.findings
    )

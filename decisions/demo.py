"""A published demo decision for the Riverside consultation, for `make run`. Safe to run again."""

import datetime

from django.contrib.auth import get_user_model
from django.utils import timezone

from consultations.models import SupportModel
from responses.questions import question_set

from .models import Decision, Period, Resource, Status, YouSaidWeDidNext, YouSaidWeDidPage
from .services import (
    decision_publish,
    decision_record,
    evidence_add,
    ledger_line_add,
    progress_update_add,
)

TOKEN = "demo-riverside-accommodation"

DECISION = {
    "area_key": "accommodation",
    "title": "Move money and 10 places from residential care to Shared Lives",
    "easy_title": "More people can live with a Shared Lives carer.",
    "summary": (
        "Most people who shared out their coins gave the most to Shared Lives, and few chose "
        "residential care. We will fund 10 more Shared Lives places a year from the residential "
        "care budget."
    ),
    "easy_summary": (
        "Many people told us they want to live with a family.\n"
        "Fewer people want to live in a care home.\n"
        "So we will help more people to live with a Shared Lives carer."
    ),
    "decided_by": "Riverside Joint Commissioning Board",
    "forum": "Board meeting in public",
    "status": Status.PLANNED,
    "progress_pct": 0,
}
# (resource, from, to, before, after, unit, period)
LINES = [
    (Resource.MONEY, "Residential care", "Shared Lives", 1_200_000, 1_800_000, "£", Period.YEAR),
    (Resource.PLACES, "Residential care", "Shared Lives", 20, 30, "places", Period.YEAR),
]


def demo_you_said_we_did_load(consultation, user=None) -> YouSaidWeDidPage:
    """A draft "you said, we did" page (ADR 025). It can be published once the consultation has
    closed, its results are published and people with learning disabilities have checked it."""
    existing = YouSaidWeDidPage.objects.child_of(consultation).first()
    if existing:
        return existing
    page = YouSaidWeDidPage(
        title="What we decided",
        slug="what-we-decided",
        easy_intro="We read all your answers.\nHere is what we decided.",
        live=False,
        owner=user,
    )
    page.next_steps.add(
        YouSaidWeDidNext(
            area_key="accommodation",
            easy_text="We will find 10 new Shared Lives carers.\nWe will tell you how it goes.",
        )
    )
    consultation.add_child(instance=page)
    page.save_revision(user=user, log_action=False)
    return page


def demo_you_said_we_did_publish(consultation, *, user=None) -> YouSaidWeDidPage:
    """The page, checked and published: for a demo consultation that has closed with its
    decisions published. People are "told" from this moment (ADR 025). Safe to run again."""
    from consultations.models import EasyReadSignOff
    from consultations.services import signoff_record

    page = demo_you_said_we_did_load(consultation, user)
    covers = EasyReadSignOff.Covers.YOU_SAID_WE_DID
    if not consultation.easy_read_sign_offs.filter(covers=covers).exists():
        # Publishing from code skips the admin's gate, so the check is recorded first (ADR 006).
        signoff_record(
            consultation=consultation,
            covers=covers,
            checked_by="Amina, Ben and Carol",
            checkers_organisation="Riverside Self Advocates",
            checked_on=timezone.localdate(),
            notes="Demo: checked the decisions page together.",
            user=user,
        )
    if not page.live:
        page.save_revision(user=user, log_action=False).publish(user=user)
        page.refresh_from_db()
    return page


def demo_ledger_lines_add(decision, user, lines) -> None:
    """Ledger lines given as (resource, from model's name, to model's name, before, after, unit,
    period), through the same service as the ledger screen."""
    for resource, source, target, before, after, unit, period in lines:
        ledger_line_add(
            decision=decision,
            user=user,
            resource=resource,
            from_model=SupportModel.objects.get(name=source),
            to_model=SupportModel.objects.get(name=target),
            amount_before=before,
            amount_after=after,
            unit=unit,
            period=period,
        )


def demo_decisions_load(consultation) -> Decision:
    existing = Decision.objects.filter(submit_token=TOKEN).first()
    if existing:
        demo_you_said_we_did_load(consultation, existing.created_by)
        return existing
    # The demo commissioner decides; an administrator when the body has no members yet.
    membership = consultation.commissioner.memberships.select_related("user").first()
    user = (
        membership.user
        if membership
        else get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    )
    today = timezone.localdate()
    decision, _ = decision_record(
        consultation=consultation,
        user=user,
        submit_token=TOKEN,
        decided_on=today - datetime.timedelta(days=14),
        **DECISION,
    )
    demo_ledger_lines_add(decision, user, LINES)
    questions = question_set(consultation)
    for ref in questions.refs:
        if ref.area_key != decision.area_key:
            continue
        question = questions.question(ref, pictures=False)
        evidence_add(
            decision=decision,
            user=user,
            kind="question_result",
            reference=ref.id,
            label=question.text,
            asked_for="Shared Lives was chosen most often, and got the biggest share of coins.",
            easy_asked_for="Most people want more Shared Lives.\nFew people want more care homes.",
        )
    decision_publish(decision=decision, user=user)
    progress_update_add(
        decision=decision,
        user=user,
        submit_token=f"{TOKEN}-update-1",
        on=today,
        title="Recruiting 10 new Shared Lives carers",
        easy_text="We are looking for new Shared Lives carers.\n3 new carers have said yes.",
        status=Status.IN_PROGRESS,
        progress_pct=30,
    )
    decision.refresh_from_db()
    demo_you_said_we_did_load(consultation, user)
    return decision

"""Workflows for decisions (ADR 022). Each one is audited and safe to repeat.

Audit: every write is logged through Wagtail's log (`ModelLogEntry`: who, when, what), so it shows
in the admin's site history beside page changes. Double submits find what the first one made: a
submit token on records, `select_for_update` on the decision for everything else.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from consultations.content_version import content_version_bump

from .models import Decision, DecisionChange, DecisionEvidence, DecisionUpdate

# Fields a commissioner writes when recording a decision, and may change while it is a draft.
DECISION_FIELDS = (
    "area_key",
    "title",
    "easy_title",
    "summary",
    "easy_summary",
    "decided_on",
    "decided_by",
    "forum",
    "status",
    "progress_pct",
)


class DecisionPublished(Exception):
    """A published decision is kept as it was: record a change as a new dated entry instead."""


class DecisionNotReady(Exception):
    """The decision lacks something people need to read it: evidence of what they asked for."""


class DecisionNotPublished(Exception):
    """Progress is only reported on a published decision."""


def _locked_draft(decision: Decision) -> Decision:
    """The decision, locked for this transaction, or DecisionPublished."""
    locked = Decision.objects.select_for_update().get(pk=decision.pk)
    if locked.is_published:
        raise DecisionPublished
    return locked


def decision_record(*, consultation, user, submit_token: str, **fields) -> tuple[Decision, bool]:
    """Record a draft decision. (decision, False) when this token already made one."""
    existing = Decision.objects.filter(submit_token=submit_token).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            decision = Decision.objects.create(
                consultation=consultation,
                submit_token=submit_token,
                created_by=user,
                **{name: fields[name] for name in DECISION_FIELDS},
            )
            log(decision, "decisions.record", user=user)
    except IntegrityError:
        # Two presses at once: the other one made it.
        return Decision.objects.get(submit_token=submit_token), False
    return decision, True


def decision_edit(*, decision: Decision, user, **fields) -> Decision:
    """Change a draft's words, people or dates. Published decisions raise DecisionPublished."""
    with transaction.atomic():
        locked = _locked_draft(decision)
        for name in DECISION_FIELDS:
            setattr(locked, name, fields[name])
        locked.save()
        log(locked, "wagtail.edit", user=user)
    return locked


def ledger_line_add(*, decision: Decision, user, **fields) -> DecisionChange:
    with transaction.atomic():
        locked = _locked_draft(decision)
        line = DecisionChange(decision=locked, added_by=user, **fields)
        line.full_clean()
        line.save()
        log(locked, "decisions.line_add", user=user, data={"line": line.pk, "text": str(line)})
    return line


def ledger_line_remove(*, decision: Decision, line_pk: int, user) -> bool:
    """False when the line was already gone (a second press)."""
    with transaction.atomic():
        locked = _locked_draft(decision)
        line = locked.changes.filter(pk=line_pk).first()
        if line is None:
            return False
        text = str(line)
        line.delete()
        log(locked, "decisions.line_remove", user=user, data={"line": line_pk, "text": text})
    return True


def evidence_add(*, decision: Decision, user, **fields) -> tuple[DecisionEvidence, bool]:
    """Link what people asked for. (evidence, False) when that source is already linked."""
    with transaction.atomic():
        locked = _locked_draft(decision)
        existing = locked.evidence.filter(kind=fields["kind"], reference=fields["reference"])
        if existing.exists():
            return existing.get(), False
        evidence = DecisionEvidence.objects.create(decision=locked, added_by=user, **fields)
        log(locked, "decisions.evidence_add", user=user, data={"evidence": evidence.label})
    return evidence, True


def evidence_remove(*, decision: Decision, evidence_pk: int, user) -> bool:
    with transaction.atomic():
        locked = _locked_draft(decision)
        evidence = locked.evidence.filter(pk=evidence_pk).first()
        if evidence is None:
            return False
        label = evidence.label
        evidence.delete()
        log(locked, "decisions.evidence_remove", user=user, data={"evidence": label})
    return True


def decision_publish(*, decision: Decision, user) -> bool:
    """Publish a draft. False when it was already published (a second press).

    Publishing a revision marks the decision it replaces with a dated entry on its timeline;
    the old decision itself stays exactly as people read it.
    """
    with transaction.atomic():
        locked = Decision.objects.select_for_update().get(pk=decision.pk)
        if locked.is_published:
            return False
        if not locked.evidence.exists():
            raise DecisionNotReady
        locked.published_at, locked.published_by = timezone.now(), user
        locked.save(update_fields=["published_at", "published_by", "updated_at"])
        log(locked, "decisions.publish", user=user)
        # The consultation's pages say whether people were told on time (decisions/promise.py).
        consultation_pk = locked.consultation_id
        transaction.on_commit(lambda: content_version_bump(consultation_pk))
        if locked.supersedes_id:
            old = Decision.objects.select_for_update().get(pk=locked.supersedes_id)
            DecisionUpdate.objects.create(
                decision=old,
                kind=DecisionUpdate.Kind.REVISED,
                on=timezone.localdate(),
                title=f"Changed by a new decision: {locked.title}",
                easy_text="We changed this decision.\nRead the new decision to find out more.",
                status=old.status,
                progress_pct=old.progress_pct,
                submit_token=f"revised-by-{locked.pk}",
                created_by=user,
            )
            log(old, "decisions.revised", user=user, data={"new_decision": locked.pk})
    decision.refresh_from_db()
    return True


def decision_revise(*, decision: Decision, user) -> tuple[Decision, bool]:
    """Start a change to a published decision: a new draft copied from it, with its ledger
    lines and evidence. (draft, False) when a change is already under way.
    """
    with transaction.atomic():
        locked = Decision.objects.select_for_update().get(pk=decision.pk)
        if not locked.is_published:
            raise DecisionNotPublished
        existing = Decision.objects.filter(supersedes=locked).first()
        if existing:
            return existing, False
        draft = Decision.objects.create(
            consultation=locked.consultation,
            supersedes=locked,
            submit_token=f"revises-{locked.pk}",
            created_by=user,
            **{name: getattr(locked, name) for name in DECISION_FIELDS},
        )
        draft.decided_on = timezone.localdate()
        draft.save(update_fields=["decided_on"])
        for line in locked.changes.all():
            line.pk, line.decision, line.added_by = None, draft, user
            line.save()
        for evidence in locked.evidence.all():
            evidence.pk, evidence.decision, evidence.added_by = None, draft, user
            evidence.save()
        log(draft, "decisions.record", user=user, data={"revises": locked.pk})
    return draft, True


def progress_update_add(
    *,
    decision: Decision,
    user,
    submit_token: str,
    on: datetime.date,
    title: str,
    easy_text: str,
    status: str,
    progress_pct: int,
) -> tuple[DecisionUpdate, bool]:
    """Add a dated entry to a published decision's timeline, and make it the current state."""
    existing = DecisionUpdate.objects.filter(submit_token=submit_token).first()
    if existing:
        return existing, False
    with transaction.atomic():
        locked = Decision.objects.select_for_update().get(pk=decision.pk)
        if not locked.is_published:
            raise DecisionNotPublished
        # Checked again under the lock: the other press of a double click may have just made it.
        existing = DecisionUpdate.objects.filter(submit_token=submit_token).first()
        if existing:
            return existing, False
        update = DecisionUpdate.objects.create(
            decision=locked,
            on=on,
            title=title,
            easy_text=easy_text,
            status=status,
            progress_pct=progress_pct,
            submit_token=submit_token,
            created_by=user,
        )
        # The latest dated entry is the current state; an entry back-dated behind it is history.
        latest = locked.updates.filter(kind=DecisionUpdate.Kind.PROGRESS).latest("on", "pk")
        locked.status, locked.progress_pct = latest.status, latest.progress_pct
        locked.save(update_fields=["status", "progress_pct", "updated_at"])
        log(locked, "decisions.progress", user=user, data={"update": update.title})
    decision.refresh_from_db()
    return update, True

"""Workflows for telling people (ADR 026). Each is audited and safe to repeat.

Audit: every write by staff goes to Wagtail's log (`ModelLogEntry`: who, when, what), as the
decisions app does. Double presses find what the first press made: a round is unique per
consultation and occasion, a notice per round and response.
"""

import datetime
import re

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Min
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from decisions.models import Decision, DecisionUpdate, YouSaidWeDidPage
from decisions.pages import you_said_we_did_live
from organisations.models import Membership, Organisation
from responses.models import ContactDetails, Response

from .models import (
    EMAIL_ATTEMPTS,
    ContactDeletion,
    LetterDownload,
    Notice,
    OrganisationPack,
    Route,
    State,
    TellingRound,
)
from .tasks import emails_enqueue

# Days contact details are kept after telling starts, unless telling is marked complete first.
KEEP_CONTACT_DAYS_DEFAULT = 90


class NothingToTell(Exception):
    """No published decision for the consultation (or the update is not one of its own)."""


class PageNotLive(NothingToTell):
    """People are told about the "you said, we did" page, so it must be live first (ADR 025)."""


class ContactDetailsDeleted(Exception):
    """Contact details are gone, so nobody can be told any more."""


def keep_contact_days() -> int:
    return getattr(settings, "TELLING_KEEP_CONTACT_DAYS", KEEP_CONTACT_DAYS_DEFAULT)


def group_key(text: str) -> str:
    """One key for the ways people type a group's name: case, spaces, punctuation, "the"."""
    words = re.sub(r"[^\w\s]", " ", text.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _verified_groups() -> dict[str, Organisation]:
    found = {}
    for organisation in Organisation.objects.filter(verified=True).exclude(
        kind=Organisation.Kind.COMMISSIONER
    ):
        for name in (organisation.easy_read_name, organisation.name):
            if name:
                found.setdefault(group_key(name), organisation)
    return found


def _first_state(route: str, contact: dict) -> tuple[str, str]:
    """(state, error) for a new notice, from what the person gave us."""
    if route == Route.TEXT:
        return State.CANNOT_SEND, ""
    needed = {
        Route.EMAIL: ("email", _("There is no email address for this person.")),
        Route.POST: ("postal_address", _("There is no postal address for this person.")),
        Route.ORGANISATION: ("organisation", _("This person did not name a group.")),
    }[route]
    if not (contact.get(needed[0]) or "").strip():
        return State.FAILED, needed[1]
    return State.PENDING, ""


def _packs(round: TellingRound, rows) -> dict[str, OrganisationPack]:
    verified = _verified_groups()
    packs: dict[str, OrganisationPack] = {}
    for row in rows:
        name = (row["contact_details__organisation"] or "").strip()
        if row["hear_back"] != Route.ORGANISATION or not name:
            continue
        key = group_key(name) or name.casefold()
        if key not in packs:
            matched = verified.get(key)
            packs[key] = OrganisationPack(
                round=round,
                key=key,
                name=matched.name if matched else " ".join(name.split()),
                organisation=matched,
            )
        packs[key].people_count += 1
    OrganisationPack.objects.bulk_create(packs.values())
    return {pack.key: pack for pack in OrganisationPack.objects.filter(round=round)}


def _update_of(consultation, update) -> DecisionUpdate:
    if update is None:
        return None
    found = DecisionUpdate.objects.filter(
        pk=update.pk,
        kind=DecisionUpdate.Kind.PROGRESS,
        decision__consultation=consultation,
        decision__published_at__isnull=False,
    ).first()
    if found is None:
        raise NothingToTell
    return found


def telling_start(consultation, *, user, update=None) -> tuple[TellingRound, bool]:
    """Tell everyone who asked to hear back: the decisions, or one progress update.

    Makes the round and a notice per person, queues the emails, and returns (round, created).
    A second call for the same occasion returns the first round and does nothing else.
    """
    update = _update_of(consultation, update)
    if update is None and not Decision.objects.current().filter(consultation=consultation).exists():
        raise NothingToTell
    if you_said_we_did_live(consultation) is None:
        raise PageNotLive
    existing = TellingRound.objects.filter(consultation=consultation, update=update).first()
    if existing:
        return existing, False
    if ContactDeletion.objects.filter(consultation=consultation).exists():
        raise ContactDetailsDeleted
    try:
        with transaction.atomic():
            round = TellingRound.objects.create(
                consultation=consultation, update=update, started_by=user
            )
            rows = list(
                Response.objects.sent()
                .filter(consultation=consultation, hear_back__in=Route.values)
                .values(
                    "pk",
                    "hear_back",
                    "contact_details__email",
                    "contact_details__postal_address",
                    "contact_details__organisation",
                )
                .order_by("pk")
            )
            packs = _packs(round, rows)
            notices = []
            for row in rows:
                contact = {key.split("__")[1]: value for key, value in row.items() if "__" in key}
                state, error = _first_state(row["hear_back"], contact)
                name = (contact["organisation"] or "").strip()
                pack = packs.get(group_key(name) or name.casefold()) if name else None
                notices.append(
                    Notice(
                        round=round,
                        response_id=row["pk"],
                        route=row["hear_back"],
                        state=state,
                        last_error=error,
                        pack=pack if row["hear_back"] == Route.ORGANISATION else None,
                    )
                )
            Notice.objects.bulk_create(notices, batch_size=1000)
            log(round, "telling.start", user=user, data={"people": len(notices)})
            emails = list(
                round.notices.filter(route=Route.EMAIL, state=State.PENDING)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            # Queued once the notices are saved, so the worker finds them.
            transaction.on_commit(lambda: emails_enqueue(emails))
    except IntegrityError:
        # Two presses at once: the other one made the round.
        return TellingRound.objects.get(consultation=consultation, update=update), False
    return round, True


def email_retry(*, notice: Notice, user) -> bool:
    """Try a failed email again, with as many attempts as at first. False if it is not failed."""
    with transaction.atomic():
        locked = Notice.objects.select_for_update().get(pk=notice.pk)
        if locked.route != Route.EMAIL or locked.state != State.FAILED:
            return False
        if ContactDeletion.objects.filter(consultation=locked.round.consultation_id).exists():
            raise ContactDetailsDeleted
        locked.state = State.PENDING
        locked.attempts_allowed = locked.attempts + EMAIL_ATTEMPTS
        locked.save(update_fields=["state", "attempts_allowed", "updated_at"])
        log(locked.round, "telling.retry", user=user, data={"notice": locked.pk})
        transaction.on_commit(lambda: emails_enqueue([locked.pk]))
    return True


def letters_downloaded(*, round: TellingRound, user, letters: int) -> LetterDownload:
    download = LetterDownload.objects.create(round=round, downloaded_by=user, letters=letters)
    log(round, "telling.letters", user=user, data={"letters": letters})
    return download


def letters_mark_posted(*, round: TellingRound, user) -> int:
    """Mark the round's waiting letters as posted. The number marked (0 on a second press)."""
    from .letters import letter_notices

    with transaction.atomic():
        locked = TellingRound.objects.select_for_update().get(pk=round.pk)
        now = timezone.now()
        marked = Notice.objects.filter(
            pk__in=letter_notices(locked).filter(state=State.PENDING).values("pk")
        ).update(state=State.POSTED, done_at=now, updated_at=now)
        if marked:
            locked.posted_at, locked.posted_by = now, user
            locked.save(update_fields=["posted_at", "posted_by"])
            log(locked, "telling.posted", user=user, data={"letters": marked})
    return marked


def pack_shared(*, pack: OrganisationPack, on: datetime.date, user) -> int:
    """Record the day a group shared its pack; its people count as told. Returns how many."""
    with transaction.atomic():
        locked = OrganisationPack.objects.select_for_update().get(pk=pack.pk)
        locked.shared_on, locked.shared_recorded_by = on, user
        locked.shared_recorded_at = timezone.now()
        locked.save(update_fields=["shared_on", "shared_recorded_by", "shared_recorded_at"])
        now = timezone.now()
        shared = locked.notices.filter(state=State.PENDING).update(
            state=State.SHARED, done_at=now, updated_at=now
        )
        log(locked.round, "telling.shared", user=user, data={"group": locked.name, "on": str(on)})
    return shared


def contact_details_delete(*, consultation, reason: str, user=None) -> tuple[ContactDeletion, bool]:
    """Delete the contact details of every response to the consultation, once.

    The record keeps how many, when and why. Anyone not yet told can no longer be, so their
    notices show as failed with that reason. Group names people typed that match no verified
    organisation are personal words too, and go with the details.
    """
    existing = ContactDeletion.objects.filter(consultation=consultation).first()
    if existing:
        return existing, False
    try:
        with transaction.atomic():
            details = ContactDetails.objects.filter(response__consultation=consultation)
            deletion = ContactDeletion.objects.create(
                consultation=consultation, reason=reason, count=details.count(), deleted_by=user
            )
            details.delete()
            Notice.objects.filter(round__consultation=consultation, state=State.PENDING).update(
                state=State.FAILED,
                last_error=_("Contact details were deleted before this person was told."),
                updated_at=timezone.now(),
            )
            for pack in OrganisationPack.objects.filter(
                round__consultation=consultation, organisation__isnull=True
            ):
                pack.key, pack.name = f"deleted-{pack.pk}", ""
                pack.save(update_fields=["key", "name"])
            log(
                deletion,
                "telling.contacts_deleted",
                user=user,
                data={"count": deletion.count, "reason": reason},
            )
    except IntegrityError:
        return ContactDeletion.objects.get(consultation=consultation), False
    return deletion, True


def _pages_first_published() -> dict[int, datetime.datetime]:
    """{consultation id: when its "you said, we did" page was first published}."""
    pages = YouSaidWeDidPage.objects.exclude(first_published_at=None)
    return {page.get_parent().pk: page.first_published_at for page in pages}


def _telling_began() -> dict[int, datetime.datetime]:
    """{consultation id: when its telling began}: the first of its page's first publish and its
    first round, since the keeping time runs from publishing (issue 12, point 7). Counting from
    a decision instead could delete details before the page that tells people is out."""
    began = _pages_first_published()
    rounds = TellingRound.objects.values("consultation").annotate(first=Min("started_at"))
    for row in rounds:
        known = began.get(row["consultation"])
        began[row["consultation"]] = min(known, row["first"]) if known else row["first"]
    return began


def delete_after(consultation) -> datetime.datetime | None:
    """When the daily job will delete the consultation's contact details, if not done before."""
    page = YouSaidWeDidPage.objects.child_of(consultation).first()
    rounds = TellingRound.objects.filter(consultation=consultation)
    firsts = [
        rounds.aggregate(first=Min("started_at"))["first"],
        page.first_published_at if page else None,
    ]
    firsts = [first for first in firsts if first]
    if not firsts:
        return None
    return min(firsts) + datetime.timedelta(days=keep_contact_days())


def due_for_deletion(now=None):
    """Consultations published or told more than the keeping time ago, details not deleted."""
    from consultations.models import ConsultationPage

    cutoff = (now or timezone.now()) - datetime.timedelta(days=keep_contact_days())
    due = [pk for pk, first in _telling_began().items() if first <= cutoff]
    done = ContactDeletion.objects.values("consultation")
    return ConsultationPage.objects.filter(pk__in=due).exclude(pk__in=done)


def commissioners_tell(deletion: ContactDeletion) -> int:
    """Email the commissioning body's members that the contact details were deleted."""
    consultation = deletion.consultation
    emails = sorted(
        set(
            Membership.objects.filter(organisation=consultation.commissioner_id)
            .exclude(user__email="")
            .values_list("user__email", flat=True)
        )
    )
    if not emails:
        return 0
    subject = _("Contact details deleted: %(title)s") % {"title": consultation.title}
    body = _(
        "We deleted the contact details of %(count)s people who answered %(title)s, because "
        "%(days)s days have passed since you published what you decided or started telling "
        "people. "
        "Anyone not told yet can no longer be told by Shared Say."
    ) % {"count": deletion.count, "title": consultation.title, "days": keep_contact_days()}
    send_mail(subject, body, None, emails)
    return len(emails)

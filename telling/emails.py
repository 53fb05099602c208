"""Sending the easy-read emails for a batch of notices, with retries (ADR 026)."""

import logging
import smtplib

from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from .content import message_for
from .models import Notice, Route, State

logger = logging.getLogger(__name__)

# Where the person's name goes in the email rendered once per round (see _Rendered).
NAME_SLOT = "\x00name\x00"


def error_words(exc: BaseException) -> str:
    """What went wrong, in plain words. Never the server's own message: it may quote the address."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return _("The mail server refused the email address.")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _("The mail server refused our sign-in.")
    if isinstance(exc, smtplib.SMTPException | OSError):
        return _("We could not reach the mail server.")
    return _("Sending failed (%(kind)s).") % {"kind": type(exc).__name__}


class _Rendered:
    """A round's email rendered once, with a slot for each person's name."""

    def __init__(self, round):
        message = message_for(round)
        context = {"message": message, "name": NAME_SLOT}
        self.subject = message.subject
        self.text = render_to_string("telling/email/message.txt", context)
        self.html = render_to_string("telling/email/message.html", context)

    def for_name(self, name: str) -> tuple[str, str]:
        name = name.strip() or _("there")
        return self.text.replace(NAME_SLOT, name), self.html.replace(NAME_SLOT, escape(name))


def _contact(notice):
    # A missing one-to-one raises an AttributeError subclass, so getattr's default catches it.
    return getattr(notice.response, "contact_details", None)


def emails_send(notice_ids: list[int]) -> dict:
    """Send each waiting email once. Failures wait for another try until their attempts run out,
    then show as failed on the commissioner's screen."""
    from .tasks import emails_enqueue

    notices = list(
        Notice.objects.filter(pk__in=notice_ids, route=Route.EMAIL, state=State.PENDING)
        .select_related("round__consultation", "round__update__decision", "response")
        .select_related("response__contact_details")
        .order_by("pk")
    )
    rendered: dict[int, _Rendered] = {}
    again, sent, failed = [], 0, 0
    now = timezone.now()
    connection = get_connection()
    try:
        connection.open()
        unreachable = None
    except Exception as exc:  # noqa: BLE001 - counted as a failed attempt for each email
        unreachable = exc
    try:
        for notice in notices:
            notice.attempts += 1
            notice.updated_at = now
            contact = _contact(notice)
            if contact is None or not contact.email:
                notice.state = State.FAILED
                notice.last_error = _("There is no email address for this person.")
                failed += 1
                continue
            if notice.round_id not in rendered:
                rendered[notice.round_id] = _Rendered(notice.round)
            mail = rendered[notice.round_id]
            text, html = mail.for_name(contact.name)
            email = EmailMultiAlternatives(
                mail.subject, text, None, [contact.email], connection=connection
            )
            email.attach_alternative(html, "text/html")
            try:
                if unreachable:
                    raise unreachable
                email.send()
            except Exception as exc:  # noqa: BLE001 - any failure is recorded and retried
                notice.last_error = error_words(exc)
                if notice.attempts >= notice.attempts_allowed:
                    notice.state = State.FAILED
                    failed += 1
                else:
                    again.append(notice.pk)
                continue
            notice.state, notice.last_error, notice.done_at = State.SENT, "", now
            sent += 1
    finally:
        connection.close()
    Notice.objects.bulk_update(
        notices, ["state", "attempts", "last_error", "done_at", "updated_at"], batch_size=500
    )
    if again:
        logger.warning("%s telling emails failed and will be tried again", len(again))
        emails_enqueue(again, attempt=max(n.attempts for n in notices if n.pk in set(again)))
    return {"sent": sent, "failed": failed, "again": len(again)}

"""Workflows for a participant's response: start, save answers, send, come back, delete.

Each one keeps the rules that must hold however it is reached: a closed consultation takes no
new answers, a sent response never changes, and a double click never makes a second anything.
"""

import datetime
import logging
import secrets

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.crypto import salted_hmac

from consultations.models import ConsultationPage
from organisations.models import Organisation
from questions.registry import acting_on_send, question_type

from .about_you import STEPS
from .codes import (
    resume_code_display,
    resume_code_from_bytes,
    resume_code_is_well_formed,
    resume_code_normalise,
)
from .guesses import GuessLimit, guess_failed, guess_refund
from .models import Answer, Channel, ContactDetails, Deletion, Response, resume_code_hashes
from .questions import Question

logger = logging.getLogger(__name__)
START_CODE_SALT = "shared-say.responses.start-code"


class ConsultationNotOpen(Exception):
    """New answers are refused before a consultation opens and after it closes."""


class ResponseLocked(Exception):
    """A sent response, or a draft after closing, cannot change."""


class PaperFormAlreadyEntered(Exception):
    """A paper form with this number has already been typed in for this consultation."""

    def __init__(self, number: str):
        super().__init__(f"Paper form {number} has already been entered.")
        self.number = number


class TooManyGuesses(Exception):
    def __init__(self, limit: GuessLimit):
        super().__init__("Too many wrong resume codes from this client.")
        self.limit = limit


def start_token_new() -> str:
    return secrets.token_urlsafe(24)


def response_start(
    *,
    consultation: ConsultationPage,
    start_token: str,
    resume_code: str,
    channel: Channel = Channel.ONLINE_SELF,
    today: datetime.date | None = None,
) -> tuple[Response, str]:
    """Make a response for someone who has just agreed to take part online, and give its code.

    The start token comes from the consent page, so a double click or a refresh finds the
    response the first click made instead of making another. The code returned always opens
    the response returned (ADR 005): usually the one chosen with the consent page, or, if that
    clashed with another response's code (about 1 in 2 trillion), the next of a short list of
    codes derived from the start token. Both halves of a double click try the same list in the
    same order, so whichever one loses the race can still tell which code the response has.
    Staff typing in answers from another channel use `response_enter`.
    """
    if not Channel(channel).is_online:
        raise ValueError(f"{channel} is entered by staff: use response_enter.")
    if not consultation.is_open(today):
        raise ConsultationNotOpen
    candidates = _resume_codes_for(start_token, resume_code)
    for code in candidates:
        existing = _started_with(start_token)
        if existing:
            return existing, _code_that_opens(existing, candidates)
        try:
            with transaction.atomic():
                response = Response.objects.create(
                    start_token=start_token,
                    consultation=consultation,
                    resume_code_hash=resume_code_hashes(code)[0],
                    consent_given_at=timezone.now(),
                    channel=channel,
                )
            return response, code
        except IntegrityError:
            # Either the other half of a double click made it first (found at the top of the
            # loop), or the code clashed with another response's: then try the next code.
            continue
    existing = _started_with(start_token)
    if existing:
        return existing, _code_that_opens(existing, candidates)
    raise RuntimeError("Could not find an unused resume code.")


def _started_with(start_token: str) -> Response | None:
    return Response.objects.filter(start_token=start_token).first()


def _resume_codes_for(start_token: str, first: str, count: int = 5) -> list[str]:
    """The codes a start may use, in order. Repeatable from the token, never guessable from it."""
    derived = [
        resume_code_from_bytes(salted_hmac(START_CODE_SALT, f"{start_token}:{n}").digest())
        for n in range(1, count)
    ]
    return [first, *derived]


def _code_that_opens(response: Response, candidates: list[str]) -> str:
    for code in candidates:
        if response.resume_code_hash in resume_code_hashes(code):
            return code
    # The token is this browser's alone, so its response was made from this list. Showing any
    # other code would leave the person with a code that opens nothing: refuse instead.
    raise RuntimeError("The response for this start token has none of its codes.")


@transaction.atomic
def response_enter(
    *,
    consultation: ConsultationPage,
    channel: Channel,
    entered_by,
    paper_form_number: str = "",
    organisation: Organisation | None = None,
    start_token: str | None = None,
    today: datetime.date | None = None,
) -> Response:
    """Start a response that staff type in: from a paper form, an interview or a group session.

    It has no resume code: staff reach it through their own pages. From here on it is saved, sent
    and locked by the same services as an online response, under the same closing rules.

    `start_token` comes from the form that starts it (ADR 017): a double click sends the same
    token twice and the second finds the response the first made, for an interview with no
    reference as much as for a numbered paper form.
    """
    if Channel(channel).is_online:
        raise ValueError(f"{channel} is answered online: use response_start.")
    if channel == Channel.STAFF_PAPER and not paper_form_number.strip():
        raise ValueError("A paper form needs its number.")
    if start_token and (earlier := _entered_with(start_token, consultation, entered_by)):
        return earlier
    if not consultation.is_open(today):
        raise ConsultationNotOpen
    number = paper_form_number.strip()
    if (
        number
        and Response.objects.filter(consultation=consultation, paper_form_number=number).exists()
    ):
        raise PaperFormAlreadyEntered(number)
    now = timezone.now()
    try:
        with transaction.atomic():
            return Response.objects.create(
                consultation=consultation,
                channel=channel,
                entered_by=entered_by,
                entered_at=now,
                paper_form_number=number,
                organisation=organisation,
                consent_given_at=now,
                start_token=start_token or None,
            )
    except IntegrityError as error:
        # The other half of a double click made it first; or someone else typed in the same
        # form a moment ago.
        if start_token and (earlier := _entered_with(start_token, consultation, entered_by)):
            return earlier
        raise PaperFormAlreadyEntered(number) from error


def _entered_with(start_token: str, consultation: ConsultationPage, entered_by) -> Response | None:
    """The response this person started with this token, and only theirs."""
    return Response.objects.filter(
        start_token=start_token, consultation=consultation, entered_by=entered_by
    ).first()


def _lock_for_change(response: Response, today: datetime.date | None) -> None:
    """Take the row's write lock, and refuse if the response may no longer change.

    The lock is taken by writing first, not by reading: on SQLite a transaction that reads and
    then writes can fail at once with "database is locked" when another writer is busy, while
    one that writes first waits its turn. On PostgreSQL the UPDATE locks the row, so sending in
    one tab and saving in another cannot interleave.
    """
    if response.consultation.has_closed(today):
        raise ResponseLocked("This consultation has closed.")
    changeable = Response.objects.filter(pk=response.pk, status=Response.Status.DRAFT)
    if not changeable.update(updated_at=timezone.now()):
        raise ResponseLocked("This response has been sent or deleted.")


@transaction.atomic
def answer_save(
    *,
    response: Response,
    question: Question,
    value: dict,
    today: datetime.date | None = None,
) -> Answer:
    """Save one answer. Saving again updates it: one answer per question, always.

    One INSERT ... ON CONFLICT DO UPDATE (SQLite and PostgreSQL both have it) instead of a SELECT
    then an INSERT or UPDATE: fewer round trips, and no race between two tabs saving at once.
    """
    _lock_for_change(response, today)
    (answer,) = Answer.objects.bulk_create(
        [
            Answer(
                response=response,
                question_id=question.id,
                area_key=question.area_key,
                question_type=question.type,
                value=value,
            )
        ],
        update_conflicts=True,
        unique_fields=["response", "question_id"],
        update_fields=["area_key", "question_type", "value", "updated_at"],
    )
    return answer


@transaction.atomic
def about_you_save(
    *,
    response: Response,
    step: str,
    values: dict | None,
    today: datetime.date | None = None,
) -> Response:
    """Save one About you page. `values` is None when the person chose to skip it."""
    if step not in STEPS:
        raise ValueError(f"Unknown About you step {step!r}.")
    _lock_for_change(response, today)
    locked = Response.objects.get(pk=response.pk)
    if values is not None:
        STEPS[step].save(locked, values)
    if step not in locked.about_you_done:
        locked.about_you_done = [*locked.about_you_done, step]
    locked.save()
    return locked


@transaction.atomic
def response_send(
    *,
    response: Response,
    views_confirmed: bool = False,
    today: datetime.date | None = None,
) -> Response:
    """Send the answers. Sending twice is fine: the second time changes nothing."""
    if response.consultation.has_closed(today):
        if Response.objects.filter(pk=response.pk, status=Response.Status.SENT).exists():
            return Response.objects.get(pk=response.pk)
        raise ResponseLocked("This consultation has closed.")
    now = timezone.now()
    with transaction.atomic():
        # One UPDATE that only matches a draft: whichever of two clicks comes second changes
        # nothing.
        sent = Response.objects.filter(pk=response.pk, status=Response.Status.DRAFT).update(
            status=Response.Status.SENT,
            sent_at=now,
            views_confirmed_at=now if response.is_supported and views_confirmed else None,
        )
        if sent:
            _answers_sent(response)
    if sent:
        logger.info("Response %s sent for consultation %s", response.pk, response.consultation_id)
    current = Response.objects.filter(pk=response.pk).first()
    if current is None:
        raise ResponseLocked("This response has been deleted.")
    return current


def _answers_sent(response: Response) -> None:
    """Let each question type act on its answers once they are sent (an idea goes to moderation).

    In the same transaction as the send, so a response is never sent without what follows.
    """
    acting = acting_on_send()
    if not acting:
        return
    for answer in response.answers.filter(question_type__in=acting):
        question_type(answer.question_type).on_send(response=response, answer=answer)


def resume_code_check(
    *,
    consultation: ConsultationPage,
    code: str,
    client: str,
    now: float | None = None,
) -> Response | None:
    """The response this code belongs to, or None. Wrong guesses count towards a limit.

    The guess is counted before the code is checked (see guesses.py), so guesses sent at the
    same moment cannot get past the limit. A code for a deleted response, or for another
    consultation, is simply a wrong code.
    """
    limit = guess_failed(client, now=now)
    if limit.passed:
        raise TooManyGuesses(limit)
    normal = resume_code_normalise(code)
    response = None
    if resume_code_is_well_formed(normal):
        response = (
            Response.objects.with_code(normal)
            .filter(consultation=consultation)
            .select_related("consultation")
            .first()
        )
    if response is None:
        if limit.reached:
            raise TooManyGuesses(limit)
        return None
    guess_refund(client)
    return response


@transaction.atomic
def response_delete(*, response: Response) -> Deletion:
    """Delete the answers and contact details for good. The log keeps no personal data."""
    # Write first to take the lock (see _lock_for_change); no row means it is already gone.
    if not Response.objects.filter(pk=response.pk).update(updated_at=timezone.now()):
        raise Response.DoesNotExist
    locked = Response.objects.get(pk=response.pk)
    deletion = Deletion.objects.create(
        consultation_id=locked.consultation_id,
        was_sent=locked.is_sent,
        answer_count=locked.answers.count(),
        had_contact_details=ContactDetails.objects.filter(response=locked).exists(),
    )
    ContactDetails.objects.filter(response=locked).delete()
    locked.answers.all().delete()
    locked.delete()
    logger.info(
        "A participant deleted their response to consultation %s (deletion record %s)",
        deletion.consultation_id,
        deletion.pk,
    )
    return deletion


__all__ = [
    "ConsultationNotOpen",
    "PaperFormAlreadyEntered",
    "ResponseLocked",
    "TooManyGuesses",
    "about_you_save",
    "answer_save",
    "response_delete",
    "response_enter",
    "response_send",
    "response_start",
    "resume_code_check",
    "start_token_new",
]


def contact_email(response: Response) -> str:
    """The email address someone gave to hear back, or "" if they gave none."""
    if not response.wants_contact:
        return ""
    found = ContactDetails.objects.filter(response=response).values_list("email", flat=True)
    return next(iter(found), "") or ""


def resume_code_email(*, response: Response, code: str, link: str) -> str:
    """Email someone their code, to the address they gave us. Returns that address, or "".

    Sent now, not queued: a queued task would keep the plain code in the task table, and the
    database only ever holds the code's keyed hash (ADR 005, ADR 018).
    """
    to = contact_email(response)
    if not to or not resume_code_is_well_formed(code):
        return ""
    context = {
        "consultation": response.consultation,
        "code": resume_code_display(code),
        "link": link,
    }
    subject = render_to_string("responses/email/code_subject.txt", context).strip()
    message = render_to_string("responses/email/code_message.txt", context)
    send_mail(subject, message, None, [to])
    logger.info("Resume code emailed for response %s", response.pk)
    return to

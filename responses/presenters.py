"""Display logic for the answering pages: answers in words, dates and codes as people read them."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.presenters import long_date
from consultations.question_blocks import OFFER_KINDS, VOTES

from .codes import resume_code_display
from .models import CommunicationNeed, ContactDetails, Describes, HearBack, Response, Supporter
from .questions import DONT_KNOW, DONT_KNOW_LABEL, Question

_VOTES = dict(VOTES)
_OFFER_KINDS = dict(OFFER_KINDS)


@dataclass(frozen=True)
class SummaryRow:
    """One row of "check your answers": what was asked, the answer, and where to change it."""

    key: str
    lines: list[str]
    change_url: str
    change_label: str  # says what is changed, for screen reader users who hear only the link


def _labels(choices, keys) -> list[str]:
    names = dict(choices)
    return [str(names[key]) for key in keys if key in names]


def answer_lines(question: Question, value: dict | None) -> list[str]:
    """An answer in words, one line per part. Empty when there is no answer to show.

    Text is returned as typed; templates escape it.
    """
    if not value:
        return []
    if value.get(DONT_KNOW):
        return [DONT_KNOW_LABEL]
    kind = question.type
    labels = {option.key: option.label for option in question.options}
    if kind in {"feelings", "choice", "yes_no"}:
        return [labels[value["choice"]]] if value.get("choice") in labels else []
    if kind == "choices":
        return [labels[key] for key in value.get("choices", []) if key in labels]
    if kind in {"tell_us", "good_life"}:
        return [value["text"]] if value.get("text") else []
    if kind == "likes_dislikes":
        lines = []
        if value.get("likes"):
            lines.append(_("What you like: %(text)s") % {"text": value["likes"]})
        if value.get("dislikes"):
            lines.append(_("What you do not like: %(text)s") % {"text": value["dislikes"]})
        return lines
    if kind == "vote":
        return [
            f"{labels[key]}: {_VOTES.get(vote, vote)}"
            for key, vote in value.get("votes", {}).items()
            if key in labels
        ]
    if kind == "coins":
        return [
            _("%(name)s: %(count)d coins") % {"name": labels[key], "count": count}
            if count != 1
            else _("%(name)s: 1 coin") % {"name": labels[key]}
            for key, count in value.get("coins", {}).items()
            if key in labels
        ]
    if kind == "offer":
        lines = [_OFFER_KINDS[key] for key in value.get("kinds", []) if key in _OFFER_KINDS]
        return lines + ([value["text"]] if value.get("text") else [])
    return []


def about_you_lines(response: Response, contact: ContactDetails | None) -> dict[str, list[str]]:
    """About you answers in words, keyed by step."""
    helped = {True: [_("Yes")], False: [_("No")], None: []}[response.is_supported]
    if response.is_supported and response.supporter:
        helped.append(str(Supporter(response.supporter).label))
    contact_lines = []
    if contact and response.wants_contact:
        contact_lines = [
            line
            for line in (
                contact.name,
                contact.email,
                contact.phone,
                contact.postal_address,
                contact.organisation,
            )
            if line
        ]
    return {
        "who": _labels(Describes.choices, response.describes)
        + ([response.describes_other] if response.describes_other else []),
        "help": helped,
        "needs": _labels(CommunicationNeed.choices, response.communication_needs)
        + ([response.communication_needs_other] if response.communication_needs_other else []),
        "hear-back": [str(HearBack(response.hear_back).label)] if response.hear_back else [],
        "contact": contact_lines,
    }


def code_text(normal_code: str) -> str:
    return resume_code_display(normal_code)


def closed_text(consultation) -> str:
    return _("This closed on %(date)s.") % {"date": long_date(consultation.closes_on)}


def clock_time(moment) -> str:
    """A time as people say it: '3:45pm'."""
    suffix = "am" if moment.hour < 12 else "pm"
    return f"{moment.hour % 12 or 12}:{moment:%M}{suffix}"


def try_again_text(limit) -> str:
    """When someone who guessed too many codes may try again, as a time and in minutes."""
    at = timezone.localtime(limit.try_again_at())
    minutes = max(1, round((limit.window_ends - timezone.now().timestamp()) / 60))
    return _(
        "You have tried too many times. You can try again at %(time)s. "
        "That is in about %(minutes)d minutes."
    ) % {"time": clock_time(at), "minutes": minutes}

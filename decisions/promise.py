"""The promise date: when people will be told what was decided, and whether that is late (ADR 022).

People are told when the consultation's "you said, we did" page is first published (ADR 025).
Publishing decisions alone tells nobody: they are read on that page.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

# UK Consultation Principles: say what was decided within 12 weeks of closing (R7).
PROMISE_AFTER_CLOSING = datetime.timedelta(weeks=12)


def default_promise_date(closes_on: datetime.date) -> datetime.date:
    return closes_on + PROMISE_AFTER_CLOSING


def long_date(day: datetime.date) -> str:
    """'Wednesday 24 March 2027': the month as a word (easy-read rule 10)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def days_words(days: int) -> str:
    return _("1 day") if days == 1 else _("%(days)s days") % {"days": days}


@dataclass(frozen=True)
class Promise:
    promise_date: datetime.date | None
    # The day people were first told what was decided, or None while they wait.
    told_on: datetime.date | None

    def days_late(self, today: datetime.date | None = None) -> int:
        """Days past the promise date: still counting while nobody is told, fixed once they are."""
        if self.promise_date is None:
            return 0
        end = self.told_on or today or timezone.localdate()
        return max(0, (end - self.promise_date).days)

    def is_late(self, today: datetime.date | None = None) -> bool:
        return self.told_on is None and self.days_late(today) > 0

    @property
    def published_late(self) -> bool:
        return self.told_on is not None and self.days_late() > 0

    def easy_lines(self, today: datetime.date | None = None) -> list[tuple[str, str]]:
        """(icon, sentence) for each easy-read point about the promise."""
        if self.promise_date is None:
            return []
        promised = long_date(self.promise_date)
        days = days_words(self.days_late(today))
        if self.told_on is not None:
            told = _("We told you what we decided on %(date)s.") % {"date": long_date(self.told_on)}
            if not self.published_late:
                return [("letter.svg", told)]
            return [
                ("letter.svg", told),
                ("calendar.svg", _("We said we would tell you by %(date)s.") % {"date": promised}),
                ("speech.svg", _("We were %(days)s late. We are sorry.") % {"days": days}),
            ]
        if not self.is_late(today):
            return [
                (
                    "letter.svg",
                    _("We will tell you what we decided by %(date)s.") % {"date": promised},
                )
            ]
        return [
            (
                "calendar.svg",
                _("We are late. We said we would tell you by %(date)s.") % {"date": promised},
            ),
            ("speech.svg", _("That was %(days)s ago. We are sorry.") % {"days": days}),
        ]


def promise_for(consultation) -> Promise:
    from .pages import YouSaidWeDidPage

    # first_published_at never moves, so a page published late stays late after any republish.
    first = (
        YouSaidWeDidPage.objects.child_of(consultation)
        .live()
        .values_list("first_published_at", flat=True)
        .first()
    )
    promise_date = consultation.promise_date
    if promise_date is None and consultation.closes_on is not None:
        promise_date = default_promise_date(consultation.closes_on)
    told_on = timezone.localdate(first) if first else None
    return Promise(promise_date=promise_date, told_on=told_on)

"""How "you said, we did" reads (ADR 025): each area's results, decisions, reasons and progress in
easy read, with a picture beside each point. Shared by the public page and "what we decided about
your answers".

What people said comes from the latest public results snapshot only (R5: never live figures), in
the words and counts of ``results.public``: no percentages, nothing about fewer than 10 people.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from consultations.areas import AREAS
from results.easy_read import tenths
from results.public import public_questions

from .models import Decision, DecisionChange, Status
from .presenters import line_words
from .promise import long_date


@dataclass(frozen=True)
class Point:
    """An easy-read point: a support model's picture when it names one, else a site icon."""

    text: str
    icon: str = "read.svg"
    picture: object = None
    strong: str = ""


@dataclass(frozen=True)
class SaidQuestion:
    text: str
    people_words: str
    lines: list[Point]


@dataclass(frozen=True)
class TimelineEntry:
    on: datetime.date
    heading: str
    lines: list[str]


@dataclass
class DecisionView:
    decision: Decision
    ledger: list[Point]
    # The same lines in standard English with the amounts, for "more detail".
    ledger_detail: list[str]
    reasons: list[str]
    timeline: list[TimelineEntry]


@dataclass
class AreaView:
    key: str
    name: str
    said: list[SaidQuestion] = field(default_factory=list)
    asked_for: list[str] = field(default_factory=list)
    decisions: list[DecisionView] = field(default_factory=list)
    next_lines: list[str] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not (self.said or self.asked_for or self.decisions or self.next_lines)


PERIOD_WORDS = {"year": " each year", "month": " each month", "week": " each week", "once": ""}


def _more_words(line: DecisionChange, more: bool) -> str:
    """ "More money goes", "10 more places go", "A lot more hours go": no big numbers (easy-read
    rule 9). Amounts of money are hard to picture, so they are in "more detail" below, as on the
    consultation pages.
    """
    change = _("more") if more else _("less")
    if line.unit.strip() == "£":
        return f"{change.capitalize()} money goes"
    amount = line.difference
    if amount >= 1000 or amount != int(amount):
        return f"A lot {change} {line.unit} go"
    return f"{int(amount)} {change} {line.unit} {'goes' if amount == 1 else 'go'}"


def easy_line(line: DecisionChange) -> Point:
    """A ledger line as easy sentences, beside the picture of the model that gains or loses:
    "More money goes to Shared Lives each year. It comes from Residential care." The model is
    the object of the sentence, so any name reads right, one or many.
    """
    period = PERIOD_WORDS[line.period]
    if line.to_model_id is None:
        model = line.from_model
        text = f"{_more_words(line, False)} to {model.public_name}{period}."
    else:
        model = line.to_model
        text = f"{_more_words(line, line.is_increase)} to {model.public_name}{period}."
        if line.from_model_id:
            text += " " + _("It comes from %(model)s.") % {"model": line.from_model.public_name}
    return Point(text, icon="money.svg", picture=model.picture)


def progress_words(status: str, progress_pct: int) -> str:
    """How far along, in tenths and words, never as a percentage (easy-read rule 9)."""
    n = tenths(progress_pct, 100)
    if status != Status.IN_PROGRESS or not 0 < n < 10:
        return ""
    return _("We have done about %(n)s of 10 parts of it.") % {"n": n}


def timeline(decision: Decision) -> list[TimelineEntry]:
    """The decision's dated history, oldest first: when it was decided, then each update."""
    entries = [
        TimelineEntry(
            decision.decided_on,
            long_date(decision.decided_on),
            [_("We decided this.")],
        )
    ]
    for update in decision.updates.all():
        lines = [*update.easy_lines(), str(update.easy_status)]
        progress = progress_words(update.status, update.progress_pct)
        if progress:
            lines.append(progress)
        entries.append(TimelineEntry(update.on, long_date(update.on), lines))
    return sorted(entries, key=lambda entry: entry.on)


def decision_view(decision: Decision) -> DecisionView:
    return DecisionView(
        decision=decision,
        ledger=[easy_line(line) for line in decision.changes.all()],
        ledger_detail=[line_words(line) for line in decision.changes.all()],
        reasons=decision.easy_reason_lines(),
        timeline=timeline(decision),
    )


def _area_models(consultation) -> dict[str, dict[str, object]]:
    """For each area, its offered support models by name and easy-read name, lower case."""
    from consultations.models import AreaSupportModel

    links = AreaSupportModel.objects.filter(
        page__path__startswith=consultation.path
    ).select_related("page", "support_model__picture")
    found: dict[str, dict[str, object]] = {}
    for link in links:
        model = link.support_model
        names = found.setdefault(link.page.area_key, {})
        names[model.name.lower()] = model
        names[model.public_name.lower()] = model
    return found


def said_questions(consultation) -> dict[str, list[SaidQuestion]]:
    """What people said in each area, from the latest public snapshot, with model pictures."""
    snapshot = consultation.result_snapshots.order_by("-taken_at").first()
    if snapshot is None:
        return {}
    models = _area_models(consultation)
    said: dict[str, list[SaidQuestion]] = {}
    for question in public_questions(snapshot.payload):
        names = models.get(question.area, {})
        lines = []
        for line in question.lines:
            model = names.get(line.label.lower())
            text = f"{line.words}." + (f" {line.count_text}." if line.count_text else "")
            picture = getattr(model, "picture", None)
            lines.append(Point(text, icon="speech.svg", picture=picture, strong=line.label))
        said.setdefault(question.area, []).append(
            SaidQuestion(question.text, question.people_words, lines)
        )
    return said


def page_areas(page, consultation, *, only: set[str] | None = None) -> list[AreaView]:
    """Every area with something to say, in the areas' usual order."""
    said = said_questions(consultation)
    next_lines = page.next_step_lines()
    by_key = {area.key: AreaView(area.key, area.name) for area in AREAS}
    for decision in page.decisions():
        view = by_key[decision.area_key]
        view.decisions.append(decision_view(decision))
        for evidence in decision.evidence.all():
            for line in evidence.easy_asked_for.splitlines():
                if line.strip() and line.strip() not in view.asked_for:
                    view.asked_for.append(line.strip())
    for key, view in by_key.items():
        view.said = said.get(key, [])
        view.next_lines = next_lines.get(key, [])
    if only is not None:
        # Someone's own areas are all shown, even where nothing is decided yet: that is news too.
        return [view for view in by_key.values() if view.key in only]
    return [view for view in by_key.values() if not view.is_empty]

"""Display logic for the answering pages: answers in words, dates and codes as people read them."""

from dataclasses import dataclass

from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from consultations.presenters import long_date
from questions.registry import question_type

from .codes import resume_code_display
from .questions import Question


@dataclass(frozen=True)
class SummaryRow:
    """One row of "check your answers": what was asked, the answer, and where to change it."""

    key: str
    lines: list[str]
    change_url: str
    change_label: str  # says what is changed, for screen reader users who hear only the link


@dataclass(frozen=True)
class AreaSummary:
    """One area's answers on "check your answers", shown under the area's picture."""

    key: str
    name: str
    rows: list[SummaryRow]


# On "check your answers" a long answer shows its start: the page stays a few screens long, and
# "Change" opens the whole answer.
SHORT_ANSWER_WORDS = 12


def short_lines(lines: list[str]) -> list[str]:
    return [Truncator(line).words(SHORT_ANSWER_WORDS, truncate=" …") for line in lines]


def answer_lines(question: Question, value: dict | None) -> list[str]:
    """An answer in words, one line per part, as its question type shows it."""
    return question_type(question.type).answer_lines(question, value)


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


def code_problem_text(problem) -> str:
    """Say kindly what is wrong with a typed code, and only what is wrong (a CodeProblem)."""
    sentences = []
    if problem.has_signs:
        sentences.append(_("Use only letters and numbers."))
    if problem.never_used:
        sentences.append(
            _("Codes never have %(characters)s.")
            % {"characters": _(" or ").join(problem.never_used)}
        )
    if problem.wrong_length:
        sentences.append(
            ngettext(
                "You typed 1 letter or number.",
                "You typed %(count)d letters and numbers.",
                problem.length,
            )
            % {"count": problem.length}
        )
        sentences.append(_("A code has 9."))
    sentences.append(_("Check your code and type it again."))
    return " ".join(sentences)

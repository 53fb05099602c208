"""How decisions read: ledger lines in words, the "asked for | decided" table, easy-read checks."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from accessibility.easy_read import Finding, check_many

from .models import Decision, DecisionChange
from .promise import long_date


def amount_words(line: DecisionChange, amount) -> str:
    number = f"{amount:,.2f}".removesuffix(".00")
    return f"£{number}" if line.unit.strip() == "£" else f"{number} {line.unit}"


def line_words(line: DecisionChange) -> str:
    """'Money: £300,000 a year more for Shared Lives, taken from Residential care (£200,000 →
    £500,000).'"""
    moved = amount_words(line, line.difference)
    period = line.get_period_display()
    before, after = amount_words(line, line.amount_before), amount_words(line, line.amount_after)
    resource = line.get_resource_display()
    if line.to_model_id is None:
        text = _("%(moved)s %(period)s less for %(model)s") % {
            "moved": moved,
            "period": period,
            "model": line.from_model,
        }
    else:
        change = _("more") if line.is_increase else _("less")
        text = f"{moved} {period} {change} for {line.to_model}"
        if line.from_model_id:
            text += _(", taken from %(model)s") % {"model": line.from_model}
    return f"{resource}: {text} ({before} → {after})."


@dataclass(frozen=True)
class PreviewRow:
    source: str
    asked_for: str
    easy_asked_for: str


def preview_rows(decision: Decision) -> list[PreviewRow]:
    return [
        PreviewRow(evidence.label, evidence.asked_for, evidence.easy_asked_for)
        for evidence in decision.evidence.all()
    ]


@dataclass(frozen=True)
class Checked:
    label: str
    findings: list[Finding]
    is_update: bool = False


def easy_read_findings(decision: Decision) -> list[Checked]:
    """What the easy-read checker finds in every easy-read text of the decision."""
    texts = [
        (_("What we decided, in easy read"), decision.easy_title),
        (_("Reasons, in easy read"), decision.easy_summary),
    ]
    for number, evidence in enumerate(decision.evidence.all(), start=1):
        label = _("Evidence %(number)s: what people asked for") % {"number": number}
        texts.append((label, evidence.easy_asked_for))
    update_labels = set()
    for number, update in enumerate(decision.updates.all(), start=1):
        label = _("Update %(number)s, %(date)s") % {"number": number, "date": long_date(update.on)}
        update_labels.add(label)
        texts.append((label, update.easy_text))
    # One sentence a line is how easy read is typed here; the checker reads blank-line points.
    texts = [(label, text.replace("\n", "\n\n")) for label, text in texts]
    found = check_many(texts, word_list=decision.consultation.word_list())
    return [Checked(label, findings, label in update_labels) for label, findings in found.items()]

"""Results as open data: a JSON document, CSV with a JSON metadata file, ODS or XLSX, under one
disclosure profile.

The CSV's long-format rows (``csv_rows``) are the one home for the rows: the ODS and XLSX files
(``results.export_files``) put the very same rows in their "Results" sheet, after a "Cover" sheet.

Exports are anonymised: only disclosed counts and shares, no contact details, no resume-code
hashes and no free text. Every export is logged (``ExportLog``: who, when, what).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from django.conf import settings
from django.utils import timezone

from consultations.models import ConsultationPage
from results.disclosure import OTHER_GROUPS, OTHER_GROUPS_NAME, SUPPRESSED_MARKER, DisclosureProfile

from . import presenters, queries
from .coins import CoinFigures
from .models import ExportLog

CSV_COLUMNS = ["question_id", "question_type", "group", "measure", "option_id", "value"]
COLUMN_MEANINGS = {
    "question_id": "The question's stable id.",
    "question_type": "The question type, such as choice or coins.",
    "group": "'all', 'equal voice', or a respondent group's key.",
    "measure": "'n', a coin rule ('independent_markets', 'mean'), or a table's caption.",
    "option_id": "The option's stable id ('dont-know' for 'I do not know').",
    "value": "A count or a share from 0 to 1, or [c] where it is hidden.",
}


def _cell(cell):
    return None if cell.hidden else cell.value


def _shares(values):
    """Shares rounded to 6 places; None for the whole list, or for one hidden share."""
    if values is None:
        return None
    return [None if value is None else round(value, 6) for value in values]


def _coin_fields(figures: CoinFigures, *, with_intervals: bool = True) -> dict:
    fields = {
        "n": _cell(figures.n),
        "independent_markets": _shares(figures.independent_markets),
        "mean": _shares(figures.mean),
    }
    if figures.status.value == "indicative":
        fields["indicative"] = True
    if with_intervals and figures.intervals is not None:
        fields["intervals"] = {
            "confidence": figures.intervals.confidence,
            "resamples": figures.intervals.resamples,
            "independent_markets": [
                [round(i.lower, 6), round(i.upper, 6)]
                for i in figures.intervals.independent_markets
            ],
            "mean": [[round(i.lower, 6), round(i.upper, 6)] for i in figures.intervals.mean],
        }
    return fields


def _group_name(key: str, groups: queries.Groups) -> str:
    return OTHER_GROUPS_NAME if key == OTHER_GROUPS else groups.name(key)


def _question_document(question, aggregate, groups, profile, seed) -> dict:
    document = {
        "id": question.id,
        "type": question.type,
        "area": question.area_key,
        "text": question.text,
        "options": [{"id": option.key, "label": option.label} for option in question.options],
    }
    view = presenters.question_view(question, aggregate, groups, profile=profile)
    document["n"] = _cell(view.people)
    if view.is_ballots:
        result, _names = presenters.coins_view(
            question, aggregate, groups, profile=profile, seed=seed
        )
        pooled = _coin_fields(result.pooled)
        document.update(pooled)
        document["equal_voice"] = _shares(result.equal_voice.independent_markets)
        document["groups"] = [
            {"key": column.key, "name": _group_name(column.key, groups), "suppressed": True}
            if column.hidden
            else {"key": column.key, "name": _group_name(column.key, groups)} | _coin_fields(column)
            for column in result.groups
        ]
        return document
    tables = []
    for table in view.tables:
        tables.append(
            {
                "caption": table.caption,
                "rows": [{"id": key, "label": label} for key, label in table.rows],
                "counts": [_cell(cell) for cell in table.table.pooled],
                "total": _cell(table.table.total),
                "equal_voice": _shares(table.equal_voice),
            }
        )
    document["tables"] = tables
    document["groups"] = []
    keys = []
    for table in view.tables:
        keys += [column.key for column in table.table.groups if column.key not in keys]
    for key in keys:
        name = _group_name(key, groups)
        columns = [_column(table.table, key) for table in view.tables]
        n = next((column.n for column in columns if column is not None), None)
        if n is None or n.hidden:
            document["groups"].append({"key": key, "name": name, "suppressed": True})
            continue
        document["groups"].append(
            {
                "key": key,
                "name": name,
                "n": _cell(n),
                # One list per table, in the tables' order; None where the group was combined.
                "tables": [
                    None if column is None else [_cell(cell) for cell in column.cells]
                    for column in columns
                ],
            }
        )
    if view.feelings is not None:
        document["mean_feeling"] = None if view.feelings.hidden else round(view.feelings.value, 4)
    return document


def _column(table, key):
    try:
        return table.group(key)
    except KeyError:
        return None


def results_document(
    consultation: ConsultationPage, *, profile: DisclosureProfile, seed: int = 0
) -> dict:
    """Every question's disclosed results, for an export or a frozen snapshot."""
    groups = queries.consultation_groups(consultation)
    questions = queries.questions_of(consultation)
    aggregates = queries.question_results(consultation, questions, groups)
    return {
        "consultation": {
            "id": consultation.pk,
            "slug": consultation.slug,
            "title": consultation.title,
            "closes_on": consultation.closes_on.isoformat() if consultation.closes_on else None,
        },
        "profile": {"key": profile.key, "name": profile.name},
        "generated_at": timezone.now().isoformat(timespec="seconds"),
        "resamples": getattr(settings, "RESULTS_BOOTSTRAP_RESAMPLES", 1000),
        "seed": seed,
        "questions": [
            _question_document(question, aggregates[question.id], groups, profile, seed)
            for question in questions
        ],
    }


def csv_rows(document: dict) -> Iterator[list]:
    """Long format: one value per line, ``[c]`` where a number is hidden."""
    for question in document["questions"]:
        line = _Lines(question)
        yield line("all", "n", "", question["n"])
        for measure in ("independent_markets", "mean"):
            yield from line.shares("all", measure, question.get(measure), measure in question)
        yield from line.shares(
            "equal voice",
            "independent_markets",
            question.get("equal_voice"),
            "equal_voice" in question,
        )
        for table in question.get("tables", []):
            yield from line.counts("all", table, table["counts"])
        for group in question.get("groups", []):
            key = group["key"]
            yield line(key, "n", "", None if group.get("suppressed") else group["n"])
            if group.get("suppressed"):
                continue
            for measure in ("independent_markets", "mean"):
                yield from line.shares(key, measure, group.get(measure), measure in group)
            for table, counts in zip(
                question.get("tables", []), group.get("tables", []), strict=True
            ):
                if counts is not None:
                    yield from line.counts(key, table, counts)


class _Lines:
    def __init__(self, question: dict):
        self.start = [question["id"], question["type"]]
        self.options = [option["id"] for option in question["options"]]

    def __call__(self, group, measure, option, number):
        return [
            *self.start,
            group,
            measure,
            option,
            SUPPRESSED_MARKER if number is None else number,
        ]

    def shares(self, group, measure, values, present):
        if not present:
            return
        values = values or [None] * len(self.options)
        for option, share in zip(self.options, values, strict=True):
            yield self(group, measure, option, share)

    def counts(self, group, table, counts):
        for row, count in zip(table["rows"], counts, strict=True):
            yield self(group, table["caption"], row["id"], count)


def csv_text(document: dict) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(csv_rows(document))
    return out.getvalue()


def csv_metadata(document: dict) -> dict:
    """The JSON file that travels with the CSV: what it is and how it was made safe."""
    return {
        "consultation": document["consultation"],
        "profile": document["profile"],
        "generated_at": document["generated_at"],
        "suppressed_marker": SUPPRESSED_MARKER,
        "columns": COLUMN_MEANINGS,
        "questions": [
            {
                "id": question["id"],
                "type": question["type"],
                "text": question["text"],
                "options": question["options"],
            }
            for question in document["questions"]
        ],
    }


def export_log(*, consultation, file_format: str, profile: DisclosureProfile, user=None, name=""):
    return ExportLog.objects.create(
        consultation=consultation,
        exported_by=user,
        exported_by_name=name or (user.get_username() if user else ""),
        file_format=file_format,
        profile=profile.key,
        what="All questions' results",
    )

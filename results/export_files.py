"""The files a results export can be: JSON, CSV and its metadata, ODS and XLSX.

Every file is made from one results document (``results.export.results_document``), made under
one disclosure profile. The spreadsheets' "Results" sheet holds exactly the CSV's rows
(``csv_rows``), so no figure is worked out twice; their first sheet, "Cover", says what the file
is, who made it and when, and which disclosure profile was applied, in plain words.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from dataclasses import dataclass

from results.disclosure import PUBLIC, SUPPRESSED_MARKER, DisclosureProfile, profile_for

from .export import COLUMN_MEANINGS, CSV_COLUMNS, csv_metadata, csv_rows, csv_text
from .spreadsheets import ODS_MIMETYPE, XLSX_MIMETYPE, Sheet, ods_bytes, xlsx_bytes

COVER = "Cover"
RESULTS = "Results"
QUESTIONS = "Questions"
NOT_INCLUDED = (
    "No contact details, no resume codes (nor their hashes) and no free text: nobody's own "
    "words are in this file, only counts and shares."
)


def profile_words(profile: DisclosureProfile) -> str:
    """What a disclosure profile did to the numbers, in plain words, from its own thresholds."""
    hidden = f"Counts from 1 to {profile.min_count - 1} are hidden and show as {SUPPRESSED_MARKER}."
    words = [hidden]
    if profile.indicative_below > profile.min_count:
        words.append(
            f"Counts from {profile.min_count} to {profile.indicative_below - 1} are shown, but "
            "they are indicative only: too few people to rely on."
        )
    if profile.rounds:
        words.append(f"Every other count is rounded to the nearest {profile.round_to}.")
    if profile.secondary:
        words.append(
            "Some larger counts are hidden too, so that a hidden count cannot be worked out "
            "by taking the others from a total."
        )
    words.append(
        "Groups too small to show are combined into 'Other groups (combined)'. Coin shares are "
        "hidden wherever the number of people behind them is hidden. A 0 is always shown: it "
        "describes nobody."
    )
    return " ".join(words)


def _when(generated_at: str) -> str:
    moment = datetime.datetime.fromisoformat(generated_at)
    return f"{moment.day} {moment:%B %Y, %H:%M} {moment.tzname() or ''}".strip()


def cover_rows(document: dict, *, exported_by: str = "") -> list[list]:
    profile = profile_for(document["profile"]["key"])
    consultation = document["consultation"]
    rows: list[list] = [
        ["Shared Say: results export"],
        [],
        ["Consultation", consultation["title"]],
        ["Consultation id", consultation["id"]],
        ["Closing date", consultation["closes_on"] or "Not set"],
        ["Exported", _when(document["generated_at"])],
    ]
    # A public file may be published as it is: it names no member of staff.
    if exported_by and profile != PUBLIC:
        rows.append(["Exported by", exported_by])
    rows += [
        ["Disclosure profile", profile.name],
        ["What this means", profile_words(profile)],
        [SUPPRESSED_MARKER, "A number hidden to protect people's privacy (c for confidential)."],
        ["Not in this file", NOT_INCLUDED],
        [],
        ["Sheet", "What it holds"],
        [RESULTS, "One number a row: the same rows as the CSV export."],
        [QUESTIONS, "Each question's words, and its options' ids and labels in order."],
        [],
        ["Column in Results", "What it means"],
        *([name, meaning] for name, meaning in COLUMN_MEANINGS.items()),
    ]
    return rows


def question_rows(document: dict) -> list[list]:
    rows: list[list] = [
        ["question_id", "question_type", "area", "question", "option_id", "option_label"]
    ]
    for question in document["questions"]:
        start = [question["id"], question["type"], question.get("area", ""), question["text"]]
        options = question["options"] or [{"id": "", "label": ""}]
        rows += [[*start, option["id"], option["label"]] for option in options]
    return rows


def workbook(document: dict, *, exported_by: str = "") -> list[Sheet]:
    """The sheets of an ODS or XLSX export, the cover first."""
    return [
        Sheet(COVER, cover_rows(document, exported_by=exported_by), widths=(22, 90)),
        Sheet(RESULTS, [CSV_COLUMNS, *csv_rows(document)], (36, 14, 26, 30, 24, 12), header=True),
        Sheet(QUESTIONS, question_rows(document), (36, 14, 14, 60, 24, 40), header=True),
    ]


@dataclass(frozen=True)
class Format:
    content_type: str
    ending: str
    make: Callable[[dict, str], bytes]


def _json(value: dict) -> bytes:
    return (json.dumps(value, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _json_file(document: dict, _by: str) -> bytes:
    return _json(document)


def _csv_file(document: dict, _by: str) -> bytes:
    return csv_text(document).encode("utf-8")


def _metadata_file(document: dict, _by: str) -> bytes:
    return _json(csv_metadata(document))


def _ods_file(document: dict, by: str) -> bytes:
    return ods_bytes(workbook(document, exported_by=by))


def _xlsx_file(document: dict, by: str) -> bytes:
    return xlsx_bytes(workbook(document, exported_by=by))


JSON_TYPE = "application/json; charset=utf-8"
FILES = {
    "json": Format(JSON_TYPE, "json", _json_file),
    "csv": Format("text/csv; charset=utf-8", "csv", _csv_file),
    "csv-metadata": Format(JSON_TYPE, "metadata.json", _metadata_file),
    "ods": Format(ODS_MIMETYPE, "ods", _ods_file),
    "xlsx": Format(XLSX_MIMETYPE, "xlsx", _xlsx_file),
}
# What the command line offers: the CSV's metadata comes with the CSV there.
FORMATS = ("json", "csv", "ods", "xlsx")
BINARY = ("ods", "xlsx")


def export_file(document: dict, file_format: str, *, exported_by: str = "") -> bytes:
    """The file's bytes. ``exported_by`` goes on a staff spreadsheet's cover."""
    return FILES[file_format].make(document, exported_by)


def file_name(document: dict, file_format: str) -> str:
    consultation, profile = document["consultation"], document["profile"]
    return f"{consultation['slug']}-results-{profile['key']}.{FILES[file_format].ending}"

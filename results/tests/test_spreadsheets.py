"""ODS and XLSX exports: a cover sheet first, then the very rows of the CSV, opened back up."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from organisations.models import Membership
from results.disclosure import SUPPRESSED_MARKER
from results.models import ExportLog
from results.spreadsheets import Sheet, ods_bytes, xlsx_bytes
from tests.cast import CommissionerFactory, UserFactory, staff_ready
from tests.pure import run_without_django

from .people import question_of
from .sheets import cover, read

pytestmark = pytest.mark.django_db
SPREADSHEETS = ["ods", "xlsx"]


@pytest.fixture
def answered(riverside, people):
    """9 people answer the choice question, 10 the coins question and 11 the tell-us question."""
    where = question_of(riverside, "choice")
    coins = question_of(riverside, "coins")
    tell = question_of(riverside, "tell_us")
    keys = [option.key for option in coins.options]
    ballot = {"coins": dict.fromkeys(keys, 0) | {keys[0]: 6, keys[1]: 4}}
    words = {"text": "My own words"}
    people.send(
        [(where, {"choice": where.options[0].key}), (coins, ballot), (tell, words)],
        describes=["uses_support"],
        count=9,
    )
    people.send([(coins, ballot), (tell, words)], describes=["family_carer"])
    people.send([(tell, words)], describes=["family_carer"])
    return riverside, {"choice": where, "coins": coins, "tell_us": tell}


def _command(tmp_path, file_format, profile):
    output = tmp_path / f"results.{file_format}"
    call_command(
        "export_results",
        "riverside",
        "--format",
        file_format,
        "--profile",
        profile,
        "--output",
        str(output),
    )
    return output


def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def _assert_same_rows(sheet_rows: list[list], csv_rows: list[list[str]]) -> None:
    """Same rows in the same order; a shown number is a number cell, a hidden one the text [c]."""
    assert sheet_rows[0] == csv_rows[0]
    assert len(sheet_rows) == len(csv_rows) > 1
    for got, want in zip(sheet_rows[1:], csv_rows[1:], strict=True):
        assert got[:5] == want[:5]
        if want[5] == SUPPRESSED_MARKER:
            assert got[5] == SUPPRESSED_MARKER
        else:
            assert isinstance(got[5], float) and got[5] == float(want[5]), (got, want)


def _n(rows: list[list], question) -> object:
    (value,) = [row[5] for row in rows if row[0] == question.id and row[2:4] == ["all", "n"]]
    return value


@pytest.mark.parametrize("file_format", SPREADSHEETS)
def test_a_commissioner_downloads_a_spreadsheet_with_a_cover_and_the_csv_rows_logged_once(
    answered, commissioner_client, file_format
):
    riverside, questions = answered
    url = reverse("results:export", args=[riverside.pk])
    response = commissioner_client.get(f"{url}?format={file_format}")
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="riverside-results-staff.{file_format}"'
    )
    sheets = read(file_format, response.content)
    assert list(sheets) == ["Cover", "Results", "Questions"]
    said = cover(sheets)
    assert said["Consultation"] == riverside.title
    assert said["Disclosure profile"].startswith("Staff: counts under 5 hidden")
    assert "Counts from 1 to 4 are hidden and show as [c]." in said["What this means"]
    assert "Counts from 5 to 9 are shown, but they are indicative only" in said["What this means"]
    assert said["Exported by"] == "rita@riverside.example"
    assert "No contact details, no resume codes" in said["Not in this file"]
    assert "hidden" in said[SUPPRESSED_MARKER]
    log = ExportLog.objects.get()
    assert (log.exported_by.email, log.file_format, log.profile) == (
        "rita@riverside.example",
        file_format,
        "staff",
    )

    csv_text = commissioner_client.get(f"{url}?format=csv").content.decode()
    _assert_same_rows(sheets["Results"], _csv_rows(csv_text))
    assert ExportLog.objects.count() == 2
    # Under the staff profile 9 people are shown (indicative only), like 10 and 11.
    assert [_n(sheets["Results"], questions[kind]) for kind in ("choice", "coins", "tell_us")] == [
        9,
        10,
        11,
    ]
    everything = repr(sheets)
    assert "My own words" not in everything and "@" not in repr(sheets["Results"])
    question_ids = {row[0] for row in sheets["Questions"][1:]}
    assert {question.id for question in questions.values()} <= question_ids


@pytest.mark.parametrize("file_format", SPREADSHEETS)
@pytest.mark.parametrize(
    ("profile", "shown", "words"),
    [
        ("public", [SUPPRESSED_MARKER, 10, 11], "Public: counts under 10 hidden"),
        ("staff", [9, 10, 11], "Staff: counts under 5 hidden"),
    ],
)
def test_9_10_and_11_people_are_hidden_or_shown_in_spreadsheets_as_in_the_csv(
    answered, tmp_path, file_format, profile, shown, words
):
    riverside, questions = answered
    sheets = read(file_format, _command(tmp_path, file_format, profile).read_bytes())
    csv_file = _command(tmp_path, "csv", profile)
    _assert_same_rows(sheets["Results"], _csv_rows(csv_file.read_text()))
    counts = [_n(sheets["Results"], questions[kind]) for kind in ("choice", "coins", "tell_us")]
    assert counts == shown
    said = cover(sheets)
    assert said["Disclosure profile"].startswith(words)
    if profile == "public":
        # A public file may be published as it is, so it names no one who made it.
        assert "Exported by" not in said
        assert said["What this means"].startswith("Counts from 1 to 9 are hidden")
    else:
        assert said["Exported by"].startswith("manage.py export_results, run by ")
    log = ExportLog.objects.order_by("exported_at", "pk").first()
    assert (log.file_format, log.profile) == (file_format, profile)


@pytest.mark.parametrize("file_format", SPREADSHEETS)
def test_a_spreadsheet_without_an_output_file_is_a_clear_error(answered, file_format):
    with pytest.raises(CommandError, match=f"{file_format.upper()} is a binary file"):
        call_command("export_results", "riverside", "--format", file_format)
    assert not ExportLog.objects.exists()


def test_the_overview_links_to_every_download(answered, commissioner_client):
    riverside, _questions = answered
    html = commissioner_client.get(reverse("results:overview", args=[riverside.pk])).content
    url = reverse("results:export", args=[riverside.pk])
    for file_format in ("json", "csv", "csv-metadata", "ods", "xlsx"):
        assert f'href="{url}?format={file_format}"'.encode() in html


@pytest.mark.parametrize("file_format", SPREADSHEETS)
def test_another_bodys_commissioner_cannot_download_a_spreadsheet(answered, client, file_format):
    riverside, _questions = answered
    other = staff_ready(UserFactory(username="hal@hillside.example"))
    Membership.objects.create(
        user=other,
        organisation=CommissionerFactory(name="Hillside Council"),
        role=Membership.Role.MEMBER,
    )
    client.force_login(other)
    url = reverse("results:export", args=[riverside.pk])
    assert client.get(f"{url}?format={file_format}").status_code == 404
    assert not ExportLog.objects.exists()


@pytest.mark.parametrize(("file_format", "write"), [("ods", ods_bytes), ("xlsx", xlsx_bytes)])
def test_text_that_looks_like_a_formula_stays_text_and_numbers_stay_numbers(file_format, write):
    rows = [['=HYPERLINK("http://example.com")', 3, 0.25, SUPPRESSED_MARKER, "bell\x07"]]
    (sheet,) = read(file_format, write([Sheet("Cells", rows)])).values()
    assert sheet == [['=HYPERLINK("http://example.com")', 3.0, 0.25, SUPPRESSED_MARKER, "bell"]]


def test_the_spreadsheet_writers_run_without_django():
    (line,) = run_without_django(
        "from results.spreadsheets import Sheet, ods_bytes, xlsx_bytes\n"
        "sheets = [Sheet('Cover', [['Disclosure profile', 'Public'], [], ['n', 10]])]\n"
        "print(ods_bytes(sheets)[:2] == xlsx_bytes(sheets)[:2] == b'PK')\n"
    )
    assert line == "True"

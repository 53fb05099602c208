"""manage.py export_results: open data with disclosure control, and a log of every export."""

import csv
import json

import pytest
from django.core.management import CommandError, call_command

from results.models import ExportLog

from .people import question_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def answered(riverside, people):
    coins = question_of(riverside, "coins")
    tell = question_of(riverside, "tell_us")
    keys = [option.key for option in coins.options]

    def ballot(first, second):
        return {"coins": dict.fromkeys(keys, 0) | {keys[0]: first, keys[1]: second}}

    people.send(
        [(coins, ballot(10, 0)), (tell, {"text": "My own words"})],
        describes=["uses_support"],
        count=10,
    )
    people.send([(coins, ballot(0, 10))], describes=["family_carer"], count=9)
    return riverside, coins


def _export(tmp_path, *args):
    output = tmp_path / "out.json"
    call_command("export_results", "riverside", *args, "--output", str(output))
    return json.loads(output.read_text())


def test_json_export_gives_coin_shares_in_option_order_for_everyone_and_each_group(
    answered, tmp_path
):
    riverside, coins = answered
    document = _export(tmp_path, "--format", "json", "--profile", "staff")
    (found,) = [q for q in document["questions"] if q["id"] == coins.id]
    assert found["type"] == "coins"
    assert [o["id"] for o in found["options"]] == [o.key for o in coins.options]
    assert found["n"] == 19
    # 10 of 19 people put every coin on the first option, 9 on the second.
    assert found["independent_markets"][:2] == pytest.approx([10 / 19, 9 / 19], abs=1e-6)
    assert found["mean"][:2] == pytest.approx([10 / 19, 9 / 19], abs=1e-6)
    assert found["equal_voice"][:2] == pytest.approx([0.5, 0.5], abs=1e-6)
    for shares in (found["independent_markets"], found["mean"], found["equal_voice"]):
        assert sum(shares) == pytest.approx(1)
    assert len(found["intervals"]["independent_markets"]) == len(coins.options)
    by_key = {group["key"]: group for group in found["groups"]}
    assert by_key["carers"]["n"] == 9 and by_key["carers"]["indicative"] is True
    assert by_key["people-who-use-support"]["independent_markets"][:2] == pytest.approx([1, 0])


def test_public_export_hides_a_group_of_9_and_never_includes_own_words(answered, tmp_path):
    riverside, coins = answered
    document = _export(tmp_path, "--profile", "public")
    (found,) = [q for q in document["questions"] if q["id"] == coins.id]
    assert document["profile"]["key"] == "public"
    # Under the public threshold of 10, carers (9) are combined with people who use support (10).
    (group,) = found["groups"]
    assert group["name"] == "Other groups (combined)" and group["n"] == 19
    tell = question_of(riverside, "tell_us")
    (text_question,) = [q for q in document["questions"] if q["id"] == tell.id]
    assert text_question["n"] == 10
    assert "My own words" not in json.dumps(document)


def test_csv_export_comes_with_a_metadata_file_and_marks_hidden_numbers(answered, tmp_path):
    riverside, coins = answered
    output = tmp_path / "results.csv"
    call_command(
        "export_results",
        "riverside",
        "--format",
        "csv",
        "--profile",
        "public",
        "--output",
        str(output),
    )
    rows = list(csv.DictReader(output.open()))
    metadata = json.loads((tmp_path / "results.csv.metadata.json").read_text())
    assert metadata["profile"]["key"] == "public" and metadata["suppressed_marker"] == "[c]"
    assert set(rows[0]) == {
        "question_id",
        "question_type",
        "group",
        "measure",
        "option_id",
        "value",
    }
    coin_rows = [r for r in rows if r["question_id"] == coins.id and r["group"] == "all"]
    assert {"n": "19"}.items() <= {r["measure"]: r["value"] for r in coin_rows}.items()
    # A question nobody answered says 0: a 0 describes nobody, so it is never hidden.
    assert any(r["measure"] == "n" and r["value"] == "0" for r in rows)


def test_every_export_is_logged(answered, tmp_path):
    _export(tmp_path, "--profile", "staff")
    log = ExportLog.objects.get()
    assert (log.file_format, log.profile) == ("json", "staff")
    assert log.exported_by_name.startswith("manage.py export_results")
    assert log.consultation == answered[0]


def test_an_unknown_consultation_is_a_clear_error():
    with pytest.raises(CommandError, match="no consultation with the slug 'nowhere'"):
        call_command("export_results", "nowhere")


def test_a_commissioner_downloads_results_and_the_download_is_logged(answered, commissioner_client):
    from django.urls import reverse

    riverside, coins = answered
    url = reverse("results:export", args=[riverside.pk])
    response = commissioner_client.get(url + "?format=csv")
    assert response["Content-Disposition"] == 'attachment; filename="riverside-results-staff.csv"'
    assert response.content.decode().startswith("question_id,question_type,group,measure")
    assert "My own words" not in response.content.decode()
    log = ExportLog.objects.get()
    assert (log.exported_by.email, log.file_format, log.profile) == (
        "rita@riverside.example",
        "csv",
        "staff",
    )
    assert commissioner_client.get(url + "?format=exe").status_code == 404

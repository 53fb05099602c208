"""The admin home lists each consultation the person may see, with where it has got to."""

import re

import pytest
from django.utils.timezone import now

from responses.models import Response

pytestmark = pytest.mark.django_db


def _rows(html: str) -> dict[str, str]:
    """Each row of the consultations table, keyed by the consultation's title, as plain text."""
    table = html.split('id="consultations-heading"', 1)[1].split("</table>", 1)[0]
    rows = {}
    for row in re.findall(r"(?s)<tr>(.*?)</tr>", table)[1:]:
        cells = [
            re.sub(r"<[^>]+>|\s+", " ", cell).strip()
            for cell in re.findall(r"(?s)<t[hd][^>]*>(.*?)</t[hd]>", row)
        ]
        rows[cells[0]] = " | ".join(cells[1:])
    return rows


def _response(cast, token: str, status: str) -> Response:
    return Response.objects.create(
        consultation=cast.riverside_consultation,
        status=status,
        start_token=token,
        resume_code_hash=token,
        consent_given_at=now(),
    )


def test_commissioner_sees_only_their_consultation_with_state_sign_off_count_and_promise(
    cast, client_for
):
    _response(cast, "sent", Response.Status.SENT)
    _response(cast, "draft", Response.Status.DRAFT)  # a draft is not counted
    promise = cast.riverside_consultation.promise_date
    rows = _rows(client_for("commissioner").get("/admin/").content.decode())
    assert list(rows) == ["Riverside: have your say"]
    state, sign_off, count, promise_text = rows["Riverside: have your say"].split(" | ")
    assert state == "Open"
    assert sign_off.startswith("Checked by Amina on ")
    # The count, then the link to the results screens for a body that may read the answers.
    assert count.split()[0] == "1"
    assert "See results" in count
    assert promise_text == f"{promise:%A} {promise.day} {promise:%B %Y}"


def test_editor_sees_their_consultation_but_not_its_response_count(cast, client_for):
    rows = _rows(client_for("editor").get("/admin/").content.decode())
    assert list(rows) == ["Riverside: have your say"]
    assert rows["Riverside: have your say"].split(" | ")[2] == "Not shown to you"


def test_administrator_sees_every_consultation(cast, client_for):
    rows = _rows(client_for("administrator").get("/admin/").content.decode())
    assert sorted(rows) == ["Hillside: have your say", "Riverside: have your say"]


def test_a_draft_and_a_consultation_waiting_for_sign_off_say_so(cast, client_for):
    from wagtail.models import Workflow

    consultation = cast.riverside_consultation
    consultation.unpublish()
    rows = _rows(client_for("commissioner").get("/admin/").content.decode())
    assert rows["Riverside: have your say"].startswith("Draft |")

    workflow = Workflow.objects.get(name="Easy-read check before publishing")
    workflow.start(consultation, cast.editor)
    rows = _rows(client_for("commissioner").get("/admin/").content.decode())
    assert rows["Riverside: have your say"].startswith("Waiting for sign-off |")

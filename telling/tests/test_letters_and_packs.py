"""Letters to print, and packs for groups to share (ADR 026)."""

import datetime
import re

import pytest
from django.utils import timezone

from organisations.models import Organisation
from telling.letters import letters_pdf
from telling.models import LetterDownload, Notice, OrganisationPack, State, TellingRound
from telling.services import group_key, telling_start

from .conftest import telling_url

pytestmark = pytest.mark.django_db


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


@pytest.fixture
def letters_round(cast, published, person):
    person("post", name="Pat Jones", postal_address="1 High Street\nRiverside\nRV1 2AB")
    person("post", name="Łukasz Wiśniewski", postal_address="2 Mill Lane\nRiverside")
    person("post", name="No Address")  # contact details but no address: cannot get a letter
    person("email", name="Sam", email="sam@example.org")
    round, _ = telling_start(cast.riverside_consultation, user=cast.commissioner)
    return round


def test_letters_download_as_one_pdf_with_a_page_per_person_and_is_logged(
    cast, letters_round, commissioner_browser
):
    page = commissioner_browser.get(telling_url(cast))
    assert b"2 letters to print." in page.content
    download = commissioner_browser.get(telling_url(cast, "letters", letters_round.pk))
    assert download["Content-Type"] == "application/pdf"
    assert download["Content-Disposition"].startswith("attachment;")
    pdf = download.content
    assert pdf.startswith(b"%PDF")
    assert _pages(pdf) == 2
    log = LetterDownload.objects.get()
    assert (log.downloaded_by, log.letters, log.round) == (cast.commissioner, 2, letters_round)
    missing = Notice.objects.get(response__contact_details__name="No Address")
    assert missing.state == State.FAILED
    assert missing.last_error == "There is no postal address for this person."


def test_each_letter_has_the_name_address_and_decisions_in_big_text(cast, letters_round):
    pdf, count = letters_pdf(letters_round, compress=False)
    assert count == 2
    # A name outside Latin-1 switches the batch to an embedded Unicode font.
    assert b"DejaVu" in pdf
    # Text in an embedded font is stored as glyph ids, so read one batch in the core font too.
    Notice.objects.filter(response__contact_details__name__startswith="Ł").delete()
    pdf, count = letters_pdf(letters_round, compress=False)
    assert count == 1 and b"Helvetica" in pdf
    for words in (b"Pat Jones", b"1 High Street", b"RV1 2AB", b"Hello Pat Jones,"):
        assert words in pdf
    assert b"More people can live with a Shared Lives carer." in pdf
    assert b"/F1 16" in pdf.replace(b".00", b"")


def test_marking_letters_as_posted_counts_those_people_as_told(
    cast, letters_round, commissioner_browser
):
    page = commissioner_browser.post(telling_url(cast, "posted", letters_round.pk), follow=True)
    assert b"2 letters marked as posted." in page.content
    assert Notice.objects.filter(state=State.POSTED).count() == 2
    row = page.content.decode().split('data-route="post"')[1].split("</tr>")[0]
    assert [cell.split(">")[-1] for cell in row.split("</td>")[:-1]] == ["3", "2", "0", "1"]
    letters_round.refresh_from_db()
    assert letters_round.posted_by == cast.commissioner
    again = commissioner_browser.post(telling_url(cast, "posted", letters_round.pk), follow=True)
    assert b"There were no letters waiting" in again.content


def test_group_names_are_matched_however_they_are_typed():
    assert group_key("  The Riverside   Advocacy! ") == "riverside advocacy"
    assert group_key("riverside advocacy") == group_key("Riverside-Advocacy")
    assert group_key("Theatre Group") == "theatre group"


@pytest.fixture
def packs_round(cast, published, person):
    person("organisation", name="A", organisation="Riverside Advocacy")
    person("organisation", name="B", organisation="the riverside advocacy ")
    person("organisation", name="C", organisation="Knit and Natter")
    person("organisation", name="D")
    round, _ = telling_start(cast.riverside_consultation, user=cast.commissioner)
    return round


def test_each_group_gets_a_pack_with_how_many_people_chose_it(
    cast, packs_round, commissioner_browser
):
    packs = {pack.name: pack for pack in OrganisationPack.objects.filter(round=packs_round)}
    assert {name: pack.people_count for name, pack in packs.items()} == {
        "Riverside Advocacy": 2,
        "Knit and Natter": 1,
    }
    assert packs["Riverside Advocacy"].organisation == cast.riverside_advocacy
    assert packs["Knit and Natter"].organisation is None
    unnamed = Notice.objects.get(response__contact_details__name="D")
    assert unnamed.state == State.FAILED

    page = commissioner_browser.get(
        telling_url(cast, "pack", packs["Riverside Advocacy"].pk)
    ).content.decode()
    assert "2 people in your group asked to hear what we decided." in page
    assert "More people can live with a Shared Lives carer." in page
    assert "area-accommodation.svg" in page


def test_recording_when_a_group_shared_its_pack_counts_its_people_as_told(
    cast, packs_round, commissioner_browser
):
    pack = OrganisationPack.objects.get(round=packs_round, organisation=cast.riverside_advocacy)
    url = telling_url(cast, "shared", pack.pk)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page = commissioner_browser.post(url, {"shared_on": tomorrow.isoformat()})
    assert b"There is a problem" in page.content
    assert b"The date must be today or in the past." in page.content
    assert tomorrow.isoformat().encode() in page.content  # what was typed is kept
    assert commissioner_browser.post(url, {"shared_on": "31 Febuary"}).status_code == 200

    on = timezone.localdate() - datetime.timedelta(days=2)
    page = commissioner_browser.post(url, {"shared_on": on.isoformat()}, follow=True)
    assert b"Recorded that Riverside Advocacy shared the news." in page.content
    pack.refresh_from_db()
    assert (pack.shared_on, pack.shared_recorded_by) == (on, cast.commissioner)
    assert Notice.objects.filter(pack=pack, state=State.SHARED).count() == 2
    assert Notice.objects.filter(pack__name="Knit and Natter", state=State.PENDING).count() == 1


def test_a_verified_group_is_matched_by_its_easy_read_name_too(cast, published, person):
    Organisation.objects.filter(pk=cast.hillside_carers.pk).update(easy_read_name="Carers Club")
    person("organisation", name="E", organisation="carers club")
    telling_start(cast.riverside_consultation, user=cast.commissioner)
    (pack,) = OrganisationPack.objects.all()
    assert (pack.organisation, pack.name) == (cast.hillside_carers, "Hillside Carers")


def test_telling_screens_belong_to_the_body_running_the_consultation(cast, packs_round, client_for):
    pack = OrganisationPack.objects.filter(round=packs_round).first()
    urls = [
        telling_url(cast),
        telling_url(cast, "letters", packs_round.pk),
        telling_url(cast, "pack", pack.pk),
        telling_url(cast, "shared", pack.pk),
        telling_url(cast, "complete"),
    ]
    for name in ("other_commissioner", "vcse_member", "editor"):
        browser = client_for(name)
        for url in urls:
            assert browser.get(url).status_code == 404, (name, url)
        assert browser.post(telling_url(cast, "start")).status_code == 404
    # Hillside's own address with Riverside's consultation is a 404 for Hillside too.
    hillside = client_for("other_commissioner")
    wrong = f"/organisations/{cast.hillside.pk}/telling/{cast.riverside_consultation.pk}/"
    assert hillside.get(wrong).status_code == 404
    assert TellingRound.objects.count() == 1


def test_the_admin_menu_leads_a_commissioner_to_their_bodys_consultations(
    cast, commissioner_browser, client_for
):
    page = commissioner_browser.get("/organisations/telling/", follow=True)
    assert page.redirect_chain[-1][0] == telling_url(cast).rsplit("/", 2)[0] + "/"
    assert b"Riverside: have your say" in page.content
    assert b"Hillside: have your say" not in page.content
    page = client_for("vcse_member").get("/organisations/telling/")
    assert b"You are not a member of one." in page.content

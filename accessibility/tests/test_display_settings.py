import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
URL = reverse("accessibility:display_settings")


def test_display_page_shows_current_choices(client):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="standard" checked' in html or "checked" in html
    assert 'class="text-standard colours-standard"' in html


def test_saving_choices_sets_cookies_and_changes_every_page(client):
    response = client.post(URL, {"text_size": "largest", "colours": "cream", "next": "/"})
    assert response.status_code == 302
    assert response.cookies["display_text_size"].value == "largest"
    assert response.cookies["display_colours"].value == "cream"
    assert response.cookies["display_colours"]["max-age"] == 365 * 24 * 60 * 60

    home = client.get("/")
    assert 'class="text-largest colours-cream"' in home.content.decode()


def test_saved_page_offers_the_way_back(client):
    response = client.post(
        URL, {"text_size": "large", "colours": "high_contrast", "next": "/"}, follow=True
    )
    html = response.content.decode()
    assert "Your choices are saved" in html
    assert 'href="/"' in html


def test_unknown_choice_shows_error_summary_and_keeps_other_answer(client):
    response = client.post(URL, {"text_size": "huge", "colours": "cream"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Choose a text size from the list." in html
    assert "<title>Error: " in html
    assert 'value="cream" id="id_colours_2" checked' in html or (
        'id="id_colours_2"' in html and "checked" in html
    )
    assert "display_text_size" not in response.cookies


def test_offsite_next_link_is_ignored(client):
    response = client.post(
        URL, {"text_size": "large", "colours": "cream", "next": "https://evil.example/"}
    )
    assert response["Location"] == URL


def test_tampered_cookie_falls_back_to_standard(client):
    client.cookies["display_text_size"] = "<script>"
    html = client.get("/").content.decode()
    assert 'class="text-standard colours-standard"' in html

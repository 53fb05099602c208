import pytest
from django.urls import reverse
from wagtail.models import Collection

from pictures.models import SymbolSet
from pictures.services import MULBERRY, symbols_import_folder, symbols_load_openmoji

pytestmark = pytest.mark.django_db

SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
    '<circle cx="36" cy="36" r="23" fill="#FCEA2B"/></svg>'
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def both_sets_loaded(tmp_path):
    openmoji = tmp_path / "openmoji"
    openmoji.mkdir()
    (openmoji / "1F604.svg").write_text(SVG)
    symbols_load_openmoji(names=["1F604"], source_dir=openmoji)
    mulberry = tmp_path / "mulberry"
    mulberry.mkdir()
    (mulberry / "support_worker.svg").write_text(SVG)
    symbols_import_folder(
        folder=mulberry,
        set_name=MULBERRY.name,
        licence=MULBERRY.licence,
        licence_url=MULBERRY.licence_url,
        creator=MULBERRY.creator,
        website=MULBERRY.website,
    )


def test_credits_page_names_each_symbol_set_with_its_licence(client, both_sets_loaded):
    response = client.get(reverse("pictures:credits"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="https://openmoji.org">OpenMoji</a>' in html
    assert 'href="https://mulberrysymbols.org">Mulberry Symbols</a>' in html
    assert "Made by Garry Paxton and Steve Lee." in html
    assert html.count("CC BY-SA 4.0</a>") == 3  # OpenMoji, Mulberry and the word list
    assert 'href="https://creativecommons.org/licenses/by-sa/4.0/"' in html


def test_credits_page_shows_a_picture_beside_each_set(client, both_sets_loaded):
    response = client.get(reverse("pictures:credits"))

    main = response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]
    # Two intro points, one per set, and one for the word list.
    assert main.count("data-easy-read-point") == 5
    assert main.count('class="easy-read-point__picture"') == 5


def test_credits_page_credits_the_word_list_even_without_pictures(client):
    response = client.get(reverse("pictures:credits"))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Robyn Speer" in html
    assert "https://github.com/rspeer/wordfreq" in html
    assert "We do not use pictures from other people yet." in html


def test_credits_page_has_one_main_heading(client, both_sets_loaded):
    response = client.get(reverse("pictures:credits"))

    assert response.content.decode().count("<h1") == 1


def test_a_symbol_set_with_no_pictures_is_not_credited(client):
    collection = Collection.get_first_root_node().add_child(name="Unused set")
    SymbolSet.objects.create(name="Unused set", collection=collection, licence="CC BY 4.0")

    response = client.get(reverse("pictures:credits"))

    assert "Unused set" not in response.content.decode()

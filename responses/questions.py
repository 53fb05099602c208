"""A consultation's questions as the answering pages need them.

Working out the order only reads the StreamField's raw JSON, which costs no queries. Only the one
question on screen is turned into full block values, and all its pictures and their renditions
come in one batch, so a question page stays within its query budget.

Each app server keeps what it has worked out in memory (`question_set`), filed under the
consultation's content version (consultations/content_version.py). Publishing gives a new
version, so the next request reads the pages again: nothing is ever older than the last publish.
"""

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import prefetch_related_objects
from django.templatetags.static import static
from django.utils import translation
from wagtail.images import get_image_model

from consultations.areas import AREAS_BY_KEY
from questions.options import Picture

# Pictures are shown at 64 CSS pixels; 128 keeps them sharp on high-density screens.
RENDITION_SPEC = "fill-128x128|preserve-svg"
# What the answering pages read of the area pages. Page rows are wide; loading only these keeps
# the query cheap (see bench/answering.py).
AREA_FIELDS = ["area_key", "questions", "path", "depth", "live", "content_type", "locale"]
# Consultations kept in each app server's memory; more than this is far more than ever run at once.
MAX_CACHED_CONSULTATIONS = 32
# Drawn answer forms kept per consultation: mostly one per question (nothing saved yet), plus the
# commonest saved answers. Each is a few kilobytes.
MAX_DRAWN_FORMS = 500


@dataclass(frozen=True)
class QuestionRef:
    """Where a question is, read from raw StreamField data without loading any blocks."""

    id: str
    type: str
    area_key: str
    area_page: object
    stream_index: int

    @property
    def area_name(self) -> str:
        return AREAS_BY_KEY[self.area_key].name


@dataclass(frozen=True)
class Choice:
    key: str
    label: str
    picture: Picture | None = None
    description_lines: tuple[str, ...] = ()
    share_now: int | None = None  # of every 10 pounds today, where the question knows it


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    area_key: str
    area_name: str
    text: str
    hint_lines: tuple[str, ...]
    picture: Picture | None
    audio_url: str
    allow_dont_know: bool
    options: tuple[Choice, ...]
    max_length: int = 1000
    max_choices: int | None = None
    coins: int = 0

    def option(self, key: str) -> Choice | None:
        return next((option for option in self.options if option.key == key), None)


def question_refs(area_pages) -> list[QuestionRef]:
    """Every question of these area pages, in order."""
    refs = []
    for area_page in area_pages:
        for index, raw in enumerate(area_page.questions.raw_data):
            if raw.get("id") and raw.get("type"):
                refs.append(
                    QuestionRef(raw["id"], raw["type"], area_page.area_key, area_page, index)
                )
    return refs


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


def _pictures_for(images: list) -> dict[int, Picture]:
    """Renditions for many images in 2 queries at most, then none on later visits."""
    images = list({image.pk: image for image in images if image is not None}.values())
    if not images:
        return {}
    rendition_model = get_image_model().get_rendition_model()
    found: dict[int, list] = {image.pk: [] for image in images}
    for rendition in rendition_model.objects.filter(image_id__in=found):
        found[rendition.image_id].append(rendition)
    pictures = {}
    for image in images:
        # Prefetched renditions stop Wagtail asking the (database) cache once per picture.
        image.prefetched_renditions = found[image.pk]
        # Keyed by the spec after Wagtail cleans it for SVGs, so take the only value.
        (rendition,) = image.get_renditions(RENDITION_SPEC).values()
        pictures[image.pk] = Picture(rendition.url)
    return pictures


def _question_picture(image, pictures: dict[int, Picture]) -> Picture | None:
    if image is None or image.pk not in pictures:
        return None
    return Picture(pictures[image.pk].url, getattr(image, "contextual_alt_text", "") or "")


def question_load(ref: QuestionRef, *, pictures: bool = True) -> Question:
    """The full question for one page: text, pictures, audio and options.

    Without pictures (for "check your answers") no images or renditions are loaded.
    """
    child = ref.area_page.questions[ref.stream_index]
    value = child.value
    # A support model's picture is a foreign key: load them all at once, not one each.
    prefetch_related_objects(child.block.models_shown(value), "picture")
    options = child.block.options(value)
    shares_now = child.block.shares_now(value, ref.area_page)
    images = [value.get("picture"), *(option.picture for option in options)] if pictures else []
    found = _pictures_for(images)

    choices = []
    for option in options:
        if option.picture is not None:
            # The label beside it says what it is, so the picture has empty alt text.
            picture = found.get(option.picture.pk)
        elif option.static_picture:
            picture = Picture(static(option.static_picture))
        else:
            picture = None
        choices.append(
            Choice(
                option.key,
                option.label,
                picture,
                _lines(option.description),
                shares_now.get(option.key),
            )
        )

    question_picture = value.get("picture")
    audio = value.get("audio")
    return Question(
        id=ref.id,
        type=ref.type,
        area_key=ref.area_key,
        area_name=ref.area_name,
        text=value["question"],
        hint_lines=_lines(value.get("hint", "")),
        picture=_question_picture(question_picture, found),
        audio_url=audio.url if audio else "",
        allow_dont_know=bool(value.get("allow_dont_know")),
        options=tuple(choices),
        max_length=value.get("max_length") or 1000,
        max_choices=value.get("max_choices"),
        coins=value.get("coins") or 0,
    )


@dataclass
class QuestionSet:
    """One consultation's questions at one content version, each loaded at most once."""

    version: str
    refs: list[QuestionRef]
    _by_id: dict[str, QuestionRef] = field(default_factory=dict)
    _loaded: dict[tuple[str, bool], Question] = field(default_factory=dict)
    _drawn: dict[tuple, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_id = {ref.id: ref for ref in self.refs}

    def ref(self, question_id: str) -> QuestionRef | None:
        return self._by_id.get(question_id)

    def question(self, ref: QuestionRef, *, pictures: bool = True) -> Question:
        """The full question. Without pictures, for a save, unless they are already loaded."""
        found = self._loaded.get((ref.id, True)) or (
            None if pictures else self._loaded.get((ref.id, False))
        )
        if found is None:
            found = self._loaded[(ref.id, pictures)] = question_load(ref, pictures=pictures)
        return found

    def drawn_form(self, question_id: str, saved: dict | None, draw: Callable[[], str]) -> str:
        """A question's form as HTML, before any errors, for this saved answer (or none).

        Drawing the form is most of a question page's time, and with no errors it depends only on
        the question and the saved answer, so it is drawn once per version for each.
        """
        key = (question_id, json.dumps(saved, sort_keys=True), translation.get_language())
        html = self._drawn.get(key)
        if html is None:
            if len(self._drawn) >= MAX_DRAWN_FORMS:
                self._drawn.clear()
            html = self._drawn[key] = draw()
        return html


_question_sets: dict[int, QuestionSet] = {}
_question_sets_lock = threading.Lock()


def question_set(consultation) -> QuestionSet:
    """This consultation's questions, from this server's memory unless something was published."""
    from consultations.content_version import content_version

    version = content_version(consultation.pk)
    cached = _question_sets.get(consultation.pk)
    if cached is not None and cached.version == version:
        return cached
    # Read after the version, never before: a publish in between then only files newer pages
    # under the older version, and the next request reads them again anyway.
    refs = question_refs(consultation.area_pages().only(*AREA_FIELDS))
    fresh = QuestionSet(version, refs)
    with _question_sets_lock:
        if len(_question_sets) >= MAX_CACHED_CONSULTATIONS:
            _question_sets.clear()
        _question_sets[consultation.pk] = fresh
    return fresh

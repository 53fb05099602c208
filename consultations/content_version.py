"""Version numbers for what participants see of a consultation, so app servers may cache it.

Every app server keeps a consultation's questions in its own memory, filed under the version it
read from the shared (database) cache at the start of the request. Saving, publishing,
unpublishing, moving or deleting a consultation or one of its area pages gives that consultation
a new version; saving anything its questions show (a support model, a picture, a recording, an
organisation) gives every consultation a new one. The next request anywhere then misses its
memory and reads the pages again, so nobody sees a question older than the last publish.

A version is a random token, not a counter: if the shared cache loses a key (culled, or rolled
back with a test's transaction), a fresh token can never match something cached before.
"""

import threading
import uuid
from collections.abc import Callable

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from wagtail.signals import page_published, page_unpublished, post_page_move

SHARED = "shared"
KEY = "consultations:content-version:{}"
# Drawn page parts kept in each app server's memory. Each is a few kilobytes.
MAX_FRAGMENTS = 256

_fragments: dict[tuple, tuple[str, object]] = {}
_fragments_lock = threading.Lock()


def _token() -> str:
    return uuid.uuid4().hex


def content_version(consultation_pk: int) -> str:
    """This consultation's version now: one cache read (one query with the database cache)."""
    keys = [KEY.format(consultation_pk), KEY.format(SHARED)]
    found = cache.get_many(keys)
    if len(found) < len(keys):
        for key in keys:
            if key not in found:
                # add, not set: if another server has just made one, keep theirs.
                cache.add(key, _token(), timeout=None)
        found = cache.get_many(keys)
    return ".".join(str(found.get(key, "")) for key in keys)


def content_version_bump(consultation_pk: int | None = None) -> None:
    """Give one consultation a new version, or every consultation when no key is given."""
    cache.set(KEY.format(consultation_pk if consultation_pk else SHARED), _token(), timeout=None)


def fragment_cached(consultation_pk: int, key: tuple, draw: Callable[[], object]) -> object:
    """What `draw` gives, kept in memory until this consultation's content version changes.

    `key` must name everything else the result depends on (the page, today's date when the result
    shows whether it is open). The language is added here.
    """
    version = content_version(consultation_pk)
    full_key = (*key, translation.get_language())
    found = _fragments.get(full_key)
    if found is not None and found[0] == version:
        return found[1]
    # Drawn after reading the version, so a publish in between is never filed as the newer one.
    value = draw()
    with _fragments_lock:
        if len(_fragments) >= MAX_FRAGMENTS:
            _fragments.clear()
        _fragments[full_key] = (version, value)
    return value


def _consultation_pk_of(page) -> int | None:
    from .models import AreaPage, ConsultationPage

    page = getattr(page, "specific_deferred", page)
    if isinstance(page, ConsultationPage):
        return page.pk
    if isinstance(page, AreaPage):
        # The parent's path is the first steps of this page's path; no need to load it.
        parent_path = page.path[: -page.steplen] if page.path else ""
        return (
            ConsultationPage.objects.filter(path=parent_path).values_list("pk", flat=True).first()
        )
    return None


def _page_changed(sender, instance, **kwargs) -> None:
    consultation_pk = _consultation_pk_of(instance)
    if consultation_pk:
        content_version_bump(consultation_pk)


def _shown_content_changed(sender, instance, **kwargs) -> None:
    content_version_bump()


def connect_signals() -> None:
    """Called once from the app's ready(): the models must be loaded to name them as senders."""
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from organisations.models import Organisation

    from .models import AreaPage, ConsultationPage, SupportModel

    for page_model in (ConsultationPage, AreaPage):
        post_save.connect(_page_changed, sender=page_model, dispatch_uid=f"cv-save-{page_model}")
        post_delete.connect(_page_changed, sender=page_model, dispatch_uid=f"cv-del-{page_model}")
        page_published.connect(
            _page_changed, sender=page_model, dispatch_uid=f"cv-pub-{page_model}"
        )
        page_unpublished.connect(
            _page_changed, sender=page_model, dispatch_uid=f"cv-unpub-{page_model}"
        )
    # A move can take an area page from one consultation to another: both get new versions.
    post_page_move.connect(_moved, dispatch_uid="cv-move")
    image_model = get_image_model()
    shown = (SupportModel, Organisation, image_model, get_document_model())
    for model in shown:
        post_save.connect(_shown_content_changed, sender=model, dispatch_uid=f"cv-save-{model}")
        post_delete.connect(_shown_content_changed, sender=model, dispatch_uid=f"cv-del-{model}")
    # New renditions are made while pages are drawn, so only a removed one changes anything.
    post_delete.connect(
        _shown_content_changed,
        sender=image_model.get_rendition_model(),
        dispatch_uid="cv-del-rendition",
    )


def _moved(sender, instance, parent_page_before, parent_page_after, **kwargs) -> None:
    for page in (instance, parent_page_before, parent_page_after):
        _page_changed(sender, page)

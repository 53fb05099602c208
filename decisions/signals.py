"""The hook for telling people (ADR 025).

``you_said_we_did_published`` is sent once per consultation, when its "you said, we did" page is
first published: sender is the page class, with ``consultation``, ``page`` and ``user`` (who
published it, or None). Publishing again
(a typo fixed) or after unpublishing sends nothing, so nobody is told twice. Receivers run inside
the publish request; they should queue their work rather than send email there.
"""

from django.dispatch import Signal
from wagtail.signals import page_published, page_unpublished

you_said_we_did_published = Signal()


def _published(sender, instance, revision=None, **kwargs) -> None:
    from consultations.content_version import content_version_bump

    consultation = instance.consultation()
    # The consultation page says whether people were told, and links here: draw it again.
    content_version_bump(consultation.pk)
    # Wagtail sets first_published_at to the same moment as last_published_at only the first time.
    first_time = instance.live and instance.first_published_at == instance.last_published_at
    if first_time:
        user = getattr(revision, "user", None)
        you_said_we_did_published.send(
            sender=sender, consultation=consultation, page=instance, user=user
        )


def _unpublished(sender, instance, **kwargs) -> None:
    from consultations.content_version import content_version_bump

    content_version_bump(instance.consultation().pk)


def connect_signals() -> None:
    from .pages import YouSaidWeDidPage

    page_published.connect(_published, sender=YouSaidWeDidPage, dispatch_uid="yswd-published")
    page_unpublished.connect(_unpublished, sender=YouSaidWeDidPage, dispatch_uid="yswd-unpublished")

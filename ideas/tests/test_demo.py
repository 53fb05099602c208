"""The demo has ideas in every moderation state, and loading it again changes nothing."""

import pytest

from consultations.demo import demo_access_load, demo_accounts_load, demo_organisations_load
from consultations.demo_content import demo_content_load
from ideas.demo import demo_ideas_load
from ideas.models import Idea, IdeaStatusChange, Status

pytestmark = pytest.mark.django_db


def test_demo_ideas_cover_each_state_and_load_once(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    demo_accounts_load()
    consultation = demo_content_load()
    demo_access_load(consultation)
    demo_organisations_load(consultation)
    demo_ideas_load(consultation)
    changes = IdeaStatusChange.objects.count()
    demo_ideas_load(consultation)

    assert IdeaStatusChange.objects.count() == changes
    statuses = set(Idea.objects.values_list("status", flat=True))
    assert statuses == {
        Status.WAITING,
        Status.PUBLISHED,
        Status.NEEDS_REWORDING,
        Status.MERGED,
        Status.NOT_TAKEN_FORWARD,
    }
    merged = Idea.objects.get(status=Status.MERGED)
    assert merged.merged_into.status == Status.PUBLISHED
    assert all(change.by for change in IdeaStatusChange.objects.exclude(from_status=""))
    assert Idea.objects.published().costed().exists()

"""Commissioners list the groups they want to hear from, for their own consultations only."""

import pytest
from wagtail.models import ModelLogEntry

from consultations.models import RespondentGroup

pytestmark = pytest.mark.django_db

ADD = "/admin/snippets/consultations/respondentgroup/add/"


def _group_fields(consultation, **fields):
    return {
        "consultation": consultation.pk,
        "name": "Family carers",
        "easy_name": "People who look after someone",
        "key": "carers",
        "target_count": "200",
        "target_source": "Riverside carers' register, 2026",
    } | fields


def test_a_commissioner_adds_a_group_and_who_did_it_is_logged(cast, client_for):
    response = client_for("commissioner").post(ADD, _group_fields(cast.riverside_consultation))
    assert response.status_code == 302
    group = RespondentGroup.objects.get()
    assert (group.consultation_id, group.target_count) == (cast.riverside_consultation.pk, 200)
    entry = ModelLogEntry.objects.for_instance(group).get(action="wagtail.create")
    assert entry.user == cast.commissioner


def test_a_commissioner_cannot_add_a_group_to_another_bodys_consultation(cast, client_for):
    response = client_for("commissioner").post(ADD, _group_fields(cast.hillside_consultation))
    assert response.status_code == 200
    assert not RespondentGroup.objects.exists()


def test_a_target_without_its_source_is_refused_in_the_admin(cast, client_for):
    response = client_for("commissioner").post(
        ADD, _group_fields(cast.riverside_consultation, target_source="")
    )
    assert "Say where the target number comes from" in response.content.decode()
    assert not RespondentGroup.objects.exists()


def test_a_repeated_key_in_one_consultation_is_refused(cast, client_for):
    browser = client_for("commissioner")
    browser.post(ADD, _group_fields(cast.riverside_consultation))
    response = browser.post(ADD, _group_fields(cast.riverside_consultation, name="Other"))
    assert response.status_code == 200
    assert RespondentGroup.objects.count() == 1

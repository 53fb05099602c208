"""Respondent groups: whom a commissioner wants to hear from, and who pledges to reach them."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from consultations.models import RespondentGroup
from organisations.models import Pledge

pytestmark = pytest.mark.django_db


def _group(consultation, key="carers", **fields) -> RespondentGroup:
    values = {"name": "Family carers", "easy_name": "People who look after someone"} | fields
    return RespondentGroup.objects.create(consultation=consultation, key=key, **values)


def test_a_target_number_must_say_where_it_comes_from(cast):
    group = RespondentGroup(
        consultation=cast.riverside_consultation,
        key="carers",
        name="Family carers",
        easy_name="People who look after someone",
        target_count=200,
    )
    with pytest.raises(ValidationError) as error:
        group.full_clean()
    assert "target_source" in error.value.message_dict
    group.target_source = "Riverside carers' register, 2026"
    group.full_clean()


def test_a_group_key_is_used_once_per_consultation_but_may_repeat_elsewhere(cast):
    _group(cast.riverside_consultation)
    _group(cast.hillside_consultation)
    with pytest.raises(IntegrityError), transaction.atomic():
        _group(cast.riverside_consultation)


def test_staff_see_only_the_groups_and_pledges_of_consultations_they_may_see(cast):
    riverside = _group(cast.riverside_consultation)
    hillside = _group(cast.hillside_consultation)
    Pledge.objects.create(organisation=cast.riverside_advocacy, group=riverside)
    Pledge.objects.create(organisation=cast.hillside_carers, group=hillside)

    assert list(RespondentGroup.objects.visible_to(cast.commissioner)) == [riverside]
    assert list(RespondentGroup.objects.visible_to(cast.other_commissioner)) == [hillside]
    assert set(RespondentGroup.objects.visible_to(cast.administrator)) == {riverside, hillside}
    assert list(Pledge.objects.visible_to(cast.vcse_member).values_list("group", flat=True)) == [
        riverside.pk
    ]


def test_an_organisation_pledges_to_reach_a_group_once(cast):
    group = _group(cast.riverside_consultation)
    Pledge.objects.create(organisation=cast.riverside_advocacy, group=group, people_count=20)
    with pytest.raises(IntegrityError), transaction.atomic():
        Pledge.objects.create(organisation=cast.riverside_advocacy, group=group)

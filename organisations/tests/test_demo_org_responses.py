"""The demo gives each community group one submitted response, once."""

import pytest
from django.core.management import call_command

from organisations.demo_org_responses import DEMO_AREA
from organisations.models import OrganisationalResponse, OrgAnswer

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        list(
            OrganisationalResponse.objects.order_by("pk").values_list(
                "organisation__name", "area_key", "status", "people_represented", "how_gathered"
            )
        ),
        list(OrgAnswer.objects.order_by("pk").values_list("question_type", "value")),
    )


def test_the_demo_submits_one_response_per_community_group_once(settings):
    settings.DEBUG = True
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")
    assert _snapshot() == first

    # The open consultation's: the closed demo is tested in test_demo_closed.py.
    responses = OrganisationalResponse.objects.filter(consultation__slug="riverside")
    responses = responses.select_related("organisation")
    assert sorted(response.organisation.name for response in responses) == [
        "Riverside Carers Network",
        "Riverside Self Advocates",
    ]
    for response in responses:
        assert response.is_submitted and response.area_key == DEMO_AREA
        assert response.submitted_by is not None and response.organisation.verified
        counts = [row.people_count for row in response.groups.all()]
        assert sum(counts) == response.people_represented > 0
        # Every question of the area answered, in the same shapes as people's answers.
        assert sorted(response.answers.values_list("question_type", flat=True)) == [
            "choices",
            "good_life",
        ]

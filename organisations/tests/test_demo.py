"""The demo's community groups: verified, one member each, groups with targets, and pledges."""

import pytest
from django.core.management import call_command

from consultations.demo import DEMO_MEMBERS
from consultations.models import AreaPage, ConsultationPage
from organisations.models import GroupSession, GroupTally, Membership, Organisation, Pledge

pytestmark = pytest.mark.django_db


def _snapshot():
    # The open consultation's: the closed demo is tested in test_demo_closed.py.
    riverside = ConsultationPage.objects.get(slug="riverside")
    sessions = GroupSession.objects.filter(consultation=riverside)
    return (
        list(Organisation.objects.vcse().values_list("name", "verified", "verified_at")),
        list(Membership.objects.filter(organisation__kind="vcse").values_list("user__email")),
        list(riverside.respondent_groups.values_list("key", "target_count")),
        list(
            Pledge.objects.filter(group__consultation=riverside).values_list(
                "organisation__name", "group__key", "people_count"
            )
        ),
        list(sessions.values_list("organisation__name", "people_count", "area_key")),
        list(
            GroupTally.objects.filter(session__in=sessions).values_list(
                "session__organisation__name", "question_type", "value"
            )
        ),
    )


def test_the_demo_loads_community_groups_once_and_prints_their_logins(settings, capsys):
    settings.DEBUG = True
    call_command("load_demo")
    first = _snapshot()
    call_command("load_demo")
    assert _snapshot() == first

    organisations, members, groups, pledges, sessions, tallies = first
    assert len(organisations) == 2 and all(verified for _, verified, _ in organisations)
    assert all(verified_at is not None for *_, verified_at in organisations)
    assert sorted(email for (email,) in members) == sorted(m.email for m in DEMO_MEMBERS)
    assert ("carers", 200) in groups
    assert len(pledges) == 3
    # One session per community group, and a tally of every question type the demo asks.
    assert sorted(name for name, *_ in sessions) == sorted(o for o, *_ in organisations)
    asked = {block.block_type for area in AreaPage.objects.live() for block in area.questions}
    assert {kind for _, kind, _ in tallies} == asked
    printed = capsys.readouterr().out
    for member in DEMO_MEMBERS:
        assert f"{member.email}" in printed and member.password in printed

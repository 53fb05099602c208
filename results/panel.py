"""Group sessions and organisational responses, listed beside people's own answers.

Nothing here is added into a people count. Group sessions' tallies count as people in the results
by question (ADR 016); organisational responses never do (ADR 020). Numbers of people go through
the staff disclosure profile like every other count on the results screens (ADR 011).
"""

from __future__ import annotations

from dataclasses import dataclass

from consultations.areas import AREAS_BY_KEY
from organisations.models import GroupSession, OrganisationalResponse
from organisations.models.sessions import Format, Method
from results.disclosure import Cell, DisclosureProfile, disclose_count, one_way_table


@dataclass(frozen=True)
class SessionRow:
    session: GroupSession
    area: str
    method: str
    formats: list[str]
    people: Cell
    by_group: list[tuple[str, Cell]]
    organisation: str
    agreed: bool


@dataclass(frozen=True)
class OrgRow:
    response: OrganisationalResponse
    organisation: str
    verified: bool
    area: str
    people: Cell
    by_group: list[tuple[str, Cell]]
    methods: list[str]
    sessions: list[GroupSession]


def _by_group(rows: list[tuple[str, int]], total: int, profile) -> tuple[Cell, list]:
    """The total and each group's people, hidden together so a small group cannot be worked out."""
    if not rows:
        return disclose_count(total, profile=profile), []
    counts = {str(index): count for index, (_name, count) in enumerate(rows)}
    table = one_way_table(counts, profile=profile, total=max(total, sum(counts.values())))
    names = [name for name, _count in rows]
    return table.total, list(zip(names, table.cells, strict=True))


def _area(key: str) -> str:
    area = AREAS_BY_KEY.get(key)
    return str(area.name) if area else ""


def sessions(consultation, user, *, profile: DisclosureProfile) -> list[SessionRow]:
    found = (
        GroupSession.objects.visible_to(user)
        .filter(consultation=consultation)
        .select_related("organisation")
        .prefetch_related("members__group")
        .order_by("-held_on", "-pk")
    )
    methods, formats = dict(Method.choices), dict(Format.choices)
    rows = []
    for session in found:
        members = [(member.group.name, member.people_count) for member in session.members.all()]
        people, by_group = _by_group(members, session.people_count, profile)
        rows.append(
            SessionRow(
                session=session,
                area=_area(session.area_key),
                method=str(methods.get(session.method, session.method)),
                formats=[str(formats.get(key, key)) for key in session.formats_used],
                people=people,
                by_group=by_group,
                organisation=session.organisation.name,
                agreed=session.agreed_by_group,
            )
        )
    return rows


def org_responses(consultation, user, *, profile: DisclosureProfile) -> list[OrgRow]:
    """Submitted responses only: a withdrawn one is not the organisation's view any more."""
    found = (
        OrganisationalResponse.objects.for_commissioner(user)
        .submitted()
        .filter(consultation=consultation)
        .select_related("organisation")
        .prefetch_related("groups__group", "sessions__organisation")
        .order_by("organisation__name", "area_key")
    )
    rows = []
    for response in found:
        groups = [(row.group.name, row.people_count) for row in response.groups.all()]
        people, by_group = _by_group(groups, response.people_represented or 0, profile)
        rows.append(
            OrgRow(
                response=response,
                organisation=response.organisation.name,
                verified=response.organisation.verified,
                area=_area(response.area_key),
                people=people,
                by_group=by_group,
                methods=response.method_labels(),
                sessions=list(response.sessions.all()),
            )
        )
    return rows

"""The records the permission matrix (test_permission_matrix.py) looks for, and the cast's
records behind each URL's placeholders, made through the same services staff use."""

import datetime

from django.utils import timezone

from consultations.models import AreaPage, EasyReadSignOff, HomePage, RespondentGroup
from decisions.models import Decision
from decisions.tests.yswd import live_as_published
from ideas.services import idea_moderate, idea_suggest
from organisations.models import GroupSession, Invitation, OrganisationalResponse, Pledge
from responses.models import Channel, ContactDetails, Response
from telling.services import telling_start

# The records a row looks for, by letter.
CONSULTATIONS = {"R": "Riverside: have your say", "H": "Hillside: have your say"}
BODIES = {"R": "Riverside Council</span>", "H": "Hillside Council</span>"}
BODY_CHOICES = {"R": "Riverside Council</option>", "H": "Hillside Council</option>"}
BODY_NAMES = {"R": "Riverside Council", "H": "Hillside Council"}
MEMBERS = {"R": "cam@riverside.example", "H": "hal@hillside.example"}
GROUPS = {"R": "Carers in Riverside", "H": "Carers in Hillside"}
COMMUNITY_GROUPS = {"R": "Riverside Advocacy", "H": "Hillside Carers"}
COMMUNITY_MEMBERS = {"R": "val@advocacy.example", "H": "vic@carers.example"}
SESSIONS = {"R": "Riverside: have your say", "H": "Hillside: have your say"}
SESSION_FACILITATORS = {"R": "Rita Facilitator", "H": "Hugo Facilitator"}
PAPER_FORMS = {"R": "Paper form R-1", "H": "Paper form H-1"}
# Ideas: the Riverside one is published, the Hillside one and a second Riverside one wait, and a
# third Riverside one was sent back for new words.
IDEAS = {"R": "Riverside idea", "H": "Hillside idea"}
OWN_IDEAS = {"R": "Riverside idea", "H": "Hillside idea"}
PUBLIC_IDEAS = {"R": "Riverside idea", "W": "Riverside waiting", "H": "Hillside idea"}
DECISIONS = {"R": "Riverside decision", "H": "Hillside decision"}
NOBODY_WITHOUT_ADMIN = ["participant", "supporter", "vcse_member", "other_vcse_member"]


def fill(url: str, cast) -> str:
    """The URL with its placeholders ({riverside}, {hillside_session}...) filled in from records
    made here for the cast."""
    riverside, hillside = cast.riverside_consultation, cast.hillside_consultation
    riverside_group, _ = RespondentGroup.objects.get_or_create(
        consultation=riverside, key="carers", defaults={"name": GROUPS["R"], "easy_name": "Carers"}
    )
    hillside_group, _ = RespondentGroup.objects.get_or_create(
        consultation=hillside, key="carers", defaults={"name": GROUPS["H"], "easy_name": "Carers"}
    )
    riverside_pledge, _ = Pledge.objects.get_or_create(
        organisation=cast.riverside_advocacy, group=riverside_group
    )
    hillside_pledge, _ = Pledge.objects.get_or_create(
        organisation=cast.hillside_carers, group=hillside_group
    )
    invitation, _ = Invitation.objects.get_or_create(
        organisation=cast.riverside_advocacy, email="newcomer@advocacy.example"
    )
    riverside_session = _session(cast.riverside_advocacy, riverside, "R", "Rita Facilitator")
    hillside_session = _session(cast.hillside_carers, hillside, "H", "Hugo Facilitator")
    responses = {
        f"{side}_org_{state}": _org_response(organisation, consultation, state).pk
        for side, organisation, consultation in [
            ("riverside", cast.riverside_advocacy, riverside),
            ("hillside", cast.hillside_carers, hillside),
        ]
        for state in ("draft", "submitted")
    }
    riverside_paper = _paper_form(cast.riverside_advocacy, cast.vcse_member, riverside, "R-1")
    hillside_paper = _paper_form(cast.hillside_carers, cast.other_vcse_member, riverside, "H-1")
    decisions = {
        consultation: Decision.objects.get_or_create(
            submit_token=f"matrix-{consultation.pk}",
            defaults={
                "consultation": consultation,
                "area_key": "home",
                "title": "Riverside decision" if consultation == riverside else "Hillside decision",
                "easy_title": "We decided.",
                "summary": "Because.",
                "easy_summary": "Because.",
                "decided_on": "2027-03-03",
                "decided_by": "Board",
                "forum": "Board meeting",
            },
        )[0]
        for consultation in (riverside, hillside)
    }
    return url.format(
        **responses,
        riverside_session=riverside_session.pk,
        hillside_session=hillside_session.pk,
        riverside_question=_question(riverside) if "{riverside_question}" in url else "",
        hillside_question=_question(hillside) if "{hillside_question}" in url else "",
        **_ideas_fill(cast),
        riverside_group=riverside_group.pk,
        hillside_group=hillside_group.pk,
        riverside_pledge=riverside_pledge.pk,
        hillside_pledge=hillside_pledge.pk,
        invitation=invitation.token,
        riverside_paper=riverside_paper.pk,
        hillside_paper=hillside_paper.pk,
        riverside_decision=decisions[riverside].pk,
        hillside_decision=decisions[hillside].pk,
        **(
            _telling_fill(riverside, decisions[riverside])
            if "riverside_round" in url or "riverside_pack" in url
            else {}
        ),
        riverside_advocacy=cast.riverside_advocacy.pk,
        hillside_carers=cast.hillside_carers.pk,
        home=HomePage.objects.get().pk,
        riverside=riverside.pk,
        hillside=hillside.pk,
        riverside_area=AreaPage.objects.child_of(riverside).first().pk,
        hillside_area=AreaPage.objects.child_of(hillside).first().pk,
        riverside_council=cast.riverside.pk,
        hillside_council=cast.hillside.pk,
        riverside_signoff=EasyReadSignOff.objects.get(consultation=riverside).pk,
        hillside_signoff=EasyReadSignOff.objects.get(consultation=hillside).pk,
        hillside_revision=hillside.latest_revision_id,
    )


def _telling_fill(consultation, decision: Decision) -> dict:
    """A round of telling for Riverside, with one letter and one group's pack."""
    Decision.objects.filter(pk=decision.pk).update(published_at=timezone.now())
    live_as_published(consultation)
    for number, contact in enumerate(
        [{"postal_address": "1 High Street"}, {"organisation": "Riverside Advocacy"}]
    ):
        response = Response.objects.create(
            consultation=consultation,
            status=Response.Status.SENT,
            channel=Channel.STAFF_PAPER,
            paper_form_number=f"telling-{number}",
            consent_given_at=timezone.now(),
            hear_back="post" if "postal_address" in contact else "organisation",
        )
        ContactDetails.objects.create(response=response, name="Matrix", **contact)
    round, _ = telling_start(consultation, user=None)
    return {"riverside_round": round.pk, "riverside_pack": round.packs.get().pk}


def _session(organisation, consultation, letter: str, facilitator: str) -> GroupSession:
    session, _ = GroupSession.objects.get_or_create(
        submit_token=f"matrix-{letter}",
        defaults={
            "organisation": organisation,
            "consultation": consultation,
            "held_on": timezone.localdate(),
            "method": "workshop",
            "facilitator_name": facilitator,
            "people_count": 3,
        },
    )
    return session


def _question(consultation) -> str:
    """A question in the consultation's first area, for a session's tally page."""
    area = AreaPage.objects.child_of(consultation).get(area_key="home")
    area.questions = [
        {
            "type": "tell_us",
            "id": "q-matrix",
            "value": {
                "question": "What do you like?",
                "hint": "",
                "picture": None,
                "audio": None,
                "allow_dont_know": True,
                "max_length": 1000,
            },
        }
    ]
    area.save_revision().publish()
    return "q-matrix"


def _org_response(organisation, consultation, state: str) -> OrganisationalResponse:
    """A draft about home, or a submitted response about the community."""
    submitted = state == "submitted"
    return OrganisationalResponse.objects.get_or_create(
        organisation=organisation,
        consultation=consultation,
        area_key="community" if submitted else "home",
        defaults={"status": state, "submitted_at": timezone.now() if submitted else None},
    )[0]


def _paper_form(organisation, user, consultation, number: str) -> Response:
    """A paper form the organisation started typing in: the batch page lists its own."""
    response, _ = Response.objects.get_or_create(
        consultation=consultation,
        paper_form_number=number,
        defaults={
            "channel": Channel.STAFF_PAPER,
            "organisation": organisation,
            "entered_by": user,
            "entered_at": timezone.now() - datetime.timedelta(minutes=1),
            "consent_given_at": timezone.now(),
        },
    )
    return response


def _ideas_fill(cast) -> dict[str, int]:
    made = {}
    for name, title, organisation, consultation in (
        ("riverside_idea", "Riverside idea", cast.riverside_advocacy, cast.riverside_consultation),
        (
            "riverside_waiting",
            "Riverside waiting",
            cast.riverside_advocacy,
            cast.riverside_consultation,
        ),
        (
            "riverside_reword",
            "Riverside reword",
            cast.riverside_advocacy,
            cast.riverside_consultation,
        ),
        ("hillside_idea", "Hillside idea", cast.hillside_carers, cast.hillside_consultation),
    ):
        made[name], _ = idea_suggest(
            consultation=consultation,
            area_key="community",
            title=title,
            source="organisation",
            organisation=organisation,
            submit_token=name,
        )
    idea_moderate(idea=made["riverside_idea"], action="publish", by=cast.commissioner)
    idea_moderate(
        idea=made["riverside_reword"], action="reword", by=cast.commissioner, easy_reason="Why?"
    )
    return {name: idea.pk for name, idea in made.items()}

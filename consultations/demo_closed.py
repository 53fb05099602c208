"""The closed Riverside demo: an earlier consultation with results, decisions and a public page.

`make run` loads it after the open one, so every results screen, the public "what people said"
page and the published decisions have something real to show. It asks the same questions as the open
demo (consultations/demo_content.py builds both) and is filled through the real services:
about 300 people over every channel (responses/demo_crowd.py), two group sessions with tallies,
one organisation's response, ideas with votes, then published decisions, a progress update and
a frozen public snapshot of the results.

Dates. The services take no answers for a closed consultation, as the pages do not, so it is
loaded open (closing today) and then given its real closing date, 80 days ago, by publishing a
new revision, as an editor would. 80 days puts the promise (12 weeks after closing, R7) 4 days
ahead, so the decisions published today are on time. A consultation from a whole year ago would
be more than 250 days late on every public page, because publishing a decision records today.

Safe to run again: everything is made in one transaction, and a second run finds the
consultation by its slug and changes nothing. See docs/adr/027-closed-demo-consultation.md.
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from decisions.demo import demo_you_said_we_did_publish
from decisions.promise import default_promise_date
from ideas.demo import DEMO_IDEAS, demo_ideas_load
from ideas.models import Idea, VoteValue
from ideas.services import idea_vote, session_votes_save
from organisations.demo_org_responses import demo_org_responses_load
from organisations.demo_sessions import demo_sessions_load
from organisations.models import GroupSession, Method
from responses.codes import resume_code_display
from responses.demo_crowd import SEED, demo_crowd_load
from results.services import snapshot_take

from .demo import DEMO_ORGANISATIONS, demo_groups_load, demo_pledges_load
from .demo_closed_decisions import demo_closed_decisions_load
from .demo_content import demo_consultation_build, demo_consultation_find, demo_data
from .models import ConsultationPage

SLUG = "riverside-earlier"
# The printed code, for the first person who answered online. Letters from the code alphabet
# only (responses/codes.py); it reads "we heard ya".
DEMO_CODE = "WEHEARDYA"
OPEN_FOR = datetime.timedelta(weeks=10)
CLOSED_AGO = datetime.timedelta(days=80)

# key, name, easy-read name, lived experience, target, where the target comes from.
GROUPS = [
    (
        "people-who-use-support",
        "People who use support",
        "People who get support",
        True,
        200,
        "Riverside Council adult social care records, 2025",
    ),
    (
        "carers",
        "Family carers",
        "People who look after someone",
        True,
        120,
        "Riverside carers' register, 2025",
    ),
    (
        "care-workers",
        "People who work in care",
        "People whose job is care",
        False,
        40,
        "Riverside care providers' staff survey, 2025",
    ),
    (
        "bangladeshi-community",
        "People from the Bangladeshi community",
        "People from the Bangladeshi community",
        False,
        30,
        "Riverside census profile, 2021",
    ),
]
PLEDGES = [(0, "people-who-use-support", 40), (1, "carers", 25)]
# As organisations/demo_sessions.py, days before closing. 10 or more people each, so their
# tallies can show in public.
SESSIONS = [
    (
        DEMO_ORGANISATIONS[0],
        "demo-closed-session-self-advocates",
        "",
        {"method": "workshop", "formats_used": ["easy_read", "bsl"], "days_ago": 20},
        {"people-who-use-support": 8, "bangladeshi-community": 4},
    ),
    (
        DEMO_ORGANISATIONS[1],
        "demo-closed-session-carers-network",
        "home",
        {"method": "drop_in", "formats_used": ["large_print"], "days_ago": 9},
        {"carers": 11},
    ),
]
ORG_RESPONSE_AREA = "day_and_work"
ORG_RESPONSES = [
    (
        DEMO_ORGANISATIONS[0],
        (0, 4),
        "Our members want paid jobs, with a job coach who stays. They want to run things "
        "themselves, like a cafe. Day centres that close at 3 stop people meeting friends.",
        {"people-who-use-support": 22},
        [Method.WORKSHOP, Method.ONE_TO_ONE],
    ),
]
IDEAS = [idea for idea in DEMO_IDEAS if idea[0] in {"cafe", "garden", "minibus"}]
IDEA_TOKENS = "demo-closed-idea-"
# How many of the people who answered online also voted on the published ideas.
IDEA_VOTERS = 90
# Yes, no, not sure, for the Self Advocates' workshop (12 people), on each published idea.
SESSION_VOTES = [{"yes": 9, "no": 1, "not_sure": 2}, {"yes": 6, "no": 2, "not_sure": 4}]


@dataclass(frozen=True)
class ClosedDemo:
    consultation: ConsultationPage
    code: str

    @property
    def code_display(self) -> str:
        return resume_code_display(self.code)


def closed_dates(today: datetime.date) -> tuple[datetime.date, datetime.date]:
    closes_on = today - CLOSED_AGO
    return closes_on - OPEN_FOR, closes_on


def _title(opens_on: datetime.date, closes_on: datetime.date) -> str:
    # Months as words (easy-read rule 10); the year once unless it changes.
    start = f"{opens_on:%B}" if opens_on.year == closes_on.year else f"{opens_on:%B %Y}"
    return f"Have your say about support in Riverside: {start} to {closes_on:%B %Y}"


@transaction.atomic
def demo_closed_load(*, today: datetime.date | None = None) -> ClosedDemo:
    today = today or timezone.localdate()
    existing = demo_consultation_find(SLUG)
    if existing is not None:
        return ClosedDemo(existing, DEMO_CODE)
    opens_on, closes_on = closed_dates(today)
    # Open until today while people answer; closed below once everything is in.
    consultation = demo_consultation_build(
        demo_data(),
        title=_title(opens_on, closes_on),
        slug=SLUG,
        opens_on=opens_on,
        closes_on=today,
        promise_date=None,
        signed_off_on=opens_on - datetime.timedelta(days=7),
    )
    demo_groups_load(consultation, GROUPS)
    demo_pledges_load(consultation, PLEDGES)
    demo_sessions_load(consultation, SESSIONS, held_before=closes_on)
    demo_org_responses_load(consultation, ORG_RESPONSES, ORG_RESPONSE_AREA)
    people = demo_crowd_load(consultation, code=DEMO_CODE)
    _ideas_load(consultation, people)
    consultation = _close(consultation, closes_on)
    user = consultation.commissioner.memberships.order_by("pk").first().user
    demo_closed_decisions_load(consultation, user=user, today=today)
    snapshot_take(consultation=consultation, user=user)
    # Publishing "you said, we did" tells the people who asked to hear back (ADR 025).
    demo_you_said_we_did_publish(consultation, user=user)
    return ClosedDemo(consultation, DEMO_CODE)


def _ideas_load(consultation, people) -> None:
    """The groups' ideas, moderated, with votes from people online and from a workshop."""
    demo_ideas_load(consultation, IDEAS, token_prefix=IDEA_TOKENS)
    ideas = list(Idea.objects.published().filter(consultation=consultation).order_by("pk"))
    rng = random.Random(SEED)  # the same votes on every machine
    online = [response for response in people if response.resume_code_hash][:IDEA_VOTERS]
    for response in online:
        for idea, weights in zip(ideas, ([6, 1, 2], [4, 2, 3]), strict=False):
            value = rng.choices(VoteValue.values, weights)[0]
            idea_vote(idea=idea, response=response, value=value)
    session = GroupSession.objects.get(consultation=consultation, submit_token=SESSIONS[0][1])
    session_votes_save(
        session=session,
        counts={idea.pk: votes for idea, votes in zip(ideas, SESSION_VOTES, strict=False)},
        by=session.created_by,
    )


def _close(consultation: ConsultationPage, closes_on: datetime.date) -> ConsultationPage:
    """Give the consultation its real closing date and promise, as an editor would publish them."""
    page = consultation.get_latest_revision_as_object()
    page.closes_on = closes_on
    page.promise_date = default_promise_date(closes_on)
    page.save_revision().publish()
    return ConsultationPage.objects.get(pk=consultation.pk)

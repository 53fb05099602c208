"""A few hundred generated people for the closed demo consultation (consultations/demo_closed.py).

Every one goes through the services the answering and typing-in pages use: `response_start` or
`response_enter`, `about_you_save` for each About you page (through that page's own form),
`answer_save` (through each question type's form) and `response_send`. So what the results show
is exactly what those pages would have stored, and nothing here writes a row itself.

Deterministic: who answers by which channel, who they are and what they say come from one
seeded `random.Random`, so the demo's results are the same on every machine. Only the resume
codes of people nobody will come back as are random; the one printed code is fixed.

Run it inside one transaction (the closed demo does): each service's own transaction is then a
savepoint, and 300 people take a few seconds on SQLite instead of one disk sync per save.
"""

from __future__ import annotations

import logging
import random
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model

from consultations.demo import DEMO_MEMBERS, DEMO_ORGANISATIONS
from organisations.models import Organisation

from .about_you import STEPS
from .codes import resume_code_new
from .demo_crowd_answers import demo_answer
from .models import Channel, CommunicationNeed, HearBack, Response, Supporter
from .questions import question_load, question_refs
from .services import about_you_save, answer_save, response_enter, response_send, response_start

SEED = 2025
# How many people answered by each channel, who they said they were, and how they want to hear
# back. Each list adds up to the same number of people; the seed deals them out.
CHANNELS = [
    (Channel.ONLINE_SELF, 150),
    (Channel.ONLINE_SUPPORTED, 60),
    (Channel.STAFF_PAPER, 60),
    (Channel.STAFF_INTERVIEW, 30),
]
DESCRIBES = [
    (("uses_support",), 135),
    (("family_carer",), 75),
    (("works_in_care",), 36),
    (("vcse_group",), 15),
    (("other",), 9),
    ((), 21),  # did not say
    (("uses_support", "family_carer"), 9),
]
HEAR_BACK = [
    (HearBack.EMAIL, 45),
    (HearBack.POST, 30),
    (HearBack.ORGANISATION, 24),
    (HearBack.NO, 120),
    ("", 81),  # skipped the question
]
NEEDS_WEIGHTS = {
    CommunicationNeed.EASY_READ: 6,
    CommunicationNeed.LARGE_PRINT: 2,
    CommunicationNeed.AUDIO: 1,
    CommunicationNeed.BRITISH_SIGN_LANGUAGE: 1,
    CommunicationNeed.SUPPORTER: 3,
}
# Paper forms come back part done: each question is left empty this often.
PAPER_SKIP_RATE = 0.25
FIRST_NAMES = ["Alex", "Sam", "Jo", "Priya", "Tom", "Aisha", "Chris", "Mo", "Ruth", "Dev"]
SURNAMES = ["Example", "Sample", "Testing"]


@dataclass(frozen=True)
class Person:
    number: int
    channel: Channel
    describes: tuple[str, ...]
    hear_back: str


def demo_people(seed: int = SEED) -> list[Person]:
    """Who answers, in the order they answer: the designed counts, dealt out by the seed."""
    rng = random.Random(seed)
    columns = []
    for design in (CHANNELS, DESCRIBES, HEAR_BACK):
        column = [value for value, count in design for _ in range(count)]
        rng.shuffle(column)
        columns.append(column)
    return [
        Person(number, channel, describes, hear_back)
        for number, (channel, describes, hear_back) in enumerate(zip(*columns, strict=True), 1)
    ]


@contextmanager
def _quietly(name: str):
    """Leave out one log line per response sent: `make run` would scroll the logins away."""
    logger = logging.getLogger(name)
    level = logger.level
    logger.setLevel(logging.WARNING)
    try:
        yield
    finally:
        logger.setLevel(level)


def demo_crowd_load(consultation, *, code: str, seed: int = SEED) -> list[Response]:
    """Start, answer and send a response for every demo person. The first online one gets `code`.

    Call it once, on an open consultation, inside a transaction: it does not look for people
    already loaded (the closed demo is loaded whole or not at all).
    """
    rng = random.Random(seed)
    questions = [
        question_load(ref, pictures=False) for ref in question_refs(consultation.area_pages())
    ]
    members = get_user_model().objects.in_bulk(
        [m.email for m in DEMO_MEMBERS], field_name="username"
    )
    organisations = Organisation.objects.in_bulk(DEMO_ORGANISATIONS, field_name="name")
    # Paper forms and interviews are typed in by the community groups that collected them.
    typists = [
        (members[m.email], organisations[name])
        for m, name in zip(DEMO_MEMBERS, DEMO_ORGANISATIONS, strict=True)
    ]
    made = []
    codes = iter([code])
    with _quietly("responses.services"):
        for person in demo_people(seed):
            if Channel(person.channel).is_online:
                response, _ = response_start(
                    consultation=consultation,
                    start_token=f"demo-closed-{person.number}",
                    resume_code=next(codes, None) or resume_code_new(),
                    channel=person.channel,
                )
            else:
                member, organisation = typists[person.number % len(typists)]
                paper = person.channel == Channel.STAFF_PAPER
                response = response_enter(
                    consultation=consultation,
                    channel=person.channel,
                    entered_by=member,
                    organisation=organisation,
                    paper_form_number=f"P-{person.number:03d}" if paper else "",
                    start_token=f"demo-closed-{person.number}",
                )
            response.consultation = consultation
            response = _about_you(rng, response, person)
            for question in questions:
                if person.channel == Channel.STAFF_PAPER and rng.random() < PAPER_SKIP_RATE:
                    continue
                value = demo_answer(rng, question, person.describes)
                if value is not None:
                    answer_save(response=response, question=question, value=value)
            made.append(response_send(response=response, views_confirmed=True))
    return made


def _step(response: Response, slug: str, data: dict | None) -> Response:
    """One About you page, through its own form, as the page saves it. None skips the page."""
    values = None
    if data is not None:
        form = STEPS[slug].form(response, data)
        if not form.is_valid():
            raise ValueError(f"Demo About you {slug} is not valid: {form.errors.as_text()}")
        values = form.cleaned_data
    saved = about_you_save(response=response, step=slug, values=values)
    # The same consultation: saves no query per step to read its page again.
    saved.consultation = response.consultation
    return saved


def _about_you(rng: random.Random, response: Response, person: Person) -> Response:
    who = {"describes": list(person.describes)} if person.describes else None
    response = _step(response, "who", who)
    if Channel(person.channel).is_online:
        supported = person.channel == Channel.ONLINE_SUPPORTED
        response = _step(response, "help", {"is_supported": "yes" if supported else "no"})
        if supported:
            supporter = rng.choice(Supporter.values)
            response = _step(response, "helper", {"supporter": supporter})
    if rng.random() < 0.45:
        needs = rng.choices(list(NEEDS_WEIGHTS), list(NEEDS_WEIGHTS.values()), k=2)
        response = _step(response, "needs", {"communication_needs": sorted(set(needs))})
    else:
        response = _step(response, "needs", None)
    if not person.hear_back:
        return _step(response, "hear-back", None)
    response = _step(response, "hear-back", {"hear_back": person.hear_back})
    if response.wants_contact:
        response = _step(response, "contact", _contact(rng, person))
    return response


def _contact(rng: random.Random, person: Person) -> dict:
    """Obviously made-up details: example.org addresses and Example Street."""
    name = f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}"
    if person.hear_back == HearBack.EMAIL:
        return {"email": f"person{person.number:03d}@example.org"}
    if person.hear_back == HearBack.POST:
        address = f"{person.number} Example Street\nRiverside\nRV1 {person.number % 9 + 1}AA"
        return {"name": name, "postal_address": address}
    return {"name": name, "organisation": rng.choice(DEMO_ORGANISATIONS)}

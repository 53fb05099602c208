"""Demo paper answers for `make run`: three paper forms and an interview typed in by the demo
community group's member, through the same services the typing-in pages use (ADR 017).

Idempotent: every demo form has its number, and a number already typed in is left alone.
"""

from django.contrib.auth import get_user_model

from consultations.demo import DEMO_MEMBERS, DEMO_ORGANISATIONS
from consultations.models import ConsultationPage
from organisations.models import Organisation
from questions.kinds import PickOneType
from questions.registry import question_type

from .models import Channel, Response
from .questions import question_load, question_refs
from .services import about_you_save, answer_save, response_enter, response_send

# Number, channel, who they are (about you), and which option each pick-one question gets, by
# its place among the question's options. Paper forms are often left part done: the rest stay
# empty, as they would on paper.
DEMO_PAPER = [
    ("RSA-001", Channel.STAFF_PAPER, ["uses_support"], 0),
    ("RSA-002", Channel.STAFF_PAPER, ["family_carer"], 1),
    ("RSA-003", Channel.STAFF_PAPER, ["uses_support", "works_in_care"], 0),
    ("RSA-INT-01", Channel.STAFF_INTERVIEW, ["uses_support"], 2),
]


def demo_paper_load(consultation: ConsultationPage) -> list[Response]:
    """Type in and send the demo forms that are not typed in yet. Returns all of them."""
    member = get_user_model().objects.get(username=DEMO_MEMBERS[0].email)
    organisation = Organisation.objects.get(name=DEMO_ORGANISATIONS[0])
    questions = [
        question_load(ref, pictures=False) for ref in question_refs(consultation.area_pages())
    ]
    # Pick-one questions have an answer of one known shape, whatever their type.
    pick_one = [q for q in questions if isinstance(question_type(q.type), PickOneType)]
    for number, channel, describes, nth in DEMO_PAPER:
        if Response.objects.filter(consultation=consultation, paper_form_number=number).exists():
            continue
        response = response_enter(
            consultation=consultation,
            channel=channel,
            entered_by=member,
            paper_form_number=number,
            organisation=organisation,
        )
        about_you_save(response=response, step="who", values={"describes": describes})
        for question in pick_one:
            option = question.options[nth % len(question.options)]
            answer_save(response=response, question=question, value={"choice": option.key})
        response_send(response=response)
    return list(
        Response.objects.filter(
            consultation=consultation, paper_form_number__in=[row[0] for row in DEMO_PAPER]
        )
    )

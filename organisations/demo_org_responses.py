"""One submitted organisational response per demo community group, for `make run`.

Safe to run again: an organisation with any response for the area (even a draft or a
withdrawn one) is left as it is.
Answers go through each question type's own form, so they have the same shape as people's.
"""

from consultations.models import RespondentGroup
from questions.registry import question_type
from responses.questions import question_set

from .models import GroupSession, Method, Organisation, OrganisationalResponse
from .org_responses import (
    OrgResponseLocked,
    area_refs,
    org_answer_save,
    org_response_speaks_for_save,
    org_response_start,
    org_response_submit,
)

DEMO_AREA = "day_and_work"
# Organisation, the options the group chose (by position), their words, people by group, methods.
DEMO_RESPONSES = [
    (
        "Riverside Self Advocates",
        (0, 4),
        "Our members want paid jobs with a job coach, and time with friends in the evening. "
        "Day centres closing early stops people going out.",
        {"people-who-use-support": 18},
        [Method.WORKSHOP, Method.ONE_TO_ONE],
    ),
    (
        "Riverside Carers Network",
        (1, 2),
        "Carers want day activities that run all year, so they can work too. Art and learning "
        "groups near home matter most.",
        {"carers": 12, "people-who-use-support": 4},
        [Method.SURVEY, Method.DROP_IN],
    ),
]


def demo_org_responses_load(consultation, responses=DEMO_RESPONSES, area_key=DEMO_AREA) -> None:
    refs = area_refs(consultation, area_key)
    if not refs:
        return
    for name, positions, words, people, methods in responses:
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is None or not organisation.memberships.exists():
            continue
        if OrganisationalResponse.objects.filter(
            organisation=organisation, consultation=consultation, area_key=area_key
        ).exists():
            continue
        try:
            _respond(consultation, organisation, area_key, refs, positions, words, people, methods)
        except OrgResponseLocked:
            return  # the demo consultation is not open: nothing can be written to it


def _respond(consultation, organisation, area_key, refs, positions, words, people, methods):
    user = organisation.memberships.order_by("pk").first().user
    org_response, _ = org_response_start(
        organisation=organisation, consultation=consultation, area_key=area_key, user=user
    )
    questions = question_set(consultation)
    for ref in refs:
        question = questions.question(ref, pictures=False)
        chosen = [question.options[i].key for i in positions if i < len(question.options)]
        # Each type's form reads only the fields it has, so one set of data fits them all.
        form = question_type(ref.type).form(question, {"answer": chosen, "text": words})
        if form.is_valid():
            org_answer_save(
                org_response=org_response, question=question, value=form.answer(), user=user
            )
    groups = {
        group: people[group.key]
        for group in RespondentGroup.objects.filter(consultation=consultation, key__in=people)
    }
    org_response_speaks_for_save(
        org_response=org_response,
        people_represented=sum(groups.values()),
        group_counts=groups,
        methods=methods,
        sessions=GroupSession.objects.filter(organisation=organisation, consultation=consultation),
        user=user,
    )
    org_response_submit(org_response=org_response, user=user)

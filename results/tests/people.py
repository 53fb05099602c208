"""People who answered a consultation, sent through the services staff use to type answers in."""

from consultations.models import RespondentGroup
from responses.models import Channel
from responses.questions import question_load, question_set
from responses.services import about_you_save, answer_save, response_enter, response_send


def question_of(consultation, question_type: str, nth: int = 0):
    refs = [ref for ref in question_set(consultation).refs if ref.type == question_type]
    return question_load(refs[nth], pictures=False)


class People:
    """Sends responses through the same services staff use to type in answers."""

    def __init__(self, consultation):
        self.consultation = consultation

    def send(
        self, answers, *, describes=(), channel=Channel.STAFF_INTERVIEW, supported=None, count=1
    ):
        for _ in range(count):
            response = response_enter(
                consultation=self.consultation, channel=channel, entered_by=None
            )
            for question, value in answers:
                answer_save(response=response, question=question, value=value)
            about_you_save(
                response=response,
                step="who",
                values={"describes": list(describes), "describes_other": ""},
            )
            if supported is not None:
                about_you_save(
                    response=response,
                    step="help",
                    values={"is_supported": "yes" if supported else "no", "supporter": ""},
                )
            response_send(response=response)


def add_groups(consultation) -> None:
    """The two groups the tests report on, with targets."""
    groups = [
        ("people-who-use-support", "People who use support", 300),
        ("carers", "Family carers", 200),
    ]
    for order, (key, name, target) in enumerate(groups):
        RespondentGroup.objects.create(
            consultation=consultation,
            key=key,
            name=name,
            easy_name=name,
            target_count=target,
            target_source="Council records",
            sort_order=order,
        )

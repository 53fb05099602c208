"""The Riverside demo, built once per module, and people who answered it through the services."""

import pytest
from django.db import transaction

from consultations.demo_content import demo_content_load
from consultations.models import RespondentGroup
from organisations.models import Membership
from responses.models import Channel
from responses.questions import question_load, question_set
from responses.services import about_you_save, answer_save, response_enter, response_send
from tests.cast import UserFactory, staff_ready


@pytest.fixture(scope="module")
def riverside_page(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            consultation = demo_content_load()
            for order, (key, name, target) in enumerate(
                [
                    ("people-who-use-support", "People who use support", 300),
                    ("carers", "Family carers", 200),
                ]
            ):
                RespondentGroup.objects.create(
                    consultation=consultation,
                    key=key,
                    name=name,
                    easy_name=name,
                    target_count=target,
                    target_source="Council records",
                    sort_order=order,
                )
            yield consultation
            transaction.set_rollback(True)


@pytest.fixture
def riverside(riverside_page, db):
    return type(riverside_page).objects.get(pk=riverside_page.pk)


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


@pytest.fixture
def people(riverside):
    return People(riverside)


@pytest.fixture
def commissioner_client(riverside, client):
    user = staff_ready(UserFactory(username="rita@riverside.example"))
    Membership.objects.create(
        user=user, organisation=riverside.commissioner, role=Membership.Role.MEMBER
    )
    client.force_login(user)
    return client

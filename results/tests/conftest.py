"""The Riverside demo, built once per module, and people who answered it through the services."""

import pytest
from django.db import transaction

from consultations.demo_content import demo_content_load
from organisations.models import Membership
from tests.cast import UserFactory, staff_ready

from .people import People, add_groups


@pytest.fixture(scope="module")
def riverside_page(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            consultation = demo_content_load()
            add_groups(consultation)
            yield consultation
            transaction.set_rollback(True)


@pytest.fixture
def riverside(riverside_page, db):
    return type(riverside_page).objects.get(pk=riverside_page.pk)


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

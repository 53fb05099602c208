"""Shared set-up for the answering tests: the Riverside demo, built once per test module.

Building it loads about 50 pictures, so each module builds it once inside an outer transaction
and every test runs in a savepoint within it. Nothing a test does leaks into the next.
"""

import pytest
from django.db import transaction

from consultations.demo_content import demo_content_load

from .journey import Journey


@pytest.fixture(scope="module")
def riverside_page(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        with transaction.atomic():
            consultation = demo_content_load()
            yield consultation
            transaction.set_rollback(True)


@pytest.fixture
def riverside(riverside_page, db):
    """The demo consultation, open today, with a fresh copy from the database."""
    return type(riverside_page).objects.get(pk=riverside_page.pk)


@pytest.fixture
def journey(client, riverside):
    return Journey(client, riverside)

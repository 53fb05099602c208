"""The demo has paper answers: three paper forms and an interview, typed in once."""

import pytest
from django.core.management import call_command

from responses.demo_paper import DEMO_PAPER
from responses.models import Answer, Channel, Response

pytestmark = pytest.mark.django_db


def test_the_demo_types_in_three_paper_forms_and_an_interview_once(settings):
    settings.DEBUG = True
    call_command("load_demo")
    call_command("load_demo")
    # The open consultation's: the closed demo is tested in test_demo_closed.py.
    open_demo = Response.objects.filter(consultation__slug="riverside")
    typed_in = open_demo.exclude(paper_form_number="")
    assert sorted(typed_in.values_list("paper_form_number", flat=True)) == sorted(
        number for number, *_ in DEMO_PAPER
    )
    assert typed_in.filter(channel=Channel.STAFF_PAPER).count() == 3
    assert typed_in.filter(channel=Channel.STAFF_INTERVIEW).count() == 1
    assert set(typed_in.values_list("organisation__name", flat=True)) == {
        "Riverside Self Advocates"
    }
    assert set(typed_in.values_list("entered_by__username", flat=True)) == {
        "member@riverside-advocacy.example"
    }
    assert open_demo.sent().count() == 4
    # Every form has its answers, counted like any person's.
    assert all(Answer.objects.filter(response=response).exists() for response in typed_in)

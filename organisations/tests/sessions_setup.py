"""Builders for group session tests: an area that asks every question type, and groups."""

import datetime
import uuid

from django.urls import reverse
from django.utils import timezone

from consultations.models import AreaPage, ConsultationPage, RespondentGroup
from consultations.tests.factories import make_image, make_support_model
from organisations.models import GroupSession
from organisations.sessions import session_question
from questions.registry import question_types
from responses.tests.journey import page_text


def _item(value: dict) -> dict:
    return {"type": "item", "value": value, "id": str(uuid.uuid4())}


def _question(kind: str, text: str, **extra) -> dict:
    value = {"question": text, "hint": "", "picture": None, "audio": None, "allow_dont_know": True}
    return {"type": kind, "id": f"q-{kind}", "value": value | extra}


def ask_every_type(consultation: ConsultationPage, area_key: str = "home") -> AreaPage:
    """Publish one area asking one question of every registered type, with ids "q-<type>"."""
    image = make_image("Option")
    picture = {"image": image.pk, "decorative": True, "alt_text": ""}
    no_picture = {"image": None, "decorative": False, "alt_text": ""}
    models = [make_support_model(name) for name in ("Shared Lives", "Homeshare")]
    places = [_item({"label": name, "picture": picture}) for name in ("A flat", "A house")]
    votes = [_item({"support_model": m.pk, "label": "", "picture": no_picture}) for m in models]
    text = {"max_length": 1000}
    questions = [
        _question("feelings", "How do you feel about your support?"),
        _question("choice", "Where would you like to live?", options_list=places),
        _question("choices", "What would help?", options_list=places, max_choices=None),
        _question("yes_no", "Do you have enough support?"),
        _question("tell_us", "Tell us about your support", **text),
        _question("good_life", "What does a good life look like?", **text),
        _question("likes_dislikes", "What do you like and dislike?", **text),
        _question("vote", "Should we do more of these?", options_list=votes),
        _question(
            "coins",
            "Share out your coins",
            coins=10,
            options_from="models",
            support_models=[m.pk for m in models],
        ),
        _question("offer", "What could you give?", **text),
        _question("idea", "Do you have an idea?"),
    ]
    assert {q["type"] for q in questions} == {kind.name for kind in question_types()}
    area = AreaPage.objects.child_of(consultation).get(area_key=area_key)
    area.questions = questions
    area.save_revision().publish()
    return area


def make_groups(consultation: ConsultationPage) -> list[RespondentGroup]:
    return [
        RespondentGroup.objects.create(
            consultation=consultation,
            key="people-who-use-support",
            name="People who use support",
            easy_name="People who get support",
            sort_order=0,
        ),
        RespondentGroup.objects.create(
            consultation=consultation,
            key="carers",
            name="Family carers",
            easy_name="People who look after someone",
            sort_order=1,
        ),
    ]


def add_url(cast, organisation=None):
    organisation = organisation or cast.riverside_advocacy
    return reverse(
        "organisations:session_add", args=[organisation.pk, cast.riverside_consultation.pk]
    )


def details(setting, **changes) -> dict:
    data = {
        "submit_token": "token-1",
        "area_key": "home",
        "held_on": (timezone.localdate() - datetime.timedelta(days=2)).isoformat(),
        "method": "workshop",
        "formats_used": ["easy_read", "bsl"],
        "facilitator_name": "Priya",
        "people_count": "9",
        f"group_{setting['people'].pk}": "6",
        f"group_{setting['carers'].pk}": "3",
        "also_answered_alone": "2",
        "agreed_by_group": "on",
    }
    return data | changes


def record(browser, cast, setting, **changes) -> GroupSession:
    response = browser.post(add_url(cast), details(setting, **changes))
    assert response.status_code == 302, page_text(response)
    return GroupSession.objects.get(submit_token=changes.get("submit_token", "token-1"))


def tally_url(session, question_id):
    return reverse(
        "organisations:tally_edit", args=[session.organisation_id, session.pk, question_id]
    )


def question_data(session, kind: str, **typed) -> dict:
    """Tally form data for a question, with option fields named by position: a, b..."""
    question = session_question(session, f"q-{kind}")
    keys = {letter: option.key for letter, option in zip("ab", question.options, strict=False)}
    data = {}
    for name, value in typed.items():
        for letter, key in keys.items():
            name = name.replace(f"_{letter}_", f"_{key}_")
            if name.endswith(f"_{letter}"):
                name = name[: -len(letter)] + key
        data[name] = value
    return data

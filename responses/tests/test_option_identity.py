"""Options keep their identity: reordering, rewording or adding options after people answered
changes no result, and an option with answers cannot be taken away."""

import importlib
import json
import uuid

import pytest
from allauth.mfa.models import Authenticator
from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, streamfield

from consultations.content_version import content_version_bump
from consultations.models import AreaPage
from consultations.tests.factories import (
    area_form_data,
    make_consultation,
    make_image,
    make_support_model,
)
from questions.registry import results_for
from responses.models import Answer, Response
from responses.questions import question_load, question_refs

from .journey import Journey, page_text

pytestmark = pytest.mark.django_db


def _picture(image) -> dict:
    return {"image": image.pk, "decorative": True, "alt_text": ""}


def _item(value: dict, item_id: str | None = None) -> dict:
    return {"type": "item", "value": value, "id": item_id or str(uuid.uuid4())}


def _publish(area: AreaPage, questions: list[dict]) -> AreaPage:
    area.questions = questions
    area.save_revision().publish()
    return AreaPage.objects.get(pk=area.pk)


def _question(kind: str, question_id: str, text: str, **extra) -> dict:
    value = {"question": text, "hint": "", "picture": None, "audio": None, "allow_dont_know": True}
    return {"type": kind, "id": question_id, "value": value | extra}


@pytest.fixture
def setting():
    """A consultation whose home area asks a choice, a vote and a coins question."""
    consultation = make_consultation()
    area = AreaPage.objects.child_of(consultation).get(area_key="home")
    image = make_image("Option")
    models = [make_support_model(name) for name in ("Shared Lives", "Homeshare", "Key Ring")]
    places = {name: _item({"label": name, "picture": _picture(image)}) for name in "ABC"}
    # An empty picture as the editor stores it (Wagtail cannot mix None with pictures in a list).
    no_picture = {"image": None, "decorative": False, "alt_text": ""}
    votes = {
        m.name: _item({"support_model": m.pk, "label": "", "picture": no_picture}) for m in models
    }
    return {
        "consultation": consultation,
        "area": area,
        "image": image,
        "models": models,
        "places": places,
        "votes": votes,
    }


def _questions(setting, places: list[dict], votes: list[dict], models: list) -> list[dict]:
    return [
        _question("choice", "q-choice", "Where would you like to live?", options_list=places),
        _question("vote", "q-vote", "Should we do more of these?", options_list=votes),
        _question(
            "coins",
            "q-coins",
            "Share out your coins",
            coins=10,
            options_from="models",
            support_models=[m.pk for m in models],
        ),
    ]


def _loaded(consultation) -> dict:
    return {
        ref.type: question_load(ref, pictures=False)
        for ref in question_refs(consultation.area_pages())
    }


def _results(consultation) -> dict:
    values: dict[str, list] = {}
    for answer in Answer.objects.all():
        values.setdefault(answer.question_id, []).append(answer.value)
    return {
        kind: results_for(question, values.get(question.id, []))
        for kind, question in _loaded(consultation).items()
    }


def _answer_and_send(client, setting) -> Journey:
    journey = Journey(client, setting["consultation"])
    journey.start()
    questions = _loaded(setting["consultation"])
    b_key = next(o.key for o in questions["choice"].options if o.label == "B")
    journey.answer("choice", {"answer": b_key})
    vote = {o.label: o.key for o in questions["vote"].options}
    journey.answer(
        "vote", {f"vote_{vote['Shared Lives']}": "up", f"vote_{vote['Key Ring']}": "down"}
    )
    coins = {o.label: o.key for o in questions["coins"].options}
    journey.answer(
        "coins", {f"coins_{coins['Shared Lives']}": "7", f"coins_{coins['Homeshare']}": "3"}
    )
    journey.post(journey.url("check"), {})
    assert Response.objects.get().is_sent
    return journey


def _by_label(results, question) -> dict:
    labels = {option.key: option.label for option in question.options}
    return {
        "choice": {labels[key]: n for key, n in results["choice"].counts.items()},
        "votes": {labels[key]: dict(v) for key, v in results["vote"].votes.items()},
        "coins": {labels[key]: s for key, s in results["coins"].ballots[0].shares.items()},
    }


def test_reordering_rewording_and_adding_options_changes_no_result(client, setting):
    places, votes, models = setting["places"], setting["votes"], setting["models"]
    area = _publish(
        setting["area"],
        _questions(setting, list(places.values()), list(votes.values()), models),
    )
    _answer_and_send(client, setting)
    before = _results(setting["consultation"])
    assert before["choice"].counts == {places["B"]["id"]: 1}

    # The editor reorders every list, rewords B and adds D and a new idea.
    reworded = _item(
        {"label": "B, near the park", "picture": _picture(setting["image"])}, places["B"]["id"]
    )
    new_place = _item({"label": "D", "picture": _picture(setting["image"])})
    idea = _item(
        {"support_model": None, "label": "A new idea", "picture": _picture(setting["image"])}
    )
    _publish(
        area,
        _questions(
            setting,
            [places["C"], new_place, reworded, places["A"]],
            [votes["Key Ring"], idea, votes["Homeshare"], votes["Shared Lives"]],
            list(reversed(models)),
        ),
    )
    after = _results(setting["consultation"])
    for kind in ("choice", "vote", "coins"):
        assert (after[kind].counts, after[kind].votes, after[kind].ballots) == (
            before[kind].counts,
            before[kind].votes,
            before[kind].ballots,
        )
    questions = _loaded(setting["consultation"])
    assert [o.label for o in questions["choice"].options] == ["C", "D", "B, near the park", "A"]
    assert {"B, near the park": 1} == {
        o.label: after["choice"].counts[o.key]
        for o in questions["choice"].options
        if after["choice"].counts[o.key]
    }
    votes_by_label = {
        o.label: dict(after["vote"].votes[o.key])
        for o in questions["vote"].options
        if o.key in after["vote"].votes
    }
    assert votes_by_label == {"Shared Lives": {"up": 1}, "Key Ring": {"down": 1}}
    shares = after["coins"].ballots[0].shares
    assert {o.label: shares[o.key] for o in questions["coins"].options if o.key in shares} == {
        "Shared Lives": 0.7,
        "Homeshare": 0.3,
    }


def test_the_answer_reads_with_the_new_words_after_an_option_is_reworded(client, setting):
    places, votes, models = setting["places"], setting["votes"], setting["models"]
    area = _publish(
        setting["area"], _questions(setting, list(places.values()), list(votes.values()), models)
    )
    journey = Journey(client, setting["consultation"])
    journey.start()
    b_key = places["B"]["id"]
    journey.answer("choice", {"answer": b_key})
    reworded = _item({"label": "B, near the park", "picture": _picture(setting["image"])}, b_key)
    _publish(
        area,
        _questions(setting, [reworded, places["A"], places["C"]], list(votes.values()), models),
    )
    assert "B, near the park" in page_text(journey.get(journey.url("check")))


def test_taking_away_an_option_with_answers_is_refused_and_one_without_is_allowed(client, setting):
    places, votes, models = setting["places"], setting["votes"], setting["models"]
    area = _publish(
        setting["area"], _questions(setting, list(places.values()), list(votes.values()), models)
    )
    _answer_and_send(client, setting)

    area.questions = _questions(setting, [places["A"], places["C"]], list(votes.values()), models)
    with pytest.raises(ValidationError) as error:
        area.save_revision()
    assert "You cannot take away “B” from “Where would you like to live?”" in str(error.value)

    area = AreaPage.objects.get(pk=area.pk)
    area.questions = _questions(
        setting, list(places.values()), [votes["Shared Lives"], votes["Homeshare"]], models
    )
    with pytest.raises(ValidationError) as error:
        area.save_revision()
    assert "You cannot take away “Key Ring” from “Should we do more of these?”" in str(error.value)
    area = AreaPage.objects.get(pk=area.pk)
    # Nobody chose C, voted on Homeshare or gave coins to Key Ring: those can go.
    _publish(
        area,
        _questions(
            setting,
            [places["A"], places["B"]],
            [votes["Shared Lives"], votes["Key Ring"]],
            models[:2],
        ),
    )
    assert [o.label for o in _loaded(setting["consultation"])["choice"].options] == ["A", "B"]


def test_the_editor_says_plainly_why_an_option_cannot_be_taken_away(client, admin_user, setting):
    Authenticator.objects.create(user=admin_user, type=Authenticator.Type.TOTP, data={})
    admin_client = Client()
    admin_client.force_login(admin_user)
    places = setting["places"]
    area = _publish(setting["area"], _questions(setting, list(places.values()), [], [])[:1])
    journey = Journey(client, setting["consultation"])
    journey.start()
    journey.answer("choice", {"answer": places["B"]["id"]})

    kept = [places["A"], places["C"]]
    options = {
        "count": len(kept),
        **{
            str(i): {
                "id": item["id"],
                "deleted": "",
                "order": str(i),
                "value": {
                    "label": item["value"]["label"],
                    "picture": {"image": setting["image"].pk, "decorative": "on", "alt_text": ""},
                },
            }
            for i, item in enumerate(kept)
        },
    }
    question = {
        "question": "Where would you like to live?",
        "hint": "",
        "picture": {"image": "", "decorative": "", "alt_text": ""},
        "audio": "",
        "allow_dont_know": "on",
        "options_list": options,
    }
    data = area_form_data(area)
    data.update(nested_form_data({"questions": streamfield([("choice", question)])}))
    data["questions-0-id"] = "q-choice"
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[area.pk]), data)
    assert response.status_code == 200
    (message,) = response.context["form"].errors["questions"]
    assert message.startswith("You cannot take away “B” from “Where would you like to live?”")
    # The StreamField shows it above the questions (in its JSON, where quotes are escaped).
    assert "People have already chosen it. You can change its words instead." in (
        response.content.decode()
    )
    assert len(AreaPage.objects.get(pk=area.pk).questions[0].value["options_list"]) == 3


def test_the_migration_moves_saved_answers_from_places_to_option_ids(client, setting):
    places, votes, models = setting["places"], setting["votes"], setting["models"]
    area = _publish(
        setting["area"], _questions(setting, list(places.values()), list(votes.values()), models)
    )
    journey = Journey(client, setting["consultation"])
    journey.start()
    response = Response.objects.get()
    # Saved the old way: options without ids, answers keyed by place and by model.
    old = _questions(
        setting,
        [p["value"] for p in places.values()],
        [v["value"] for v in votes.values()],
        models,
    )
    AreaPage.objects.filter(pk=area.pk).update(questions=old)
    draft = area.save_revision()  # a draft saved the old way too, with the options reversed
    draft_questions = json.loads(json.dumps(old))
    draft_questions[0]["value"]["options_list"].reverse()
    draft.content = {**draft.content, "questions": json.dumps(draft_questions)}
    draft.save()
    shared_lives, homeshare = models[0], models[1]
    Answer.objects.create(
        response=response,
        question_id="q-choice",
        area_key="home",
        question_type="choice",
        value={"choice": "option-2"},
    )
    Answer.objects.create(
        response=response,
        question_id="q-vote",
        area_key="home",
        question_type="vote",
        value={"votes": {f"model-{shared_lives.pk}": "up", f"model-{homeshare.pk}": "down"}},
    )

    migration = importlib.import_module("responses.migrations.0004_option_keys_to_block_ids")
    migration.forwards(apps, None)
    # App servers start afresh after a migration; here the test says so to the question cache.
    content_version_bump()

    stored = AreaPage.objects.get(pk=area.pk).questions
    ids = [child.id for child in stored[0].value["options_list"].bound_blocks]
    assert all(ids) and len(set(ids)) == 3
    assert (
        AreaPage.objects.get(pk=area.pk).questions[0].value["options_list"].bound_blocks[1].id
        == ids[1]
    )
    vote_ids = [child.id for child in stored[1].value["options_list"].bound_blocks]
    # The draft's options get the ids of the same options on the live page, wherever they moved:
    # publishing it later keeps every answer on its option.
    draft.refresh_from_db()
    draft_items = json.loads(draft.content["questions"])[0]["value"]["options_list"]
    assert [item["id"] for item in draft_items] == list(reversed(ids))
    assert Answer.objects.get(question_id="q-choice").value == {"choice": ids[1]}
    assert Answer.objects.get(question_id="q-vote").value == {
        "votes": {vote_ids[0]: "up", vote_ids[1]: "down"}
    }
    text = page_text(journey.get(journey.url("check")))
    assert "B" in text and "Shared Lives: Yes, more of this" in text

    migration.backwards(apps, None)
    assert Answer.objects.get(question_id="q-choice").value == {"choice": "option-2"}


def test_a_draft_keeps_its_options_ids_when_moved_or_reworded_in_place():
    migration = importlib.import_module("responses.migrations.0004_option_keys_to_block_ids")
    a, b, c = ({"label": name, "picture": None} for name in "ABC")
    live = {"q": [(a, "id-a"), (b, "id-b"), (c, "id-c")]}
    reworded = {"label": "B, near the park", "picture": None}
    new = {"label": "D", "picture": None}
    draft = [{"type": "choice", "id": "q", "value": {"options_list": [c, reworded, a, new]}}]
    (block,) = migration._with_ids(draft, live)
    ids = [item["id"] for item in block["value"]["options_list"]]
    assert ids[:3] == ["id-c", "id-b", "id-a"]
    assert ids[3] not in {"id-a", "id-b", "id-c"}
    assert block["value"]["options_list"][1]["value"] == reworded

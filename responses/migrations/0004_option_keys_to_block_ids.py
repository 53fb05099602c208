"""Answers to choice, choices and vote questions move from position keys to option ids.

Options used to be keyed by their place in the list ("option-2"), or for a vote on a support
model by the model ("model-5"). Now every option in a list is keyed by its ListBlock item id,
which stays the same when editors reorder, reword or add options. This gives every list item on
area pages (and in their revisions) a stored id, then rewrites saved answers to use them.
Coins keep their keys: an area's key or a support model's id never depended on position.
"""

import copy
import json
import uuid

from django.db import migrations

LISTS = {"choice": "options_list", "choices": "options_list", "vote": "options_list"}


def _is_item(raw) -> bool:
    return isinstance(raw, dict) and raw.get("type") == "item" and "id" in raw and "value" in raw


def _with_ids(stream: list, known: dict[str, list[tuple[dict, str]]]) -> list:
    """The stream with an id on every option.

    `known` holds the live page's options (value and id) by question id. A draft's option takes
    the id of the live option with the same value; one that was changed takes the id of the live
    option in its place, if no other option took it; anything else is new.
    """
    stream = copy.deepcopy(stream)
    for block in stream:
        field = LISTS.get(block.get("type"))
        value = block.get("value")
        if not field or not isinstance(value, dict):
            continue
        live = known.get(block.get("id"), [])
        items = value.get(field) or []
        taken = {item["id"] for item in items if _is_item(item)}
        ids: list[str | None] = [item["id"] if _is_item(item) else None for item in items]
        for i, item in enumerate(items):
            if ids[i] is None:
                same = next((k for v, k in live if v == item and k not in taken), None)
                if same:
                    ids[i] = same
                    taken.add(same)
        for i, _item in enumerate(items):
            if ids[i] is None and i < len(live) and live[i][1] not in taken:
                ids[i] = live[i][1]
                taken.add(ids[i])
        value[field] = [
            item if _is_item(item) else {"type": "item", "value": item, "id": ids[i] or str(uuid.uuid4())}
            for i, item in enumerate(items)
        ]
    return stream


def _old_keys(block: dict) -> dict[str, str]:
    """Each option's old key (by place, or by support model for a vote), to its id."""
    keys = {}
    for i, item in enumerate(block["value"].get(LISTS[block["type"]]) or []):
        model = item["value"].get("support_model") if block["type"] == "vote" else None
        keys[f"model-{model}" if model else f"option-{i + 1}"] = item["id"]
    return keys


def _renamed(kind: str, value: dict, keys: dict[str, str]) -> dict:
    value = dict(value)
    if kind == "choice" and value.get("choice") in keys:
        value["choice"] = keys[value["choice"]]
    elif kind == "choices" and "choices" in value:
        value["choices"] = [keys.get(key, key) for key in value["choices"]]
    elif kind == "vote" and "votes" in value:
        value["votes"] = {keys.get(key, key): vote for key, vote in value["votes"].items()}
    return value


def _area_streams(apps) -> dict[int, list]:
    AreaPage = apps.get_model("consultations", "AreaPage")
    return {pk: list(questions.raw_data) for pk, questions in AreaPage.objects.values_list("pk", "questions")}


def _answers_move(apps, keys_for) -> None:
    Answer = apps.get_model("responses", "Answer")
    for answer in Answer.objects.filter(question_type__in=LISTS).iterator():
        keys = keys_for.get(answer.question_id)
        if keys:
            renamed = _renamed(answer.question_type, answer.value, keys)
            if renamed != answer.value:
                answer.value = renamed
                answer.save(update_fields=["value"])


def forwards(apps, schema_editor):
    AreaPage = apps.get_model("consultations", "AreaPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    keys_for: dict[str, dict[str, str]] = {}
    known: dict[str, list[tuple[dict, str]]] = {}
    for pk, stream in _area_streams(apps).items():
        stream = _with_ids(stream, {})
        AreaPage.objects.filter(pk=pk).update(questions=stream)
        for block in stream:
            if block.get("type") in LISTS and block.get("id"):
                keys_for[block["id"]] = _old_keys(block)
                known[block["id"]] = [
                    (item["value"], item["id"]) for item in block["value"][LISTS[block["type"]]]
                ]

    # Drafts and older versions get the same ids, so publishing one later keeps the answers.
    page_ids = [str(pk) for pk in AreaPage.objects.values_list("pk", flat=True)]
    for revision in Revision.objects.filter(object_id__in=page_ids).iterator():
        content = revision.content or {}
        raw = content.get("questions")
        if not raw:
            continue
        stream = json.loads(raw) if isinstance(raw, str) else raw
        updated = _with_ids(stream, known)
        if updated != stream:
            content["questions"] = json.dumps(updated) if isinstance(raw, str) else updated
            revision.content = content
            revision.save(update_fields=["content"])

    _answers_move(apps, keys_for)


def backwards(apps, schema_editor):
    # Page data keeps its ids (Wagtail reads both forms); answers go back to position keys.
    keys_for = {}
    for stream in _area_streams(apps).values():
        for block in stream:
            if block.get("type") in LISTS and block.get("id"):
                items = block["value"].get(LISTS[block["type"]]) or []
                if all(_is_item(item) for item in items):
                    keys_for[block["id"]] = {new: old for old, new in _old_keys(block).items()}
    _answers_move(apps, keys_for)


class Migration(migrations.Migration):
    dependencies = [
        ("responses", "0003_response_channels"),
        ("consultations", "0004_easy_read_workflow_and_permissions"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]

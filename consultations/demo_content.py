"""Loads the Riverside demo consultation from site/content/riverside.json.

Idempotent: a second run leaves an existing Riverside consultation alone.
"""

import datetime
import json
import uuid
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.images.models import Image

from organisations.models import Organisation
from pictures.services import symbols_load_openmoji
from questions.registry import ContentLookup, question_type

from .models import AreaPage, AreaSupportModel, ConsultationPage, HomePage, SupportModel
from .services import consultation_create_areas, signoff_record

CONTENT_FILE = Path(settings.BASE_DIR) / "site" / "content" / "riverside.json"


class DemoContentError(Exception):
    pass


def _pictures() -> dict[str, Image]:
    symbols_load_openmoji()
    return {image.title: image for image in Image.objects.filter(collection__name="OpenMoji")}


def _picture(pictures: dict[str, Image], title: str, *, decorative: bool = True) -> dict:
    try:
        image = pictures[title]
    except KeyError as error:
        raise DemoContentError(f"The demo needs a picture called {title!r}.") from error
    # Decorative: the words beside a point already say what the picture shows (easy-read rule 14).
    return {"image": image.pk, "decorative": decorative, "alt_text": ""}


def _block(block_type: str, value) -> dict:
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def _easy_read_stream(items: list[dict], pictures) -> list[dict]:
    blocks = []
    for item in items:
        match item["type"]:
            case "point":
                value = {"picture": _picture(pictures, item["picture"]), "text": item["text"]}
            case "hard_word":
                value = {"word": item["word"], "meaning": item["meaning"], "picture": None}
            case "more_detail":
                value = {"summary": item["summary"], "body": item["body"]}
            case other:
                raise DemoContentError(f"Unknown demo block type {other!r}.")
        blocks.append(_block(item["type"], value))
    return blocks


def _question_stream(items: list[dict], pictures, models: dict[str, SupportModel]) -> list[dict]:
    # Each question type builds its own block value; this only says how to find things by name.
    content = ContentLookup(
        picture=lambda title: _picture(pictures, title), model=lambda name: models[name].pk
    )
    return [
        _block(item["type"], question_type(item["type"]).value_from_content(item, content))
        for item in items
    ]


def _support_models(data: list[dict], pictures) -> dict[str, SupportModel]:
    models = {}
    for item in data:
        model, _ = SupportModel.objects.update_or_create(
            name=item["name"],
            defaults={
                "easy_read_name": item.get("easy_read_name", ""),
                "picture": pictures[item["picture"]],
                "easy_read_description": item["description"],
                "evidence_summary": item.get("evidence_summary", ""),
                "evidence_source": item.get("evidence_source", ""),
                "evidence_is_national": True,
                "cost_facts": item.get("cost_facts", ""),
                "areas": item["areas"],
                "is_todays_default": item.get("is_todays_default", False),
            },
        )
        models[model.name] = model
    return models


def demo_data() -> dict:
    """The Riverside seed content, as read from site/content/riverside.json."""
    return json.loads(CONTENT_FILE.read_text())


@transaction.atomic
def demo_content_load(*, today: datetime.date | None = None, user=None) -> ConsultationPage:
    data = demo_data()
    today = today or timezone.localdate()
    spec = data["consultation"]
    existing = demo_consultation_find(spec["slug"])
    if existing is not None:
        return existing
    return demo_consultation_build(
        data,
        title=spec["title"],
        slug=spec["slug"],
        opens_on=today - datetime.timedelta(days=spec["opens_days_ago"]),
        closes_on=today + datetime.timedelta(days=spec["closes_in_days"]),
        promise_date=today + datetime.timedelta(days=spec["promise_in_days"]),
        signed_off_on=today,
        user=user,
    )


def demo_consultation_find(slug: str) -> ConsultationPage | None:
    return ConsultationPage.objects.child_of(HomePage.objects.get()).filter(slug=slug).first()


def demo_consultation_build(
    data: dict,
    *,
    title: str,
    slug: str,
    opens_on: datetime.date,
    closes_on: datetime.date,
    promise_date: datetime.date | None,
    signed_off_on: datetime.date,
    user=None,
) -> ConsultationPage:
    """A published consultation with the seed's five areas, questions, models and sign-off.

    The open demo and the closed one (consultations/demo_closed.py) are both built here, so they
    ask the same questions about the same models; only their names and dates differ.
    """
    home = HomePage.objects.get()
    pictures = _pictures()
    commissioner, _ = Organisation.objects.update_or_create(
        name=data["organisation"]["name"],
        defaults={k: v for k, v in data["organisation"].items() if k != "name"},
    )
    for group in data["vcse_organisations"]:
        Organisation.objects.update_or_create(
            name=group["name"], defaults={k: v for k, v in group.items() if k != "name"}
        )
    models = _support_models(data["support_models"], pictures)

    spec = data["consultation"]
    consultation = ConsultationPage(
        title=title,
        slug=slug,
        commissioner=commissioner,
        place=spec["place"],
        goal_statement=spec["goal_statement"],
        introduction=_easy_read_stream(spec["introduction"], pictures),
        opens_on=opens_on,
        closes_on=closes_on,
        promise_date=promise_date,
        budget_now=spec["budget_now"],
        budget_year_1=spec["budget_year_1"],
        budget_year_2=spec["budget_year_2"],
        budget_year_3=spec["budget_year_3"],
        budget_is_example=spec["budget_is_example"],
        help_phone=spec["help_phone"],
        help_email=spec["help_email"],
        help_other=spec["help_other"],
        preferred_words="\n".join(spec["preferred_words"]),
        live=False,
        owner=user,
    )
    home.add_child(instance=consultation)
    for avoid, use_instead in spec["avoid_words"]:
        consultation.words_to_avoid.create(avoid=avoid, use_instead=use_instead)
    consultation_create_areas(consultation=consultation, user=user)

    for area in AreaPage.objects.child_of(consultation):
        area_spec = data["areas"][area.area_key]
        area.body = _easy_read_stream(area_spec["body"], pictures)
        area.questions = _question_stream(area_spec["questions"], pictures, models)
        for order, link in enumerate(area_spec["models"]):
            AreaSupportModel.objects.create(
                page=area,
                sort_order=order,
                support_model=models[link["name"]],
                spend_now=link["spend_now"],
                spend_expected=link["spend_expected"],
            )
        area.save()

    sign_off = data["sign_off"]
    signoff_record(
        consultation=consultation,
        checked_by=sign_off["checked_by"],
        checkers_organisation=sign_off["checkers_organisation"],
        checked_on=signed_off_on,
        notes=sign_off["notes"],
        user=user,
    )
    consultation.save_revision(user=user).publish(user=user)
    for area in AreaPage.objects.child_of(consultation):
        area.save_revision(user=user).publish(user=user)
    return ConsultationPage.objects.get(pk=consultation.pk)

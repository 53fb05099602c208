"""Small builders for consultation tests. They go through the same services the admin uses."""

import datetime

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from consultations.models import ConsultationPage, HomePage, SupportModel
from consultations.services import consultation_create_areas, signoff_record
from organisations.models import Organisation


def make_image(title: str = "Picture") -> Image:
    return Image.objects.create(
        title=title, file=ImageFile(get_test_image_file(size=(64, 64)), name=f"{title}.png")
    )


def make_support_model(name: str = "Shared Lives", *, picture: Image | None = None) -> SupportModel:
    return SupportModel.objects.create(
        name=name,
        picture=picture or make_image(name),
        easy_read_description="You live with a carer and their family.",
        areas=["accommodation"],
    )


def point(image: Image, text: str) -> dict:
    return {
        "type": "point",
        "value": {"picture": {"image": image.pk, "decorative": True, "alt_text": ""}, "text": text},
    }


def make_consultation(
    *,
    title: str = "Have your say about support",
    slug: str = "have-your-say",
    today: datetime.date | None = None,
    live: bool = True,
    signed_off: bool = True,
    commissioner: Organisation | None = None,
) -> ConsultationPage:
    today = today or timezone.localdate()
    home = HomePage.objects.get()
    image = make_image("Home")
    if commissioner is None:
        commissioner, _ = Organisation.objects.get_or_create(
            name="Riverside Council", defaults={"kind": Organisation.Kind.COMMISSIONER}
        )
    consultation = ConsultationPage(
        title=title,
        slug=slug,
        commissioner=commissioner,
        place="Riverside",
        introduction=[point(image, "We want to know what you think.")],
        opens_on=today - datetime.timedelta(days=1),
        closes_on=today + datetime.timedelta(days=30),
        promise_date=today + datetime.timedelta(days=90),
        budget_now=48_000_000,
        budget_year_1=49_000_000,
        budget_year_2=50_000_000,
        budget_year_3=50_000_000,
        live=False,
    )
    home.add_child(instance=consultation)
    consultation_create_areas(consultation=consultation)
    for area in consultation.get_children().specific():
        area.body = [point(image, "This is about support.")]
        area.save()
    if signed_off:
        signoff_record(
            consultation=consultation,
            checked_by="Amina",
            checkers_organisation="Riverside Self Advocates",
            checked_on=today,
        )
    if live:
        consultation.save_revision().publish()
        for area in consultation.get_children().specific():
            area.save_revision().publish()
    return ConsultationPage.objects.get(pk=consultation.pk)


def ask_in_every_area(consultation: ConsultationPage, question: str = "What do you like?") -> None:
    """Give each area one question, so the consultation may be published (issue 14)."""
    for area in consultation.get_children().specific():
        area.questions = [
            {
                "type": "tell_us",
                "value": {
                    "question": question,
                    "hint": "",
                    "picture": None,
                    "audio": None,
                    "allow_dont_know": True,
                    "max_length": 1000,
                },
            }
        ]
        area.save()
        # The publish check reads each area's latest revision, as the editor last saved it.
        area.save_revision()


def _point_form(block) -> tuple[str, dict]:
    image = block.value["picture"]
    return (
        "point",
        {
            "picture": {"image": image.pk, "decorative": True, "alt_text": ""},
            "text": block.value["text"],
        },
    )


def consultation_form_data(consultation: ConsultationPage, **overrides) -> dict:
    """The admin edit form's data for a consultation built by make_consultation."""
    data = {
        "title": consultation.title,
        "slug": consultation.slug,
        "commissioner": consultation.commissioner_id,
        "place": consultation.place,
        "goal_statement": consultation.goal_statement,
        "introduction": streamfield([_point_form(b) for b in consultation.introduction]),
        "opens_on": consultation.opens_on.isoformat(),
        "closes_on": consultation.closes_on.isoformat(),
        "promise_date": consultation.promise_date.isoformat(),
        "budget_now": str(consultation.budget_now),
        "budget_year_1": str(consultation.budget_year_1),
        "budget_year_2": str(consultation.budget_year_2),
        "budget_year_3": str(consultation.budget_year_3),
        "words_to_avoid": inline_formset([]),
        "comments": inline_formset([]),
        "easy_read_findings_reason": consultation.easy_read_findings_reason,
    }
    data.update(overrides)
    return nested_form_data(data)


def area_form_data(area, **overrides) -> dict:
    data = {
        "title": area.title,
        "slug": area.slug,
        "body": streamfield([_point_form(b) for b in area.body]),
        "questions": streamfield([]),
        "support_models": inline_formset([]),
        "comments": inline_formset([]),
        "easy_read_findings_reason": area.easy_read_findings_reason,
    }
    data.update(overrides)
    return nested_form_data(data)

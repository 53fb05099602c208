"""Builders for "you said, we did" tests (ADR 025), through the same services staff use."""

import datetime
import uuid

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from consultations.models import AreaPage, EasyReadSignOff
from consultations.services import signoff_record
from consultations.tests.factories import make_image
from decisions.models import YouSaidWeDidPage
from decisions.services import decision_publish, evidence_add, progress_update_add
from results.services import snapshot_take
from results.tests.people import People, question_of

INTRO = "We read all your answers.\nHere is what we decided."
NEXT = "We will find 10 new carers.\nWe will tell you how it goes."


def ask_where_to_live(consultation, models) -> None:
    """The "where you live" area asks people to choose between its 2 models, by name."""
    area = AreaPage.objects.child_of(consultation).get(area_key="accommodation")
    image = make_image("Option")
    items = [
        {
            "type": "item",
            "id": str(uuid.uuid4()),
            "value": {
                "label": model.name,
                "picture": {"image": image.pk, "decorative": True, "alt_text": ""},
            },
        }
        for model in (models["residential"], models["shared_lives"])
    ]
    value = {
        "question": "Where would you like to live?",
        "hint": "",
        "picture": None,
        "audio": None,
        "allow_dont_know": True,
        "options_list": items,
    }
    area.questions = [{"type": "choice", "id": "q-where", "value": value}]
    area.save()
    area.save_revision()


def people_choose(consultation, *, shared_lives: int = 14, residential: int = 10) -> None:
    question = question_of(consultation, "choice")
    residential_key, shared_lives_key = (option.key for option in question.options)
    people = People(consultation)
    people.send([(question, {"choice": shared_lives_key})], count=shared_lives)
    people.send([(question, {"choice": residential_key})], count=residential)


def close(consultation, *, closed_days_ago: int = 1, promise_date: datetime.date | None = None):
    today = timezone.localdate()
    consultation.closes_on = today - datetime.timedelta(days=closed_days_ago)
    consultation.opens_on = consultation.closes_on - datetime.timedelta(days=30)
    consultation.promise_date = promise_date or today + datetime.timedelta(days=60)
    consultation.save_revision().publish()
    consultation.refresh_from_db()


def publish_decision(decision, user, *, progress: bool = False) -> None:
    evidence_add(
        decision=decision,
        user=user,
        kind="idea",
        reference="IDEA-1",
        label="An idea: IDEA-1",
        asked_for="More Shared Lives.",
        easy_asked_for="We want to live with a family.",
    )
    decision_publish(decision=decision, user=user)
    if progress:
        progress_update_add(
            decision=decision,
            user=user,
            submit_token="update-1",
            on=timezone.localdate(),
            title="3 new carers found",
            easy_text="3 new carers said yes.",
            status="in_progress",
            progress_pct=30,
        )


def draft_page(consultation, **fields) -> YouSaidWeDidPage:
    page = YouSaidWeDidPage(
        title=fields.pop("title", "What we decided"),
        slug="what-we-decided",
        easy_intro=fields.pop("easy_intro", INTRO),
        **{"live": False, **fields},
    )
    consultation.add_child(instance=page)
    page.save_revision()
    return YouSaidWeDidPage.objects.get(pk=page.pk)


def page_form_data(page: YouSaidWeDidPage, *, next_text: str = NEXT, **overrides) -> dict:
    """The admin edit form's data, with what happens next in "where you live"."""
    # As the editor's form sends it: the step already in the draft, changed in place.
    existing = list(page.get_latest_revision_as_object().next_steps.all())
    steps = [
        {"id": step.pk or "", "area_key": step.area_key, "easy_text": step.easy_text}
        for step in existing
    ]
    if next_text and steps:
        steps[0]["easy_text"] = next_text
    elif next_text:
        steps = [{"area_key": "accommodation", "easy_text": next_text}]
    data = {
        "title": page.title,
        "slug": page.slug,
        "easy_intro": page.easy_intro,
        "easy_read_findings_reason": page.easy_read_findings_reason,
        "next_steps": inline_formset(steps, initial=len(existing)),
        "comments": inline_formset([]),
    }
    data.update(overrides)
    return nested_form_data(data)


def sign_off(consultation, *, checked_on: datetime.date | None = None) -> EasyReadSignOff:
    return signoff_record(
        consultation=consultation,
        covers=EasyReadSignOff.Covers.YOU_SAID_WE_DID,
        checked_by="Amina and Ben",
        checkers_organisation="Riverside Self Advocates",
        checked_on=checked_on or timezone.localdate(),
    )


def ready_to_publish(consultation, decision, user) -> YouSaidWeDidPage:
    """Closed, results published, a decision published, a draft page: all but the sign-off."""
    close(consultation)
    snapshot_take(consultation=consultation, user=user)
    publish_decision(decision, user, progress=True)
    return draft_page(consultation)


def publish_in_code(page: YouSaidWeDidPage) -> YouSaidWeDidPage:
    """Publishing from code skips the admin's gate (ADR 006), so the sign-off comes first."""
    sign_off(page.consultation())
    page.save_revision().publish()
    return YouSaidWeDidPage.objects.get(pk=page.pk)


def live_as_published(consultation, *, on: datetime.datetime | None = None) -> YouSaidWeDidPage:
    """A live page, as publishing leaves it, without publishing: no gate, and no signal, so
    telling tests start telling themselves (publishing starts it: test_you_said_we_did.py)."""
    on = on or timezone.now()
    return draft_page(consultation, live=True, first_published_at=on, last_published_at=on)

import datetime

import pytest
from django.urls import reverse

from consultations.models import AreaPage, AreaSupportModel
from consultations.tests.factories import ask_in_every_area, make_support_model
from decisions.models import Decision
from decisions.services import decision_record, ledger_line_add


def offer_models(consultation) -> dict:
    """Two models offered in "where you live", and one offered nowhere there."""
    area = AreaPage.objects.child_of(consultation).get(area_key="accommodation")
    residential = make_support_model("Residential care")
    shared_lives = make_support_model("Shared Lives")
    for order, model in enumerate((residential, shared_lives)):
        AreaSupportModel.objects.create(
            page=area, sort_order=order, support_model=model, spend_now=1, spend_expected=1
        )
    elsewhere = make_support_model("Homeshare")
    return {"residential": residential, "shared_lives": shared_lives, "elsewhere": elsewhere}


@pytest.fixture
def models(cast):
    """Two models offered in Riverside's "where you live" area, and one offered nowhere there."""
    offered = offer_models(cast.riverside_consultation)
    ask_in_every_area(cast.riverside_consultation, "Where would you like to live?")
    return offered


DECISION_DATA = {
    "area_key": "accommodation",
    "title": "Move 10 residential places to Shared Lives",
    "easy_title": "More people can live with a Shared Lives carer.",
    "summary": "Most people asked for Shared Lives over residential care.",
    "easy_summary": "Many people told us they want to live with a family.\nWe listened.",
    "decided_by": "Joint Commissioning Board",
    "forum": "Board meeting",
    "decided_on": "2027-03-03",
    "status": "planned",
    "progress_pct": "0",
}


def decision_url(name: str, decision: Decision, *args) -> str:
    return reverse(
        f"decisions:{name}", args=[decision.consultation.commissioner_id, decision.pk, *args]
    )


def record_decision(consultation, user, models, *, with_line: bool = False) -> Decision:
    """A draft decision; with_line gives it one: money from residential care to Shared Lives."""
    fields = {**DECISION_DATA, "decided_on": datetime.date(2027, 3, 3), "progress_pct": 0}
    made, _ = decision_record(
        consultation=consultation, user=user, submit_token="fixture", **fields
    )
    if not with_line:
        return made
    ledger_line_add(
        decision=made,
        user=user,
        resource="money",
        from_model=models["residential"],
        to_model=models["shared_lives"],
        amount_before=200_000,
        amount_after=500_000,
        unit="£",
        period="year",
    )
    return made


@pytest.fixture
def decision(cast, models) -> Decision:
    return record_decision(cast.riverside_consultation, cast.commissioner, models)


@pytest.fixture
def decision_with_line(cast, models) -> Decision:
    return record_decision(cast.riverside_consultation, cast.commissioner, models, with_line=True)

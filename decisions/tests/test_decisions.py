"""Recording, ledger lines, evidence, publishing, changes and progress, through the real views."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from decisions.models import Decision, DecisionChange, DecisionUpdate
from decisions.services import DecisionPublished, evidence_add, ledger_line_add

from .conftest import DECISION_DATA, decision_url

pytestmark = pytest.mark.django_db


def _line(models, **overrides) -> dict:
    data = {
        "resource": "money",
        "from_model": models["residential"].pk,
        "to_model": models["shared_lives"].pk,
        "amount_before": "200000",
        "amount_after": "500000",
        "unit": "£",
        "period": "year",
    }
    return {**data, **overrides}


def _question_evidence(decision, client) -> None:
    page = client.get(decision_url("evidence", decision))
    source = next(
        key for key, _ in page.context["form"].fields["source"].choices if "question:" in key
    )
    response = client.post(
        decision_url("evidence", decision),
        {
            "source": source,
            "asked_for": "Most people chose Shared Lives.",
            "easy_asked_for": "Most people want to live with a family.",
        },
    )
    assert response.status_code == 302


def test_a_commissioner_records_a_decision_once_even_when_the_button_is_pressed_twice(
    cast, client_for, models
):
    client = client_for("commissioner")
    url = reverse("decisions:new", args=[cast.riverside.pk])
    page = client.get(url, {"consultation": cast.riverside_consultation.pk})
    token = page.context["form"]["submit_token"].value()
    data = {**DECISION_DATA, "consultation": cast.riverside_consultation.pk, "submit_token": token}
    first = client.post(url, data)
    second = client.post(url, data)
    decision = Decision.objects.get()
    assert first["Location"] == second["Location"] == decision_url("ledger", decision)
    assert decision.created_by == cast.commissioner
    assert decision.easy_summary.startswith("Many people told us")
    assert not decision.is_published
    assert (
        ModelLogEntry.objects.filter(action="decisions.record", user=cast.commissioner).count() == 1
    )


def test_a_decision_with_missing_words_is_refused_kindly_and_keeps_what_was_typed(
    cast, client_for, models
):
    client = client_for("commissioner")
    url = reverse("decisions:new", args=[cast.riverside.pk])
    data = {**DECISION_DATA, "consultation": cast.riverside_consultation.pk, "easy_title": ""}
    response = client.post(url, {**data, "progress_pct": "140"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Enter what you decided, in easy read." in html
    assert "Enter a number from 0 to 100." in html
    assert "Joint Commissioning Board" in html
    assert not Decision.objects.exists()


def test_a_ledger_line_moves_money_from_one_model_to_another(client_for, decision, models):
    client = client_for("commissioner")
    response = client.post(decision_url("ledger", decision), _line(models))
    assert response.status_code == 302
    line = decision.changes.get()
    assert (line.from_model, line.to_model) == (models["residential"], models["shared_lives"])
    page = client.get(decision_url("ledger", decision)).content.decode()
    assert "£300,000 a year more for Shared Lives, taken from Residential care" in page


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"amount_before": "-5"}, "Enter an amount of 0 or more."),
        ({"amount_after": "lots"}, "Enter the amount as a number, like 250000."),
        ({"to_model": "", "from_model": ""}, "Choose the model it goes to"),
        ({"to_model": "{residential}"}, "It cannot be the same."),
        ({"amount_after": "200000"}, "A ledger line must change something."),
        ({"amount_after": "100000"}, "To move it the other way, swap the two models."),
        ({"to_model": "{elsewhere}"}, "Select a valid choice."),
    ],
)
def test_a_wrong_ledger_line_is_refused_in_plain_words_and_keeps_what_was_typed(
    client_for, decision, models, overrides, error
):
    ids = {name: model.pk for name, model in models.items()}
    data = _line(models, **{key: value.format(**ids) for key, value in overrides.items()})
    response = client_for("commissioner").post(decision_url("ledger", decision), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert error in html
    assert 'value="£"' in html
    assert not DecisionChange.objects.exists()


def test_a_line_can_be_removed_while_the_decision_is_a_draft(client_for, decision, models):
    client = client_for("commissioner")
    client.post(decision_url("ledger", decision), _line(models))
    line = decision.changes.get()
    client.post(decision_url("ledger_remove", decision, line.pk))
    again = client.post(decision_url("ledger_remove", decision, line.pk))
    assert again.status_code == 302
    assert not decision.changes.exists()
    assert ModelLogEntry.objects.filter(action="decisions.line_remove").count() == 1


def test_evidence_is_picked_from_the_areas_questions_and_shown_beside_the_decision(
    client_for, decision, models
):
    client = client_for("commissioner")
    choices = dict(
        client.get(decision_url("evidence", decision)).context["form"].fields["source"].choices
    )
    assert any(label.startswith("Where would you like to live? (") for label in choices.values())
    _question_evidence(decision, client)
    _question_evidence(decision, client)  # the same source twice is linked once
    evidence = decision.evidence.get()
    assert evidence.kind == "question_result"
    client.post(decision_url("ledger", decision), _line(models))
    preview = client.get(decision_url("detail", decision)).content.decode()
    assert "What people asked for" in preview and "What we decided" in preview
    assert "Most people want to live with a family." in preview
    assert "£300,000 a year more for Shared Lives" in preview


def test_an_idea_is_named_by_its_reference_and_a_missing_reference_is_asked_for(
    client_for, decision
):
    client = client_for("commissioner")
    data = {"source": "idea", "asked_for": "A drop-in café.", "easy_asked_for": "A café."}
    refused = client.post(decision_url("evidence", decision), data)
    assert "Enter the number or name of the idea or response." in refused.content.decode()
    client.post(decision_url("evidence", decision), {**data, "reference": "IDEA-12"})
    evidence = decision.evidence.get()
    assert (evidence.kind, evidence.reference, evidence.label) == (
        "idea",
        "IDEA-12",
        "An idea: IDEA-12",
    )


def test_publishing_needs_evidence_and_a_second_press_changes_nothing(client_for, decision):
    client = client_for("commissioner")
    refused = client.post(decision_url("publish", decision))
    assert refused["Location"] == decision_url("evidence", decision)
    decision.refresh_from_db()
    assert not decision.is_published
    _question_evidence(decision, client)
    client.post(decision_url("publish", decision))
    decision.refresh_from_db()
    published_at = decision.published_at
    client.post(decision_url("publish", decision))
    decision.refresh_from_db()
    assert decision.published_at == published_at is not None
    assert ModelLogEntry.objects.filter(action="decisions.publish").count() == 1


def test_the_easy_read_checker_warns_before_publishing(client_for, decision):
    decision.easy_summary = "The ICB's commissioning intentions were reconsidered."
    decision.save()
    page = client_for("commissioner").get(decision_url("detail", decision)).content.decode()
    assert "The easy-read checker found things to look at" in page
    assert "Reasons, in easy read" in page


def test_a_published_decision_is_never_edited_in_place(cast, client_for, decision, models):
    client = client_for("commissioner")
    _question_evidence(decision, client)
    client.post(decision_url("publish", decision))
    response = client.post(
        decision_url("edit", decision), {**DECISION_DATA, "title": "Something else"}
    )
    assert response["Location"] == decision_url("detail", decision)
    client.post(decision_url("ledger", decision), _line(models))
    decision.refresh_from_db()
    assert decision.title == DECISION_DATA["title"]
    assert not decision.changes.exists()
    with pytest.raises(DecisionPublished):
        ledger_line_add(decision=decision, user=cast.commissioner, **_line(models))
    with pytest.raises(DecisionPublished):
        evidence_add(
            decision=decision,
            user=cast.commissioner,
            kind="idea",
            reference="1",
            label="x",
            asked_for="x",
            easy_asked_for="x",
        )


def test_a_change_after_publishing_is_a_new_dated_decision_and_the_old_one_is_kept(
    client_for, decision, models
):
    client = client_for("commissioner")
    client.post(decision_url("ledger", decision), _line(models))
    _question_evidence(decision, client)
    client.post(decision_url("publish", decision))
    client.post(decision_url("revise", decision))
    client.post(decision_url("revise", decision))  # a double click makes one draft
    draft = Decision.objects.get(supersedes=decision)
    assert draft.changes.count() == 1 and draft.evidence.count() == 1
    client.post(decision_url("edit", draft), {**DECISION_DATA, "title": "Move 15 places"})
    client.post(decision_url("publish", draft))
    decision.refresh_from_db()
    assert decision.title == DECISION_DATA["title"]
    assert decision.changes.count() == 1
    entry = decision.updates.get()
    assert entry.kind == DecisionUpdate.Kind.REVISED
    assert entry.title == "Changed by a new decision: Move 15 places"
    assert list(Decision.objects.current()) == [draft]
    old_page = client.get(decision_url("detail", decision)).content.decode()
    assert "This decision was changed by a newer one" in old_page


def test_progress_updates_are_dated_entries_and_the_latest_is_the_current_state(
    client_for, decision
):
    client = client_for("commissioner")
    assert client.get(decision_url("updates", decision))["Location"] == decision_url(
        "detail", decision
    )
    _question_evidence(decision, client)
    client.post(decision_url("publish", decision))
    page = client.get(decision_url("updates", decision))
    token = page.context["form"]["submit_token"].value()
    update = {
        "submit_token": token,
        "on": "2027-05-01",
        "status": "in_progress",
        "progress_pct": "40",
        "title": "4 people moved to Shared Lives",
        "easy_text": "4 people now live with a Shared Lives carer.",
    }
    client.post(decision_url("updates", decision), update)
    client.post(decision_url("updates", decision), update)  # double submit
    older = {**update, "submit_token": "older", "on": "2027-04-01", "progress_pct": "10"}
    client.post(decision_url("updates", decision), older)
    decision.refresh_from_db()
    assert decision.updates.count() == 2
    assert (decision.status, decision.progress_pct) == ("in_progress", 40)
    timeline = client.get(decision_url("updates", decision)).content.decode()
    assert timeline.index("Thursday 1 April 2027") < timeline.index("Saturday 1 May 2027")


def test_a_progress_update_out_of_range_is_refused_and_keeps_the_words(client_for, decision):
    client = client_for("commissioner")
    _question_evidence(decision, client)
    client.post(decision_url("publish", decision))
    data = {
        "submit_token": "t",
        "on": "2027-13-01",
        "status": "done",
        "progress_pct": "101",
        "title": "Done",
        "easy_text": "We did it.",
    }
    html = client.post(decision_url("updates", decision), data).content.decode()
    assert "Enter a real date, like 24 March 2027." in html
    assert "Enter a number from 0 to 100." in html
    assert "We did it." in html
    assert not decision.updates.exists()


@pytest.mark.parametrize(
    "person", ["other_commissioner", "editor", "vcse_member", "other_vcse_member"]
)
def test_nobody_outside_the_body_sees_its_decisions(cast, client_for, decision, person):
    client = client_for(person)
    for name in ("detail", "edit", "ledger", "evidence", "updates"):
        assert client.get(decision_url(name, decision)).status_code == 404
    for name in ("publish", "revise"):
        assert client.post(decision_url(name, decision)).status_code == 404
    decision.refresh_from_db()
    assert not decision.is_published


def test_another_bodys_decision_under_your_own_address_is_missing(cast, client_for, decision):
    url = reverse("decisions:detail", args=[cast.hillside.pk, decision.pk])
    assert client_for("other_commissioner").get(url).status_code == 404


def test_the_list_shows_decisions_by_consultation_and_area(cast, client_for, decision):
    html = (
        client_for("commissioner")
        .get(reverse("decisions:list", args=[cast.riverside.pk]))
        .content.decode()
    )
    assert "Riverside: have your say" in html
    assert "Support with where you live" in html
    assert DECISION_DATA["title"] in html
    assert "Hillside" not in html


def test_the_admin_menu_leads_a_commissioner_to_their_bodys_decisions(cast, client_for):
    mine = reverse("decisions:mine")
    response = client_for("commissioner").get(mine)
    assert response["Location"] == reverse("decisions:list", args=[cast.riverside.pk])
    admin = client_for("commissioner").get("/admin/").content.decode()
    assert mine in admin
    html = client_for("vcse_member").get(mine).content.decode()
    assert "You are not a member of one." in html
    assert "Riverside Council" not in html


def test_a_group_session_of_the_consultation_can_be_linked_as_evidence(cast, client_for, decision):
    from organisations.models import GroupSession

    session = GroupSession.objects.create(
        organisation=cast.riverside_advocacy,
        consultation=cast.riverside_consultation,
        held_on="2027-02-01",
        method="workshop",
        facilitator_name="Sam",
        people_count=12,
        submit_token="session",
    )
    other = GroupSession.objects.create(
        organisation=cast.hillside_carers,
        consultation=cast.hillside_consultation,
        held_on="2027-02-01",
        method="workshop",
        facilitator_name="Kim",
        people_count=8,
        submit_token="other",
    )
    client = client_for("commissioner")
    choices = dict(
        client.get(decision_url("evidence", decision)).context["form"].fields["source"].choices
    )
    assert f"session:{session.pk}" in choices and f"session:{other.pk}" not in choices
    data = {"asked_for": "Homes with a family.", "easy_asked_for": "Live with a family."}
    client.post(decision_url("evidence", decision), {**data, "source": f"session:{other.pk}"})
    assert not decision.evidence.exists()
    client.post(decision_url("evidence", decision), {**data, "source": f"session:{session.pk}"})
    evidence = decision.evidence.get()
    assert (evidence.kind, evidence.group_session) == ("group_session", session)
    assert evidence.label == "Riverside Advocacy, Workshop, 1 February 2027"


def test_a_progress_update_with_hard_words_gets_a_warning_on_the_timeline(client_for, decision):
    client = client_for("commissioner")
    _question_evidence(decision, client)
    client.post(decision_url("publish", decision))
    data = {
        "submit_token": "t",
        "on": "2027-05-01",
        "status": "in_progress",
        "progress_pct": "20",
        "title": "Procurement",
        "easy_text": "The procurement was reconsidered by the ICB.",
    }
    client.post(decision_url("updates", decision), data)
    html = client.get(decision_url("updates", decision)).content.decode()
    assert "The easy-read checker found things to look at" in html
    assert "Update 1, Saturday 1 May 2027" in html


def test_visible_to_gives_the_bodys_members_and_administrators_only(cast, decision):
    assert list(Decision.objects.visible_to(cast.commissioner)) == [decision]
    assert list(Decision.objects.visible_to(cast.administrator)) == [decision]
    for person in (cast.other_commissioner, cast.editor, cast.vcse_member):
        assert not Decision.objects.visible_to(person).exists()
    cast.commissioner.is_active = False
    assert not Decision.objects.visible_to(cast.commissioner).exists()
    assert not Decision.objects.published().exists()

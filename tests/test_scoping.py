"""What each member of the cast may see: the visible_to(user) helpers and moderator sign-off."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group, User
from django.db import IntegrityError, transaction
from wagtail.models import GroupPagePermission, Page, Workflow

from consultations.demo import DEMO_ACCOUNTS, demo_access_load, demo_accounts_load
from consultations.models import ConsultationPage, EasyReadSignOff
from consultations.tests.factories import consultation_form_data, make_consultation
from organisations.models import Membership, Organisation
from responses.codes import resume_code_new
from responses.models import Response
from responses.services import response_start, start_token_new
from tests.cast import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def _titles(consultations) -> set[str]:
    return {consultation.title for consultation in consultations}


def page_text(browser, url: str) -> str:
    return browser.get(url).content.decode()


def _answer(consultation) -> Response:
    response, _code = response_start(
        consultation=consultation, start_token=start_token_new(), resume_code=resume_code_new()
    )
    return response


def test_commissioners_see_only_their_own_bodys_consultations(cast):
    assert _titles(ConsultationPage.objects.visible_to(cast.commissioner)) == {
        "Riverside: have your say"
    }
    assert _titles(ConsultationPage.objects.visible_to(cast.other_commissioner)) == {
        "Hillside: have your say"
    }


def test_editors_see_what_they_are_given_and_what_they_create(cast):
    assert _titles(ConsultationPage.objects.visible_to(cast.editor)) == {"Riverside: have your say"}
    created = make_consultation(title="Eddie's draft", slug="eddies-draft", live=False)
    Page.objects.filter(pk=created.pk).update(owner=cast.editor)
    assert "Eddie's draft" in _titles(ConsultationPage.objects.visible_to(cast.editor))


def test_permissions_granted_on_the_whole_site_do_not_widen_what_someone_sees(cast):
    # The default Editors and Moderators groups hold their permissions on the root page.
    assert GroupPagePermission.objects.filter(group__name="Moderators", page__depth=1).exists()
    newcomer = UserFactory(username="new@riverside.example")
    newcomer.groups.add(Group.objects.get(name="Moderators"))
    assert not ConsultationPage.objects.visible_to(newcomer).exists()


def test_superusers_see_everything_and_signed_out_people_nothing(cast):
    assert ConsultationPage.objects.visible_to(cast.administrator).count() == 2
    assert not ConsultationPage.objects.visible_to(AnonymousUser()).exists()
    assert not Response.objects.visible_to(AnonymousUser()).exists()
    assert not Organisation.objects.visible_to(AnonymousUser()).exists()


def test_vcse_members_see_no_consultation_in_staff_screens(cast):
    assert not ConsultationPage.objects.visible_to(cast.vcse_member).exists()


def test_answers_are_read_only_by_the_body_that_runs_the_consultation(cast):
    riverside = _answer(cast.riverside_consultation)
    hillside = _answer(cast.hillside_consultation)
    assert list(Response.objects.visible_to(cast.commissioner)) == [riverside]
    assert list(Response.objects.visible_to(cast.other_commissioner)) == [hillside]
    assert set(Response.objects.visible_to(cast.administrator)) == {riverside, hillside}
    # Editors write the content of what they are given; they do not read its answers.
    assert not Response.objects.visible_to(cast.editor).exists()
    assert not Response.objects.visible_to(cast.vcse_member).exists()


def test_organisations_visible_are_your_own_and_the_bodies_you_work_for(cast):
    def names(user):
        return set(Organisation.objects.visible_to(user).values_list("name", flat=True))

    assert names(cast.commissioner) == {"Riverside Council"}
    assert names(cast.editor) == {"Riverside Council"}
    assert names(cast.vcse_member) == {"Riverside Advocacy"}
    assert names(cast.other_vcse_member) == {"Hillside Carers"}
    assert names(cast.administrator) == set(Organisation.objects.values_list("name", flat=True))


def test_a_person_may_belong_to_several_organisations_but_once_to_each(cast):
    MembershipFactory(user=cast.vcse_member, organisation=cast.hillside_carers)
    assert set(
        Organisation.objects.visible_to(cast.vcse_member).values_list("name", flat=True)
    ) == {
        "Riverside Advocacy",
        "Hillside Carers",
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(user=cast.vcse_member, organisation=cast.hillside_carers)
    assert set(Membership.objects.leads().values_list("user__username", flat=True)) == {
        "cam@riverside.example",
        "hal@hillside.example",
        "vic@carers.example",
    }


def test_sign_offs_are_listed_only_with_their_consultation(cast):
    assert {
        s.consultation.title for s in EasyReadSignOff.objects.visible_to(cast.commissioner)
    } == {"Riverside: have your say"}


def test_only_the_running_body_moderates_its_easy_read_check(cast, client_for):
    consultation = make_consultation(
        title="Riverside: day services",
        slug="day",
        live=False,
        signed_off=False,
        commissioner=cast.riverside,
    )
    editor = client_for("editor")
    consultation.save_revision(user=cast.editor)
    Page.objects.filter(pk=consultation.pk).update(owner=cast.editor)
    form = consultation_form_data(consultation, **{"action-submit": "action-submit"})
    editor.post(f"/admin/pages/{consultation.pk}/edit/", form)
    task_state = consultation.current_workflow_state.current_task_state
    task = Workflow.objects.get(name="Easy-read check before publishing").tasks.first().specific

    assert task.get_actions(consultation, cast.other_commissioner) == []
    assert task.get_actions(consultation, cast.commissioner) != []
    assert not task.get_task_states_user_can_moderate(cast.other_commissioner).exists()
    assert list(task.get_task_states_user_can_moderate(cast.commissioner)) == [task_state]
    # The dashboard's "awaiting your review" and the workflow reports.
    for url in ("/admin/", "/admin/reports/workflow/", "/admin/reports/workflow_tasks/"):
        assert "Riverside: day services" not in page_text(client_for("other_commissioner"), url)
        assert "Riverside: day services" in page_text(client_for("commissioner"), url)

    approve = f"/admin/pages/workflow/action/{consultation.pk}/approve/{task_state.pk}/"
    sign_off = {
        "checked_by": "Amina",
        "checkers_organisation": "Riverside Self Advocates",
        "checked_on": "2026-11-20",
        "comment": "",
    }
    client_for("other_commissioner").post(approve, sign_off)
    assert not consultation.easy_read_sign_offs.exists()
    client_for("commissioner").post(approve, sign_off)
    assert consultation.easy_read_sign_offs.get().recorded_by == cast.commissioner


def test_demo_commissioner_and_editor_are_given_the_demo_consultation():
    demo_accounts_load()
    consultation = make_consultation()
    demo_access_load(consultation)
    demo_access_load(consultation)  # safe to run again
    for account in DEMO_ACCOUNTS:
        user = User.objects.get(username=account.email)
        assert consultation in ConsultationPage.objects.visible_to(user)


def test_a_sign_off_can_be_recorded_only_for_a_consultation_you_may_see(cast, client_for):
    url = "/admin/snippets/consultations/easyreadsignoff/add/"
    form = {
        "covers": "consultation",
        "checked_by": "Amina",
        "checkers_organisation": "Self Advocates",
        "checked_on": "2026-11-20",
        "notes": "",
    }
    riverside = cast.riverside_consultation
    client_for("other_commissioner").post(url, {**form, "consultation": riverside.pk})
    assert riverside.easy_read_sign_offs.count() == 1  # only the cast's own
    client_for("commissioner").post(url, {**form, "consultation": riverside.pk})
    assert riverside.easy_read_sign_offs.count() == 2
    assert riverside.easy_read_sign_offs.filter(recorded_by=cast.commissioner).exists()


def test_vcse_members_read_only_the_entries_their_own_organisation_typed_in(cast):
    from responses.models import Channel
    from responses.services import response_enter

    online = _answer(cast.riverside_consultation)
    ours = response_enter(
        consultation=cast.riverside_consultation,
        channel=Channel.STAFF_PAPER,
        entered_by=cast.vcse_member,
        paper_form_number="P-1",
        organisation=cast.riverside_advocacy,
    )
    theirs = response_enter(
        consultation=cast.riverside_consultation,
        channel=Channel.STAFF_PAPER,
        entered_by=cast.other_vcse_member,
        paper_form_number="P-2",
        organisation=cast.hillside_carers,
    )
    assert list(Response.objects.visible_to(cast.vcse_member)) == [ours]
    assert list(Response.objects.visible_to(cast.other_vcse_member)) == [theirs]
    # The body that runs the consultation reads every channel, once each.
    assert set(Response.objects.visible_to(cast.commissioner)) == {online, ours, theirs}

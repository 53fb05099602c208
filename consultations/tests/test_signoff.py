import datetime

from django.contrib.auth.models import User
from wagtail.models import Workflow
from wagtail.test.utils import WagtailPageTestCase

from consultations.models import AreaPage, ConsultationPage, EasyReadSignOff
from tests.cast import MembershipFactory, UserFactory, give_consultation, in_group, staff_ready

from .factories import (
    area_form_data,
    ask_in_every_area,
    consultation_form_data,
    make_consultation,
)


def _staff(name: str, group: str) -> User:
    return staff_ready(in_group(UserFactory(username=f"{name}@example.org"), group))


class SignOffGatesPublishingTests(WagtailPageTestCase):
    def setUp(self):
        self.consultation = make_consultation(live=False, signed_off=False)
        ask_in_every_area(self.consultation)
        self.commissioner = _staff("commissioner", "Moderators")
        MembershipFactory(user=self.commissioner, organisation=self.consultation.commissioner)
        self.client.force_login(self.commissioner)

    def _publish(self, page, **changes):
        page = page.specific
        build = consultation_form_data if isinstance(page, ConsultationPage) else area_form_data
        form = build(page, **changes, **{"action-publish": "action-publish"})
        return self.client.post(f"/admin/pages/{page.pk}/edit/", form, follow=True)

    def test_consultation_cannot_go_live_before_the_easy_read_check(self):
        response = self._publish(self.consultation, title="A new title")
        self.consultation.refresh_from_db()
        self.assertFalse(self.consultation.live)
        self.assertContains(response, "must check the easy read before it goes live")
        # The draft was saved, so nothing the editor typed is lost.
        self.assertEqual(self.consultation.get_latest_revision_as_object().title, "A new title")

    def test_area_page_cannot_go_live_before_the_easy_read_check(self):
        area = AreaPage.objects.child_of(self.consultation).first()
        self._publish(area)
        area.refresh_from_db()
        self.assertFalse(area.live)

    def test_consultation_goes_live_after_sign_off_is_recorded(self):
        EasyReadSignOff.objects.create(
            consultation=self.consultation,
            checked_by="Amina and Ben",
            checkers_organisation="Riverside Self Advocates",
            checked_on=datetime.date(2026, 11, 20),
        )
        self._publish(self.consultation)
        self.consultation.refresh_from_db()
        self.assertTrue(self.consultation.live)

    def test_publishing_with_checker_findings_needs_a_reason(self):
        EasyReadSignOff.objects.create(
            consultation=self.consultation,
            checked_by="Amina",
            checkers_organisation="Riverside Self Advocates",
        )
        hard_title = "Consultation regarding commissioning intentions (draft)"
        response = self._publish(self.consultation, title=hard_title)
        self.consultation.refresh_from_db()
        self.assertFalse(self.consultation.live)
        self.assertContains(response, "still has findings")
        self.assertContains(response, "Rule 12")  # shown in the Easy read tab, next to their work

        self._publish(
            self.consultation,
            title=hard_title,
            easy_read_findings_reason="The title is for staff lists only.",
        )
        self.consultation.refresh_from_db()
        self.assertTrue(self.consultation.live)

    def test_saving_a_draft_with_findings_is_never_blocked(self):
        edit_url = f"/admin/pages/{self.consultation.pk}/edit/"
        form = consultation_form_data(
            self.consultation, title="We can't decide (yet); e.g. GP visits"
        )
        response = self.client.post(edit_url, form, follow=True)
        self.assertContains(response, "The easy-read checker found")
        revision = ConsultationPage.objects.get(pk=self.consultation.pk).get_latest_revision()
        self.assertEqual(revision.as_object().title, "We can't decide (yet); e.g. GP visits")


class SignOffWorkflowTests(WagtailPageTestCase):
    def setUp(self):
        self.consultation = make_consultation(live=False, signed_off=False)
        ask_in_every_area(self.consultation)
        self.editor = _staff("editor", "Editors")
        give_consultation(self.editor, self.consultation)
        self.commissioner = _staff("commissioner", "Moderators")
        MembershipFactory(user=self.commissioner, organisation=self.consultation.commissioner)

    def test_workflow_task_records_who_checked_and_publishes(self):
        workflow = Workflow.objects.get(name="Easy-read check before publishing")
        self.assertEqual(self.consultation.get_workflow(), workflow)

        self.client.force_login(self.editor)
        edit_url = f"/admin/pages/{self.consultation.pk}/edit/"
        form = consultation_form_data(self.consultation, **{"action-submit": "action-submit"})
        self.client.post(edit_url, form)
        state = self.consultation.current_workflow_state
        self.assertIsNotNone(state)
        task_state = state.current_task_state

        self.client.force_login(self.commissioner)
        response = self.client.post(
            f"/admin/pages/workflow/action/{self.consultation.pk}/approve/{task_state.pk}/",
            {
                "checked_by": "Amina, Ben and Carol",
                "checkers_organisation": "Riverside Self Advocates",
                "checked_on": "2026-11-20",
                "notes": "Shorter sentences on the money page.",
                "comment": "",
            },
        )
        self.assertEqual(response.status_code, 302)
        sign_off = EasyReadSignOff.objects.get(consultation=self.consultation)
        self.assertEqual(sign_off.checked_by, "Amina, Ben and Carol")
        self.assertEqual(sign_off.recorded_by, self.commissioner)
        self.consultation.refresh_from_db()
        self.assertTrue(self.consultation.live)

    def test_editors_cannot_record_the_sign_off_themselves(self):
        task = Workflow.objects.get(name="Easy-read check before publishing").tasks.first().specific
        self.assertEqual(task.get_actions(self.consultation, self.editor), [])

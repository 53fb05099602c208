"""Writing a consultation in the admin: rough drafts save, publishing asks for what is missing."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from consultations.models import AreaPage, ConsultationPage, EasyReadSignOff, HomePage
from organisations.models import Organisation
from tests.cast import MembershipFactory, UserFactory, in_group, staff_ready

from .factories import (
    ask_in_every_area,
    consultation_form_data,
    make_consultation,
    make_image,
    point,
)


def _commissioner(consultation: ConsultationPage):
    user = staff_ready(in_group(UserFactory(username="commissioner@example.org"), "Moderators"))
    MembershipFactory(user=user, organisation=consultation.commissioner)
    return user


class RoughDraftTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.image = make_image("Home")
        cls.commissioner = Organisation.objects.create(
            name="Riverside Council", kind="commissioner"
        )

    def setUp(self):
        self.add_url = f"/admin/pages/add/consultations/consultationpage/{self.home.pk}/"
        self.client.force_login(staff_ready(self.create_superuser("admin@example.org")))

    def _rough_draft(self, **overrides):
        point = {
            "picture": {"image": self.image.pk, "decorative": True, "alt_text": ""},
            "text": "We want to know what you think.",
        }
        data = {
            "title": "Have your say about day services",
            "slug": "day-services",
            "commissioner": self.commissioner.pk,
            "place": "Riverside",
            "goal_statement": "What does a good life look like?",
            "introduction": streamfield([("point", point)]),
            "words_to_avoid": inline_formset([]),
            "comments": inline_formset([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_a_new_consultation_saves_as_a_draft_without_dates_or_money(self):
        response = self.client.post(self.add_url, self._rough_draft())
        consultation = ConsultationPage.objects.get(slug="day-services")
        self.assertRedirects(response, f"/admin/pages/{consultation.pk}/edit/")
        self.assertIsNone(consultation.opens_on)
        self.assertIsNone(consultation.budget_now)
        self.assertFalse(consultation.live)
        # The edit page of a draft without dates still opens.
        self.assertEqual(self.client.get(response["Location"]).status_code, 200)

    def test_publishing_a_new_consultation_asks_for_dates_and_money(self):
        data = self._rough_draft(**{"action-publish": "action-publish"})
        response = self.client.post(self.add_url, data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ConsultationPage.objects.filter(slug="day-services").exists())
        self.assertContains(response, "This field is required.")


class PublishingRulesTests(WagtailPageTestCase):
    def setUp(self):
        self.consultation = make_consultation(live=False)
        self.client.force_login(_commissioner(self.consultation))

    def _publish(self):
        data = consultation_form_data(self.consultation, **{"action-publish": "action-publish"})
        url = f"/admin/pages/{self.consultation.pk}/edit/"
        return self.client.post(url, data, follow=True)

    def test_a_consultation_whose_areas_have_no_questions_is_not_published(self):
        response = self._publish()
        self.consultation.refresh_from_db()
        self.assertFalse(self.consultation.live)
        self.assertContains(response, "Add questions to every area before you publish.")

    def test_a_consultation_with_questions_in_every_area_is_published(self):
        ask_in_every_area(self.consultation)
        self._publish()
        self.consultation.refresh_from_db()
        self.assertTrue(self.consultation.live)

    def test_sentences_of_16_to_20_words_are_advice_and_need_no_reason_to_publish(self):
        ask_in_every_area(self.consultation)
        text = "We want to hear from everyone who uses the day centre in the town every day."
        self.consultation.introduction = [point(make_image("Intro"), text)]
        self.consultation.save()
        response = self._publish()
        self.consultation.refresh_from_db()
        self.assertTrue(self.consultation.live)
        edit = self.client.get(f"/admin/pages/{self.consultation.pk}/edit/")
        self.assertContains(edit, "Advice, does not stop publishing")
        self.assertNotContains(response, "still has findings")

    def test_the_refusal_names_the_menu_where_sign_offs_are_recorded(self):
        ask_in_every_area(self.consultation)
        EasyReadSignOff.objects.filter(consultation=self.consultation).delete()
        response = self._publish()
        self.assertContains(response, "record the sign-off in Easy-read sign-offs")
        self.assertNotContains(response, "under Snippets")


class EasyReadTabTests(WagtailPageTestCase):
    def test_the_easy_read_tab_of_a_live_signed_off_page_shows_the_sign_off(self):
        consultation = make_consultation(live=True, signed_off=True)
        self.client.force_login(_commissioner(consultation))
        area = AreaPage.objects.child_of(consultation).first()
        for page in (consultation, area):
            response = self.client.get(f"/admin/pages/{page.pk}/edit/")
            self.assertContains(response, "Signed off: Amina from Riverside Self Advocates")
            self.assertNotContains(response, "still need to check it before it goes live")

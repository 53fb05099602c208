from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from consultations.areas import AREA_KEYS
from consultations.models import AreaPage, ConsultationPage, HomePage
from organisations.models import Organisation

from .factories import make_consultation, make_image


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_and_holds_consultations(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(HomePage, {ConsultationPage})

    def test_consultations_live_under_the_home_page_and_hold_areas_and_what_was_decided(self):
        from decisions.models import YouSaidWeDidPage

        self.assertAllowedParentPageTypes(ConsultationPage, {HomePage})
        self.assertAllowedSubpageTypes(ConsultationPage, {AreaPage, YouSaidWeDidPage})
        self.assertAllowedParentPageTypes(YouSaidWeDidPage, {ConsultationPage})
        self.assertAllowedSubpageTypes(YouSaidWeDidPage, set())

    def test_areas_live_only_in_a_consultation_and_have_no_children(self):
        self.assertAllowedParentPageTypes(AreaPage, {ConsultationPage})
        self.assertAllowedSubpageTypes(AreaPage, set())


class ConsultationPagesTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.consultation = make_consultation()

    def test_consultation_has_exactly_its_five_areas_in_order(self):
        keys = list(
            AreaPage.objects.child_of(self.consultation)
            .order_by("path")
            .values_list("area_key", flat=True)
        )
        self.assertEqual(keys, list(AREA_KEYS))

    def test_consultation_landing_page_renders_with_dates_and_what_happens(self):
        self.assertPageIsRenderable(self.consultation)
        response = self.client.get(self.consultation.url)
        self.assertContains(response, "What happens to your answers")
        self.assertContains(response, "We will tell you what we decided by")
        self.assertContains(response, "Support in your own home")
        self.assertNotContains(response, "%")

    def test_every_area_page_renders(self):
        for area in AreaPage.objects.child_of(self.consultation):
            with self.subTest(area=area.area_key):
                self.assertPageIsRenderable(area)

    def test_home_page_lists_open_consultations(self):
        response = self.client.get("/")
        self.assertContains(response, self.consultation.title)
        self.assertContains(response, "Have your say now")

    def test_no_sixth_area_can_be_added(self):
        self.assertFalse(AreaPage.can_create_at(self.consultation))

    def test_a_second_page_for_the_same_area_is_refused(self):
        duplicate = AreaPage(title="Home again", slug="home-again", area_key="home")
        self.consultation.add_child(instance=duplicate)
        with self.assertRaisesMessage(Exception, "already has a page for this area"):
            duplicate.full_clean()


class AdminCreationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = HomePage.objects.get()
        cls.image = make_image("Home")
        cls.commissioner = Organisation.objects.create(
            name="Riverside Council", kind="commissioner"
        )

    def setUp(self):
        self.add_url = f"/admin/pages/add/consultations/consultationpage/{self.home.pk}/"
        self.user = self.login()
        from allauth.mfa.models import Authenticator

        Authenticator.objects.create(user=self.user, type=Authenticator.Type.TOTP, data={})

    def _form(self, **overrides):
        data = {
            "title": "Have your say about day services",
            "slug": "day-services",
            "commissioner": self.commissioner.pk,
            "place": "Riverside",
            "goal_statement": "What does a good life look like?",
            "introduction": streamfield(
                [
                    (
                        "point",
                        {
                            "picture": {"image": self.image.pk, "decorative": True, "alt_text": ""},
                            "text": "We want to know what you think.",
                        },
                    )
                ]
            ),
            "opens_on": "2027-01-04",
            "closes_on": "2027-03-01",
            "promise_date": "2027-06-01",
            "budget_now": "1000000",
            "budget_year_1": "1000000",
            "budget_year_2": "1000000",
            "budget_year_3": "1000000",
            "words_to_avoid": inline_formset([{"avoid": "GP", "use_instead": "doctor"}]),
            "comments": inline_formset([]),
        }
        data.update(overrides)
        return nested_form_data(data)

    def test_creating_a_consultation_in_the_admin_creates_its_five_areas(self):
        response = self.client.post(self.add_url, self._form())
        consultation = ConsultationPage.objects.get(slug="day-services")
        self.assertRedirects(response, f"/admin/pages/{consultation.pk}/edit/")
        areas = AreaPage.objects.child_of(consultation).order_by("path")
        self.assertEqual([a.area_key for a in areas], list(AREA_KEYS))
        self.assertEqual(consultation.word_list().avoid, {"GP": "doctor"})

    def test_a_point_without_a_picture_gets_a_message_next_to_the_field(self):
        data = self._form(
            introduction=streamfield(
                [
                    (
                        "point",
                        {
                            "picture": {"image": "", "decorative": False, "alt_text": ""},
                            "text": "No picture here.",
                        },
                    )
                ]
            ),
            **{"action-publish": "publish"},
        )
        response = self.client.post(self.add_url, data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(ConsultationPage.objects.filter(slug="day-services").exists())
        self.assertContains(response, "No picture here.")  # what they typed is kept
        self.assertContains(response, "This field is required")

    def test_a_closing_date_before_the_opening_date_is_explained(self):
        response = self.client.post(self.add_url, self._form(closes_on="2026-12-01"))
        self.assertContains(response, "The closing date must be after the opening date.")

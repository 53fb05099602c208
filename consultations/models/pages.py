import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
)
from wagtail.fields import StreamField
from wagtail.models import GroupPagePermission, Orderable, Page, PageManager, PageQuerySet

from accessibility.easy_read import WordList

from ..areas import AREA_CHOICES, AREAS_BY_KEY
from ..blocks import EasyReadStreamBlock
from ..content_version import fragment_cached
from ..forms import ConsultationPageForm
from ..panels import easy_read_tabs
from ..question_blocks import QuestionStreamBlock
from ..routing import is_preview, route_to_child

MONEY = {"max_digits": 14, "decimal_places": 0}
FINDINGS_REASON_HELP = _(
    "Only needed to publish while the easy-read checker still has findings. Say why they are fine."
)


class HomePage(Page):
    """The site root: says what Shared Say is and lists consultations."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("Easy read. Short sentences, one idea each, on separate lines."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["consultations.ConsultationPage"]
    max_count = 1

    def route(self, request, path_components):
        return route_to_child(self, ConsultationPage, request, path_components)

    def introduction_lines(self) -> list[str]:
        return [line.strip() for line in self.introduction.splitlines() if line.strip()]

    def introduction_points(self):
        from consultations.presenters import points_with_pictures

        return points_with_pictures(self.introduction_lines())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        consultations = (
            ConsultationPage.objects.child_of(self).live().public().order_by("closes_on")
        )
        today = timezone.localdate()
        context["open_consultations"] = [c for c in consultations if c.is_open(today)]
        context["upcoming_consultations"] = [c for c in consultations if c.opens_on > today]
        context["closed_consultations"] = [c for c in consultations if c.closes_on < today]
        return context


# Consultations always sit under the home page (parent_page_types), so at this tree depth.
CONSULTATION_DEPTH = 3
CONSULTATION_PATH_LENGTH = CONSULTATION_DEPTH * Page.steplen


# A rough draft can be saved without these; publishing, or sending for the easy-read check,
# needs every one of them.
PUBLISH_REQUIRED = (
    "opens_on",
    "closes_on",
    "promise_date",
    "budget_now",
    "budget_year_1",
    "budget_year_2",
    "budget_year_3",
)


class ConsultationPageQuerySet(PageQuerySet):
    def open_on(self, day: datetime.date):
        return self.filter(opens_on__lte=day, closes_on__gte=day)

    def visible_to(self, user):
        """The consultations a signed-in person may see and work on in staff screens (ADR 008).

        - members of the commissioning body that runs it;
        - people given it: a Wagtail page permission on the consultation or a page inside it.
          Permissions granted higher up (the default Editors and Moderators groups hold theirs
          on the root) say what someone may do, not where;
        - whoever created it;
        - a superuser sees every one.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        granted = GroupPagePermission.objects.filter(
            group__user=user, page__depth__gte=CONSULTATION_DEPTH
        ).values_list("page__path", flat=True)
        given = {path[:CONSULTATION_PATH_LENGTH] for path in granted}
        return self.filter(
            Q(commissioner__memberships__user=user) | Q(path__in=given) | Q(owner=user)
        ).distinct()


class ConsultationPage(Page):
    """A Total Transformation consultation: always exactly one AreaPage for each of the 5 areas."""

    commissioner = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        related_name="consultations",
        verbose_name=_("who is running it"),
    )
    place = models.CharField(_("place"), max_length=100, help_text=_("For example 'Riverside'."))
    introduction = StreamField(EasyReadStreamBlock(), verbose_name=_("introduction"))
    goal_statement = models.CharField(
        _("shared goal"), max_length=200, default="What does a good life look like?"
    )
    # Dates and money are null in the database but not blank: Wagtail defers such required
    # fields when a draft is saved and asks for them on publish or submit (issue 14). The
    # publish hook checks them again for publishing through the workflow (PUBLISH_REQUIRED).
    opens_on = models.DateField(_("opens on"), null=True)
    closes_on = models.DateField(_("closes on"), null=True)
    promise_date = models.DateField(
        _("we will tell people by"),
        null=True,
        help_text=_("The date by which people will hear what was decided."),
    )
    budget_now = models.DecimalField(_("money spent this year (£)"), null=True, **MONEY)
    budget_year_1 = models.DecimalField(_("expected next year (£)"), null=True, **MONEY)
    budget_year_2 = models.DecimalField(_("expected in 2 years (£)"), null=True, **MONEY)
    budget_year_3 = models.DecimalField(_("expected in 3 years (£)"), null=True, **MONEY)
    budget_is_example = models.BooleanField(
        _("these are example figures"),
        default=False,
        help_text=_("Tick for demo or training content, so every page says so."),
    )
    help_phone = models.CharField(_("help phone"), max_length=40, blank=True)
    help_email = models.EmailField(_("help email"), blank=True)
    help_other = models.CharField(
        _("other help"),
        max_length=200,
        blank=True,
        help_text=_("For example 'Riverside Advocacy can help you answer.'"),
    )
    preferred_words = models.TextField(
        _("preferred words"),
        blank=True,
        help_text=_("Words to keep using, one per line. The checker will not call them hard."),
    )
    easy_read_findings_reason = models.TextField(
        _("reason to publish with findings"), blank=True, help_text=FINDINGS_REASON_HELP
    )

    objects = PageManager.from_queryset(ConsultationPageQuerySet)()
    base_form_class = ConsultationPageForm

    content_panels = Page.content_panels + [
        # A plain list, limited by ConsultationPageForm to the bodies the person may see.
        FieldPanel("commissioner", widget=forms.Select),
        FieldPanel("place"),
        FieldPanel("goal_statement"),
        FieldPanel("introduction"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")], heading=_("Dates")),
        FieldPanel("promise_date"),
        MultiFieldPanel(
            [
                FieldPanel("budget_now"),
                FieldRowPanel(
                    [
                        FieldPanel("budget_year_1"),
                        FieldPanel("budget_year_2"),
                        FieldPanel("budget_year_3"),
                    ]
                ),
                FieldPanel("budget_is_example"),
            ],
            heading=_("Money for support"),
        ),
        MultiFieldPanel(
            [FieldPanel("help_phone"), FieldPanel("help_email"), FieldPanel("help_other")],
            heading=_("Help contacts"),
        ),
    ]
    words_panels = [
        FieldPanel("preferred_words"),
        InlinePanel("words_to_avoid", heading=_("Words to avoid"), label=_("Word to avoid")),
    ]
    edit_handler = easy_read_tabs(content_panels, ObjectList(words_panels, heading=_("Word list")))

    parent_page_types = ["consultations.HomePage"]
    # "You said, we did" (ADR 025) is added once the decisions are made: at most one.
    subpage_types = ["consultations.AreaPage", "decisions.YouSaidWeDidPage"]
    # Which easy-read sign-off lets this page go live (EasyReadSignOff.Covers).
    sign_off_covers = "consultation"

    class Meta:
        verbose_name = _("consultation")

    def clean_fields(self, exclude=None):
        # Before the fields are checked, so an empty promise date is filled, not refused.
        if self.closes_on and self.promise_date is None:
            from decisions.promise import default_promise_date  # R7: 12 weeks after closing

            self.promise_date = default_promise_date(self.closes_on)
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        errors = {}
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            errors["closes_on"] = _("The closing date must be after the opening date.")
        if self.closes_on and self.promise_date and self.promise_date < self.closes_on:
            errors["promise_date"] = _("People can only hear back after the consultation closes.")
        if errors:
            raise ValidationError(errors)

    def consultation(self) -> "ConsultationPage":
        return self

    def is_open(self, today: datetime.date | None = None) -> bool:
        if self.opens_on is None or self.closes_on is None:
            return False  # a draft without dates yet
        today = today or timezone.localdate()
        return self.opens_on <= today <= self.closes_on

    def has_closed(self, today: datetime.date | None = None) -> bool:
        if self.closes_on is None:
            return False
        return (today or timezone.localdate()) > self.closes_on

    def missing_for_publishing(self) -> list[str]:
        """Names of the fields a draft may leave empty but a live consultation needs."""
        return [name for name in PUBLISH_REQUIRED if getattr(self, name) is None]

    def area_pages(self):
        return AreaPage.objects.child_of(self).live().order_by("path")

    def word_list(self) -> WordList:
        preferred = [w.strip() for w in self.preferred_words.splitlines() if w.strip()]
        avoid = {w.avoid: w.use_instead for w in self.words_to_avoid.all()}
        return WordList(preferred=preferred, avoid=avoid)

    def is_signed_off(self) -> bool:
        return self.easy_read_sign_offs.filter(covers=self.sign_off_covers).exists()

    def permissions_for_user(self, user):
        from ..permissions import ScopedPagePermissionTester

        return ScopedPagePermissionTester(user, self)

    def route(self, request, path_components):
        return route_to_child(self, AreaPage, request, path_components)

    def draw_body(self) -> str:
        """The page's content. It depends only on published content and today's date."""
        from ..presenters import ConsultationPresenter

        context = {"page": self, "areas": self.area_pages(), "about": ConsultationPresenter(self)}
        return render_to_string("consultations/includes/consultation_body.html", context)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The help block in the footer uses the consultation's own phone and email.
        context["consultation"] = self
        if is_preview(request) or not self.pk:
            context["body"] = self.draw_body()
        else:
            # The dates are in the key as well as today, so a date changed without a save
            # (a data fix, a test) still shows.
            dates = (timezone.localdate(), self.opens_on, self.closes_on, self.promise_date)
            key = ("consultation", self.pk, *dates, self.last_published_at)
            context["body"] = fragment_cached(self.pk, key, self.draw_body)
        return context


class ConsultationWord(Orderable):
    page = ParentalKey(ConsultationPage, on_delete=models.CASCADE, related_name="words_to_avoid")
    avoid = models.CharField(_("word to avoid"), max_length=60, help_text=_("For example 'GP'."))
    use_instead = models.CharField(_("use instead"), max_length=60, help_text=_("'doctor'"))


class AreaPage(Page):
    """One of the 5 areas of support, with its easy reading, money facts, models and questions."""

    area_key = models.CharField(_("area"), max_length=20, choices=AREA_CHOICES)
    body = StreamField(EasyReadStreamBlock(), verbose_name=_("easy reading"))
    questions = StreamField(QuestionStreamBlock(), blank=True, verbose_name=_("questions"))
    easy_read_findings_reason = models.TextField(
        _("reason to publish with findings"), blank=True, help_text=FINDINGS_REASON_HELP
    )

    content_panels = Page.content_panels + [
        FieldPanel("area_key", read_only=True),
        FieldPanel("body"),
        InlinePanel(
            "support_models",
            heading=_("Models and money"),
            label=_("Model"),
            help_text=_("The models offered in this area, with money spent now and expected."),
        ),
    ]
    questions_panels = [FieldPanel("questions")]
    edit_handler = easy_read_tabs(
        content_panels, ObjectList(questions_panels, heading=_("Questions"))
    )

    parent_page_types = ["consultations.ConsultationPage"]
    subpage_types: list[str] = []
    max_count_per_parent = 5
    sign_off_covers = "consultation"

    class Meta:
        verbose_name = _("area")

    def clean(self):
        super().clean()
        if self.pk:
            self._keep_options_with_answers()
        parent = self.get_parent() if self.pk else None
        if parent is None or not self.area_key:
            return
        duplicate = AreaPage.objects.child_of(parent).filter(area_key=self.area_key)
        if duplicate.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"area_key": _("This consultation already has a page for this area.")}
            )

    def _keep_options_with_answers(self) -> None:
        from questions.editing import removed_options_with_answers

        saved = AreaPage.objects.filter(pk=self.pk).values_list("questions", flat=True).first()
        messages = removed_options_with_answers(saved_stream=saved, new_stream=self.questions)
        if messages:
            raise ValidationError({"questions": messages})

    @property
    def area(self):
        return AREAS_BY_KEY[self.area_key]

    def consultation(self) -> ConsultationPage:
        parent = getattr(self, "_cached_parent_obj", None)  # set when the page was routed to
        if isinstance(parent, ConsultationPage):
            return parent
        return ConsultationPage.objects.parent_of(self).get().specific

    def permissions_for_user(self, user):
        from ..permissions import ScopedPagePermissionTester

        return ScopedPagePermissionTester(user, self)

    def draw_parts(self, consultation: ConsultationPage) -> dict[str, str]:
        """The page's content and its way back. They depend only on published content and today."""
        from ..presenters import AreaMoneyPresenter

        context = {
            "page": self,
            "consultation": consultation,
            "money": AreaMoneyPresenter(self, consultation),
        }
        return {
            "body": render_to_string("consultations/includes/area_body.html", context),
            "consultation_url": consultation.url,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        consultation = self.consultation()
        context["consultation"] = consultation
        if is_preview(request) or not self.pk:
            parts = self.draw_parts(consultation)
        else:
            dates = (timezone.localdate(), consultation.opens_on, consultation.closes_on)
            key = ("area", self.pk, *dates, self.last_published_at)
            parts = fragment_cached(consultation.pk, key, lambda: self.draw_parts(consultation))
        context["body"] = parts["body"]
        context["consultation_url"] = parts["consultation_url"]
        return context


class AreaSupportModel(Orderable):
    page = ParentalKey(AreaPage, on_delete=models.CASCADE, related_name="support_models")
    support_model = models.ForeignKey(
        "consultations.SupportModel", on_delete=models.PROTECT, related_name="+"
    )
    spend_now = models.DecimalField(_("spent this year (£)"), **MONEY)
    spend_expected = models.DecimalField(_("expected in 3 years (£)"), **MONEY)

    panels = [
        FieldPanel("support_model"),
        FieldRowPanel([FieldPanel("spend_now"), FieldPanel("spend_expected")]),
    ]

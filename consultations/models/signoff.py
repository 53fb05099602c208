from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask

from .pages import ConsultationPage


class EasyReadSignOffQuerySet(models.QuerySet):
    def visible_to(self, user):
        """Sign-offs of the consultations the person may see (ADR 008)."""
        return self.filter(consultation__in=ConsultationPage.objects.visible_to(user))


class EasyReadSignOff(models.Model):
    """People with learning disabilities checked a consultation's easy read (PRODUCT.md rule 18).

    One sign-off covers either the consultation with its 5 areas, or, months later, its "you said,
    we did" page (ADR 025): a check of the questions says nothing about the decisions.
    """

    class Covers(models.TextChoices):
        CONSULTATION = "consultation", _("The consultation and its 5 areas")
        YOU_SAID_WE_DID = "you_said_we_did", _("The “you said, we did” page")

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.CASCADE,
        related_name="easy_read_sign_offs",
        verbose_name=_("consultation"),
    )
    covers = models.CharField(
        _("what they checked"),
        max_length=20,
        choices=Covers.choices,
        default=Covers.CONSULTATION,
    )
    checked_by = models.CharField(
        _("who checked it"),
        max_length=300,
        help_text=_("Names or initials of the people with learning disabilities who checked it."),
    )
    checkers_organisation = models.CharField(
        _("their organisation"), max_length=200, help_text=_("For example a self-advocacy group.")
    )
    checked_on = models.DateField(_("date checked"), default=timezone.localdate)
    notes = models.TextField(_("notes"), blank=True, help_text=_("What they changed or asked for."))
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    recorded_at = models.DateTimeField(auto_now_add=True)

    objects = EasyReadSignOffQuerySet.as_manager()

    panels = [
        FieldPanel("consultation"),
        FieldPanel("covers"),
        FieldPanel("checked_by"),
        FieldPanel("checkers_organisation"),
        FieldPanel("checked_on"),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["-checked_on", "-recorded_at"]
        verbose_name = _("easy-read sign-off")

    def __str__(self) -> str:
        return f"{self.consultation.title}: checked by {self.checked_by} on {self.checked_on}"


class EasyReadCheckTask(AbstractGroupApprovalTask):
    """A workflow step: the chosen groups record the easy-read sign-off, which approves the page."""

    def _may_moderate(self, obj, user) -> bool:
        """In the chosen groups, and the page is in a consultation they may see (ADR 008)."""
        # Imported here: permissions imports these models, so a module-level import is circular.
        from ..permissions import page_in_scope

        return user.is_superuser or (self._user_in_groups(user) and page_in_scope(user, obj))

    def user_can_access_editor(self, obj, user):
        return self._may_moderate(obj, user)

    def locked_for_user(self, obj, user):
        return not self._may_moderate(obj, user)

    def user_can_lock(self, obj, user):
        return self._may_moderate(obj, user)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        from ..permissions import page_ids_in_scope

        states = super().get_task_states_user_can_moderate(user, **kwargs)
        if user.is_superuser:
            return states
        return states.filter(workflow_state__object_id__in=page_ids_in_scope(user))

    def get_actions(self, obj, user):
        if self._may_moderate(obj, user):
            return [
                ("reject", _("Request changes"), True),
                ("approve", _("Record easy-read sign-off"), True),
            ]
        return []

    def get_form_for_action(self, action):
        from wagtail.forms import TaskStateCommentForm

        # Imported here: forms import models, so a module-level import would be circular.
        from ..forms import SignOffForm

        return SignOffForm if action == "approve" else TaskStateCommentForm

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            from ..services import signoff_record

            page = task_state.workflow_state.content_object.specific
            signoff_record(
                consultation=page.consultation(),
                covers=page.sign_off_covers,
                checked_by=kwargs.pop("checked_by"),
                checkers_organisation=kwargs.pop("checkers_organisation"),
                checked_on=kwargs.pop("checked_on"),
                notes=kwargs.pop("notes", ""),
                user=user,
            )
        return super().on_action(task_state, user, action_name, **kwargs)

    @classmethod
    def get_description(cls):
        return _("People with learning disabilities check the easy read; the group records it.")

    class Meta:
        verbose_name = _("easy-read check")
        verbose_name_plural = _("easy-read checks")

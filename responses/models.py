"""A participant's response: no account, a resume code, answers saved one question at a time.

Contact details live in their own table, apart from the answers (PRODUCT.md section 9), so they
can be removed on their own once people have been told what was decided.
"""

from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

RESUME_CODE_SALT = "shared-say.responses.resume-code"


def resume_code_hashes(normal_code: str) -> list[str]:
    """The stored form of a code under the current secret key and any fallback keys.

    A keyed hash, not a plain one: 41 bits is too few to survive an offline search of a copied
    database, but without the secret key there is nothing to search with.
    """
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [
        salted_hmac(RESUME_CODE_SALT, normal_code, secret=secret, algorithm="sha256").hexdigest()
        for secret in secrets
    ]


class Channel(models.TextChoices):
    ONLINE_SELF = "online_self", _("Online, by the person")
    ONLINE_SUPPORTED = "online_supported", _("Online, with a supporter")
    STAFF_PAPER = "staff_paper", _("Entered by staff from a paper form")
    STAFF_INTERVIEW = "staff_interview", _("Entered by staff from an interview")
    GROUP_SESSION = "group_session", _("Entered by staff from a group session")

    @property
    def is_online(self) -> bool:
        """Answered online by the person, alone or with a supporter, with a resume code."""
        return self in {Channel.ONLINE_SELF, Channel.ONLINE_SUPPORTED}

    @property
    def entry_name(self) -> str:
        """What staff type answers in from, as a name in a sentence. Empty for online answers."""
        return str(ENTRY_NAMES.get(self, ""))


ONLINE_CHANNELS = [Channel.ONLINE_SELF, Channel.ONLINE_SUPPORTED]
ENTRY_NAMES = {
    Channel.STAFF_PAPER: _("paper form"),
    Channel.STAFF_INTERVIEW: _("interview"),
    Channel.GROUP_SESSION: _("group session"),
}


class Describes(models.TextChoices):
    USES_SUPPORT = "uses_support", _("I use support")
    FAMILY_CARER = "family_carer", _("I am a family carer")
    WORKS_IN_CARE = "works_in_care", _("I work in care")
    VCSE_GROUP = "vcse_group", _("I am part of a community group or charity")
    OTHER = "other", _("Something else")


class Supporter(models.TextChoices):
    FAMILY = "family", _("A family member")
    FRIEND = "friend", _("A friend")
    SUPPORT_WORKER = "support_worker", _("A support worker")
    ADVOCATE = "advocate", _("An advocate")
    OTHER = "other", _("Someone else")


class CommunicationNeed(models.TextChoices):
    """The Accessible Information Standard's usual needs, in plain words."""

    EASY_READ = "easy_read", _("Easy read")
    LARGE_PRINT = "large_print", _("Large print")
    AUDIO = "audio", _("Audio, so I can listen")
    BRITISH_SIGN_LANGUAGE = "british_sign_language", _("British Sign Language")
    SUPPORTER = "supporter", _("A person to support me")
    OTHER = "other", _("Something else")


class HearBack(models.TextChoices):
    EMAIL = "email", _("Yes, by email")
    TEXT = "text", _("Yes, by text message")
    POST = "post", _("Yes, by a letter in the post")
    ORGANISATION = "organisation", _("Yes, through my group or organisation")
    NO = "no", _("No, thank you")


class ResponseQuerySet(models.QuerySet):
    def sent(self):
        return self.filter(status=Response.Status.SENT)

    def drafts(self):
        return self.filter(status=Response.Status.DRAFT)

    def with_code(self, normal_code: str):
        return self.filter(resume_code_hash__in=resume_code_hashes(normal_code))

    def visible_to(self, user):
        """The responses a signed-in person may read (ADR 008).

        Answers are special category data, so only members of the commissioning body that runs
        the consultation read them, and a superuser. A VCSE member reads the entries their own
        organisation typed in (paper forms, interviews, group sessions), never anyone else's.
        Editors given a consultation write its content; they do not read its answers.
        """
        if not user.is_active:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(
            models.Q(consultation__commissioner__memberships__user=user)
            | models.Q(organisation__memberships__user=user)
        ).distinct()


class Response(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Not sent")
        SENT = "sent", _("Sent")

    consultation = models.ForeignKey(
        "consultations.ConsultationPage",
        on_delete=models.PROTECT,
        related_name="responses",
        verbose_name=_("consultation"),
    )
    # Only online responses have a resume code. Staff-entered ones may have a start token, from
    # the form that started them (ADR 017).
    resume_code_hash = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    # Makes starting idempotent: a double click on "Continue" finds the response it just made.
    start_token = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    channel = models.CharField(
        _("how they answered"),
        max_length=20,
        choices=Channel.choices,
        default=Channel.ONLINE_SELF,
    )
    # Who typed in a paper form, an interview or a group session, and when.
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("entered by"),
    )
    entered_at = models.DateTimeField(_("entered at"), null=True, blank=True)
    paper_form_number = models.CharField(
        _("paper form number"),
        max_length=40,
        blank=True,
        help_text=_(
            "The number on the paper form. We use it so nobody types in the same form twice."
        ),
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="responses",
        verbose_name=_("organisation"),
    )
    consent_given_at = models.DateTimeField(_("agreed to take part at"))
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed at"), auto_now=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    # About you: every one is optional, so blank means "not answered".
    about_you_done = models.JSONField(default=list, blank=True, editable=False)
    describes = models.JSONField(_("which describes them"), default=list, blank=True)
    describes_other = models.CharField(_("in their own words"), max_length=200, blank=True)
    is_supported = models.BooleanField(_("someone helped them answer"), null=True, blank=True)
    supporter = models.CharField(
        _("who helped them"), max_length=20, choices=Supporter.choices, blank=True
    )
    views_confirmed_at = models.DateTimeField(
        _("confirmed these are their views at"), null=True, blank=True
    )
    communication_needs = models.JSONField(_("communication needs"), default=list, blank=True)
    communication_needs_other = models.CharField(
        _("other communication needs"), max_length=200, blank=True
    )
    hear_back = models.CharField(
        _("wants to hear back"), max_length=20, choices=HearBack.choices, blank=True
    )

    objects = ResponseQuerySet.as_manager()

    class Meta:
        verbose_name = _("response")
        indexes = [models.Index(fields=["consultation", "status"])]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "paper_form_number"],
                condition=~models.Q(paper_form_number=""),
                name="one_response_per_paper_form",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(channel__in=ONLINE_CHANNELS, resume_code_hash__isnull=False)
                    | (~models.Q(channel__in=ONLINE_CHANNELS) & models.Q(resume_code_hash=None))
                ),
                name="only_online_responses_have_a_resume_code",
            ),
        ]

    def __str__(self) -> str:
        return f"Response {self.pk} ({self.get_status_display()})"

    @property
    def is_sent(self) -> bool:
        return self.status == self.Status.SENT

    @property
    def is_staff_entered(self) -> bool:
        return not Channel(self.channel).is_online

    @property
    def wants_contact(self) -> bool:
        return self.hear_back in {
            HearBack.EMAIL,
            HearBack.TEXT,
            HearBack.POST,
            HearBack.ORGANISATION,
        }


class ContactDetails(models.Model):
    """How to tell someone what was decided. Kept apart from the answers, and removed first."""

    response = models.OneToOneField(
        Response, on_delete=models.CASCADE, related_name="contact_details"
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("mobile phone"), max_length=40, blank=True)
    postal_address = models.TextField(_("address"), max_length=500, blank=True)
    organisation = models.CharField(_("group or organisation"), max_length=200, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("contact details")
        verbose_name_plural = _("contact details")

    def __str__(self) -> str:
        return f"Contact details for response {self.response_id}"


class Answer(models.Model):
    """One answer to one question. The question is known by its StreamField block id, which
    survives editors reordering or rewording questions."""

    response = models.ForeignKey(Response, on_delete=models.CASCADE, related_name="answers")
    question_id = models.CharField(_("question"), max_length=64)
    area_key = models.CharField(_("area"), max_length=20)
    question_type = models.CharField(_("question type"), max_length=20)
    value = models.JSONField(_("answer"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("answer")
        constraints = [
            models.UniqueConstraint(
                fields=["response", "question_id"], name="one_answer_per_question"
            )
        ]

    def __str__(self) -> str:
        return f"Answer to {self.question_id} in response {self.response_id}"


class Deletion(models.Model):
    """A record that a participant deleted their answers. It holds no personal data: only
    when, for which consultation, and how much went."""

    consultation = models.ForeignKey(
        "consultations.ConsultationPage", on_delete=models.CASCADE, related_name="+"
    )
    deleted_at = models.DateTimeField(auto_now_add=True)
    was_sent = models.BooleanField()
    answer_count = models.PositiveIntegerField()
    had_contact_details = models.BooleanField()

    class Meta:
        verbose_name = _("deleted response")


class CodeGuesses(models.Model):
    """Resume-code guesses from one client in the current window (responses/guesses.py).

    A row, not a cache entry, so that counting is one UPDATE ... SET failures = failures + 1:
    read-then-write in the cache let guesses sent at the same moment all slip under the limit.
    """

    client = models.CharField(max_length=64, unique=True)
    failures = models.PositiveIntegerField(default=0)
    # Seconds since the epoch, as time.time() gives, so tests can move the clock.
    window_ends = models.FloatField(db_index=True)

    class Meta:
        verbose_name = _("resume code guesses")
        verbose_name_plural = _("resume code guesses")

    def __str__(self) -> str:
        return f"{self.failures} guesses"

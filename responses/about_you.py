"""The About you steps: one declaration per step, owning its heading, the easy-read points above
its form, the form, what it saves on the response, and how its answer reads on "check your answers".

The order of the steps, and that contact details are only asked of people who want to hear back,
is the journey's (journey.py). Saving goes through `about_you_save`, which keeps the locking rules.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .forms import ContactForm, HearBackForm, HelperForm, HelpForm, NeedsForm, WhoForm
from .journey import ABOUT_YOU_STEPS
from .models import (
    Channel,
    CommunicationNeed,
    ContactDetails,
    Describes,
    HearBack,
    Response,
    Supporter,
)

CONTACT_FIELDS = ("name", "email", "phone", "postal_address", "organisation")


@dataclass(frozen=True)
class Point:
    icon: str  # a file in site/static/images/icons/
    text: str


def _labels(choices, keys) -> list[str]:
    names = dict(choices)
    return [str(names[key]) for key in keys if key in names]


class AboutYouStep:
    slug: str
    heading: str
    points: tuple[Point, ...] = ()
    form_class: type

    def initial(self, response: Response) -> dict:
        return {name: getattr(response, name) for name in self.form_class.base_fields}

    def form(self, response: Response, data=None):
        return self.form_class(data, initial=self.initial(response))

    def save(self, response: Response, values: dict) -> None:
        """Put the cleaned form's values on the response (saved by the caller)."""
        for name, value in values.items():
            setattr(response, name, value)

    def lines(self, response: Response, contact: ContactDetails | None) -> list[str]:
        raise NotImplementedError

    def follow_on(self, response: Response) -> str | None:
        """A step that must come next even when changing this one from "check your answers"."""
        return None


class Who(AboutYouStep):
    slug = "who"
    heading = gettext_lazy("Which of these describes you?")
    points = (Point("speech.svg", gettext_lazy("This helps us know who we have heard from.")),)
    form_class = WhoForm

    def lines(self, response, contact):
        other = [response.describes_other] if response.describes_other else []
        return _labels(Describes.choices, response.describes) + other


class Help(AboutYouStep):
    slug = "help"
    heading = gettext_lazy("Is someone helping you answer?")
    points = (
        Point("helper.svg", gettext_lazy("A family member, friend or worker can help you answer.")),
        Point(
            "questions.svg",
            gettext_lazy("At the end we will ask you if these are your own views."),
        ),
    )
    form_class = HelpForm

    def initial(self, response):
        initial = super().initial(response)
        initial["is_supported"] = {True: "yes", False: "no"}.get(response.is_supported, "")
        return initial

    def save(self, response, values):
        response.is_supported = {"yes": True, "no": False}.get(values["is_supported"])
        if not response.is_supported:
            # A helper only counts when someone says they are helped.
            response.supporter = ""
        # Only an online response changes between answering alone and with a supporter; one
        # typed in by staff keeps its channel.
        if Channel(response.channel).is_online:
            response.channel = (
                Channel.ONLINE_SUPPORTED if response.is_supported else Channel.ONLINE_SELF
            )

    def lines(self, response, contact):
        return {True: [_("Yes")], False: [_("No")], None: []}[response.is_supported]

    def follow_on(self, response):
        # Someone who now says they are helped is asked who helps them, on its own page.
        return Helper.slug if response.is_supported else None


class Helper(AboutYouStep):
    slug = "helper"
    heading = gettext_lazy("Who is helping you?")
    points = (Point("helper.svg", gettext_lazy("Tell us who is helping you answer.")),)
    form_class = HelperForm

    def lines(self, response, contact):
        if response.is_supported and response.supporter:
            return [str(Supporter(response.supporter).label)]
        return []


class Needs(AboutYouStep):
    slug = "needs"
    heading = gettext_lazy("What helps you read and understand things?")
    points = (
        Point(
            "read.svg",
            gettext_lazy("Tell us what helps you. Then we can send you things in the right way."),
        ),
    )
    form_class = NeedsForm

    def lines(self, response, contact):
        other = [response.communication_needs_other] if response.communication_needs_other else []
        return _labels(CommunicationNeed.choices, response.communication_needs) + other


class HearBackStep(AboutYouStep):
    slug = "hear-back"
    heading = gettext_lazy("Do you want us to tell you what we decided?")
    points = (
        Point("website.svg", gettext_lazy("We will tell everyone what we decided on our website.")),
        Point("choose.svg", gettext_lazy("We can also tell you in the way you choose.")),
    )
    form_class = HearBackForm

    def save(self, response, values):
        super().save(response, values)
        if not response.wants_contact:
            # Someone who no longer wants to hear back should not leave details behind.
            ContactDetails.objects.filter(response=response).delete()

    def lines(self, response, contact):
        return [str(HearBack(response.hear_back).label)] if response.hear_back else []

    def follow_on(self, response):
        # Someone who now wants to hear back by email, text or post needs to give the details.
        return Contact.slug if response.wants_contact else None


class Contact(AboutYouStep):
    slug = "contact"
    heading = gettext_lazy("How can we contact you?")
    points = (
        Point("letter.svg", gettext_lazy("We only use these to tell you what we decided.")),
        Point("apart.svg", gettext_lazy("We keep them apart from your answers.")),
    )
    form_class = ContactForm

    def form(self, response, data=None):
        details = ContactDetails.objects.filter(response=response).first()
        initial = {name: getattr(details, name) for name in CONTACT_FIELDS} if details else {}
        return ContactForm(data, hear_back=response.hear_back, initial=initial)

    def save(self, response, values):
        details = {name: values.get(name, "") for name in CONTACT_FIELDS}
        ContactDetails.objects.update_or_create(response=response, defaults=details)

    def lines(self, response, contact):
        if not (contact and response.wants_contact):
            return []
        return [line for line in (getattr(contact, name) for name in CONTACT_FIELDS) if line]


STEPS: dict[str, AboutYouStep] = {
    step.slug: step for step in (Who(), Help(), Helper(), Needs(), HearBackStep(), Contact())
}
if set(STEPS) != set(ABOUT_YOU_STEPS):
    # Every step the journey can show needs a declaration here, and no more.
    raise ImproperlyConfigured("The About you steps and the journey's steps disagree.")


def about_you_step(slug: str) -> AboutYouStep:
    return STEPS[slug]

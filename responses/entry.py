"""Typing in paper forms and interviews: who may, for which consultations, and the batch.

Staff type answers in through the same pages a participant uses (ADR 017). A batch is the run of
answers one person types in for one organisation and consultation since they started it. The
session keeps only when it started: what was typed in is read from the responses themselves
(`entered_by`, `entered_at`), so the running count cannot drift from what was saved.
"""

import datetime
from dataclasses import dataclass
from functools import cached_property

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from consultations.models import ConsultationPage
from organisations.models import Organisation

from .models import Channel, Response

SESSION_KEY = "typing_in_batches"
# Every page staff type in on names its response, so a page from another tab is never saved.
ENTRY_FIELD = "typing_in"
# What staff choose between when they start. Group sessions have their own tally screens.
ENTRY_CHOICES = [
    (Channel.STAFF_PAPER.value, gettext_lazy("A paper form")),
    (Channel.STAFF_INTERVIEW.value, gettext_lazy("An interview")),
]
ENTRY_CHANNELS = [value for value, _label in ENTRY_CHOICES]


def entry_organisations(user):
    """The organisations a person may type in answers for (administrators: every one).

    Their own commissioning bodies, and their own community groups once verified: PRODUCT.md lets
    only verified groups respond.
    """
    if not user.is_active:
        return Organisation.objects.none()
    organisations = Organisation.objects.all()
    if not user.is_superuser:
        mine = Organisation.objects.member_of(user).values("pk")
        organisations = organisations.filter(pk__in=mine)
    return organisations.filter(
        Q(kind=Organisation.Kind.COMMISSIONER) | Q(kind=Organisation.Kind.VCSE, verified=True)
    )


def entry_consultations(organisation: Organisation):
    """The live consultations an organisation may type in answers for, open or not.

    A commissioning body its own; a community group any, as groups reach people for every body.
    """
    consultations = ConsultationPage.objects.live().public()
    if organisation.kind == Organisation.Kind.COMMISSIONER:
        return consultations.filter(commissioner=organisation)
    return consultations


def may_carry_on(user, response: Response) -> bool:
    """Whether this person may go on typing in this response on the answering pages.

    Those pages are outside /organisations/, where the two-factor middleware looks, so the same
    rule is asked here: signed in with two-factor, a member of the organisation that typed it in,
    and able to see the response (ADR 008).
    """
    if not user.is_authenticated or not is_mfa_enabled(user):
        return False
    return (
        Response.objects.visible_to(user)
        .filter(pk=response.pk, organisation__in=entry_organisations(user))
        .exists()
    )


def response_name(response: Response) -> str:
    """'paper form 17', 'interview 4', or 'interview with no reference'."""
    what = Channel(response.channel).entry_name
    if response.paper_form_number:
        return f"{what} {response.paper_form_number}"
    return _("%(what)s with no reference") % {"what": what}


@dataclass
class Batch:
    organisation: Organisation
    consultation: ConsultationPage
    user: object
    started_at: datetime.datetime

    @property
    def url(self) -> str:
        return reverse("responses:entry_batch", args=[self.organisation.pk, self.consultation.pk])

    def responses(self):
        """What this person typed in for this organisation and consultation since it started."""
        return (
            Response.objects.visible_to(self.user)
            .filter(
                consultation=self.consultation,
                organisation=self.organisation,
                entered_by=self.user,
                entered_at__gte=self.started_at,
            )
            .order_by("entered_at", "pk")
        )

    def unsent_earlier(self):
        """The organisation's forms for this consultation started before this batch and not
        sent, by anyone in it: so a form left half done yesterday can be finished today."""
        return (
            Response.objects.visible_to(self.user)
            .drafts()
            .filter(
                consultation=self.consultation,
                organisation=self.organisation,
                channel__in=ENTRY_CHANNELS,
            )
            .exclude(pk__in=self.responses().values("pk"))
            .order_by("entered_at", "pk")
        )

    @cached_property
    def sent_count(self) -> int:
        return self.responses().sent().count()

    @property
    def count_text(self) -> str:
        count = self.sent_count
        return ngettext(
            "%(count)d form typed in this batch", "%(count)d forms typed in this batch", count
        ) % {"count": count}


def _key(organisation: Organisation, consultation: ConsultationPage) -> str:
    return f"{organisation.pk}:{consultation.pk}"


def batch_get(request: HttpRequest, organisation, consultation) -> Batch:
    """The batch this browser is typing in, started now if there is none yet."""
    started = request.session.get(SESSION_KEY, {}).get(_key(organisation, consultation))
    if started is None:
        return batch_start(request, organisation, consultation)
    return Batch(organisation, consultation, request.user, datetime.datetime.fromisoformat(started))


def batch_start(request: HttpRequest, organisation, consultation) -> Batch:
    """Start counting again from now. Nothing typed in before is changed."""
    now = timezone.now()
    batches = dict(request.session.get(SESSION_KEY, {}))
    batches[_key(organisation, consultation)] = now.isoformat()
    request.session[SESSION_KEY] = batches
    return Batch(organisation, consultation, request.user, now)


@dataclass
class Entry:
    """A response staff are typing in, and its batch: what the banner on every page says."""

    response: Response
    batch: Batch

    @property
    def title(self) -> str:
        return _("Typing in %(name)s for %(organisation)s") % {
            "name": response_name(self.response),
            "organisation": self.batch.organisation.name,
        }

    def elsewhere(self, request: HttpRequest, *, posted_for: str | None) -> HttpResponse | None:
        """The batch page instead of the page asked for, with why; or None to carry on.

        A page sent from another tab, opened for another form, would put one person's answers
        on another's form, so each page names its form and a page for another is not saved.
        A sent form never changes, and after closing the batch page says it has closed.
        """
        response = self.response
        name = response_name(response)
        if request.method == "POST" and posted_for != str(response.pk):
            text = _("We did not save that page: it was for another form. Now typing in %(name)s.")
            messages.error(request, text % {"name": name})
            return redirect(self.batch.url)
        if response.is_sent:
            messages.info(request, sent_text(response))
            return redirect(self.batch.url)
        if response.consultation.has_closed(timezone.localdate()):
            return redirect(self.batch.url)
        return None


def sent_text(response: Response) -> str:
    return _("%(name)s has been sent. It cannot change now.") % {
        "name": capfirst(response_name(response))
    }


def entry_load(request: HttpRequest, response: Response) -> Entry:
    organisation = Organisation.objects.get(pk=response.organisation_id)
    return Entry(response, batch_get(request, organisation, response.consultation))

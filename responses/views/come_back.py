"""Coming back with a resume code, and deleting answers."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from ..codes import resume_code_normalise, resume_code_problem
from ..forms import ResumeCodeForm
from ..guesses import client_key
from ..presenters import code_problem_text, try_again_text
from ..services import TooManyGuesses, response_delete, resume_code_check, resume_code_email
from .common import (
    answering_load,
    binding_forget,
    binding_get,
    binding_set,
    bound_response,
    consultation_get,
)

# The pages that offer to email the code, to go back to afterwards. A fixed list, as NEXT_PAGES.
EMAIL_CODE_FROM = {"save": "responses:save_for_later", "sent": "responses:sent"}
# Enough for a mistyped or lost email; few enough that the button cannot flood someone's inbox.
MAX_CODE_EMAILS = 3

# Where a code can take someone. A fixed list, so "next" is never an address from outside.
NEXT_PAGES = {"delete": "responses:delete", "decided": "decisions:yours"}


def resume(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    next_page = request.POST.get("next") or request.GET.get("next") or ""
    next_page = next_page if next_page in NEXT_PAGES else ""

    if request.method == "POST":
        form = ResumeCodeForm(request.POST)
        if form.is_valid():
            normal = resume_code_normalise(form.cleaned_data["code"])
            problem = resume_code_problem(normal)
            if problem is not None:
                form.add_error("code", code_problem_text(problem))
            else:
                try:
                    response = resume_code_check(
                        consultation=consultation, code=normal, client=client_key(request)
                    )
                except TooManyGuesses as error:
                    form.add_error("code", try_again_text(error.limit))
                else:
                    if response is None:
                        form.add_error(
                            "code",
                            _(
                                "We cannot find answers with this code. "
                                "Check the code and try again. You can ask someone to help you."
                            ),
                        )
                    else:
                        binding_set(request, consultation_pk, response=response.pk, code=normal)
                        if next_page:
                            return redirect(NEXT_PAGES[next_page], consultation_pk)
                        return _carry_on(request, consultation_pk)
    else:
        form = ResumeCodeForm()
    return render(
        request,
        "responses/come_back.html",
        {"consultation": consultation, "form": form, "next_page": next_page},
    )


def _carry_on(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    from decisions.pages import you_said_we_did_live

    response = bound_response(request, consultation_pk)
    if response is not None and you_said_we_did_live(response.consultation):
        # Once "you said, we did" is out, coming back shows what was decided beside the answers.
        return redirect("decisions:yours", consultation_pk)
    answering = answering_load(request, consultation_pk)
    if isinstance(answering, HttpResponse):
        return answering  # sent or closed: those pages say what they can do now
    messages.success(request, _("Welcome back. We have saved your answers."))
    return redirect(answering.resume_url())


# never_cache: a page with someone's code or answers must not stay in a shared computer's cache.
@never_cache
def delete(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    response = bound_response(request, consultation_pk)
    if response is not None and response.is_staff_entered:
        # Deleting is for participants, with their code. Staff deleting a typed-in form would
        # leave no record of who did it.
        return redirect("responses:check", consultation_pk)
    if response is None:
        return redirect(reverse("responses:resume", args=[consultation_pk]) + "?next=delete")
    if request.method == "POST":
        try:
            response_delete(response=response)
        except type(response).DoesNotExist:
            pass  # deleted a moment ago, perhaps in another tab: the outcome is the same
        binding_forget(request, consultation_pk)
        return redirect("responses:deleted", consultation_pk)
    back = "responses:sent" if response.is_sent else "responses:save_for_later"
    if not response.is_sent and consultation.has_closed(timezone.localdate()):
        back = "responses:closed"
    return render(
        request,
        "responses/delete.html",
        {
            "consultation": consultation,
            "back_url": reverse(back, args=[consultation_pk]),
        },
    )


def deleted(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    consultation = consultation_get(consultation_pk)
    return render(request, "responses/deleted.html", {"consultation": consultation})


@require_POST
def email_code(request: HttpRequest, consultation_pk: int) -> HttpResponse:
    """Send someone their code, to the email address they gave to hear back (and no other)."""
    consultation_get(consultation_pk)
    response = bound_response(request, consultation_pk)
    if response is None:
        return redirect("responses:start", consultation_pk)
    from_page = request.POST.get("from", "")
    back_page = EMAIL_CODE_FROM.get(from_page, "responses:save_for_later")
    back = reverse(back_page, args=[consultation_pk])
    if from_page == "save" and request.POST.get("back"):
        back += "?" + urlencode({"back": request.POST["back"]})  # the page checks it again
    binding = binding_get(request, consultation_pk)
    emailed = binding.get("code_emails", 0)
    if emailed >= MAX_CODE_EMAILS:
        messages.info(request, _("We have sent your code already. Look in your email."))
        return redirect(back)
    link = request.build_absolute_uri(reverse("responses:resume", args=[consultation_pk]))
    to = resume_code_email(response=response, code=binding.get("code", ""), link=link)
    if to:
        binding_set(request, consultation_pk, code_emails=emailed + 1)
        messages.success(request, _("We sent your code to %(email)s.") % {"email": to})
    return redirect(back)

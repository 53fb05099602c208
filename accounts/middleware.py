from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"
# Organisation members' pages (ADR 014): they will show people's answers, so the same rule holds
# for everyone signed in there, not only for those who can reach the admin.
MEMBER_PREFIX = "/organisations/"
# Commissioners' results screens (ADR 019) are made from people's answers: the same rule. Public
# results live elsewhere, so nobody is asked to sign in to read them.
RESULTS_PREFIX = "/results/"
SIGNED_IN_PREFIXES = (MEMBER_PREFIX, RESULTS_PREFIX)


def _needs_mfa(request: HttpRequest) -> bool:
    # The path first: reading request.user opens the session (and adds "Vary: Cookie"), which
    # public pages such as /healthz must not pay for.
    if not request.path.startswith((*SIGNED_IN_PREFIXES, ADMIN_PREFIX)):
        return False
    user = request.user
    if not user.is_authenticated or is_mfa_enabled(user):
        return False
    if request.path.startswith(SIGNED_IN_PREFIXES):
        return True
    return user.has_perm("wagtailadmin.access_admin")


def require_mfa_for_admin(get_response: Callable[[HttpRequest], HttpResponse]):
    """Staff who can reach the Wagtail admin, and organisation members, set up two-factor first.

    Participants' answers are special category data, so a stolen password alone must not open them.
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        if _needs_mfa(request):
            if request.path.startswith(MEMBER_PREFIX):
                text = _("Set up an authenticator app before you open your organisation's pages.")
            elif request.path.startswith(RESULTS_PREFIX):
                text = _("Set up an authenticator app before you open results.")
            else:
                text = _("Set up an authenticator app before you use the editing tools.")
            messages.info(request, text)
            return redirect("mfa_activate_totp")
        return get_response(request)

    return middleware

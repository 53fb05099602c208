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


def _needs_mfa(request: HttpRequest) -> bool:
    user = request.user
    if not user.is_authenticated or is_mfa_enabled(user):
        return False
    if request.path.startswith(MEMBER_PREFIX):
        return True
    return request.path.startswith(ADMIN_PREFIX) and user.has_perm("wagtailadmin.access_admin")


def require_mfa_for_admin(get_response: Callable[[HttpRequest], HttpResponse]):
    """Staff who can reach the Wagtail admin, and organisation members, set up two-factor first.

    Participants' answers are special category data, so a stolen password alone must not open them.
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        if _needs_mfa(request):
            if request.path.startswith(MEMBER_PREFIX):
                text = _("Set up an authenticator app before you open your organisation's pages.")
            else:
                text = _("Set up an authenticator app before you use the editing tools.")
            messages.info(request, text)
            return redirect("mfa_activate_totp")
        return get_response(request)

    return middleware

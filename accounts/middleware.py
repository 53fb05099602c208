from collections.abc import Callable

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

ADMIN_PREFIX = "/admin/"


def require_mfa_for_admin(get_response: Callable[[HttpRequest], HttpResponse]):
    """Staff who can reach the Wagtail admin must set up two-factor sign-in first.

    Participants' answers are special category data, so a stolen password alone must not open them.
    """

    def middleware(request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            request.path.startswith(ADMIN_PREFIX)
            and user.is_authenticated
            and user.has_perm("wagtailadmin.access_admin")
            and not is_mfa_enabled(user)
        ):
            messages.info(
                request,
                _("Set up an authenticator app before you use the editing tools."),
            )
            return redirect("mfa_activate_totp")
        return get_response(request)

    return middleware

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Staff and VCSE accounts are invited; open sign-up is a deliberate switch.
        return settings.ACCOUNT_ALLOW_SIGNUPS

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        # Organisation members have no admin: their work starts on their organisation's page
        # (ADR 014), not on a screen with no way on.
        user = request.user
        if not user.has_perm("wagtailadmin.access_admin") and user.memberships.exists():
            return reverse("organisations:home")
        return super().get_login_redirect_url(request)

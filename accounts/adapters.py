import time

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.internal.flows.login import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

# How long after typing their password staff may set up two-factor sign-in without typing it
# again. Long enough to install an authenticator app and save the recovery codes.
FIRST_SETUP_SECONDS = 30 * 60


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Staff and VCSE accounts are invited; open sign-up is a deliberate switch.
        return settings.ACCOUNT_ALLOW_SIGNUPS

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        user = request.user
        # Staff go straight on to the dashboard; the two-factor middleware first leads them
        # through setting up an authenticator app if they have none (one path, issue 14).
        if user.has_perm("wagtailadmin.access_admin"):
            return reverse("wagtailadmin_home")
        # Organisation members have no admin: their work starts on their organisation's page
        # (ADR 014), not on a screen with no way on.
        if user.memberships.exists():
            return reverse("organisations:home")
        return super().get_login_redirect_url(request)

    def is_reauthentication_required(self, *, app: str, **kwargs) -> bool:
        required = super().is_reauthentication_required(app=app, **kwargs)
        if required and app == "allauth.mfa" and self._is_first_setup():
            # allauth asks for the password again before any change to two-factor sign-in. Just
            # after signing in, while setting it up for the first time, that is the same
            # password typed moments ago: asking again only confuses people.
            return False
        return required

    def _is_first_setup(self) -> bool:
        request = self.request
        if request is None or not request.user.is_authenticated:
            return False
        signed_in = [
            record["at"]
            for record in get_authentication_records(request, request.user)
            if record.get("method") == "password"
        ]
        if not signed_in or time.time() - signed_in[-1] > FIRST_SETUP_SECONDS:
            return False
        # First setup: every authenticator they have was made since this sign-in.
        made = Authenticator.objects.filter(user=request.user).values_list("created_at", flat=True)
        return all(created.timestamp() >= signed_in[-1] for created in made)

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.http import HttpRequest


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        # Staff and VCSE accounts are invited; open sign-up is a deliberate switch.
        return settings.ACCOUNT_ALLOW_SIGNUPS

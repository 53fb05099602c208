from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Staff and VCSE accounts: sign-in, two-factor sign-in, and what each account may see."""

    name = "accounts"
    verbose_name = "Accounts"

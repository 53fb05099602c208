from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from consultations.demo import demo_access_load, demo_accounts_load, demo_organisations_load
from consultations.demo_content import demo_content_load


class Command(BaseCommand):
    help = "Load the Riverside demo consultation and demo accounts (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo accounts even when DEBUG is off. Never use on a real site.",
        )

    def handle(self, *args, allow_production: bool = False, **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Demo accounts have published passwords. Refusing to load them with DEBUG off."
            )
        accounts = demo_accounts_load()
        consultation = demo_content_load()
        demo_access_load(consultation)
        accounts = [*accounts, *demo_organisations_load(consultation)]
        self.stdout.write(f"Demo consultation: {consultation.title} at {consultation.url}")
        self.stdout.write(
            self.style.SUCCESS("Demo loaded. Sign in at http://127.0.0.1:8000/accounts/login/")
        )
        self.stdout.write("Demo logins (email / password):")
        for account in accounts:
            self.stdout.write(f"  {account.email:34} {account.password:30} {account.role}")
        self.stdout.write("Staff set up an authenticator app the first time they open /admin/.")

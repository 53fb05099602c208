from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from consultations.demo import (
    demo_access_load,
    demo_accounts_load,
    demo_organisations_load,
    demo_site_address,
)
from consultations.demo_closed import demo_closed_load
from consultations.demo_content import demo_content_load
from decisions.demo import demo_decisions_load
from ideas.demo import demo_ideas_load
from organisations.demo_org_responses import demo_org_responses_load
from organisations.demo_sessions import demo_sessions_load
from responses.demo_paper import demo_paper_load


class Command(BaseCommand):
    help = "Load the Riverside demo consultation and demo accounts (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Load demo accounts even when DEBUG is off. Never use on a real site.",
        )
        parser.add_argument(
            "--address",
            default="http://127.0.0.1:8000",
            help="Where the site is served, for the links printed at the end. "
            "`make run` passes http://$(HOST):$(PORT).",
        )

    def handle(self, *args, allow_production: bool = False, address: str = "", **options):
        if not settings.DEBUG and not allow_production:
            raise CommandError(
                "Demo accounts have published passwords. Refusing to load them with DEBUG off."
            )
        address = address.rstrip("/")
        demo_site_address(address)
        accounts = demo_accounts_load()
        consultation = demo_content_load()
        demo_access_load(consultation)
        accounts = [*accounts, *demo_organisations_load(consultation)]
        demo_sessions_load(consultation)
        demo_org_responses_load(consultation)
        demo_paper_load(consultation)
        demo_ideas_load(consultation)
        demo_decisions_load(consultation)
        closed = demo_closed_load()
        start = reverse("responses:start", kwargs={"consultation_pk": consultation.pk})
        # Printed last, so nothing that loading logs can push the logins off the screen.
        self.stdout.write(self.style.SUCCESS(f"Demo loaded: {consultation.title}"))
        self.stdout.write(f"  Consultation page:   {address}{consultation.url}")
        self.stdout.write(f"  Participants start:  {address}{start}")
        ideas = reverse("ideas:list", kwargs={"consultation_pk": consultation.pk})
        self.stdout.write(f"  Ideas:               {address}{ideas}")
        self.stdout.write(f"  Staff sign in:       {address}{reverse('account_login')}")
        self._closed_write(closed, address)
        self.stdout.write(
            "Staff set up an authenticator app the first time they sign in, then go on to "
            f"{address}/admin/."
        )
        if settings.EMAIL_BACKEND.endswith("filebased.EmailBackend"):
            self.stdout.write(
                f"Emails are not sent: each one is saved as a file in {settings.EMAIL_FILE_PATH}/."
            )
        self.stdout.write("Demo logins (email / password):")
        for account in accounts:
            self.stdout.write(f"  {account.email:34} {account.password:30} {account.role}")

    def _closed_write(self, closed, address: str) -> None:
        """Where to see the closed demo's results and decisions, and the code to come back with."""
        pk = closed.consultation.pk
        self.stdout.write(
            self.style.SUCCESS(
                f"Closed demo, with results and decisions: {closed.consultation.title}"
            )
        )
        self.stdout.write(f"  Consultation page:   {address}{closed.consultation.url}")
        self.stdout.write(f"  What people said:    {address}{reverse('results:public', args=[pk])}")
        self.stdout.write(
            f"  Results (staff):     {address}{reverse('results:overview', args=[pk])}"
        )
        self.stdout.write(
            f"  Come back:           {address}{reverse('responses:resume', args=[pk])}"
        )
        self.stdout.write(
            f"  Come back with this code to see what was decided: {closed.code_display}"
        )

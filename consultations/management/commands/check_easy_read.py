from django.core.management.base import BaseCommand, CommandError

from consultations.easy_read import page_findings
from consultations.models import AreaPage, ConsultationPage


class Command(BaseCommand):
    help = "Check every live consultation and area page with the easy-read checker."

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-findings",
            type=int,
            default=0,
            help="Fail when there are more findings than this in total (default 0).",
        )

    def handle(self, *args, max_findings: int = 0, **options):
        pages = [
            *ConsultationPage.objects.live().order_by("path"),
            *AreaPage.objects.live().order_by("path"),
        ]
        total = 0
        for page in sorted(pages, key=lambda p: p.path):
            sections = page_findings(page)
            # Advice (ADR 015) is printed but, as on the sign-off gate, not counted.
            count = sum(not f.advice for section in sections for f in section.findings)
            total += count
            status = self.style.SUCCESS("ok") if not count else self.style.WARNING(f"{count}")
            self.stdout.write(f"{page.url_path}  {page.title}: {status}")
            for section in sections:
                for finding in section.findings:
                    kind = "advice, " if finding.advice else ""
                    self.stdout.write(
                        f"    {section.label}: {kind}rule {finding.rule} ({finding.code}) "
                        f"'{finding.words}': {finding.message} {finding.suggestion}"
                    )
        self.stdout.write(f"{len(pages)} pages checked, {total} findings.")
        if total > max_findings:
            raise CommandError(f"{total} findings is more than the limit of {max_findings}.")

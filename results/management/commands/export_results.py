"""Export a consultation's results for scripted use, under a disclosure profile.

    manage.py export_results SLUG --format json|csv|ods|xlsx --profile staff|public [--output FILE]

JSON goes to FILE or standard output. CSV needs --output: the CSV goes to FILE and its JSON
metadata to FILE with ".metadata.json" added. ODS and XLSX are binary, so they need --output too.
Every export is logged (results.ExportLog).
"""

import getpass
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from consultations.models import ConsultationPage
from results.disclosure import profile_for
from results.export import export_log, results_document
from results.export_files import BINARY, FORMATS, export_file


class Command(BaseCommand):
    help = (
        "Export a consultation's results as JSON, CSV, ODS or XLSX, with disclosure control "
        "applied."
    )

    def add_arguments(self, parser):
        parser.add_argument("slug", help="The consultation page's slug, such as 'riverside'.")
        parser.add_argument("--format", choices=FORMATS, default="json", dest="file_format")
        parser.add_argument("--profile", choices=["staff", "public"], default="public")
        parser.add_argument(
            "--output", help="The file to write. Without it, JSON goes to the screen."
        )
        parser.add_argument("--seed", type=int, default=0, help="The bootstrap's seed.")

    def handle(self, *args, slug, file_format, profile, output, seed, **options):
        found = list(ConsultationPage.objects.filter(slug=slug)[:2])
        if not found:
            raise CommandError(f"There is no consultation with the slug {slug!r}.")
        if len(found) > 1:
            raise CommandError(f"More than one consultation has the slug {slug!r}.")
        consultation = found[0]
        if file_format == "csv" and not output:
            raise CommandError("CSV comes with a JSON metadata file, so give --output FILE.")
        if file_format in BINARY and not output:
            raise CommandError(
                f"{file_format.upper()} is a binary file and cannot go to the screen, "
                "so give --output FILE."
            )
        chosen = profile_for(profile)
        who = f"manage.py export_results, run by {getpass.getuser()}"
        document = results_document(consultation, profile=chosen, seed=seed)
        body = export_file(document, file_format, exported_by=who)
        if output:
            Path(output).write_bytes(body)
        else:
            self.stdout.write(body.decode("utf-8").rstrip("\n"))
        if file_format == "csv":
            Path(f"{output}.metadata.json").write_bytes(export_file(document, "csv-metadata"))
        export_log(consultation=consultation, file_format=file_format, profile=chosen, name=who)
        if output:
            self.stderr.write(f"Wrote {output} ({chosen.name}).")

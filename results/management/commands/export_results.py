"""Export a consultation's results for scripted use, under a disclosure profile.

    manage.py export_results SLUG --format json|csv --profile staff|public [--output FILE]

JSON goes to FILE or standard output. CSV needs --output: the CSV goes to FILE and its JSON
metadata to FILE with ".metadata.json" added. Every export is logged (results.ExportLog).
"""

import getpass
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from consultations.models import ConsultationPage
from results.disclosure import profile_for
from results.export import FORMATS, csv_metadata, csv_text, export_log, results_document


class Command(BaseCommand):
    help = "Export a consultation's results as JSON or CSV, with disclosure control applied."

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
        chosen = profile_for(profile)
        document = results_document(consultation, profile=chosen, seed=seed)
        if file_format == "json":
            text = json.dumps(document, indent=2, ensure_ascii=False)
            if output:
                Path(output).write_text(text + "\n", encoding="utf-8")
            else:
                self.stdout.write(text)
        else:
            Path(output).write_text(csv_text(document), encoding="utf-8")
            metadata = Path(f"{output}.metadata.json")
            metadata.write_text(
                json.dumps(csv_metadata(document), indent=2, ensure_ascii=False) + "\n",
                encoding="utf-8",
            )
        export_log(
            consultation=consultation,
            file_format=file_format,
            profile=chosen,
            name=f"manage.py export_results, run by {getpass.getuser()}",
        )
        if output:
            self.stderr.write(f"Wrote {output} ({chosen.name}).")

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pictures.services import MULBERRY, symbols_import_folder

from .load_symbols import report_write


class Command(BaseCommand):
    help = (
        "Import a downloaded folder of Mulberry Symbols SVG files into the image library. "
        "Titles, alt text and tags come from the file names, for example support_worker.svg "
        "becomes 'support worker'. Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path, help="The folder of Mulberry SVG files.")

    def handle(self, *args, folder, **options):
        try:
            report = symbols_import_folder(
                folder=folder,
                set_name=MULBERRY.name,
                licence=MULBERRY.licence,
                licence_url=MULBERRY.licence_url,
                creator=MULBERRY.creator,
                website=MULBERRY.website,
                tags=("symbol", "mulberry"),
            )
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        report_write(self, report)

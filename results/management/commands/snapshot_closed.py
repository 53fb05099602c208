"""Freeze public results for every closed consultation that has none yet (R5).

    manage.py snapshot_closed

Production runs this once a day. It is safe to run again: a consultation that already has a
snapshot is left alone, so a commissioner's own "publish" is never replaced. Opening the public
page or the staff overview of a closed consultation does the same, in case a run was missed.
"""

from django.core.management.base import BaseCommand

from results.services import snapshot_closed_all


class Command(BaseCommand):
    help = "Take a public results snapshot for each closed consultation without one."

    def handle(self, *args, **options):
        taken = snapshot_closed_all()
        for snapshot in taken:
            self.stdout.write(f"Froze public results for {snapshot.consultation.title}.")
        self.stdout.write(f"{len(taken)} snapshot(s) taken.")

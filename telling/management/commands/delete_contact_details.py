"""Delete contact details kept longer than TELLING_KEEP_CONTACT_DAYS after telling started.

Run it daily (cron or a scheduler). Safe to run again: each consultation is done once, and the
commissioning body is emailed when it happens.
"""

from django.core.management.base import BaseCommand

from telling.models import ContactDeletion
from telling.services import (
    commissioners_tell,
    contact_details_delete,
    due_for_deletion,
    keep_contact_days,
)


class Command(BaseCommand):
    help = "Delete contact details for consultations whose telling started long enough ago."

    def handle(self, *args, **options):
        done = 0
        for consultation in due_for_deletion():
            deletion, created = contact_details_delete(
                consultation=consultation, reason=ContactDeletion.Reason.TIME_LIMIT
            )
            if created:
                done += 1
                commissioners_tell(deletion)
                self.stdout.write(
                    f"{consultation.title}: deleted {deletion.count} contact details "
                    f"({keep_contact_days()} days after people were told)."
                )
        if not done:
            self.stdout.write("No contact details were due for deletion.")

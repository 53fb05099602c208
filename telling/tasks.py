"""Background work for telling people, through django-tasks (ADR 026).

Only notice ids go into the task queue: the email address is read when the email is sent, so the
queue's table never holds contact details.
"""

import datetime

from django.utils import timezone
from django_tasks import task

# Emails per task: one database read and one mail-server connection serve them all.
EMAIL_BATCH = 200
# How long to wait before trying failed emails again, growing with each attempt.
RETRY_AFTER = datetime.timedelta(minutes=5)


@task()
def send_emails(notice_ids: list[int]) -> dict:
    from .emails import emails_send

    return emails_send(notice_ids)


def emails_enqueue(notice_ids: list[int], *, attempt: int = 0) -> None:
    """Queue the emails in batches. A retry waits a while when the backend can wait (the
    database backend can; the immediate backend used in development and tests runs it now)."""
    sender = send_emails
    if attempt and sender.get_backend().supports_defer:
        sender = sender.using(run_after=timezone.now() + RETRY_AFTER * attempt)
    for start in range(0, len(notice_ids), EMAIL_BATCH):
        sender.enqueue(notice_ids[start : start + EMAIL_BATCH])

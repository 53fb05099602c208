"""Email backends that fail, to test retries: Django's in-memory backend, with a failing send."""

import smtplib

from django.core.mail.backends.locmem import EmailBackend


class FailsFirstTime(EmailBackend):
    """Refuses the first email it is given after `reset()`, then sends like locmem."""

    failures_left = 0

    @classmethod
    def reset(cls, failures: int = 1) -> None:
        cls.failures_left = failures

    def send_messages(self, messages):
        if FailsFirstTime.failures_left > 0:
            FailsFirstTime.failures_left -= 1
            # A real server's refusal quotes the address; it must never reach the screen.
            raise smtplib.SMTPRecipientsRefused({messages[0].to[0]: (550, b"No such user")})
        return super().send_messages(messages)


class AlwaysDown(EmailBackend):
    def open(self):
        raise ConnectionRefusedError("Connection refused")

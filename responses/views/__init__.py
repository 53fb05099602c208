from .come_back import delete, deleted, email_code, resume
from .entry import entry_batch, entry_batch_restart, entry_open, entry_start
from .finish import check, closed, save_for_later, sent
from .start import consent, start, start_again, your_code
from .steps import about_you, question

__all__ = [
    "about_you",
    "check",
    "closed",
    "consent",
    "delete",
    "deleted",
    "email_code",
    "entry_batch",
    "entry_batch_restart",
    "entry_open",
    "entry_start",
    "question",
    "resume",
    "save_for_later",
    "sent",
    "start",
    "start_again",
    "your_code",
]

"""SQLite is set up for many people at once (ADR 002): readers never wait for the writer, a
transaction takes the write lock when it starts, and a writer waits its turn instead of failing
with "database is locked". bench/load.py shows 200 people, 40 at once, with no errors."""

import pytest
from django.db import connection

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite settings only"),
]


def _pragma(name: str):
    with connection.cursor() as cursor:
        cursor.execute(f"PRAGMA {name}")
        return cursor.fetchone()[0]


def test_sqlite_uses_write_ahead_logging_and_waits_for_a_busy_writer():
    assert _pragma("journal_mode") == "wal"
    assert _pragma("busy_timeout") == 20_000
    assert _pragma("synchronous") == 1  # NORMAL: safe with write-ahead logging, and quicker


def test_sqlite_transactions_take_the_write_lock_when_they_start():
    assert connection.transaction_mode == "IMMEDIATE"

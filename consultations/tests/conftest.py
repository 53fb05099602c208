import io

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings

# The address the demo tests pass to `load_demo`, as `make run` passes http://HOST:PORT.
DEMO_ADDRESS = "http://testserver"


@pytest.fixture(scope="module")
def printed(django_db_setup, django_db_blocker, tmp_path_factory) -> list[str]:
    """`load_demo` run once for the module, as `make run` runs it: what it printed, line by line.

    Loading the whole demo takes seconds, so each demo module loads it once inside a transaction
    that is rolled back after its last test; each test still runs in its own savepoint.
    """
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock():
        with transaction.atomic():
            # The loader refuses to run without DEBUG: its accounts have published passwords.
            with override_settings(DEBUG=True, MEDIA_ROOT=str(media)):
                out = io.StringIO()
                call_command("load_demo", "--address", DEMO_ADDRESS, stdout=out)
            yield out.getvalue().splitlines()
            transaction.set_rollback(True)

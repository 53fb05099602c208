"""Checks that a pure package (no Django) stays pure: used by the allocation and results tests."""

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_without_django(script: str) -> list[str]:
    """Run `script` in a fresh Python with no Django settings; return its printed lines.

    The script's last line must print whether Django was imported, so a package that pulls in
    Django anywhere fails here even when its own modules never name it.
    """
    environment = {
        key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"
    }
    completed = subprocess.run(
        [sys.executable, "-c", "import sys\n" + script + "print('django' in sys.modules)\n"],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    *lines, django_line = completed.stdout.strip().splitlines()
    assert django_line == "False", "the package imported Django"
    return lines


def assert_modules_do_not_mention_django(modules) -> None:
    for module in modules:
        source = Path(module).read_text()
        assert "import django" not in source and "from django" not in source, module.name

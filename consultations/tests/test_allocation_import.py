"""The allocation package must stay free of Django, so it is quick to test and safe to reuse."""

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_package_imports_and_runs_without_django_or_settings():
    environment = {
        key: value for key, value in os.environ.items() if key != "DJANGO_SETTINGS_MODULE"
    }
    script = (
        "import sys\n"
        "import consultations.allocation as allocation\n"
        "print(allocation.independent_markets([[1, 0], [0, 1]]))\n"
        "print('django' in sys.modules)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    shares_line, django_line = completed.stdout.strip().splitlines()
    assert shares_line == "[0.5, 0.5]"
    assert django_line == "False"


def test_package_modules_do_not_mention_django():
    package = REPO_ROOT / "consultations" / "allocation"
    for module in package.glob("*.py"):
        source = module.read_text()
        assert "import django" not in source and "from django" not in source, module.name

"""The disclosure rules and easy-read wording must stay free of Django, so every screen, export
and command can share them and they test in milliseconds."""

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
        "from results.disclosure import PUBLIC, one_way_table\n"
        "from results.easy_read import share_in_words\n"
        "table = one_way_table({'a': 3, 'b': 12, 'c': 50}, profile=PUBLIC)\n"
        "print([cell.marker for cell in table.cells])\n"
        "print(share_in_words(34, 50).text)\n"
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
    markers_line, words_line, django_line = completed.stdout.strip().splitlines()
    assert markers_line == "['[c]', '[c]', '50']"
    assert words_line == "most people (about 7 in 10)"
    assert django_line == "False"


def test_package_modules_do_not_mention_django():
    modules = [REPO_ROOT / "results" / "__init__.py", REPO_ROOT / "results" / "easy_read.py"]
    modules += (REPO_ROOT / "results" / "disclosure").glob("*.py")
    for module in modules:
        source = module.read_text()
        assert "import django" not in source and "from django" not in source, module.name

"""The allocation package must stay free of Django, so it is quick to test and safe to reuse."""

from tests.pure import REPO_ROOT, assert_modules_do_not_mention_django, run_without_django


def test_package_imports_and_runs_without_django_or_settings():
    (shares_line,) = run_without_django(
        "import consultations.allocation as allocation\n"
        "print(allocation.independent_markets([[1, 0], [0, 1]]))\n"
    )
    assert shares_line == "[0.5, 0.5]"


def test_package_modules_do_not_mention_django():
    assert_modules_do_not_mention_django((REPO_ROOT / "consultations" / "allocation").glob("*.py"))

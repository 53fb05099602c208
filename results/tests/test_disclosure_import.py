"""The disclosure rules and easy-read wording must stay free of Django, so every screen, export
and command can share them and they test in milliseconds."""

from tests.pure import REPO_ROOT, assert_modules_do_not_mention_django, run_without_django


def test_package_imports_and_runs_without_django_or_settings():
    markers_line, words_line = run_without_django(
        "from results.disclosure import PUBLIC, one_way_table\n"
        "from results.easy_read import share_in_words\n"
        "table = one_way_table({'a': 3, 'b': 12, 'c': 50}, profile=PUBLIC)\n"
        "print([cell.marker for cell in table.cells])\n"
        "print(share_in_words(34, 50).text)\n"
    )
    assert markers_line == "['[c]', '[c]', '50']"
    assert words_line == "most people (about 7 in 10)"


def test_package_modules_do_not_mention_django():
    modules = [REPO_ROOT / "results" / "__init__.py", REPO_ROOT / "results" / "easy_read.py"]
    modules += (REPO_ROOT / "results" / "disclosure").glob("*.py")
    assert_modules_do_not_mention_django(modules)

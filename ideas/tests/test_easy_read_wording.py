"""Every sentence a participant reads on the ideas pages passes the easy-read checker."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from accessibility.easy_read import check_text

ROOT = Path(settings.BASE_DIR)
TEMPLATES = [
    ROOT / "templates" / "ideas" / name
    for name in ("list.html", "your_ideas.html", "vote.html", "vote_code.html", "vote_closed.html")
]
PYTHON = [
    ROOT / "ideas" / "presenters.py",
    ROOT / "ideas" / "vote_forms.py",
    ROOT / "ideas" / "views" / "public.py",
    ROOT / "questions" / "types" / "idea.py",
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|{{ *\w+ *}}")


def _texts() -> list[str]:
    texts = set()
    for path in TEMPLATES:
        source = path.read_text()
        texts.update(re.findall(r'{% translate "([^"]+)"', source))
        texts.update(re.findall(r"{% blocktranslate[^%]*%}(.*?){% endblocktranslate %}", source))
    for path in PYTHON:
        source = path.read_text()
        for call in re.findall(
            r'(?:_|gettext|gettext_lazy|ngettext)\(\s*((?:"[^"]*"\s*,?\s*)+)', source
        ):
            texts.update(re.findall(r'"([^"]*)"', call))
    return sorted(text for text in texts if " " in text)


TEXTS = _texts()


def test_the_wording_was_found():
    assert "Vote on these ideas" in TEXTS
    assert "We need to change the words of your idea." in TEXTS
    assert "Yes, I like this idea" in TEXTS


@pytest.mark.parametrize("text", TEXTS)
def test_participant_wording_on_the_ideas_pages_is_easy_read(text):
    findings = check_text(PLACEHOLDER.sub("5", text))
    assert not findings, "; ".join(f"{f.rule}: {f.message}" for f in findings)

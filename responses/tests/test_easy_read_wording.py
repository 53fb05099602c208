"""Every participant-facing sentence we wrote passes the easy-read checker (PRODUCT.md section 6).

The words come from the answering templates and from the forms, views and presenters, so a new
message that breaks a rule fails here before anyone reads it.
"""

import re
from pathlib import Path

import pytest
from django.conf import settings

from accessibility.easy_read import check_text

ROOT = Path(settings.BASE_DIR)
# Not responses/staff/: the pages and banner for staff typing in paper forms are plain English.
TEMPLATES = sorted(
    [
        *(
            path
            for path in (ROOT / "templates" / "responses").rglob("*.html")
            if "staff" not in path.relative_to(ROOT / "templates" / "responses").parts
        ),
        *(ROOT / "templates" / "questions").glob("*.html"),
    ]
)
# The participant forms of every question type, with what they say on "check your answers".
QUESTION_TYPES = [
    ROOT / "questions" / "forms.py",
    *sorted((ROOT / "questions" / "types").glob("*.py")),
]
PYTHON = QUESTION_TYPES + [
    ROOT / "responses" / name
    for name in (
        "about_you.py",
        "forms/about_you.py",
        "forms/journey.py",
        "views/come_back.py",
        "views/common.py",
        "views/steps.py",
        "presenters.py",
        "models.py",
    )
]
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|{{ *\w+ *}}")


def _template_texts() -> set[str]:
    texts = set()
    for path in TEMPLATES:
        source = path.read_text()
        texts.update(re.findall(r'{% translate "([^"]+)"', source))
        texts.update(re.findall(r"{% blocktranslate[^%]*%}(.*?){% endblocktranslate %}", source))
    return texts


def _python_texts() -> set[str]:
    texts = set()
    for path in PYTHON:
        source = path.read_text()
        # Adjacent string literals inside _() are joined, as Python joins them.
        for call in re.findall(r'(?:_|gettext_lazy|ngettext)\(\s*((?:"[^"]*"\s*)+)', source):
            texts.add("".join(re.findall(r'"([^"]*)"', call)))
    return texts


TEXTS = sorted(_template_texts() | _python_texts())


def test_the_wording_was_found():
    assert len(TEXTS) > 100
    assert "Count my coins" in TEXTS
    assert "You have tried too many times. You can try again at %(time)s. " in " ".join(
        TEXTS
    ) or any(t.startswith("You have tried too many times.") for t in TEXTS)


@pytest.mark.parametrize("text", TEXTS)
def test_participant_wording_is_easy_read(text):
    # Numbers stand in for placeholders: the checker then also sees "5 coins", not "%(n)d".
    findings = check_text(PLACEHOLDER.sub("5", text))
    assert not findings, "; ".join(f"{f.rule}: {f.message}" for f in findings)

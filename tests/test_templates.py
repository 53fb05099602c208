"""Templates find static files through {% static %}, so a CDN or hashed file names just work."""

import re
from pathlib import Path

from django.conf import settings

HARD_CODED_STATIC = re.compile(r"""(?:src|href)=["']/static/""")


def test_no_template_hard_codes_the_static_url():
    templates = [
        path
        for folder in [settings.BASE_DIR / "templates", *settings.BASE_DIR.glob("*/templates")]
        for path in Path(folder).rglob("*.html")
    ]
    assert len(templates) > 20  # the folders above hold the project's templates
    offenders = [
        str(path.relative_to(settings.BASE_DIR))
        for path in templates
        if HARD_CODED_STATIC.search(path.read_text())
    ]
    assert offenders == []

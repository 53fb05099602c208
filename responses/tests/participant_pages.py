"""Every page a participant can see in the Riverside demo, drawn through the real views.

Used by the tests that hold every participant page to a rule (one picture per idea, easy-read
text), so a new page or a new state is checked as soon as it is added here.
"""

import re

from django.urls import reverse

from .journey import Journey

# Too long for any text box, not a number, and no option's key: every field of a form refuses it.
JUNK = "not-an-answer " * 500
_FIELD_NAME = re.compile(r'<(?:input|textarea|select)\b[^>]*\bname="([^"]+)"')
_NOT_ANSWERS = {"csrfmiddlewaretoken", "submit_token", "next", "action"}


def participant_pages(journey: Journey, riverside) -> list[tuple[str, str]]:
    """(address, HTML) for each page, from the home page to "your answers are deleted", and
    each form's error state, so the words of every error message are checked too."""
    pages: list[tuple[str, str]] = []

    def visit(url: str) -> str:
        reply = journey.get(url)
        assert reply.status_code == 200, (url, reply.status_code)
        pages.append((url, reply.content.decode()))
        return pages[-1][1]

    def error_state(url: str, data: dict) -> None:
        reply = journey.post(url, data)
        html = reply.content.decode()
        assert reply.status_code == 200 and "data-error-summary" in html, (url, reply.status_code)
        pages.append((f"{url} (error)", html))

    def junk_for(html: str) -> dict:
        main = html.split("<main", 1)[-1]
        return dict.fromkeys(set(_FIELD_NAME.findall(main)) - _NOT_ANSWERS, JUNK)

    for url in (
        "/",
        riverside.url,
        *(area.url for area in riverside.area_pages()),
        reverse("pictures:credits"),
        reverse("accessibility:display_settings"),
        journey.url("start"),
        journey.url("consent"),
        journey.url("resume"),
    ):
        visit(url)
    error_state(journey.url("consent"), {})
    error_state(journey.url("resume"), {"code": "ABCD-EFGH"})

    journey.start()
    visit(journey.url("your_code"))
    # About you, taking the answers that add the helper and contact pages.
    answers = {
        "who": {"describes": ["uses_support"]},
        "help": {"is_supported": "yes"},
        "helper": {"supporter": "friend"},
        "needs": {"communication_needs": ["easy_read"]},
        "hear-back": {"hear_back": "email"},
        "contact": {"email": "sam@example.org"},
    }
    for slug, data in answers.items():
        url = journey.url("about_you", slug)
        error_state(url, junk_for(visit(url)))
        journey.post(url, data)
    for ref in journey.questions():
        url = journey.url("question", ref.id)
        error_state(url, junk_for(visit(url)))
    visit(journey.url("check"))
    visit(journey.url("save_for_later"))
    journey.post(journey.url("check"), {"confirm": "on"})
    visit(journey.url("sent"))
    visit(journey.url("delete"))
    journey.post(journey.url("delete"), {})
    visit(journey.url("deleted"))
    return pages

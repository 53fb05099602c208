"""Every page a participant can see in the Riverside demo, drawn through the real views.

Used by the tests that hold every participant page to a rule (one picture per idea, easy-read
text), so a new page or a new state is checked as soon as it is added here.
"""

from django.urls import reverse

from .journey import Journey


def participant_pages(journey: Journey, riverside) -> list[tuple[str, str]]:
    """(address, HTML) for each page, from the home page to "your answers are deleted"."""
    pages: list[tuple[str, str]] = []

    def visit(url: str) -> None:
        reply = journey.get(url)
        assert reply.status_code == 200, (url, reply.status_code)
        pages.append((url, reply.content.decode()))

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
        visit(url)
        journey.post(url, data)
    for ref in journey.questions():
        visit(journey.url("question", ref.id))
    visit(journey.url("check"))
    visit(journey.url("save_for_later"))
    journey.post(journey.url("check"), {"confirm": "on"})
    visit(journey.url("sent"))
    visit(journey.url("delete"))
    journey.post(journey.url("delete"), {})
    visit(journey.url("deleted"))
    return pages

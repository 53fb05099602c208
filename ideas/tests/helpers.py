"""Small builders for the ideas tests."""

import uuid

from consultations.models import AreaPage
from ideas.models import Source
from ideas.services import idea_moderate, idea_suggest

IDEA_QUESTION = {
    "question": "Do you have an idea?",
    "hint": "",
    "picture": None,
    "audio": None,
    "allow_dont_know": False,
}


def ask_for_ideas(consultation, area_key: str = "community") -> AreaPage:
    """Give one area a "suggest an idea" question, published as an editor would."""
    area = AreaPage.objects.child_of(consultation).get(area_key=area_key).specific
    area.questions = [{"type": "idea", "value": IDEA_QUESTION, "id": str(uuid.uuid4())}]
    area.save_revision().publish()
    return area


def an_idea(
    consultation,
    title: str = "A cafe run by us",
    *,
    organisation,
    area_key="community",
    published_by=None,
    **extra,
):
    idea, _made = idea_suggest(
        consultation=consultation,
        area_key=area_key,
        title=title,
        easy_title=extra.pop("easy_title", title),
        source=Source.ORGANISATION,
        organisation=organisation,
        **extra,
    )
    if published_by is not None:
        idea_moderate(idea=idea, action="publish", by=published_by)
        idea.refresh_from_db()
    return idea

from .moderation import moderate_action, moderate_idea, moderate_words, queue
from .organisation import (
    organisation_idea_new,
    organisation_idea_reword,
    organisation_ideas,
    session_votes,
)
from .public import idea_list, idea_vote_view, your_ideas

__all__ = [
    "idea_list",
    "idea_vote_view",
    "moderate_action",
    "moderate_idea",
    "moderate_words",
    "organisation_idea_new",
    "organisation_idea_reword",
    "organisation_ideas",
    "queue",
    "session_votes",
    "your_ideas",
]

"""Ideas in words: statuses as the person who suggested them reads them, and votes as counts."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from .models import Idea, IdeaStatusChange, Status

# Easy read: what happened to your idea, with the icon shown beside it.
STATUS_WORDS = {
    Status.WAITING: (gettext_lazy("We are checking your idea."), "search.svg"),
    Status.PUBLISHED: (
        gettext_lazy("Your idea is on the ideas page. People can vote on it."),
        "speech.svg",
    ),
    Status.NEEDS_REWORDING: (gettext_lazy("We need to change the words of your idea."), "read.svg"),
    Status.MERGED: (
        gettext_lazy("Your idea is like another idea. We put them together."),
        "helper.svg",
    ),
    Status.NOT_TAKEN_FORWARD: (gettext_lazy("We will not take your idea forward."), "letter.svg"),
    Status.CHOSEN: (gettext_lazy("We chose your idea."), "money.svg"),
}


@dataclass(frozen=True)
class IdeaStatus:
    """One idea as the person or group who suggested it sees it."""

    idea: Idea
    words: str
    icon: str
    easy_reason: str
    reason: str
    merged_into: str
    changed_at: object


def idea_status(idea: Idea) -> IdeaStatus:
    """Uses `idea.latest_changes` when prefetched (see latest_change_prefetch)."""
    changes = getattr(idea, "latest_changes", None)
    if changes is None:
        changes = list(idea.changes.order_by("-at", "-pk")[:1])
    latest: IdeaStatusChange | None = changes[0] if changes else None
    words, icon = STATUS_WORDS[idea.status]
    return IdeaStatus(
        idea=idea,
        words=str(words),
        icon=icon,
        easy_reason=latest.easy_reason if latest else "",
        reason=latest.reason if latest else "",
        merged_into=idea.merged_into.public_title if idea.merged_into_id else "",
        changed_at=latest.at if latest else idea.created_at,
    )


def latest_change_prefetch():
    from django.db.models import Prefetch

    return Prefetch(
        "changes",
        queryset=IdeaStatusChange.objects.order_by("-at", "-pk"),
        to_attr="latest_changes",
    )


def votes_in_words(idea) -> list[str]:
    """From an idea annotated by IdeaQuerySet.with_votes: counts in words, no percentages."""
    lines = [
        ngettext("%(count)d person said yes.", "%(count)d people said yes.", idea.yes_votes)
        % {"count": idea.yes_votes},
        ngettext("%(count)d person said no.", "%(count)d people said no.", idea.no_votes)
        % {"count": idea.no_votes},
        ngettext(
            "%(count)d person was not sure.", "%(count)d people were not sure.", idea.not_sure_votes
        )
        % {"count": idea.not_sure_votes},
    ]
    if not (idea.yes_votes or idea.no_votes or idea.not_sure_votes):
        return [_("Nobody has voted yet.")]
    return lines


def cost_words(idea) -> str:
    if idea.cost_estimate is None:
        return ""
    return _("It might cost about £%(pounds)s.") % {"pounds": f"{idea.cost_estimate:,}"}

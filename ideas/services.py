"""Workflows for ideas: suggest, moderate, vote.

Each keeps its rules however it is reached: a double click never makes a second idea or a second
status change, every change says who made it and why, and a session never has more votes on an
idea than people present.
"""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Idea, IdeaStatusChange, IdeaVote, Source, Status, VoteValue


class IdeaRefused(Exception):
    """A moderation step or a vote that cannot be done. The message is shown as it is."""


# What each moderation action does. The status it leads to, and what it needs.
ACTIONS = {
    "publish": Status.PUBLISHED,
    "reword": Status.NEEDS_REWORDING,
    "merge": Status.MERGED,
    "not_taken_forward": Status.NOT_TAKEN_FORWARD,
}
# A merged or chosen idea is settled: it takes no more moderation.
SETTLED = (Status.MERGED, Status.CHOSEN)


@transaction.atomic
def idea_suggest(
    *,
    consultation,
    area_key: str,
    title: str,
    source: str,
    easy_title: str = "",
    body: str = "",
    cost_estimate: int | None = None,
    picture=None,
    response=None,
    question_id: str = "",
    organisation=None,
    session=None,
    by=None,
    submit_token: str | None = None,
) -> tuple[Idea, bool]:
    """A new idea, waiting to be checked. False with the existing idea when it was already made.

    A person's idea is found again by its answer, an organisation's by the form's token, so
    sending twice never makes two ideas.
    """
    if source == Source.PERSON and response is None:
        raise ValueError("A person's idea needs their response.")
    if source == Source.SESSION and session is None:
        raise ValueError("A session's idea needs the session.")
    if session is not None:
        organisation = session.organisation
    existing = _existing(response, question_id, submit_token)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            idea = Idea.objects.create(
                consultation=consultation,
                area_key=area_key,
                title=title,
                easy_title=easy_title,
                body=body,
                cost_estimate=cost_estimate,
                picture=picture,
                source=source,
                response=response,
                question_id=question_id,
                organisation=organisation,
                session=session,
                created_by=by,
                submit_token=submit_token,
            )
    except IntegrityError:
        # The other click got there first, between our look and our insert.
        existing = _existing(response, question_id, submit_token)
        if existing is None:
            raise
        return existing, False
    IdeaStatusChange.objects.create(idea=idea, to_status=Status.WAITING, by=by)
    return idea, True


def _existing(response, question_id: str, submit_token: str | None) -> Idea | None:
    if response is not None:
        return Idea.objects.filter(response=response, question_id=question_id).first()
    if submit_token:
        return Idea.objects.filter(submit_token=submit_token).first()
    return None


@transaction.atomic
def idea_moderate(
    *,
    idea: Idea,
    action: str,
    by,
    reason: str = "",
    easy_reason: str = "",
    merge_into: Idea | None = None,
) -> IdeaStatusChange | None:
    """Publish, ask to reword, merge or not take forward. None when it was already done.

    The idea row is locked first, so two moderators (or two clicks) cannot both change it.
    """
    if action not in ACTIONS:
        raise IdeaRefused(_("Choose what to do with the idea."))
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    target = ACTIONS[action]
    same_target = action != "merge" or (merge_into and idea.merged_into_id == merge_into.pk)
    if idea.status == target and same_target:
        return None
    if idea.status in SETTLED:
        raise IdeaRefused(
            _("This idea is %(status)s. It cannot be changed now.")
            % {"status": idea.get_status_display().lower()}
        )
    reason, easy_reason = reason.strip(), easy_reason.strip()
    if action == "reword" and not easy_reason:
        raise IdeaRefused(_("Say in easy read what needs to change."))
    if action == "not_taken_forward" and not (reason and easy_reason):
        raise IdeaRefused(_("Give the reason, in plain English and in easy read."))
    if action == "merge":
        _check_merge(idea, merge_into)
        _votes_move(idea, merge_into)
        idea.merged_into = merge_into
    change = IdeaStatusChange.objects.create(
        idea=idea,
        from_status=idea.status,
        to_status=target,
        by=by,
        reason=reason,
        easy_reason=easy_reason,
    )
    idea.status = target
    idea.save(update_fields=["status", "merged_into", "updated_at"])
    return change


@transaction.atomic
def idea_reword(
    *,
    idea: Idea,
    by,
    title: str,
    easy_title: str = "",
    body: str = "",
    cost_estimate: int | None = None,
    picture=None,
) -> IdeaStatusChange | None:
    """New words for an idea the commissioner asked to reword. It waits to be checked again.

    None when it is no longer waiting for new words (sent already, perhaps by a double click).
    """
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    if idea.status != Status.NEEDS_REWORDING:
        return None
    idea.title, idea.easy_title, idea.body = title, easy_title, body
    idea.cost_estimate, idea.picture = cost_estimate, picture
    change = IdeaStatusChange.objects.create(
        idea=idea,
        from_status=idea.status,
        to_status=Status.WAITING,
        by=by,
        reason=_("New words sent."),
    )
    idea.status = Status.WAITING
    idea.save()
    return change


@transaction.atomic
def idea_words_edit(*, idea: Idea, by, reason: str = "", **words) -> IdeaStatusChange | None:
    """A commissioner tidies an idea's words (a person cannot reword their own: no account).

    Recorded as a change that keeps the status, with who, when and why. None if nothing changed.
    """
    idea = Idea.objects.select_for_update().get(pk=idea.pk)
    fields = ("title", "easy_title", "body", "cost_estimate", "picture")
    before = {name: getattr(idea, name) for name in fields}
    for name in fields:
        setattr(idea, name, words.get(name, before[name]))
    if all(getattr(idea, name) == before[name] for name in fields):
        return None
    idea.save()
    return IdeaStatusChange.objects.create(
        idea=idea,
        from_status=idea.status,
        to_status=idea.status,
        by=by,
        reason=reason.strip() or _("The commissioner changed the words."),
    )


def _check_merge(idea: Idea, target: Idea | None) -> None:
    if target is None:
        raise IdeaRefused(_("Choose the idea to merge it into."))
    if target.pk == idea.pk:
        raise IdeaRefused(_("An idea cannot be merged into itself."))
    if target.consultation_id != idea.consultation_id:
        raise IdeaRefused(_("Choose an idea from the same consultation."))
    if target.status in (Status.MERGED, Status.NOT_TAKEN_FORWARD):
        raise IdeaRefused(_("Choose an idea that is still open, not merged or turned down."))


def _votes_move(idea: Idea, target: Idea) -> None:
    """Votes follow a merged idea to the one it joins.

    A person or session who already voted on the target keeps that vote: it is their view of
    the idea as it now stands. The merged idea's vote from them is dropped.
    """
    voted_people = target.votes.exclude(response=None).values("response")
    voted_sessions = target.votes.exclude(session=None).values("session")
    idea.votes.filter(response__in=voted_people).delete()
    idea.votes.filter(session__in=voted_sessions).delete()
    idea.votes.update(idea=target)


def idea_vote(*, idea: Idea, response, value: str) -> IdeaVote:
    """A person's vote. Voting again changes it: one vote per person per idea."""
    if value not in VoteValue.values:
        raise IdeaRefused(_("Choose yes, no or not sure."))
    if not idea.is_public or idea.consultation_id != response.consultation_id:
        raise IdeaRefused(_("You cannot vote on this idea."))
    for _attempt in range(2):
        try:
            with transaction.atomic():
                vote, _made = IdeaVote.objects.update_or_create(
                    idea=idea, response=response, defaults={"value": value}
                )
                return vote
        except IntegrityError:
            continue  # another tab made the vote a moment ago: update that one
    raise IdeaRefused(_("Please try again."))


@transaction.atomic
def session_votes_save(*, session, counts: dict[int, dict[str, int]], by) -> None:
    """A group session's votes: for each idea, how many people said yes, no and not sure.

    Saving again replaces the session's counts for those ideas, so a double click is harmless.
    """
    ideas = {
        idea.pk: idea
        for idea in Idea.objects.published().filter(
            consultation=session.consultation, pk__in=counts
        )
    }
    for idea_pk, by_value in counts.items():
        idea = ideas.get(idea_pk)
        if idea is None:
            raise IdeaRefused(_("One of the ideas is no longer open for votes."))
        if sum(by_value.values()) > session.people_count:
            raise IdeaRefused(
                _("%(idea)s has more votes than the %(people)d people at the session.")
                % {"idea": idea.title, "people": session.people_count}
            )
        for value in VoteValue.values:
            count = by_value.get(value) or 0
            existing = IdeaVote.objects.filter(idea=idea, session=session, value=value)
            if count:
                updated = existing.update(count=count, entered_by=by, updated_at=timezone.now())
                if not updated:
                    IdeaVote.objects.create(
                        idea=idea, session=session, value=value, count=count, entered_by=by
                    )
            else:
                existing.delete()

"""Demo ideas for the Riverside consultation, one or more in each moderation state.

Idempotent: each idea is found by its token before it is made, and is moderated only the first
time, so running the demo loader again changes nothing.
"""

from django.contrib.auth import get_user_model
from wagtail.images import get_image_model

from organisations.models import Organisation

from .models import Idea, Source, Status
from .services import idea_moderate, idea_suggest

# key, organisation name, area, title, easy title, cost, picture, then the moderation step:
# (action, reason, easy reason, key of the idea to merge into).
DEMO_IDEAS = [
    (
        "cafe",
        "Riverside Self Advocates",
        "day_and_work",
        "Community cafe run by people with learning disabilities",
        "A cafe run by people we support",
        18000,
        "Work",
        ("publish", "", "", None),
    ),
    (
        "garden",
        "Riverside Carers Network",
        "community",
        "Shared allotment for carers and the people they support",
        "A garden we share",
        3500,
        "Park",
        ("publish", "", "", None),
    ),
    (
        "music",
        "Riverside Self Advocates",
        "day_and_work",
        "Weekly music night at the library",
        "Music night at the library",
        None,
        "Music",
        None,  # waiting to be checked
    ),
    (
        "buddies",
        "Riverside Carers Network",
        "community",
        "Buddies",
        "Buddies",
        None,
        "Friends",
        (
            "reword",
            "Unclear who the buddies are and what they do.",
            "Please tell us who the buddies are. Tell us what they do.",
            None,
        ),
    ),
    (
        "allotment",
        "Riverside Self Advocates",
        "community",
        "Allotment club",
        "A garden club",
        2000,
        "Park",
        ("merge", "The same as the shared allotment idea.", "It is like another idea.", "garden"),
    ),
    (
        "minibus",
        "Riverside Carers Network",
        "community",
        "New minibus for the day centre",
        "A new minibus",
        45000,
        "",
        (
            "not_taken_forward",
            "Transport is commissioned separately and was renewed this year.",
            "The council already pays for buses. It got new buses this year.",
            None,
        ),
    ),
]


def demo_ideas_load(consultation, ideas=DEMO_IDEAS, *, token_prefix="demo-idea-") -> list[Idea]:
    """Suggest and moderate each idea once. Another consultation's ideas need their own prefix:
    an organisation's idea is found again by its token."""
    commissioner = (
        get_user_model()
        .objects.filter(memberships__organisation=consultation.commissioner)
        .order_by("pk")
        .first()
    )
    pictures = get_image_model().objects
    made: dict[str, Idea] = {}
    for key, organisation_name, area, title, easy, cost, picture, step in ideas:
        organisation = Organisation.objects.get(name=organisation_name)
        idea, created = idea_suggest(
            consultation=consultation,
            area_key=area,
            title=title,
            easy_title=easy,
            cost_estimate=cost,
            picture=pictures.filter(title__iexact=picture).first() if picture else None,
            source=Source.ORGANISATION,
            organisation=organisation,
            by=organisation.memberships.order_by("pk").first().user,
            submit_token=f"{token_prefix}{key}",
        )
        made[key] = idea
        if step is not None and idea.status == Status.WAITING:
            action, reason, easy_reason, merge_key = step
            idea_moderate(
                idea=idea,
                action=action,
                by=commissioner,
                reason=reason,
                easy_reason=easy_reason,
                merge_into=made.get(merge_key) if merge_key else None,
            )
    return list(made.values())

"""What people are told, in easy read: the same words for the email, the letter and the pack.

Built once per round from the current published decisions (or one progress update), so sending
10,000 emails reads the decisions once, not 10,000 times.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from decisions.models import Decision
from decisions.promise import long_date


@dataclass(frozen=True)
class Point:
    heading: str
    lines: list[str] = field(default_factory=list)
    # The picture beside the point on the printed pack: the decision's area.
    icon: str = "read.svg"


@dataclass(frozen=True)
class Message:
    subject: str
    title: str
    opening: list[str]
    points: list[Point]
    link: str
    help_phone: str

    @property
    def closing(self) -> list[str]:
        lines = []
        if self.link:
            lines.append(_("You can read more on our website."))
        lines.append(_("Do you need help? Call us on %(phone)s.") % {"phone": self.help_phone})
        lines.append(_("Thank you for telling us what you think."))
        return lines


def consultation_link(consultation) -> str:
    """Where to read more: the "you said, we did" page once it is live, else the consultation's
    page; "" when no site is set up to give an address."""
    from decisions.pages import you_said_we_did_live

    page = you_said_we_did_live(consultation) or consultation
    return page.get_full_url() or ""


def message_for(round) -> Message:
    consultation = round.consultation
    title = consultation.title
    if round.update_id:
        update = round.update
        opening = [
            _("You took part in %(title)s.") % {"title": title},
            _("You asked us to tell you what we decided."),
            _("Here is some news about one of our decisions."),
        ]
        points = [
            Point(
                update.decision.easy_title,
                [
                    _("News from %(date)s.") % {"date": long_date(update.on)},
                    *update.easy_lines(),
                    str(update.easy_status),
                ],
                icon=f"area-{update.decision.area_key}.svg",
            )
        ]
        subject = _("News about what we decided: %(title)s") % {"title": title}
    else:
        opening = [
            _("You took part in %(title)s.") % {"title": title},
            _("You asked us to tell you what we decided."),
            _("Here is what we decided."),
        ]
        decisions = Decision.objects.current().filter(consultation=consultation)
        points = [
            Point(
                decision.easy_title,
                [*decision.easy_reason_lines(), str(decision.easy_status)],
                icon=f"area-{decision.area_key}.svg",
            )
            for decision in decisions.order_by("area_key", "decided_on", "pk")
        ]
        subject = _("What we decided: %(title)s") % {"title": title}
    return Message(
        subject=subject,
        title=title,
        opening=opening,
        points=points,
        link=consultation_link(consultation),
        help_phone=consultation.help_phone or settings.HELP_PHONE,
    )

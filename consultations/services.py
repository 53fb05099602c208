"""Workflows that span models: creating a consultation's areas, sign-off, and the publish gate."""

import datetime
import logging

from django.db import transaction
from django.utils.translation import gettext as _

from .areas import AREAS
from .easy_read import page_findings_count
from .models import AreaPage, ConsultationPage, EasyReadSignOff

logger = logging.getLogger(__name__)


@transaction.atomic
def consultation_create_areas(*, consultation: ConsultationPage, user=None) -> list[AreaPage]:
    """Give a consultation its 5 area pages, in order.

    Safe to call again: it adds only the missing ones.
    """
    existing = set(AreaPage.objects.child_of(consultation).values_list("area_key", flat=True))
    created = []
    for area in AREAS:
        if area.key in existing:
            continue
        page = AreaPage(
            title=area.name,
            slug=area.slug,
            area_key=area.key,
            live=consultation.live,
            owner=user,
        )
        consultation.add_child(instance=page)
        page.save_revision(user=user, log_action=False)
        consultation.refresh_from_db()
        created.append(page)
    return created


@transaction.atomic
def signoff_record(
    *,
    consultation: ConsultationPage,
    checked_by: str,
    checkers_organisation: str,
    checked_on: datetime.date,
    notes: str = "",
    user=None,
    covers: str = EasyReadSignOff.Covers.CONSULTATION,
) -> EasyReadSignOff:
    sign_off = EasyReadSignOff.objects.create(
        consultation=consultation,
        covers=covers,
        checked_by=checked_by,
        checkers_organisation=checkers_organisation,
        checked_on=checked_on,
        notes=notes,
        recorded_by=user,
    )
    logger.info("Easy-read sign-off %s recorded for consultation %s", sign_off.pk, consultation.pk)
    return sign_off


def page_publish_problems(page) -> list[str]:
    """Why a consultation or area page may not go live yet. Empty when it may."""
    page = page.specific
    if not isinstance(page, ConsultationPage | AreaPage):
        return []
    problems = []
    consultation = page.consultation()
    if not consultation.is_signed_off():
        problems.append(
            _(
                "People with learning disabilities must check the easy read before it goes live. "
                "Submit it for the easy-read check, or record the sign-off in Easy-read sign-offs."
            )
        )
    if isinstance(page, ConsultationPage):
        problems += _consultation_publish_problems(page)
    if page_findings_count(page) and not page.easy_read_findings_reason.strip():
        problems.append(
            _(
                "The easy-read checker still has findings. Fix them, or give a reason to publish "
                "anyway in the Easy read tab."
            )
        )
    return problems


def _consultation_publish_problems(consultation: ConsultationPage) -> list[str]:
    problems = []
    # Wagtail saves the draft revision before publishing, so check what is being published.
    latest = consultation.get_latest_revision_as_object()
    if latest.missing_for_publishing():
        problems.append(
            _("Fill in the dates and the money for support before you publish. Drafts can wait.")
        )
    empty = [
        area.title
        for area in AreaPage.objects.child_of(consultation).order_by("path")
        if not len(area.get_latest_revision_as_object().questions)
    ]
    if empty:
        problems.append(
            _("Add questions to every area before you publish. These areas have none: %(areas)s.")
            % {"areas": ", ".join(empty)}
        )
    return problems

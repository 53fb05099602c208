"""What "you said, we did" needs before it goes live (ADR 025), checked by the publish hook."""

from django.utils import timezone
from django.utils.translation import gettext as _

from consultations.easy_read import page_findings_count

from .pages import YouSaidWeDidPage


def you_said_we_did_problems(page: YouSaidWeDidPage) -> list[str]:
    """Why the page may not go live yet, in plain words for the editor. Empty when it may."""
    consultation = page.consultation()
    problems = []
    if not consultation.has_closed(timezone.localdate()):
        problems.append(
            _("People can still answer. Publish “you said, we did” after the consultation closes.")
        )
    if not page.decisions().exists():
        problems.append(
            _("Publish at least one decision first. This page is built from published decisions.")
        )
    if not consultation.result_snapshots.exists():
        problems.append(
            _(
                "Publish the results to the public page first. This page shows what people said "
                "from there."
            )
        )
    if not page.is_signed_off():
        problems.append(
            _(
                "People with learning disabilities must check this page before it goes live. "
                "Submit it for the easy-read check, or record the sign-off in Easy-read sign-offs "
                "for “The ‘you said, we did’ page”. A check made before the newest decision was "
                "published does not count."
            )
        )
    if page_findings_count(page) and not page.easy_read_findings_reason.strip():
        problems.append(
            _(
                "The easy-read checker still has findings. Fix them, or give a reason to publish "
                "anyway in the Easy read tab."
            )
        )
    return problems

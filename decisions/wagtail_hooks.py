from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from organisations.models import Organisation

# What the audit log says for each write to a decision (decisions/services.py).
LOG_ACTIONS = {
    "decisions.record": (_("Record decision"), _("Decision recorded")),
    "decisions.line_add": (_("Add ledger line"), _("Ledger line added")),
    "decisions.line_remove": (_("Remove ledger line"), _("Ledger line removed")),
    "decisions.evidence_add": (_("Add evidence"), _("Evidence added")),
    "decisions.evidence_remove": (_("Remove evidence"), _("Evidence removed")),
    "decisions.publish": (_("Publish decision"), _("Decision published")),
    "decisions.revised": (_("Replace decision"), _("Decision replaced by a new one")),
    "decisions.progress": (_("Add progress update"), _("Progress update added")),
}


@hooks.register("register_log_actions")
def register_decision_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


class DecisionsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or Organisation.objects.commissioners().member_of(user).exists()


@hooks.register("register_admin_menu_item")
def register_decisions_menu_item():
    return DecisionsMenuItem(
        _("Decisions"), reverse_lazy("decisions:mine"), icon_name="tasks", order=250
    )


@hooks.register("before_publish_page")
def check_you_said_we_did_before_publishing(request, page):
    # Runs after Wagtail saved the draft revision, so a refusal never loses the editor's work.
    from .pages import YouSaidWeDidPage
    from .publishing import you_said_we_did_problems

    if not isinstance(page.specific, YouSaidWeDidPage):
        return None
    problems = you_said_we_did_problems(page.specific)
    if not problems:
        return None
    for problem in problems:
        messages.error(request, problem)
    return redirect("wagtailadmin_pages:edit", page.pk)

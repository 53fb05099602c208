from django.utils.translation import gettext_lazy as _
from wagtail import hooks

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

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

# Each custom rule selects the parts of a page participants read; its check's evaluate function
# is registered in the browser by site/static/js/easy_read_userbar.js with registerCheck.
EASY_READ_RULES = {
    "easy-read-sentence-length": (
        "[data-easy-read-text]",
        _("A sentence is longer than 15 words"),
        _("Split it into short sentences"),
    ),
    "easy-read-acronyms": (
        "[data-easy-read-text]",
        _("Initials or an acronym are used"),
        _("Write the full words, or add them to the word list"),
    ),
    "easy-read-percentages": (
        "[data-easy-read-text]",
        _("A percentage, decimal or big number is used"),
        _("Use words like 'about half' or 'most'"),
    ),
    "easy-read-point-picture": (
        "[data-easy-read-point]",
        _("An easy-read point has no picture"),
        _("Add a picture on the left of every point"),
    ),
}


class EasyReadCheckerItem(ContentCheckerItem):
    """Wagtail's content checker, plus the easy-read checks (rules 1, 5, 9 and 14)."""

    def get_axe_run_only(self, request):
        return [*ContentCheckerItem.axe_run_only, *EASY_READ_RULES]

    def get_axe_custom_rules(self, request):
        return [
            *super().get_axe_custom_rules(request),
            *(
                {
                    "id": rule_id,
                    "impact": "serious",
                    "selector": selector,
                    "tags": ["easy-read"],
                    "any": [f"check-{rule_id}"],
                    "enabled": True,
                }
                for rule_id, (selector, _name, _help) in EASY_READ_RULES.items()
            ),
        ]

    def get_axe_custom_checks(self, request):
        return [
            *super().get_axe_custom_checks(request),
            *({"id": f"check-{rule_id}"} for rule_id in EASY_READ_RULES),
        ]

    def get_axe_messages(self, request):
        return {
            **super().get_axe_messages(request),
            **{
                rule_id: {"error_name": name, "help_text": help_text}
                for rule_id, (_selector, name, help_text) in EASY_READ_RULES.items()
            },
        }

from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from organisations.models import Organisation

# What the audit log says for each write while telling people (telling/services.py).
LOG_ACTIONS = {
    "telling.start": (_("Tell people"), _("Started telling people")),
    "telling.retry": (_("Try an email again"), _("Email tried again")),
    "telling.letters": (_("Download letters"), _("Letters downloaded")),
    "telling.posted": (_("Mark letters as posted"), _("Letters marked as posted")),
    "telling.shared": (_("Record a group's sharing"), _("Group shared the news")),
    "telling.contacts_deleted": (_("Delete contact details"), _("Contact details deleted")),
}


@hooks.register("register_log_actions")
def register_telling_actions(actions):
    for action, (label, message) in LOG_ACTIONS.items():
        actions.register_action(action, label, message)


class TellingMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return user.is_superuser or Organisation.objects.commissioners().member_of(user).exists()


@hooks.register("register_admin_menu_item")
def register_telling_menu_item():
    return TellingMenuItem(
        _("Tell people"), reverse_lazy("telling:mine"), icon_name="mail", order=260
    )

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from accounts.viewsets import VisibleSnippetViewSet

from .models import Membership, Organisation


class OrganisationViewSet(VisibleSnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "kind", "verified"]
    list_filter = ["kind", "verified"]
    search_fields = ["name"]


class MembershipViewSet(VisibleSnippetViewSet):
    """Who belongs to which organisation. No group is given these permissions: administrators
    add members until organisations can invite their own."""

    model = Membership
    icon = "user"
    menu_label = _("Members")
    list_display = ["user", "organisation", "role"]
    list_filter = ["role"]


class OrganisationsGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, MembershipViewSet)
    menu_icon = "group"
    menu_label = _("Organisations")
    menu_order = 300


register_snippet(OrganisationsGroup)

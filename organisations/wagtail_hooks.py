from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from accounts.viewsets import VisibleSnippetViewSet
from consultations.models import RespondentGroup

from .admin_forms import RespondentGroupForm
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


class RespondentGroupViewSet(VisibleSnippetViewSet):
    """The groups each consultation wants to hear from. Kept apart from the page editor: a group
    is a plain model that sessions, answers and pledges point at by key, not page content.

    Wagtail's history records who added, changed or deleted each group, and when."""

    model = RespondentGroup
    icon = "group"
    menu_label = _("Groups to hear from")
    list_display = ["name", "easy_name", "consultation", "is_lived_experience", "target_count"]
    list_filter = ["is_lived_experience"]
    # Wagtail's reordering in the listing sets the order people see the groups in.
    sort_order_field = "sort_order"
    edit_handler = ObjectList(
        [
            FieldPanel("consultation"),
            FieldPanel("name"),
            FieldPanel("easy_name"),
            FieldPanel("key"),
            FieldPanel("is_lived_experience"),
            FieldPanel("target_count"),
            FieldPanel("target_source"),
        ],
        base_form_class=RespondentGroupForm,
    )


class OrganisationsGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, MembershipViewSet, RespondentGroupViewSet)
    menu_icon = "group"
    menu_label = _("Organisations")
    menu_order = 300


register_snippet(OrganisationsGroup)

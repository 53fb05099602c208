from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = "Organisations"
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "kind", "verified"]
    list_filter = ["kind", "verified"]
    search_fields = ["name"]


register_snippet(OrganisationViewSet)

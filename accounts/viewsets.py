"""Snippet admin screens that show a person only what their model's visible_to(user) allows.

The listing asks the viewset's get_queryset. The edit and delete pages find their object through
get_queryset; the usage and history pages, which list other rows, through
get_base_object_queryset; the chooser pop-up through get_object_list and get_object. So another
organisation's record is a 404, not a page (ADR 008).
"""

from wagtail.snippets.views import chooser, snippets


def visible_only(view_class: type, finder: str = "get_queryset") -> type:
    """The same admin view, finding its object only among those the signed-in person may see."""

    def visible(self):
        return self.model.objects.visible_to(self.request.user)

    return type(view_class.__name__, (view_class,), {finder: visible})


def _chosen_visible(self, pk):
    return self.model.objects.visible_to(self.request.user).get(pk=pk)


class VisibleChooserViewSet(chooser.SnippetChooserViewSet):
    """The chooser pop-up lists, and hands back, only what the person may see."""

    choose_view_class = visible_only(chooser.ChooseView, "get_object_list")
    choose_results_view_class = visible_only(chooser.ChooseResultsView, "get_object_list")
    chosen_view_class = type(
        "SnippetChosenView", (chooser.SnippetChosenView,), {"get_object": _chosen_visible}
    )


class VisibleSnippetViewSet(snippets.SnippetViewSet):
    """For models whose manager has visible_to(user)."""

    # A copy would open another organisation's record by its id; nothing here needs copying.
    copy_view_enabled = False
    # Search with the database's own filters: a search index cannot apply visible_to's joins.
    search_backend_name = None
    edit_view_class = visible_only(snippets.EditView)
    delete_view_class = visible_only(snippets.DeleteView)
    usage_view_class = visible_only(snippets.UsageView, "get_base_object_queryset")
    history_view_class = visible_only(snippets.HistoryView, "get_base_object_queryset")
    chooser_viewset_class = VisibleChooserViewSet

    def get_queryset(self, request):
        return self.model.objects.visible_to(request.user)

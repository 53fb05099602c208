"""Serving consultation pages: routing to a child page in one query, and telling previews apart."""

from wagtail.models import Page


def route_to_child(page: Page, child_model, request, path_components):
    """Wagtail's routing, but the child is read as its own type at once: 1 query, not 2.

    Anything else (another page type, or no such child) goes through Wagtail's usual routing.
    """
    if path_components:
        # Slugs are unique among siblings, so no ORDER BY is needed to pick one.
        found = child_model.objects.child_of(page).filter(slug=path_components[0])[:1]
        child = next(iter(found), None)
        if child is not None:
            # Treebeard's get_parent() uses this, so the child finds its parent without a query.
            child._cached_parent_obj = page
            return child.route(request, path_components[1:])
    return Page.route(page, request, path_components)


def is_preview(request) -> bool:
    """Previews show unpublished changes: never keep or reuse what they draw."""
    return bool(getattr(request, "is_preview", False))

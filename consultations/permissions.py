"""Make the Wagtail admin ask ConsultationPage.objects.visible_to(user) (ADR 008).

Wagtail's page permissions say what someone may do (add, change, publish); the consultations a
person may see say where. Pages outside any consultation (the root and the home page) keep
Wagtail's own rules.
"""

from django.db.models import CharField, Q, QuerySet
from django.db.models.functions import Cast, Substr
from wagtail.models import Page, PagePermissionTester
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import ConsultationPage
from .models.pages import CONSULTATION_DEPTH, CONSULTATION_PATH_LENGTH


def pages_in_scope(pages: QuerySet, user) -> QuerySet:
    """Of these pages, those outside every consultation or inside one the person may see."""
    if user.is_superuser:
        return pages
    in_scope = (
        Page.objects.annotate(_consultation_path=Substr("path", 1, CONSULTATION_PATH_LENGTH))
        .filter(
            Q(depth__lt=CONSULTATION_DEPTH)
            | Q(_consultation_path__in=ConsultationPage.objects.visible_to(user).values("path"))
            | ~Q(_consultation_path__in=ConsultationPage.objects.values("path"))
        )
        .values("pk")
    )
    # A plain pk filter, so search backends can still search the result.
    return pages.filter(pk__in=in_scope)


def page_in_scope(user, page: Page) -> bool:
    # A page being created is not in the tree yet: its parent's permissions and the form's
    # choices decide, as for any new page.
    if user.is_superuser or page.pk is None or page.depth < CONSULTATION_DEPTH:
        return True
    return pages_in_scope(Page.objects.filter(pk=page.pk), user).exists()


def page_ids_in_scope(user) -> QuerySet:
    """Page ids as text, to match the object_id of workflow states."""
    pages = pages_in_scope(Page.objects.all(), user)
    return pages.annotate(_id_text=Cast("pk", CharField())).values("_id_text")


class ScopedPagePermissionPolicy(PagePermissionPolicy):
    """Listings, search, reports and the dashboard show only pages in the person's scope."""

    def instances_user_has_any_permission_for(self, user, actions):
        return pages_in_scope(super().instances_user_has_any_permission_for(user, actions), user)

    def explorable_instances(self, user):
        return pages_in_scope(super().explorable_instances(user), user)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return super().user_has_any_permission_for_instance(
            user, actions, instance
        ) and page_in_scope(user, instance)


class ScopedPagePermissionTester(PagePermissionTester):
    """Edit, publish, delete, move, copy and history buttons and views for one page.

    Outside the person's scope their Wagtail permissions count for nothing on this page.
    """

    def __init__(self, user, page):
        super().__init__(user, page)
        self.in_scope = page_in_scope(user, page)
        if not self.in_scope:
            self.permissions = set()

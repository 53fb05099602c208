from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.panels import ObjectList
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from accounts.viewsets import VisibleSnippetViewSet

from .dashboard import ConsultationsPanel
from .easy_read import page_findings_count
from .forms import SignOffAdminForm
from .models import AreaPage, ConsultationPage, EasyReadSignOff, SupportModel
from .permissions import page_in_scope, pages_in_scope
from .services import consultation_create_areas, page_publish_problems
from .userbar import EasyReadCheckerItem


# Support models are a shared library of national models, not one body's data, so every
# editor sees them all (ADR 008).
class SupportModelViewSet(SnippetViewSet):
    model = SupportModel
    icon = "snippet"
    menu_label = _("Support models")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["name", "easy_read_name", "is_todays_default"]
    search_fields = ["name"]


class EasyReadSignOffViewSet(VisibleSnippetViewSet):
    model = EasyReadSignOff
    edit_handler = ObjectList(EasyReadSignOff.panels, base_form_class=SignOffAdminForm)
    icon = "tick-inverse"
    menu_label = _("Easy-read sign-offs")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["consultation", "covers", "checked_by", "checkers_organisation", "checked_on"]


register_snippet(SupportModelViewSet)
register_snippet(EasyReadSignOffViewSet)


@hooks.register("construct_homepage_panels")
def show_consultations_on_the_dashboard(request, panels):
    panels.insert(0, ConsultationsPanel())


@hooks.register("construct_explorer_page_queryset")
def explore_only_consultations_in_scope(parent_page, pages, request):
    # Listings are already filtered by the page permission policy; this refuses to open another
    # body's consultation (or its areas) as the page being explored (ADR 008).
    if not page_in_scope(request.user, parent_page):
        raise PermissionDenied
    return pages


@hooks.register("construct_page_chooser_queryset")
def choose_only_pages_in_scope(pages, request):
    return pages_in_scope(pages, request.user)


@hooks.register("after_create_snippet")
def record_who_signed_off(request, instance):
    if isinstance(instance, EasyReadSignOff) and instance.recorded_by_id is None:
        instance.recorded_by = request.user
        instance.save(update_fields=["recorded_by"])


def _is_checked(page) -> bool:
    """Pages people read in easy read, each gated by its own sign-off (ADR 006, ADR 025)."""
    return hasattr(page, "sign_off_covers")


def _findings_message(request, page) -> None:
    count = page_findings_count(page)
    if count:
        messages.warning(
            request,
            ngettext(
                "Saved. The easy-read checker found %(count)s thing to look at. "
                "See the Easy read tab.",
                "Saved. The easy-read checker found %(count)s things to look at. "
                "See the Easy read tab.",
                count,
            )
            % {"count": count},
        )


@hooks.register("after_create_page")
def create_areas_for_new_consultation(request, page):
    page = page.specific
    if isinstance(page, ConsultationPage):
        consultation_create_areas(consultation=page, user=request.user)
    if _is_checked(page):
        _findings_message(request, page)


@hooks.register("after_edit_page")
def show_easy_read_findings(request, page):
    if _is_checked(page.specific):
        _findings_message(request, page.specific)


@hooks.register("before_publish_page")
def require_sign_off_before_publishing(request, page):
    # Runs after the draft revision is saved, so refusing here never loses the editor's work.
    problems = page_publish_problems(page)
    if problems:
        for problem in problems:
            messages.error(request, problem)
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_delete_page")
def keep_all_five_areas(request, page):
    if isinstance(page.specific, AreaPage):
        messages.error(
            request,
            _("A consultation always has all 5 areas. Edit this area instead of deleting it."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_copy_page")
def areas_are_copied_with_their_consultation(request, page):
    if isinstance(page.specific, AreaPage):
        messages.error(request, _("Copy the whole consultation instead of one area."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("construct_wagtail_userbar")
def use_easy_read_checker(request, items, page):
    for index, item in enumerate(items):
        # Wagtail still builds its deprecated AccessibilityItem subclass here, so match by base.
        if isinstance(item, ContentCheckerItem) and not isinstance(item, EasyReadCheckerItem):
            items[index] = EasyReadCheckerItem(in_editor=item.in_editor)


@hooks.register("insert_editor_js")
def easy_read_checks_in_editor():
    # The preview panel's content checker runs these checks; loaded here too for the inline preview.
    return format_html('<script src="{}"></script>', static("accessibility/js/easy_read_checks.js"))

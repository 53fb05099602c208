from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import include, path, re_path, register_converter, reverse
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents.views import serve as document_views

from .converters import DatabaseIdConverter
from .health import healthz, readyz

# Registered before any app's URLs are included, so every urls.py can use <id:...>.
register_converter(DatabaseIdConverter, "id")


class AdminLoginRedirect(RedirectView):
    """Wagtail's own sign-in form would skip allauth's two-factor step, so send staff to allauth."""

    query_string = True

    def get_redirect_url(self, *args, **kwargs):
        self.url = reverse("account_login")
        return super().get_redirect_url(*args, **kwargs)


def not_found(request: HttpRequest, *args, **kwargs) -> HttpResponse:
    raise Http404


urlpatterns = [
    # First, so a health check resolves before any other pattern is tried.
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/login/", AdminLoginRedirect.as_view(), name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's public URLs with a number, declared here with <id:...> (same names, same views)
    # so an out-of-range number is a 404, not a 500 on SQLite. Anything else under them is a 404.
    path(
        "documents/<id:document_id>/<path:document_filename>",
        document_views.serve,
        name="wagtaildocs_serve",
    ),
    path(
        "documents/authenticate_with_password/<id:restriction_id>/",
        document_views.authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path(
        "_util/authenticate_with_password/<id:page_view_restriction_id>/<id:page_id>/",
        wagtail_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    re_path(r"^(documents|_util/authenticate_with_password)/", not_found),
    path("accounts/", include("allauth.urls")),
    path("", include("accessibility.urls")),
    path("", include("ideas.urls")),
    path("", include("decisions.urls")),
    path("", include("telling.urls")),
    path("", include("organisations.urls")),
    path("", include("pictures.urls")),
    path("", include("responses.urls")),
    path("", include("results.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else, so it goes last.
urlpatterns += [path("", include(wagtail_urls))]

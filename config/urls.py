from django.conf import settings
from django.urls import include, path, reverse
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from .health import healthz, readyz


class AdminLoginRedirect(RedirectView):
    """Wagtail's own sign-in form would skip allauth's two-factor step, so send staff to allauth."""

    query_string = True

    def get_redirect_url(self, *args, **kwargs):
        self.url = reverse("account_login")
        return super().get_redirect_url(*args, **kwargs)


urlpatterns = [
    # First, so a health check resolves before any other pattern is tried.
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    path("admin/login/", AdminLoginRedirect.as_view(), name="admin_login_redirect"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/", include("allauth.urls")),
    path("", include("accessibility.urls")),
    path("", include("pictures.urls")),
    path("", include("responses.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else, so it goes last.
urlpatterns += [path("", include(wagtail_urls))]

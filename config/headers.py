"""Security headers every page sends: Content-Security-Policy and Permissions-Policy (ADR 013)."""

from collections.abc import Callable

from csp.constants import SELF as CSP_SELF
from csp.constants import UNSAFE_INLINE as CSP_UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.http import HttpRequest, HttpResponse

from accounts.middleware import ADMIN_PREFIX

# Features no page here uses. Denying them means injected content cannot use them either.
# (Staff sign in with TOTP; allow publickey-credentials-get again if passkeys are turned on.)
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


def permissions_policy(get_response: Callable[[HttpRequest], HttpResponse]):
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    return middleware


# The Wagtail admin is not ours to change, and it still uses inline scripts and styles in places.
# Staff there are signed in with two factors, so it gets these additions; every other page gets
# the strict policy in settings.CONTENT_SECURITY_POLICY.
ADMIN_POLICY_ADDITIONS = {
    "script-src": [CSP_UNSAFE_INLINE],
    "style-src": [CSP_UNSAFE_INLINE],
    "img-src": ["blob:"],
    "frame-src": [CSP_SELF],
}
# The editor's live preview shows admin pages in a frame of the admin.
ADMIN_POLICY_REPLACEMENTS = {"frame-ancestors": [CSP_SELF]}


class ContentSecurityPolicy(CSPMiddleware):
    """django-csp's middleware, with a looser policy for the Wagtail admin only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path.startswith(ADMIN_PREFIX) and not report_only:
            parts.update = {**ADMIN_POLICY_ADDITIONS, **(parts.update or {})}
            parts.replace = {**ADMIN_POLICY_REPLACEMENTS, **(parts.replace or {})}
        return parts

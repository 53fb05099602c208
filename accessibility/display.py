"""Display preferences: text size and colours, kept in cookies so they work without JavaScript."""

from dataclasses import dataclass

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

TEXT_SIZES = {
    "standard": _("Standard text"),
    "large": _("Large text"),
    "largest": _("Largest text"),
}
COLOURS = {
    "standard": _("Standard colours"),
    "high_contrast": _("High contrast: white on black"),
    "cream": _("Dark text on cream"),
}
TEXT_SIZE_COOKIE = "display_text_size"
COLOURS_COOKIE = "display_colours"
# A year: people should not have to set this again each visit.
COOKIE_MAX_AGE = 365 * 24 * 60 * 60


@dataclass(frozen=True)
class Display:
    text_size: str = "standard"
    colours: str = "standard"

    @classmethod
    def from_request(cls, request: HttpRequest) -> "Display":
        text_size = request.COOKIES.get(TEXT_SIZE_COOKIE, "standard")
        colours = request.COOKIES.get(COLOURS_COOKIE, "standard")
        # Unknown values (old or tampered cookies) fall back to the defaults.
        return cls(
            text_size=text_size if text_size in TEXT_SIZES else "standard",
            colours=colours if colours in COLOURS else "standard",
        )

    def css_classes(self) -> str:
        return f"text-{self.text_size.replace('_', '-')} colours-{self.colours.replace('_', '-')}"

    def remember(self, response: HttpResponse) -> None:
        for name, value in ((TEXT_SIZE_COOKIE, self.text_size), (COLOURS_COOKIE, self.colours)):
            response.set_cookie(
                name,
                value,
                max_age=COOKIE_MAX_AGE,
                samesite="Lax",
                httponly=True,
                # Secure wherever the session cookie is: on HTTPS in production.
                secure=settings.SESSION_COOKIE_SECURE,
            )

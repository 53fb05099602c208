from django.conf import settings
from django.http import HttpRequest

from .display import Display


def display(request: HttpRequest) -> dict:
    return {
        "display": Display.from_request(request),
        "help_phone": settings.HELP_PHONE,
        "help_email": settings.HELP_EMAIL,
    }

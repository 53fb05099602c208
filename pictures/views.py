from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from .models import SymbolSet


def credits(request: HttpRequest) -> HttpResponse:
    # Only sets with pictures in the library: an empty set has nothing to credit.
    symbol_sets = SymbolSet.objects.in_use().select_related("collection")
    return render(request, "pictures/credits.html", {"symbol_sets": symbol_sets})

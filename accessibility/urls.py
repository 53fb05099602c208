from django.urls import path

from . import views

app_name = "accessibility"

urlpatterns = [
    path("change-how-this-looks/", views.display_settings, name="display_settings"),
]

from django.urls import path

from . import views

app_name = "pictures"

urlpatterns = [
    path("credits/", views.credits, name="credits"),
]

from django.urls import path

from . import views, views_more
from .api import results_detail, results_list

app_name = "results"

# Under /results/: the two-factor middleware covers every address here (accounts/middleware.py).
urlpatterns = [
    path("results/", views.index, name="index"),
    path("results/<id:pk>/", views.overview, name="overview"),
    path("results/<id:pk>/who-we-heard/", views.who_we_heard, name="who_we_heard"),
    path("results/<id:pk>/questions/", views.by_question, name="by_question"),
    path("results/<id:pk>/coins/", views.coins, name="coins"),
    path("results/<id:pk>/publish/", views.snapshot, name="snapshot"),
    path("results/<id:pk>/export/", views.export, name="export"),
    # Public and easy read, so outside /results/: nobody signs in to read it.
    path("what-people-said/<id:pk>/", views.public_results, name="public"),
    # Ideas with the Method of Equal Shares, and group sessions and organisations (ADR 024).
    path("results/<id:pk>/ideas/", views_more.ideas, name="ideas"),
    path("results/<id:pk>/groups-and-organisations/", views_more.panel, name="panel"),
    # The read-only JSON API of public results (docs/api.md): frozen public snapshots only.
    path("api/results/", results_list, name="api_list"),
    path("api/results/<id:pk>/", results_detail, name="api_detail"),
]

from django.urls import path

from . import views

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
]

# Ideas with the Method of Equal Shares, and group sessions and organisations (ADR 024).
from . import views_more  # noqa: E402  (appended, so other branches' lines above merge cleanly)

urlpatterns += [
    path("results/<id:pk>/ideas/", views_more.ideas, name="ideas"),
    path("results/<id:pk>/groups-and-organisations/", views_more.panel, name="panel"),
]

from django.urls import path

from . import views

app_name = "telling"

BASE = "organisations/<id:pk>/telling/"
ONE = BASE + "<id:consultation_pk>/"

urlpatterns = [
    path("organisations/telling/", views.mine, name="mine"),
    path(BASE, views.telling_list, name="list"),
    path(ONE, views.status, name="status"),
    path(ONE + "start/", views.start, name="start"),
    path(ONE + "notices/<id:notice_pk>/retry/", views.retry, name="retry"),
    path(ONE + "rounds/<id:round_pk>/letters.pdf", views.letters, name="letters"),
    path(ONE + "rounds/<id:round_pk>/posted/", views.posted, name="posted"),
    path(ONE + "packs/<id:pack_pk>/", views.pack, name="pack"),
    path(ONE + "packs/<id:pack_pk>/shared/", views.shared, name="shared"),
    path(ONE + "complete/", views.complete, name="complete"),
]

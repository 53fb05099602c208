from django.urls import path

from . import public_views, views

app_name = "decisions"

BASE = "organisations/<id:pk>/decisions/"
ONE = BASE + "<id:decision_pk>/"

urlpatterns = [
    # Participants, with their code: easy read, no account (ADR 025).
    path("what-we-decided/<id:consultation_pk>/", public_views.yours, name="yours"),
    path("organisations/decisions/", views.mine, name="mine"),
    path(BASE, views.decision_list, name="list"),
    path(BASE + "new/", views.decision_new, name="new"),
    path(ONE, views.decision_detail, name="detail"),
    path(ONE + "edit/", views.decision_edit, name="edit"),
    path(ONE + "lines/", views.ledger, name="ledger"),
    path(ONE + "lines/<id:line_pk>/remove/", views.ledger_remove, name="ledger_remove"),
    path(ONE + "evidence/", views.evidence, name="evidence"),
    path(ONE + "evidence/<id:evidence_pk>/remove/", views.evidence_remove, name="evidence_remove"),
    path(ONE + "publish/", views.publish, name="publish"),
    path(ONE + "revise/", views.revise, name="revise"),
    path(ONE + "updates/", views.updates, name="updates"),
]

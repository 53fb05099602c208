from django.urls import path

from . import views

app_name = "responses"

urlpatterns = [
    path("answer/<id:consultation_pk>/", views.start, name="start"),
    path("answer/<id:consultation_pk>/agree/", views.consent, name="consent"),
    path("answer/<id:consultation_pk>/start-again/", views.start_again, name="start_again"),
    path("answer/<id:consultation_pk>/your-code/", views.your_code, name="your_code"),
    path("answer/<id:consultation_pk>/about-you/<slug:slug>/", views.about_you, name="about_you"),
    path(
        "answer/<id:consultation_pk>/question/<str:question_id>/",
        views.question,
        name="question",
    ),
    path("answer/<id:consultation_pk>/check/", views.check, name="check"),
    path("answer/<id:consultation_pk>/sent/", views.sent, name="sent"),
    path("answer/<id:consultation_pk>/closed/", views.closed, name="closed"),
    path("answer/<id:consultation_pk>/save/", views.save_for_later, name="save_for_later"),
    path("answer/<id:consultation_pk>/email-code/", views.email_code, name="email_code"),
    path("answer/<id:consultation_pk>/come-back/", views.resume, name="resume"),
    path("answer/<id:consultation_pk>/delete/", views.delete, name="delete"),
    path("answer/<id:consultation_pk>/deleted/", views.deleted, name="deleted"),
    # Staff typing in paper forms and interviews (ADR 017): under /organisations/, so the
    # two-factor middleware covers them. The answers are typed in on the pages above.
    path("organisations/<id:organisation_pk>/typing-in/", views.entry_start, name="entry_start"),
    path(
        "organisations/<id:organisation_pk>/typing-in/<id:consultation_pk>/",
        views.entry_batch,
        name="entry_batch",
    ),
    path(
        "organisations/<id:organisation_pk>/typing-in/<id:consultation_pk>/new-batch/",
        views.entry_batch_restart,
        name="entry_batch_restart",
    ),
    path(
        "organisations/<id:organisation_pk>/typing-in/<id:consultation_pk>/<id:response_pk>/",
        views.entry_open,
        name="entry_open",
    ),
]

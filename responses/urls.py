from django.urls import path

from . import views

app_name = "responses"

urlpatterns = [
    path("answer/<int:consultation_pk>/", views.start, name="start"),
    path("answer/<int:consultation_pk>/agree/", views.consent, name="consent"),
    path("answer/<int:consultation_pk>/start-again/", views.start_again, name="start_again"),
    path("answer/<int:consultation_pk>/your-code/", views.your_code, name="your_code"),
    path("answer/<int:consultation_pk>/about-you/<slug:slug>/", views.about_you, name="about_you"),
    path(
        "answer/<int:consultation_pk>/question/<str:question_id>/",
        views.question,
        name="question",
    ),
    path("answer/<int:consultation_pk>/check/", views.check, name="check"),
    path("answer/<int:consultation_pk>/sent/", views.sent, name="sent"),
    path("answer/<int:consultation_pk>/closed/", views.closed, name="closed"),
    path("answer/<int:consultation_pk>/save/", views.save_for_later, name="save_for_later"),
    path("answer/<int:consultation_pk>/come-back/", views.resume, name="resume"),
    path("answer/<int:consultation_pk>/delete/", views.delete, name="delete"),
    path("answer/<int:consultation_pk>/deleted/", views.deleted, name="deleted"),
]

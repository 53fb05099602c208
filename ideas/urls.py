from django.urls import path

from . import views

app_name = "ideas"

urlpatterns = [
    # Participants: easy read, no account.
    path("ideas/<id:consultation_pk>/", views.idea_list, name="list"),
    path("ideas/<id:consultation_pk>/your-ideas/", views.your_ideas, name="yours"),
    path("ideas/<id:consultation_pk>/vote/<slug:area_key>/", views.idea_vote_view, name="vote"),
    # Community groups, under their own organisation (two-factor sign-in, accounts/middleware.py).
    path("organisations/<id:pk>/ideas/", views.organisation_ideas, name="organisation"),
    path("organisations/<id:pk>/ideas/new/", views.organisation_idea_new, name="new"),
    path(
        "organisations/<id:pk>/ideas/<id:idea_pk>/reword/",
        views.organisation_idea_reword,
        name="reword",
    ),
    path(
        "organisations/<id:pk>/ideas/sessions/<id:session_pk>/votes/",
        views.session_votes,
        name="session_votes",
    ),
    # Commissioners, under their commissioning body.
    path("organisations/<id:pk>/ideas/moderate/", views.queue, name="queue"),
    path(
        "organisations/<id:pk>/ideas/moderate/<id:idea_pk>/",
        views.moderate_idea,
        name="moderate_idea",
    ),
    path(
        "organisations/<id:pk>/ideas/moderate/<id:idea_pk>/words/",
        views.moderate_words,
        name="moderate_words",
    ),
    path(
        "organisations/<id:pk>/ideas/moderate/<id:idea_pk>/<slug:action>/",
        views.moderate_action,
        name="moderate_action",
    ),
]

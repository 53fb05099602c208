from django.urls import path

from . import views, views_sessions

app_name = "organisations"

urlpatterns = [
    path("organisations/", views.home, name="home"),
    path("organisations/<id:pk>/", views.detail, name="detail"),
    path("organisations/<id:pk>/verify/", views.verify, name="verify"),
    path("organisations/<id:pk>/invite/", views.invite, name="invite"),
    path("organisations/<id:pk>/pledges/new/", views.pledge_add, name="pledge_add"),
    path(
        "organisations/<id:pk>/pledges/<id:pledge_pk>/withdraw/",
        views.pledge_withdraw_view,
        name="pledge_withdraw",
    ),
    path("organisations/<id:pk>/sessions/", views_sessions.session_list, name="session_list"),
    path("organisations/<id:pk>/sessions/new/", views_sessions.session_start, name="session_start"),
    path(
        "organisations/<id:pk>/sessions/new/<id:consultation_pk>/",
        views_sessions.session_add,
        name="session_add",
    ),
    path(
        "organisations/<id:pk>/sessions/<id:session_pk>/",
        views_sessions.session_detail,
        name="session_detail",
    ),
    path(
        "organisations/<id:pk>/sessions/<id:session_pk>/change/",
        views_sessions.session_edit,
        name="session_edit",
    ),
    path(
        "organisations/<id:pk>/sessions/<id:session_pk>/questions/<str:question_id>/",
        views_sessions.tally_edit,
        name="tally_edit",
    ),
    # Outside /organisations/: the person opening it has no account yet, so no two-factor step.
    path("invitations/<str:token>/", views.invitation_accept_view, name="invitation_accept"),
]

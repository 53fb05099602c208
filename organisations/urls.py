from django.urls import path

from . import views, views_org_responses, views_sessions

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

# Organisational responses (ADR 020): the organisation's own pages, then the commissioner's.
urlpatterns += [
    path(
        "organisations/<id:pk>/responses/",
        views_org_responses.org_response_list,
        name="org_responses",
    ),
    path(
        "organisations/<id:pk>/responses/start/<id:consultation_pk>/<slug:area_key>/",
        views_org_responses.org_response_start_view,
        name="org_response_start",
    ),
    path(
        "organisations/<id:pk>/responses/<id:response_pk>/",
        views_org_responses.org_response_preview,
        name="org_response_preview",
    ),
    path(
        "organisations/<id:pk>/responses/<id:response_pk>/questions/<str:question_id>/",
        views_org_responses.org_response_question,
        name="org_response_question",
    ),
    path(
        "organisations/<id:pk>/responses/<id:response_pk>/speaks-for/",
        views_org_responses.org_response_speaks_for,
        name="org_response_speaks_for",
    ),
    path(
        "organisations/<id:pk>/responses/<id:response_pk>/submit/",
        views_org_responses.org_response_submit_view,
        name="org_response_submit",
    ),
    path(
        "organisations/<id:pk>/responses/<id:response_pk>/withdraw/",
        views_org_responses.org_response_withdraw_view,
        name="org_response_withdraw",
    ),
    path(
        "organisations/responses/",
        views_org_responses.commissioner_consultations,
        name="commissioner_org_responses",
    ),
    path(
        "organisations/responses/consultations/<id:consultation_pk>/",
        views_org_responses.commissioner_list,
        name="commissioner_org_response_list",
    ),
    path(
        "organisations/responses/<id:response_pk>/",
        views_org_responses.commissioner_detail,
        name="commissioner_org_response",
    ),
]

from django.urls import path

from . import views

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
    # Outside /organisations/: the person opening it has no account yet, so no two-factor step.
    path("invitations/<str:token>/", views.invitation_accept_view, name="invitation_accept"),
]

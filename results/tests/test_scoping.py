"""Only the commissioning body that runs a consultation reads its results (ADR 008)."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

SCREENS = ["results:overview", "results:who_we_heard", "results:by_question", "results:coins"]


def _url(name, consultation):
    return reverse(name, args=[consultation.pk])


def test_another_bodys_consultation_is_not_found(cast, client_for):
    hillside = cast.hillside_consultation
    for name in SCREENS:
        assert client_for("commissioner").get(_url(name, hillside)).status_code == 404


def test_community_group_members_and_editors_cannot_open_results(cast, client_for):
    riverside = cast.riverside_consultation
    for person in ("vcse_member", "editor"):
        assert client_for(person).get(_url("results:overview", riverside)).status_code == 404
    response = client_for("participant").get(_url("results:overview", riverside))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_admin_dashboard_links_to_results_only_where_the_person_may_read_them(cast, client_for):
    riverside = _url("results:overview", cast.riverside_consultation)
    hillside = _url("results:overview", cast.hillside_consultation)
    html = client_for("commissioner").get("/admin/").content.decode()
    assert riverside in html and hillside not in html
    html = client_for("editor").get("/admin/").content.decode()
    assert riverside not in html


def test_results_ask_for_two_factor_sign_in(cast, client):
    from organisations.models import Membership
    from tests.cast import UserFactory

    user = UserFactory(username="no-app@riverside.example")
    Membership.objects.create(user=user, organisation=cast.riverside)
    client.force_login(user)
    response = client.get(_url("results:overview", cast.riverside_consultation))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")


@pytest.mark.parametrize("person", ["other_commissioner", "editor", "vcse_member"])
def test_only_the_running_body_can_publish_public_results(cast, client_for, person):
    from results.models import ResultSnapshot

    url = reverse("results:snapshot", args=[cast.riverside_consultation.pk])
    assert client_for(person).post(url).status_code == 404
    assert not ResultSnapshot.objects.exists()

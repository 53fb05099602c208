"""The ideas and the groups and organisations screens are scoped like every results screen."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["results:ideas", "results:panel"])
def test_only_the_running_body_opens_the_ideas_and_panel_screens(cast, client_for, name):
    riverside = cast.riverside_consultation
    url = reverse(name, args=[riverside.pk])
    assert client_for("commissioner").get(url).status_code == 200
    for person in ("other_commissioner", "vcse_member", "editor"):
        assert client_for(person).get(url).status_code == 404
    hillside = reverse(name, args=[cast.hillside_consultation.pk])
    assert client_for("commissioner").get(hillside + "?budget=100").status_code == 404
    response = client_for("participant").get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]

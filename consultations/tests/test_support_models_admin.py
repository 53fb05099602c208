import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth.models import Group, User

from consultations.models import SupportModel

from .factories import make_image

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = User.objects.create_user("ed", "ed@example.org", "a-long-password-1")
    user.groups.add(Group.objects.get(name="Editors"))
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={})
    client.force_login(user)
    return client


def _form(image, **overrides):
    data = {
        "name": "Homeshare",
        "easy_read_name": "",
        "picture": image.pk,
        "easy_read_description": "Someone comes to live in your home.",
        "areas": ["home", "accommodation"],
        "evidence_summary": "",
        "evidence_source": "",
        "evidence_is_national": "on",
        "cost_facts": "",
    }
    data.update(overrides)
    return data


def test_editor_adds_a_support_model_with_its_areas(editor_client):
    response = editor_client.post(
        "/admin/snippets/consultations/supportmodel/add/", _form(make_image())
    )
    assert response.status_code == 302
    assert SupportModel.objects.get(name="Homeshare").areas == ["home", "accommodation"]


def test_support_model_without_a_picture_or_area_is_explained_and_kept(editor_client):
    response = editor_client.post(
        "/admin/snippets/consultations/supportmodel/add/",
        _form(make_image(), picture="", areas=[]),
    )
    assert response.status_code == 200
    assert not SupportModel.objects.exists()
    html = response.content.decode()
    assert "This field is required" in html
    assert "Someone comes to live in your home." in html

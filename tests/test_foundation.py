"""The foundation: pages render, settings are safe, and the layout holds."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.django_db


def test_home_page_renders_with_skip_link_and_help(client):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'href="#main-content"' in html
    assert "Have your say about support" in html
    assert "Get help" in html
    assert "Change how this looks" in html


def test_wagtail_admin_sends_staff_to_the_sign_in_page(client):
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0] == f"{reverse('account_login')}?next=/admin/"
    assert response.status_code == 200
    assert "<h1>Sign in</h1>" in response.content.decode()


def test_wagtail_own_login_form_is_not_reachable(client):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == f"{reverse('account_login')}?next=/admin/pages/"


def test_missing_page_gives_friendly_404(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We cannot find this page" in response.content.decode()


def test_site_folder_is_not_an_importable_package():
    # Python's standard library owns the name `site`; our folder must never shadow it.
    assert not (ROOT / "site" / "__init__.py").exists()
    import site

    assert Path(site.__file__).parent != ROOT / "site"
    assert hasattr(site, "getsitepackages")


def _run_manage(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _example_environment() -> dict[str, str]:
    skip = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    for line in (ROOT / ".env.example").read_text().splitlines():
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value.strip('"')
    # The check must not need the example database to exist.
    env.pop("DATABASE_URL")
    return env


def test_production_settings_pass_check_deploy():
    result = _run_manage("check", "--deploy", "--fail-level", "WARNING", env=_example_environment())
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_settings_refuse_to_start_without_secret_key():
    env = _example_environment()
    env.pop("SECRET_KEY")
    result = _run_manage("check", env=env)
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable" in result.stderr


def test_production_settings_refuse_to_start_without_allowed_hosts():
    env = _example_environment()
    env["ALLOWED_HOSTS"] = ""
    result = _run_manage("check", env=env)
    assert result.returncode != 0
    assert "Set the ALLOWED_HOSTS environment variable" in result.stderr

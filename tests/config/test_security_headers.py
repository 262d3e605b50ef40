"""Every response carries the security headers; the site and the admin each their own CSP."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def directives(response):
    policy = response["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part.strip())
    }


@pytest.mark.parametrize("path", ["/en/", "/en/accounts/login/", "/en/verify/"])
def test_public_pages_run_no_inline_script_and_cannot_be_framed(client, site_tree, path):
    response = client.get(path)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["form-action"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_frames_may_come_only_from_the_video_hosts_and_the_h5p_content_host(
    client, site_tree, settings
):
    policy = directives(client.get("/en/"))
    assert policy["frame-src"] == [
        "'self'",
        *settings.EMBED_FRAME_HOSTS,
        settings.H5P_CONTENT_ORIGIN,
    ]
    assert "*" not in " ".join(policy["frame-src"])


def test_the_admin_has_its_own_policy_and_loads_nothing_from_elsewhere(
    client, site_tree, academy_staff
):
    client.force_login(academy_staff)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    policy = directives(response)
    # Wagtail's inline panels and date pickers are inline scripts without a nonce.
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["default-src"] == ["'self'"]
    assert "gravatar" not in response.content.decode()


def test_the_error_page_needs_no_inline_style():
    with open("templates/500.html", encoding="utf-8") as page:
        html = page.read()
    assert "<style" not in html and "style=" not in html

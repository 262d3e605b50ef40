"""The content host: the player page and package files, only with a valid token, only there."""

import pytest
from django.core import signing
from django.test import Client

from academy.h5p.services import TOKEN_SALT, play_token
from tests.academy.h5p.conftest import CONTENT_HOST

pytestmark = pytest.mark.django_db


def content_get(client, url):
    return client.get(url, HTTP_HOST=CONTENT_HOST)


@pytest.fixture
def token(activity, enrolled_trainee):
    return play_token(user=enrolled_trainee, activity=activity)


def test_the_player_page_plays_from_the_content_host_framed_by_the_site_only(
    client, token, enrolled_trainee
):
    response = content_get(client, f"/h5p/{token}/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "frame-ancestors http://127.0.0.1:8000" in policy
    assert "script-src 'self'" in policy
    assert "'unsafe-eval'" not in policy
    assert "X-Frame-Options" not in response
    body = response.content.decode()
    assert "/static/h5p-standalone/main.bundle.js" in body
    assert f"/h5p/{token}/files" in body
    # H5P's code reports a pseudonym, never the person's e-mail or name.
    assert "@learners.invalid" in body
    assert enrolled_trainee.email not in body
    assert enrolled_trainee.last_name not in body


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("h5p.json", "application/json"),
        ("content/content.json", "application/json"),
        ("H5P.TrueFalse-1.6/library.json", "application/json"),
        ("H5P.TrueFalse-1.6/scripts/h5p-true-false.js", "text/javascript; charset=utf-8"),
        ("H5P.TrueFalse-1.6/styles/h5p-true-false.css", "text/css; charset=utf-8"),
        ("FontAwesome-4.5/fontawesome-webfont.woff2", "font/woff2"),
    ],
)
def test_package_files_are_served_with_their_type_and_nosniff(client, token, path, content_type):
    response = content_get(client, f"/h5p/{token}/files/{path}")
    assert response.status_code == 200, path
    assert response["Content-Type"] == content_type
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert b"".join(response.streaming_content)


def test_an_svg_is_served_sandboxed(client, token):
    response = content_get(client, f"/h5p/{token}/files/H5P.TrueFalse-1.6/icon.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response["Content-Security-Policy"].startswith("sandbox")


@pytest.mark.parametrize(
    "path",
    [
        "",
        "content/",
        "H5P.TrueFalse-1.6/",
        "H5P.TrueFalse-1.6/../h5p.json",
        "content/../../../config/settings.py",
        "../../../../etc/passwd",
        "%2e%2e/%2e%2e/etc/passwd",
        "H5P.TrueFalse-1.6/missing.js",
        "H5P.Unknown-1.0/library.json",
        "content/content.json/",
    ],
)
def test_no_directory_listing_and_no_path_outside_the_package(client, token, path):
    assert content_get(client, f"/h5p/{token}/files/{path}").status_code == 404


def test_a_library_the_activity_does_not_use_is_not_served(client, token, activity):
    library = activity.libraries.get(machine_name="Tether")
    activity.libraries.remove(library)
    response = content_get(client, f"/h5p/{token}/files/Tether-1.0/library.json")
    assert response.status_code == 404


def test_a_forged_token_opens_nothing(client, activity, enrolled_trainee):
    forged = signing.dumps({"u": enrolled_trainee.pk, "a": activity.pk}, salt="another-salt")
    assert content_get(client, f"/h5p/{forged}/").status_code == 404
    assert content_get(client, f"/h5p/{forged}/files/h5p.json").status_code == 404
    genuine = play_token(user=enrolled_trainee, activity=activity)
    tampered = genuine[:-2] + ("xx" if not genuine.endswith("xx") else "yy")
    assert content_get(client, f"/h5p/{tampered}/").status_code == 404
    other_activity = signing.dumps(
        {"u": enrolled_trainee.pk, "a": activity.pk + 1}, salt=TOKEN_SALT
    )
    assert content_get(client, f"/h5p/{other_activity}/").status_code == 404
    assert content_get(client, f"/h5p/{genuine}/").status_code == 200


def test_a_token_expires_after_four_hours(client, token, monkeypatch):
    import time

    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 4 * 60 * 60 + 5)
    assert content_get(client, f"/h5p/{token}/files/h5p.json").status_code == 404


def test_the_site_itself_never_serves_the_player_or_files(client, token):
    assert client.get(f"/h5p/{token}/").status_code == 404
    assert client.get(f"/h5p/{token}/files/h5p.json").status_code == 404


@pytest.mark.parametrize("path", ["/", "/en/", "/admin/", "/en/accounts/login/", "/healthz"])
def test_the_content_host_serves_no_page_of_the_site(client, path):
    response = content_get(client, path)
    assert response.status_code == 404
    assert "Set-Cookie" not in response


def test_a_failed_or_processing_activity_is_not_played(client, token, activity):
    activity.status = activity.Status.PROCESSING
    activity.save()
    assert content_get(client, f"/h5p/{token}/").status_code == 404


def test_the_development_media_server_never_serves_h5p_files_on_the_site(settings, activity):
    """With DEBUG on, Django serves MEDIA_ROOT at /media/: the unpacked libraries (JavaScript,
    SVG) must not come from the site's origin that way, or the site's CSP ('self') would let
    an injected tag load them."""
    import importlib

    from django.urls import clear_url_caches

    import config.urls

    settings.DEBUG = True
    try:
        importlib.reload(config.urls)
        clear_url_caches()
        client = Client()
        library = activity.libraries.get(machine_name="H5P.TrueFalse")
        script = f"/media/{library.storage_prefix}scripts/h5p-true-false.js"
        assert client.get(script).status_code == 404
        assert client.get(f"/media/{activity.package.name}").status_code == 404
    finally:
        settings.DEBUG = False
        importlib.reload(config.urls)
        clear_url_caches()

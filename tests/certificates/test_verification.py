import pytest
from django.core.cache import cache

from certificates.services import issue_certificate, revoke_certificate
from certificates.views import FAILED_LOOKUPS_ALLOWED

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(graduate, certified_course):
    return issue_certificate(holder=graduate, course_key=certified_course.translation_key)


def test_qr_address_opens_the_check_in_the_visitors_language(client, certificate):
    response = client.get(f"/verify/{certificate.token}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert response.status_code == 302
    assert response.url == f"/ru/verify/{certificate.token}/"
    page = client.get(response.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Этот сертификат действителен." in html
    assert certificate.holder_name in html
    assert page["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in html


def test_the_check_shows_nothing_else_about_the_person(client, certificate, graduate):
    html = client.get(f"/en/verify/{certificate.token}/").content.decode()
    assert graduate.email not in html
    assert "This certificate is valid." in html


def test_revoked_and_expired_say_so_in_plain_words(client, certificate, academy_staff):
    revoke_certificate(certificate=certificate, reason="Issued in error", by=academy_staff)
    html = client.get(f"/en/verify/{certificate.token}/").content.decode()
    assert "This certificate was revoked on" in html
    assert "Issued in error" not in html


def test_a_changed_token_is_not_found(client, certificate):
    changed = certificate.token[:-1] + ("A" if certificate.token[-1] != "A" else "B")
    assert client.get(f"/en/verify/{changed}/").status_code == 404


def test_serial_lookup_needs_the_matching_surname(client, certificate):
    url = "/en/verify/"
    found = client.get(url, {"serial": certificate.serial, "surname": "құрманғалиева"})
    assert "This certificate is valid." in found.content.decode()
    wrong = client.get(url, {"serial": certificate.serial, "surname": "Smith"})
    html = wrong.content.decode()
    assert "No certificate matches this serial and surname." in html
    assert certificate.holder_name not in html


def test_repeated_failed_lookups_are_slowed_down(client, certificate):
    cache.clear()
    for attempt in range(FAILED_LOOKUPS_ALLOWED):
        response = client.get("/en/verify/", {"serial": f"RLA-2026-{attempt:06d}", "surname": "X"})
        assert response.status_code == 200
    blocked = client.get("/en/verify/", {"serial": certificate.serial, "surname": "Құрманғалиева"})
    assert blocked.status_code == 429
    assert "Too many unsuccessful checks" in blocked.content.decode()
    assert client.get(f"/en/verify/{certificate.token}/").status_code == 429


def test_my_certificates_and_download_are_the_holders_only(
    client, certificate, graduate, trainee, django_capture_on_commit_callbacks
):
    from certificates.tasks import render_and_send_certificate

    render_and_send_certificate(certificate.pk)
    client.force_login(graduate)
    page = client.get("/en/my-certificates/").content.decode()
    assert certificate.serial in page
    download = client.get(f"/en/my-certificates/{certificate.serial}/pdf/")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")

    client.force_login(trainee)
    assert certificate.serial not in client.get("/en/my-certificates/").content.decode()
    assert client.get(f"/en/my-certificates/{certificate.serial}/pdf/").status_code == 404
    client.logout()
    assert client.get(f"/en/my-certificates/{certificate.serial}/pdf/").status_code == 302

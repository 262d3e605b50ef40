import datetime
import re

import pytest
from django.core.cache import caches
from django.test import Client
from django.utils import timezone

from certificates.services import issue_certificate, revoke_certificate

pytestmark = pytest.mark.django_db

LOOKUP = "/en/verify/"
REFUSED = "Too many unsuccessful checks"


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


def look_up(client, serial, surname, **headers):
    return client.post(LOOKUP, {"serial": serial, "surname": surname}, **headers)


def fail_look_ups(client, count, **headers):
    return [look_up(client, f"RLA-2026-{n:06d}", "X", **headers) for n in range(count)]


def test_a_changed_token_answers_not_found_on_the_check_page(client, certificate):
    changed = certificate.token[:-1] + ("A" if certificate.token[-1] != "A" else "B")
    response = client.get(f"/en/verify/{changed}/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "No certificate matches this link." in html
    assert "<h1>Certificate check</h1>" in html
    assert "Page not found" not in html
    assert certificate.holder_name not in html
    assert response["X-Robots-Tag"] == "noindex, nofollow"


def test_serial_lookup_needs_the_matching_surname(client, certificate):
    found = look_up(client, certificate.serial, "құрманғалиева")
    assert "This certificate is valid." in found.content.decode()
    wrong = look_up(client, certificate.serial, "Smith")
    html = wrong.content.decode()
    assert "No certificate matches this serial and surname." in html
    assert certificate.holder_name not in html


def test_the_surname_never_travels_in_the_address(client, certificate):
    form = client.get(LOOKUP).content.decode()
    assert '<form method="post"' in form
    by_address = client.get(LOOKUP, {"serial": certificate.serial, "surname": "Құрманғалиева"})
    assert certificate.holder_name not in by_address.content.decode()


def test_ten_failed_lookups_from_one_address_refuse_the_next_even_if_right(client, certificate):
    assert {response.status_code for response in fail_look_ups(client, 10)} == {200}
    refused = look_up(client, certificate.serial, "Құрманғалиева")
    assert refused.status_code == 429
    assert REFUSED in refused.content.decode()
    assert certificate.holder_name not in refused.content.decode()


def test_twenty_failed_lookups_of_one_serial_from_many_addresses_refuse_that_serial(
    client, certificate
):
    for n in range(20):
        look_up(client, certificate.serial, f"Guess{n}", REMOTE_ADDR=f"192.0.2.{n + 1}")
    refused = look_up(client, certificate.serial, "Құрманғалиева", REMOTE_ADDR="198.51.100.9")
    assert refused.status_code == 429


def test_successful_lookups_do_not_count(client, certificate):
    for _ in range(15):
        found = look_up(client, certificate.serial, "Құрманғалиева")
        assert "This certificate is valid." in found.content.decode()
    assert {response.status_code for response in fail_look_ups(client, 10)} == {200}


def test_a_genuine_qr_link_is_never_refused_after_failed_lookups(client, certificate):
    fail_look_ups(client, 30)
    for n in range(30):
        client.get(f"/en/verify/wrong-token-{n}/")
    from_same_address = client.get(f"/en/verify/{certificate.token}/")
    from_another = Client().get(f"/en/verify/{certificate.token}/", REMOTE_ADDR="198.51.100.9")
    for response in (from_same_address, from_another):
        assert response.status_code == 200
        assert "This certificate is valid." in response.content.decode()


LOAD_BALANCER = {"REMOTE_ADDR": "10.0.0.2"}


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def test_behind_the_proxy_one_visitors_failed_lookups_do_not_refuse_another(
    client, certificate, behind_one_proxy
):
    fail_look_ups(client, 10, HTTP_X_FORWARDED_FOR="203.0.113.5", **LOAD_BALANCER)
    other = look_up(
        Client(),
        certificate.serial,
        "Құрманғалиева",
        HTTP_X_FORWARDED_FOR="198.51.100.7",
        **LOAD_BALANCER,
    )
    assert other.status_code == 200
    assert "This certificate is valid." in other.content.decode()


def test_behind_the_proxy_a_forged_forwarded_address_does_not_escape_the_count(
    client, certificate, behind_one_proxy
):
    fail_look_ups(client, 10, HTTP_X_FORWARDED_FOR="203.0.113.5", **LOAD_BALANCER)
    forged = look_up(
        client,
        certificate.serial,
        "Құрманғалиева",
        HTTP_X_FORWARDED_FOR="192.0.2.99, 203.0.113.5",
        **LOAD_BALANCER,
    )
    assert forged.status_code == 429


def test_the_lookup_counters_live_in_the_default_cache(client, certificate):
    fail_look_ups(client, 10)
    assert look_up(Client(), certificate.serial, "Құрманғалиева").status_code == 429
    caches["default"].clear()
    assert look_up(Client(), certificate.serial, "Құрманғалиева").status_code == 200


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


@pytest.mark.parametrize("language", ["ru", "kk"])
@pytest.mark.parametrize("status", ["revoked", "expired"])
def test_the_revoked_or_expired_sentence_ends_with_one_full_stop(
    client, certificate, academy_staff, language, status
):
    # Russian and Kazakh dates end with their own full stop ("6 декабря 2026 г.").
    if status == "revoked":
        revoke_certificate(certificate=certificate, reason="Issued in error", by=academy_staff)
    else:
        type(certificate).objects.filter(pk=certificate.pk).update(
            expires_at=timezone.now() - datetime.timedelta(days=1)
        )
    response = client.get(f"/{language}/verify/{certificate.token}/")
    heading = re.search(r'<h2 id="verification-title">(.*?)</h2>', response.content.decode(), re.S)
    text = " ".join(heading.group(1).split())
    assert text.endswith(".")
    assert ".." not in text

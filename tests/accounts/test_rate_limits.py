"""Failed logins are limited per address, the same way whether the address has an account or
not, so the lockout neither helps guessing nor tells who is a member."""

import time

import pytest
from allauth.core.internal import ratelimit as allauth_ratelimit
from django.core.cache import caches
from django.core.checks import run_checks
from django.test import Client

from accounts.models import User
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LOCKED = "Too many failed login attempts. Try again later."
LOGIN = "/en/accounts/login/"


def attempt(client, email, password):
    return client.post(LOGIN, {"login": email, "password": password})


def test_five_failed_logins_lock_the_address_even_for_the_right_password(client, site_tree):
    member = UserFactory(email="monitor@example.org")
    for _ in range(5):
        response = attempt(client, member.email, "wrong password")
        assert LOCKED not in response.content.decode()
    response = attempt(client, member.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_an_unknown_address_is_locked_out_the_same_way(client, site_tree):
    pages = [attempt(client, "nobody@example.org", "wrong password") for _ in range(6)]
    assert [LOCKED in page.content.decode() for page in pages] == [False] * 5 + [True]


def test_the_lockout_of_one_address_does_not_lock_another(client, site_tree):
    member = UserFactory(email="lawyer@example.org")
    for _ in range(6):
        attempt(client, "someone-else@example.org", "wrong password")
    response = attempt(client, member.email, PASSWORD)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


# --- Every way to check a password counts in the same limiter --------------------------------

NEW_PASSWORD = "A-new-passphrase-2026"


def signed_in_client(user):
    session = Client()
    session.force_login(user)
    return session


def test_wrong_current_passwords_at_the_password_change_lock_the_sign_in(client, site_tree):
    member = UserFactory()
    stolen_session = signed_in_client(member)
    for _ in range(5):
        stolen_session.post(
            "/en/accounts/password/change/",
            {"oldpassword": "wrong password", "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
        )
    response = attempt(client, member.email, PASSWORD)
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_locked_account_cannot_change_its_password_even_with_the_right_one(client, site_tree):
    member = UserFactory()
    for _ in range(5):
        attempt(client, member.email, "wrong password")
    response = signed_in_client(member).post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert LOCKED in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(PASSWORD)


def test_the_password_change_still_works_with_the_right_current_password(site_tree):
    member = UserFactory()
    response = signed_in_client(member).post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)


def test_wrong_passwords_at_account_deletion_lock_the_sign_in(client, site_tree):
    member = UserFactory()
    stolen_session = signed_in_client(member)
    for _ in range(5):
        stolen_session.post(
            "/en/accounts/profile/delete/", {"password": "wrong password", "confirm": "on"}
        )
    response = attempt(client, member.email, PASSWORD)
    assert LOCKED in response.content.decode()
    response = stolen_session.post(
        "/en/accounts/profile/delete/", {"password": PASSWORD, "confirm": "on"}
    )
    assert LOCKED in response.content.decode()
    assert User.objects.filter(pk=member.pk).exists()


def test_wrong_passwords_at_reauthentication_lock_the_sign_in(client, site_tree):
    member = UserFactory()
    stolen_session = signed_in_client(member)
    for _ in range(5):
        stolen_session.post("/en/accounts/reauthenticate/", {"password": "wrong password"})
    response = attempt(client, member.email, PASSWORD)
    assert LOCKED in response.content.decode()


# --- Password reset: no mail-bombing -----------------------------------------------------------


class RateLimitClock:
    """allauth's rate-limit clock, moved forward by the test."""

    monotonic = staticmethod(time.monotonic)
    sleep = staticmethod(time.sleep)

    def __init__(self):
        self.ahead = 0

    def time(self):
        return time.time() + self.ahead


@pytest.fixture
def clock(monkeypatch):
    moved = RateLimitClock()
    monkeypatch.setattr(allauth_ratelimit, "time", moved)
    return moved


def test_the_sixth_reset_request_for_one_address_within_the_hour_sends_no_email(
    client, site_tree, trainee, mailoutbox, clock
):
    for _ in range(5):
        client.post("/en/accounts/password/reset/", {"email": trainee.email})
    assert len(mailoutbox) == 5
    clock.ahead = 2 * 60
    response = client.post("/en/accounts/password/reset/", {"email": trainee.email})
    assert response.status_code == 429
    assert len(mailoutbox) == 5
    clock.ahead = 61 * 60
    client.post("/en/accounts/password/reset/", {"email": trainee.email})
    assert len(mailoutbox) == 6


# --- Behind the load balancer -----------------------------------------------------------------

LOAD_BALANCER = "10.0.0.2"


def attempt_via_proxy(client, email, password, forwarded_for):
    return client.post(
        LOGIN,
        {"login": email, "password": password},
        REMOTE_ADDR=LOAD_BALANCER,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.fixture
def behind_one_proxy(settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1


def test_behind_the_proxy_one_locked_out_visitor_does_not_lock_out_another(
    client, site_tree, behind_one_proxy
):
    member = UserFactory()
    for guess in range(10):
        attempt_via_proxy(client, f"guess{guess}@example.org", "wrong", "203.0.113.5")
    locked = attempt_via_proxy(client, member.email, PASSWORD, "203.0.113.5")
    assert LOCKED in locked.content.decode()
    response = attempt_via_proxy(Client(), member.email, PASSWORD, "198.51.100.7")
    assert response.status_code == 302


def test_behind_the_proxy_a_forged_forwarded_address_does_not_escape_the_count(
    client, site_tree, behind_one_proxy
):
    member = UserFactory()
    for guess in range(10):
        attempt_via_proxy(client, f"guess{guess}@example.org", "wrong", "203.0.113.5")
    # The visitor sends their own X-Forwarded-For; the proxy appends the address it saw.
    forged = attempt_via_proxy(client, member.email, PASSWORD, "192.0.2.99, 203.0.113.5")
    assert LOCKED in forged.content.decode()
    assert "_auth_user_id" not in client.session


# --- Shared counters ---------------------------------------------------------------------------


def test_the_counters_live_in_the_default_cache_not_in_the_session(client, site_tree):
    member = UserFactory()
    for _ in range(5):
        attempt(client, member.email, "wrong password")
    another_session = Client()
    assert LOCKED in attempt(another_session, member.email, PASSWORD).content.decode()
    caches["default"].clear()
    assert attempt(another_session, member.email, PASSWORD).status_code == 302


def deploy_warnings():
    return [
        message.id
        for message in run_checks(include_deployment_checks=True)
        if message.id == "accounts.W001"
    ]


@pytest.mark.parametrize(
    "backend",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_the_deploy_check_warns_when_production_counts_in_one_process(settings, backend):
    settings.DEBUG = False
    settings.CACHES = {"default": {"BACKEND": backend}}
    assert deploy_warnings() == ["accounts.W001"]


def test_the_deploy_check_accepts_a_shared_cache(settings):
    settings.DEBUG = False
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/1",
        }
    }
    assert deploy_warnings() == []

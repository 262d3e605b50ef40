"""Failed logins are limited per address, the same way whether the address has an account or
not, so the lockout neither helps guessing nor tells who is a member."""

import pytest

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

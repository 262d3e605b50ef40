"""Refusals a person can meet show the site's 403 page, in the site's layout and language."""

import pytest
from django.test import Client

from accounts.roles import Role
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

KAZAKH_LAYOUT = ('<html lang="kk">', "Негізгі мазмұнға өту", "Басты бетке өту")


def assert_kazakh_403(response):
    assert response.status_code == 403
    html = response.content.decode()
    for text in KAZAKH_LAYOUT:
        assert text in html
    assert 'class="site-header"' in html
    assert "<h1>" in html


def test_a_trainee_on_the_mentoring_pages_gets_the_403_page_in_kazakh(client, site_tree):
    client.force_login(UserFactory(role=Role.TRAINEE))

    response = client.get("/kk/mentoring/")

    assert_kazakh_403(response)
    assert "Шығу" in response.content.decode()  # signed in: the account menu is there


def test_a_form_sent_without_its_csrf_token_gets_the_403_page_in_kazakh(site_tree):
    client = Client(enforce_csrf_checks=True)

    response = client.post("/kk/accounts/login/", {"login": "a@example.org", "password": "x"})

    assert_kazakh_403(response)
    assert "csrf" not in response.content.decode().lower()  # no jargon, no token

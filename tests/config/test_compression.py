"""HTML is gzipped, except responses that carry a CSRF token (BREACH)."""

import gzip

import pytest

pytestmark = pytest.mark.django_db


def get(client, url):
    return client.get(url, HTTP_ACCEPT_ENCODING="gzip, br")


def test_a_public_page_is_compressed(client, site_tree):
    response = get(client, site_tree.articles["kk"].url)

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert site_tree.articles["kk"].title in gzip.decompress(response.content).decode()


def test_a_page_with_a_form_token_is_not_compressed(client, site_tree, trainee):
    assert "Content-Encoding" not in get(client, "/kk/accounts/login/")
    client.force_login(trainee)
    # The account menu's log-out form carries a token on every page of a signed-in person.
    assert "Content-Encoding" not in get(client, site_tree.articles["kk"].url)
    assert "Content-Encoding" not in get(client, "/kk/my-learning/")


def test_nothing_is_compressed_for_a_client_that_does_not_ask(client, site_tree):
    assert "Content-Encoding" not in client.get(site_tree.articles["kk"].url)

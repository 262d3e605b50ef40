"""Browsers ask for /favicon.ico whatever the page links to."""

import pytest
from django.contrib.staticfiles import finders

# Without the route the site answers its full 404 page, which reads the database.
pytestmark = pytest.mark.django_db


def test_favicon_ico_redirects_permanently_to_the_static_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    location = response["Location"]
    assert location == "/static/img/favicon.png"
    assert finders.find(location.removeprefix("/static/"))
    assert response.content == b""

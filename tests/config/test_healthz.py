import pytest
from django.core.cache import cache
from django.db import connection

pytestmark = pytest.mark.django_db


def test_healthy_when_database_and_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_503_when_the_database_does_not_answer(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise ConnectionError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


def test_503_when_the_cache_does_not_answer(client, monkeypatch):
    def broken_set(*args, **kwargs):
        raise ConnectionError("cache is down")

    monkeypatch.setattr(cache, "set", broken_set)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "error"}


def test_pages_show_the_plain_error_page_when_the_database_is_down(
    client, site_tree, settings, monkeypatch
):
    from django.db import OperationalError
    from django.db.backends.base.base import BaseDatabaseWrapper

    settings.DEBUG = False

    def database_down(*args, **kwargs):
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", database_down)
    client.raise_request_exception = False
    response = client.get("/en/")
    body = response.content.decode()
    assert response.status_code == 500
    assert "Something went wrong" in body and "Что-то пошло не так" in body
    assert "Traceback" not in body and "OperationalError" not in body
    assert "Connection refused" not in body

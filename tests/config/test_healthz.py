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

"""With the task broker unreachable, a person's request still succeeds: the work is done in
the request with a logged error, or, for long work, refused with a clear message."""

import logging

import pytest
from django.core import mail

from certificates.models import IssuedCertificate
from config.celery import app

pytestmark = pytest.mark.django_db

BASE = "/admin/certificates/issued/"


@pytest.fixture
def broker_down(settings):
    """Celery sends to a port where nothing listens, as when Redis is down."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    saved = app.conf.task_always_eager, app.conf.broker_url
    app.conf.task_always_eager = False
    app.conf.broker_url = "redis://127.0.0.1:1/0"
    forget_connections()
    yield
    app.conf.task_always_eager, app.conf.broker_url = saved
    forget_connections()


def forget_connections():
    """Connections and producers made before (to another broker) must not be reused."""
    app._pool = None
    app.amqp._producer_pool = None


def test_issuing_a_certificate_still_renders_and_sends_it(
    client,
    academy_staff,
    graduate,
    certified_course,
    broker_down,
    caplog,
    django_capture_on_commit_callbacks,
):
    client.force_login(academy_staff)
    with (
        caplog.at_level(logging.ERROR, logger="config.celery"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = client.post(
            BASE + "issue/",
            {"email": graduate.email, "course_key": str(certified_course.translation_key)},
        )
    assert response.status_code == 302
    certificate = IssuedCertificate.objects.get(holder=graduate)
    assert certificate.pdf and certificate.emailed_at is not None
    assert [message.to for message in mail.outbox] == [[graduate.email]]
    assert "Task broker unreachable" in caplog.text
    assert "runs in this process instead" in caplog.text


def test_a_bulk_issue_is_refused_with_a_message_and_issues_nothing(
    client, academy_staff, graduate, certified_course, broker_down, caplog
):
    client.force_login(academy_staff)
    with caplog.at_level(logging.ERROR, logger="config.celery"):
        response = client.post(
            BASE + "bulk/", {"course_key": str(certified_course.translation_key)}
        )
    assert response.status_code == 200
    assert "The background workers cannot be reached" in response.content.decode()
    assert not IssuedCertificate.objects.exists()
    assert "was not started" in caplog.text

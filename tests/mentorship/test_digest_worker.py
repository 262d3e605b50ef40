"""The weekly mentor digest through a real Celery worker process and Redis.

The worker is a separate process: it sees the test's data only because the test commits it
(transactional test) to a PostgreSQL test database it can connect to. It consumes a queue of
its own, child tasks included (CELERY_TASK_DEFAULT_QUEUE), and writes e-mails to files.
The settings silence celery.app.trace, so the worker does not log "succeeded": the test
learns that a task is done from the result backend (Celery reads CELERY_RESULT_BACKEND from
the environment).
"""

import email
import email.policy
import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from celery import Celery
from django.db import connection
from django.utils import timezone, translation
from django.utils.translation import gettext

from academy.services import complete_lesson, enrol
from accounts.roles import Role
from mentorship.models import MentorDigest
from mentorship.services import week_of
from tests.conftest import skip_or_fail
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import PairingFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REPO_ROOT = Path(__file__).resolve().parents[2]
BROKER_URL = "redis://127.0.0.1:6379/14"
TIMEOUT = 60
# What Django's file-based e-mail backend writes after each message.
MESSAGE_SEPARATOR = b"\n" + b"-" * 79 + b"\n"
TASK_ID = re.compile(r"\[([0-9a-f-]{36})\] received")


@pytest.fixture
def services():
    """Skip (or fail under REQUIRE_SERVICES=1) before building any data."""
    if connection.vendor != "postgresql":
        skip_or_fail("the Celery worker needs a shared PostgreSQL database (set DATABASE_URL)")
    client = redis.Redis.from_url(BROKER_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        skip_or_fail(f"the Celery worker needs Redis at {BROKER_URL}: {error}")
    yield client
    client.close()


def database_url():
    """The test database (test_…, per xdist worker) as a URL for the worker process."""
    db = connection.settings_dict
    credentials = quote(db["USER"] or "", safe="")
    if db["PASSWORD"]:
        credentials += ":" + quote(db["PASSWORD"], safe="")
    host = db["HOST"] or "127.0.0.1"
    port = db["PORT"] or 5432
    return f"postgres://{credentials}@{host}:{port}/{quote(db['NAME'], safe='')}"


def messages_in(directory):
    """Every e-mail in the directory; one file may hold several messages."""
    found = []
    for path in sorted(directory.glob("*")):
        for chunk in path.read_bytes().split(MESSAGE_SEPARATOR):
            if chunk.strip():
                found.append(email.message_from_bytes(chunk, policy=email.policy.default))
    return found


def wait_for(condition, worker, what):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if condition():
            return
        if worker.poll() is not None:
            pytest.fail(f"the worker exited ({worker.returncode}) before {what}")
        time.sleep(0.2)
    pytest.fail(f"timed out after {TIMEOUT} s waiting for {what} (worker log below)")


def test_weekly_digest_runs_in_a_worker_and_sends_once(
    services, tmp_path, pairing, other_pairing, programme, course, lessons
):
    # Two mentors whose mentees never did anything; one of them reads Russian.
    russian_mentor = pairing.mentor
    russian_mentor.preferred_language = "ru"
    russian_mentor.save(update_fields=["preferred_language"])
    english_mentor = other_pairing.mentor
    # A third mentor with nothing to report: their mentee finished a lesson today.
    busy_mentee = UserFactory(role=Role.TRAINEE)
    enrol(user=busy_mentee, course=course)
    complete_lesson(user=busy_mentee, lesson=lessons[0], course=course)
    quiet_pairing = PairingFactory(
        programme=programme, mentor=UserFactory(role=Role.MENTOR), mentee=busy_mentee
    )
    mentor_ids = [russian_mentor.pk, english_mentor.pk, quiet_pairing.mentor_id]

    queue = f"test-digest-{uuid.uuid4().hex}"
    mail_dir = tmp_path / "mail"
    mail_dir.mkdir()
    log_path = tmp_path / "worker.log"
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "CELERY_BROKER_URL": BROKER_URL,
        "CELERY_TASK_DEFAULT_QUEUE": queue,
        "CELERY_RESULT_BACKEND": BROKER_URL,
        "EMAIL_URL": "filemail:///" + quote(str(mail_dir)),
        "DEBUG": "1",
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable,
        "-m",
        "celery",
        "-A",
        "config",
        "worker",
        "--pool=solo",
        "--concurrency=1",
        "-Q",
        queue,
        "--without-heartbeat",
        "--without-gossip",
        "--without-mingle",
        "-l",
        "info",
    ]
    sender = Celery(
        "digest-worker-test", broker=BROKER_URL, backend=BROKER_URL, set_as_current=False
    )
    sent = []
    with log_path.open("wb") as log:
        worker = subprocess.Popen(  # noqa: S603 - our own interpreter with fixed arguments
            command, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
        )
    try:
        # The message waits in Redis while the worker starts.
        weekly = sender.send_task("mentorship.tasks.send_weekly_digests", queue=queue)
        sent.append(weekly)
        wait_for(weekly.ready, worker, "send_weekly_digests")
        assert weekly.get(timeout=5) == 3, "one digest task per mentor with an active pairing"
        wait_for(
            lambda: (
                MentorDigest.objects.filter(mentor_id__in=mentor_ids, sent_at__isnull=False).count()
                == 3
            ),
            worker,
            "the three mentors' digests",
        )

        messages = messages_in(mail_dir)
        assert len(messages) == 2, [message["To"] for message in messages]
        by_recipient = {str(message["To"]): message for message in messages}
        assert set(by_recipient) == {russian_mentor.email, english_mentor.email}
        for mentor, mentee, language in [
            (russian_mentor, pairing.mentee, "ru"),
            (english_mentor, other_pairing.mentee, "en"),
        ]:
            body = by_recipient[mentor.email].get_content()
            assert str(mentee) in body
            assert f"/{language}/mentoring/" in body
        assert str(pairing.mentee) not in by_recipient[english_mentor.email].get_content()
        with translation.override("ru"):
            russian = gettext("Your mentoring dashboard:")
        if russian != "Your mentoring dashboard:":  # the ru catalogue is compiled
            assert russian in by_recipient[russian_mentor.email].get_content()

        # Once a week: the same mentor and week again sends nothing.
        week = week_of(timezone.localdate()).isoformat()
        again = sender.send_task(
            "mentorship.tasks.send_mentor_digest", args=[english_mentor.pk, week], queue=queue
        )
        sent.append(again)
        wait_for(again.ready, worker, "the second send_mentor_digest")
        assert again.get(timeout=5) is False, "nothing sent the second time"
        assert len(messages_in(mail_dir)) == 2
        assert MentorDigest.objects.filter(mentor_id__in=mentor_ids).count() == 3
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=10)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait(timeout=10)
        log_text = log_path.read_text(errors="replace")
        # Captured: pytest shows the worker's log only when the test fails.
        print(log_text)  # noqa: T201
        # Our tasks' results, the children's included (their ids are in the worker's log).
        for task_id in {result.id for result in sent} | set(TASK_ID.findall(log_text)):
            sender.AsyncResult(task_id).forget()
        sender.close()
        services.delete(queue, f"_kombu.binding.{queue}", f"_kombu.binding_permanent.{queue}")

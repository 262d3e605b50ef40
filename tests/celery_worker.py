"""Real Celery worker processes for tests, on Redis and the PostgreSQL test database.

A worker is a separate process: it sees the test's data only because the test commits it
(transactional test) to a PostgreSQL test database it can connect to. Each test gets a queue
of its own, child tasks included (CELERY_TASK_DEFAULT_QUEUE), and Redis keys of its own for
unacknowledged messages, so parallel test runs never take or restore each other's messages.
Workers write e-mails to files (``mail_dir``) and media under the test's MEDIA_ROOT.
The settings silence celery.app.trace, so a worker does not log "succeeded": tests learn that
a task is done from the result backend or from the database.

Workers start through ``tests.celery_worker_main``, which can pause a worker once at a known
point so that the test can kill it there (see that module).
"""

import email
import email.policy
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest
import redis
from celery import Celery
from django.conf import settings
from django.db import connection

from tests.conftest import skip_or_fail

REPO_ROOT = Path(__file__).resolve().parents[1]
BROKER_URL = "redis://127.0.0.1:6379/14"
TIMEOUT = 60
# The workers' CELERY_VISIBILITY_TIMEOUT: a message a killed worker held goes back to the
# queue once it is this many seconds old, when the next worker starts.
VISIBILITY_TIMEOUT = 5
# What Django's file-based e-mail backend writes after each message.
MESSAGE_SEPARATOR = b"\n" + b"-" * 79 + b"\n"
TASK_ID = re.compile(r"\[([0-9a-f-]{36})\] received")


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


@dataclass
class Worker:
    process: subprocess.Popen
    log_path: Path
    marker: Path


class Workers:
    """Worker processes on one private queue: start, pause, kill, start again."""

    def __init__(self, client, directory, media_root, private_media_root):
        self.client = client
        self.directory = directory
        self.name = f"test-{uuid.uuid4().hex}"
        self.queue = self.name
        self.mail_dir = directory / "mail"
        self.mail_dir.mkdir()
        self.media_root = media_root
        self.private_media_root = private_media_root
        self.started = []
        self.sent = []
        self.sender = Celery(
            "worker-test", broker=BROKER_URL, backend=BROKER_URL, set_as_current=False
        )

    def start(self, *, pause=None):
        """A worker (prefork, one pool process, as ``make worker`` runs but smaller); with
        ``pause``, it stops once there until the test kills it.

        Not the solo pool: its task blocks the event loop that would send an early
        acknowledgement, so a task without acks_late would look acknowledged late too.
        """
        number = len(self.started) + 1
        log_path = self.directory / f"worker-{number}.log"
        marker = self.directory / f"paused-{number}"
        env = {
            **os.environ,
            "DATABASE_URL": database_url(),
            "CELERY_BROKER_URL": BROKER_URL,
            "CELERY_TASK_DEFAULT_QUEUE": self.queue,
            "CELERY_RESULT_BACKEND": BROKER_URL,
            "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_TIMEOUT),
            "EMAIL_URL": "filemail:///" + quote(str(self.mail_dir)),
            "MEDIA_ROOT": str(self.media_root),
            "PRIVATE_MEDIA_ROOT": str(self.private_media_root),
            "DEBUG": "1",
            "PYTHONUNBUFFERED": "1",
            "TEST_WORKER_KEY_PREFIX": f"{self.name}-",
            "TEST_WORKER_MARKER": str(marker),
        }
        env.pop("TEST_WORKER_PAUSE", None)
        if pause:
            env["TEST_WORKER_PAUSE"] = pause
        command = [
            sys.executable,
            "-m",
            "tests.celery_worker_main",
            "--pool=prefork",
            "--concurrency=1",
            "-Q",
            self.queue,
            "-n",
            f"{self.name}-{number}@%h",
            "--without-heartbeat",
            "--without-gossip",
            "--without-mingle",
            "-l",
            "info",
        ]
        with log_path.open("wb") as log:
            process = subprocess.Popen(  # noqa: S603 - our own interpreter with fixed arguments
                command,
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group, to kill it with its pool
            )
        worker = Worker(process, log_path, marker)
        self.started.append(worker)
        return worker

    def send(self, task_name, *args):
        """Queue a task by name; the message waits in Redis while a worker starts."""
        result = self.sender.send_task(task_name, args=args, queue=self.queue)
        self.sent.append(result)
        return result

    def wait_for(self, condition, worker, what):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            if condition():
                return
            if worker.process.poll() is not None:
                pytest.fail(f"the worker exited ({worker.process.returncode}) before {what}")
            time.sleep(0.2)
        pytest.fail(f"timed out after {TIMEOUT} s waiting for {what} (worker logs below)")

    def kill_when_paused(self, worker, *, only_the_pool_process=False):
        """SIGKILL the worker with its pool process, as when its machine goes; or only the
        pool process that paused, as the out-of-memory killer does. Returns the paused pid."""
        self.wait_for(
            lambda: worker.marker.exists() and worker.marker.read_text(), worker, "the pause"
        )
        pid = int(worker.marker.read_text())
        if only_the_pool_process:
            os.kill(pid, signal.SIGKILL)
        else:
            os.killpg(worker.process.pid, signal.SIGKILL)
            worker.process.wait(timeout=10)
        return pid

    def wait_out_visibility_timeout(self, worker):
        """Until the message the killed worker held is older than the visibility timeout."""
        ready_at = worker.marker.stat().st_mtime + VISIBILITY_TIMEOUT + 0.5
        time.sleep(max(0.0, ready_at - time.time()))

    def killed_then_restarted(self, pause, task_name, *args):
        """Queue the task, kill the whole worker where it pauses, start a new worker once the
        message is due again; returns the new worker."""
        self.send(task_name, *args)
        first = self.start(pause=pause)
        self.kill_when_paused(first)
        self.wait_out_visibility_timeout(first)
        return self.start()

    def idle(self):
        """No message waits in the queue and none is delivered without acknowledgement."""
        return self.client.llen(self.queue) == 0 and not self.client.hlen(f"{self.name}-unacked")

    def messages(self):
        return messages_in(self.mail_dir)

    def close(self):
        for worker in self.started:
            if worker.process.poll() is None:
                worker.process.terminate()
                try:
                    worker.process.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(worker.process.pid, signal.SIGKILL)
                    worker.process.wait(timeout=10)
        task_ids = {result.id for result in self.sent}
        for worker in self.started:
            log_text = worker.log_path.read_text(errors="replace")
            # Captured: pytest shows the workers' logs only when the test fails.
            print(f"----- {worker.log_path.name}\n{log_text}")  # noqa: T201
            task_ids |= set(TASK_ID.findall(log_text))
        # Our tasks' results, the children's included (their ids are in the workers' logs).
        for task_id in task_ids:
            self.sender.AsyncResult(task_id).forget()
        self.sender.close()
        keys = list(self.client.scan_iter(match=f"*{self.name}*"))
        if keys:
            self.client.delete(*keys)


@pytest.fixture
def real_workers(tmp_path):
    """Skip (or fail under REQUIRE_SERVICES=1) before building any data; request it first."""
    if connection.vendor != "postgresql":
        skip_or_fail("the Celery worker needs a shared PostgreSQL database (set DATABASE_URL)")
    client = redis.Redis.from_url(BROKER_URL, socket_connect_timeout=2, socket_timeout=2)
    try:
        client.ping()
    except redis.RedisError as error:
        skip_or_fail(f"the Celery worker needs Redis at {BROKER_URL}: {error}")
    workers = Workers(
        client, tmp_path, Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)
    )
    yield workers
    workers.close()
    client.close()

"""The Celery application. Without CELERY_BROKER_URL, tasks run eagerly in-process."""

import logging
import os
from urllib.parse import urlsplit

from celery import Celery
from django.conf import settings
from kombu.exceptions import OperationalError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("rule_of_law_academy")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

logger = logging.getLogger(__name__)

# A web request waits at most about a second for an unreachable broker.
PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.3, "interval_max": 0.5}


class QueueUnavailable(Exception):
    """The broker could not be reached and the work cannot be done in the request instead."""


def enqueue(task, *args, run_here_if_unreachable=True):
    """Send a task to the workers. When the broker cannot be reached, log the error and do
    the work in this process instead (every task is idempotent), so the person's request
    still succeeds; for work too long for a request, raise ``QueueUnavailable``."""
    try:
        return task.apply_async(args=args, retry=True, retry_policy=PUBLISH_RETRY)
    except (OperationalError, OSError) as error:
        logger.error(
            "Task broker unreachable (%s); %s %s",
            error,
            task.name,
            "runs in this process instead" if run_here_if_unreachable else "was not started",
        )
        if not run_here_if_unreachable:
            raise QueueUnavailable(task.name) from error
        return task.apply(args=args)


def message_id(*parts):
    """A Message-ID made of what an e-mail is about, the same each time a task sends it.

    A task may send its e-mail twice: a worker killed after the mail server accepted it and
    before the task recorded that runs the task again. The copy then carries the first one's
    Message-ID, by which mail systems recognise it as the same message.
    """
    domain = urlsplit(settings.SITE_URL).hostname or "localhost"
    return "<" + ".".join(str(part) for part in parts) + f"@{domain}>"

"""Test-only: run the project's Celery worker, optionally pausing it once at a known point.

``python -m tests.celery_worker_main [celery worker options]`` starts the same worker as
``celery -A config worker``, with two test-only changes, both taken from the environment:

- ``TEST_WORKER_KEY_PREFIX`` names the Redis keys that hold unacknowledged messages
  (``unacked_key`` and friends, shared by every queue of a Redis database), so that workers of
  parallel test runs never restore each other's messages.
- ``TEST_WORKER_PAUSE`` and ``TEST_WORKER_MARKER``: the first process to reach the point
  writes its process id to the marker file and sleeps until it is killed; a process finding
  the marker already written goes on (so a redelivered task runs to the end). Points:
  ``before:<module>.<callable>`` (``<module>.<Class>.<method>`` too), ``after:<...>`` (once
  the callable returned) and ``task-done:<task name>`` (the task returned and committed its
  work, and the worker has not acknowledged the message yet).

The production code carries no test hooks: the pauses patch it from here.
"""

import functools
import importlib
import os
import sys
import time

PAUSE_SECONDS = 600


def pause_here(point):
    """Write the marker (once) and sleep until the test kills this process."""
    marker = os.environ["TEST_WORKER_MARKER"]
    try:
        descriptor = os.open(marker, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError:
        return
    with os.fdopen(descriptor, "w") as handle:
        handle.write(str(os.getpid()))
    sys.stderr.write(f"test pause at {point} in process {os.getpid()}\n")
    sys.stderr.flush()
    time.sleep(PAUSE_SECONDS)


def resolve(dotted):
    """(owner, attribute) of a callable named ``module.function`` or ``module.Class.method``."""
    parts = dotted.split(".")
    for split in range(len(parts) - 1, 0, -1):
        try:
            owner = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for name in parts[split:-1]:
            owner = getattr(owner, name)
        return owner, parts[-1]
    raise ImportError(dotted)


def install_pause(point):
    when, _colon, target = point.partition(":")
    if when == "task-done":
        from celery.signals import task_postrun

        def on_postrun(sender=None, **kwargs):
            if sender is not None and sender.name == target:
                pause_here(point)

        task_postrun.connect(on_postrun, weak=False)
        return
    if when not in ("before", "after"):
        raise ValueError(f"unknown pause point {point!r}")
    owner, name = resolve(target)
    original = getattr(owner, name)

    @functools.wraps(original)
    def paused(*args, **kwargs):
        if when == "before":
            pause_here(point)
        result = original(*args, **kwargs)
        if when == "after":
            pause_here(point)
        return result

    setattr(owner, name, paused)


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from config.celery import app

    prefix = os.environ.get("TEST_WORKER_KEY_PREFIX")
    if prefix:
        app.conf.broker_transport_options = {
            **app.conf.broker_transport_options,
            "unacked_key": f"{prefix}unacked",
            "unacked_index_key": f"{prefix}unacked_index",
            "unacked_mutex_key": f"{prefix}unacked_mutex",
        }
    if os.environ.get("TEST_WORKER_PAUSE"):
        install_pause(os.environ["TEST_WORKER_PAUSE"])
    app.worker_main(["worker", *sys.argv[1:]])


if __name__ == "__main__":
    main()

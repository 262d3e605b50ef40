"""Throughput under gunicorn on 127.0.0.1 with wrk (Debian's `wrk`): requests per second,
p95 latency and errors for anonymous and signed-in pages, against the bench_seed data.

Run after `make bench` with the same DATABASE_URL: `python bench/throughput.py --seconds 60`.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PORT = 8765


def wrk(url, seconds, connections, headers=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    for header in headers:
        command += ["-H", header]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout  # noqa: S603
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    total = int(re.search(r"(\d+) requests in", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    failed = int(errors.group(1)) if errors else 0
    if socket_errors:
        failed += sum(int(value) for value in socket_errors.groups())
    percentiles = dict(re.findall(r"^\s+(\d+)%\s+([\d.]+\w+)", output, re.M))
    return {
        "requests": total,
        "per_second": round(rate, 1),
        "errors": failed,
        "p90": percentiles.get("90"),
        "p99": percentiles.get("99"),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    arguments = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: apt-get install wrk")

    environment = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "bench-only-secret-key-" + "x" * 40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_MANIFEST": "0",
        "CONN_MAX_AGE": "60",
    }
    os.environ.update(environment)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from academy.models import CoursePage, LessonPage
    from accounts.models import User
    from cms.models import ArticlePage

    runner = User.objects.get(email="bench-runner@example.org")
    session = SessionStore()
    session[SESSION_KEY] = str(runner.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = runner.get_session_auth_hash()
    session.create()
    cookie = f"Cookie: {settings.SESSION_COOKIE_NAME}={session.session_key}"
    course = CoursePage.objects.get(slug="bench-course-0", locale__language_code="en")
    lesson = LessonPage.objects.child_of(course).order_by("path").first()
    article = ArticlePage.objects.filter(slug__startswith="bench-article-").first()

    server = subprocess.Popen(  # noqa: S603
        [
            sys.executable,
            "-m",
            "gunicorn",
            "config.wsgi",
            "-b",
            f"127.0.0.1:{PORT}",
            "-w",
            str(arguments.workers),
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=environment,
    )
    try:
        base = f"http://127.0.0.1:{PORT}"
        for _ in range(50):
            try:
                urllib.request.urlopen(f"{base}/healthz", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        scenarios = [
            ("home, anonymous", f"{base}/en/", ()),
            ("article, anonymous", f"{base}{article.url}", ()),
            ("lesson, signed in", f"{base}{lesson.url}", (cookie,)),
        ]
        rows = []
        for name, url, headers in scenarios:
            row = {"page": name, **wrk(url, arguments.seconds, arguments.connections, headers)}
            rows.append(row)
            print(
                f"{name:<22} {row['per_second']:>8}/s  p90 {row['p90']:>8}  p99 {row['p99']:>8}"
                f"  errors {row['errors']}"
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    path = ROOT / "bench" / "results.json"
    results = json.loads(path.read_text()) if path.exists() else {}
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    cache_state = "page-cache" if settings.PAGE_CACHE_SECONDS else "no-page-cache"
    results[f"throughput-{engine}-{cache_state}"] = rows
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

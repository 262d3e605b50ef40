"""Throughput under gunicorn on 127.0.0.1 with wrk (Debian's `wrk`): requests per second,
latency percentiles and errors for anonymous and signed-in pages and for quiz submissions
(each request grades a different attempt by a different trainee), against the bench_seed data.

Run after `make bench` with the same DATABASE_URL: `python bench/throughput.py --seconds 60`
(`--only "quiz submission"` for one scenario). The submissions scenario opens its attempts
in the bench database first, so run it on a database made for the benchmark.
"""

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PORT = 8765
BASELINE = "baseline: bare Wagtail page"


def wrk(url, seconds, connections, headers=(), script=None, script_args=()):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    for header in headers:
        command += ["-H", header]
    if script:
        command += ["-s", str(script), "--", *map(str, script_args)]
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


SUBMIT_SCRIPT = """
-- Each request submits a different attempt, read from the file prepare_submissions wrote;
-- the threads share the lines out so that no attempt is submitted twice.
local lines, index, stride = {}, 0, 1
local threads = {}
function setup(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end
function init(args)
  for line in io.lines(args[1]) do table.insert(lines, line) end
  index = offset
  stride = tonumber(args[2])
end
function request()
  index = index + stride
  local path, cookie, body = lines[(index % #lines) + 1]:match("([^\t]+)\t([^\t]+)\t(.*)")
  return wrk.format("POST", path, {
    ["Cookie"] = cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }, body)
end
"""
# The same CSRF secret in the cookie and the form, as a browser would send them.
CSRF_SECRET = "benchcsrfsecret0123456789abcdefg"  # noqa: S105 - not a password


def prepare_submissions(count, workdir):
    """Open ``count`` attempts at the 50-question quiz, each by its own enrolled trainee with
    a signed-in session, and write one line per submission for wrk: path, cookie, form body.
    Returns the file's path and the wrk script's path."""
    from urllib.parse import urlencode

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from academy.attempts import form_answers, start_attempt
    from academy.models import AssessmentPage, CoursePage, Enrollment
    from accounts.models import User

    course = CoursePage.objects.get(slug="bench-course-0", locale__language_code="en")
    quiz = AssessmentPage.objects.child_of(course).get(slug="assessment-0")
    trainees = list(User.objects.filter(email__startswith="bench-trainee-").order_by("pk")[:count])
    if len(trainees) < count:
        sys.exit(f"Only {len(trainees)} bench trainees for {count} submissions.")
    enrolled = set(
        Enrollment.objects.filter(course_key=course.translation_key).values_list(
            "user_id", flat=True
        )
    )
    Enrollment.objects.bulk_create(
        [
            Enrollment(user=user, course_key=course.translation_key, source="staff")
            for user in trainees
            if user.pk not in enrolled
        ]
    )
    lines = []
    for user in trainees:
        attempt = start_attempt(user=user, assessment=quiz, course=course)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        first_choices = {entry["id"]: {"choice": entry["order"][0]} for entry in attempt.layout}
        form = {"csrfmiddlewaretoken": CSRF_SECRET, "submit": "1"}
        form.update(form_answers(attempt, first_choices).dict())
        cookie = (
            f"{settings.SESSION_COOKIE_NAME}={session.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={CSRF_SECRET}"
        )
        lines.append(f"{quiz.url}attempt/{attempt.pk}/\t{cookie}\t{urlencode(form)}")
    submissions = workdir / "submissions.tsv"
    submissions.write_text("\n".join(lines) + "\n")
    script = workdir / "submit.lua"
    script.write_text(SUBMIT_SCRIPT)
    return submissions, script


def attempt_ids(submissions):
    return [
        int(line.split("\t", 1)[0].rstrip("/").rsplit("/", 1)[1])
        for line in submissions.read_text().splitlines()
    ]


def graded_count(attempt_ids):
    from academy.models import Attempt

    return Attempt.objects.filter(pk__in=attempt_ids, submitted_at__isnull=False).count()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument(
        "--only", default="", help="Run only the scenarios whose name contains this text."
    )
    parser.add_argument(
        "--label", default="", help="Name of this run in results.json (default: by database)."
    )
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
    from bench.models import BaselinePage
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
    baseline = BaselinePage.objects.get(slug="bench-baseline")

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
            # A query string keeps the baseline out of the page cache: always rendered.
            (BASELINE, f"{base}{baseline.url}?rendered", {"headers": ()}),
            ("home, anonymous", f"{base}/en/", {"headers": ()}),
            ("article, anonymous", f"{base}{article.url}", {"headers": ()}),
            ("lesson, signed in", f"{base}{lesson.url}", {"headers": (cookie,)}),
            ("quiz submission, 50 questions", base, None),
        ]
        rows = []
        for name, url, options in scenarios:
            if arguments.only not in name and name != BASELINE:
                continue
            attempts = None
            # The 1-minute load average as wrk starts and ends: the machine is shared, and a
            # busy one (another test run) lowers every figure.
            load_at_start = None
            if options is None:
                # Enough attempts for 80 submissions a second, each by its own trainee.
                with tempfile.TemporaryDirectory() as workdir:
                    submissions, script = prepare_submissions(80 * arguments.seconds, Path(workdir))
                    attempts = attempt_ids(submissions)
                    load_at_start = os.getloadavg()[0]
                    figures = wrk(
                        url,
                        arguments.seconds,
                        arguments.connections,
                        script=script,
                        script_args=(submissions, 2),
                    )
                graded = graded_count(attempts)
                # A request that did not grade an attempt is an error, whatever its status.
                figures["errors"] += max(0, figures["requests"] - graded)
                figures["graded"] = graded
            else:
                load_at_start = os.getloadavg()[0]
                figures = wrk(url, arguments.seconds, arguments.connections, **options)
            row = {
                "page": name,
                **figures,
                "workers": arguments.workers,
                "connections": arguments.connections,
                "seconds": arguments.seconds,
                "load_1min": [round(load_at_start, 2), round(os.getloadavg()[0], 2)],
            }
            # What one request costs as a multiple of a bare Wagtail page's, in the same run.
            row["x_bare"] = round(rows[0]["per_second"] / row["per_second"], 2) if rows else 1.0
            rows.append(row)
            print(
                f"{name:<30} {row['per_second']:>8}/s  p90 {row['p90']:>8}  p99 {row['p99']:>8}"
                f"  × bare {row['x_bare']:>5}  errors {row['errors']}"
                f"  load {row['load_1min'][0]} -> {row['load_1min'][1]}"
            )
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    path = ROOT / "bench" / "results.json"
    results = json.loads(path.read_text()) if path.exists() else {}
    engine = settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
    cache_state = "page-cache" if settings.PAGE_CACHE_SECONDS else "no-page-cache"
    results[arguments.label or f"throughput-{engine}-{cache_state}"] = rows
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

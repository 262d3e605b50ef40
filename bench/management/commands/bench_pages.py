"""Measure key pages in-process: SQL queries, p50 and p95 server time; print one table."""

import json
import statistics
import time
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings
from django.urls import reverse

from academy.attempts import form_answers, start_attempt
from academy.models import AssessmentPage, CoursePage, LessonPage
from academy.services import complete_lesson, enrol
from accounts.models import User
from accounts.roles import Role
from bench.models import BaselinePage
from certificates.models import IssuedCertificate
from cms.models import ArticlePage

RESULTS = Path(__file__).resolve().parents[2] / "results.json"
BASELINE = "baseline: bare Wagtail page, same body"


class QueryCounter:
    """Counts every statement the connection executes, whatever the query log holds."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def count_queries(action):
    counter = QueryCounter()
    with connection.execute_wrapper(counter):
        action()
    return counter.count


def report(name):
    return reverse(f"academy_reports:{name}")


def read(response):
    """The whole body: an export streams, and its queries run while it is read."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


class Command(BaseCommand):
    help = "Time the key pages on the data bench_seed built (run bench_seed first)."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=30)
        parser.add_argument("--label", default="", help="Name of this run in results.json.")
        parser.add_argument("--results", default=str(RESULTS), help="Where to keep the figures.")
        parser.add_argument(
            "--only", default="", help="Measure only the pages whose name contains this text."
        )

    def handle(self, *args, requests, label, results, only, **options):
        self.results_path = results
        self.only = only
        if not User.objects.filter(email__startswith="bench-trainee-").exists():
            raise CommandError("No benchmark data: run `manage.py bench_seed` first.")
        # As in production: no debug overhead, one persistent connection for all requests.
        conn_max_age = connection.settings_dict["CONN_MAX_AGE"]
        connection.settings_dict["CONN_MAX_AGE"] = None
        try:
            allowed_hosts = [*settings.ALLOWED_HOSTS, "testserver"]
            # Pages are measured as rendered; one row shows the anonymous page cache.
            with override_settings(DEBUG=False, ALLOWED_HOSTS=allowed_hosts, PAGE_CACHE_SECONDS=0):
                rows = self.measure_all(requests)
            if self.only in "home, from the page cache":
                with override_settings(DEBUG=False, ALLOWED_HOSTS=allowed_hosts):
                    timings, queries = self.measure(Client(), "/en/", requests)
                    rows.append(self.row("home, from the page cache", timings, queries))
        finally:
            connection.settings_dict["CONN_MAX_AGE"] = conn_max_age
        self.report(self.with_ratios(rows), label or f"pages-{connection.vendor}")

    def measure_all(self, requests):
        trainee, staff = self.people()
        course = CoursePage.objects.get(slug="bench-course-0", locale__language_code="en")
        long_quiz = AssessmentPage.objects.child_of(course).get(slug="assessment-0")
        lesson = LessonPage.objects.child_of(course).order_by("path").first()
        certificate = IssuedCertificate.objects.first()
        article = ArticlePage.objects.filter(slug__startswith="bench-article-").first()

        trainee_client, staff_client, visitor = Client(), Client(), Client()
        mentor_client = Client()
        mentor_client.force_login(
            User.objects.filter(email__startswith="bench-mentor-").order_by("pk").first()
        )
        trainee_client.force_login(trainee)
        staff_client.force_login(staff)
        courses_report = reverse("academy_reports:courses")
        baseline = BaselinePage.objects.get(slug="bench-baseline")
        scenarios = [
            (BASELINE, visitor, baseline.url),
            ("home", visitor, "/en/"),
            ("article", visitor, article.url),
            ("catalogue", visitor, "/en/academy/"),
            ("course page, enrolled", trainee_client, course.url),
            ("lesson", trainee_client, lesson.url),
            ("quiz start: the assessment's page", trainee_client, long_quiz.url),
            ("quiz page (50 questions)", trainee_client, None),
            ("quiz submit (50 questions)", trainee_client, None),
            ("my learning", trainee_client, "/en/my-learning/"),
            ("mentor dashboard (50 mentees)", mentor_client, "/en/mentoring/"),
            ("verification", visitor, f"/en/verify/{certificate.token}/" if certificate else None),
            ("staff: attempts list", staff_client, "/admin/academy/attempts/"),
            ("staff: enrolments list", staff_client, "/admin/academy/enrolments/"),
            ("staff: pairings list", staff_client, "/admin/mentorship/pairings/"),
            ("staff: admin dashboard (charts)", staff_client, "/admin/"),
            ("report: courses", staff_client, courses_report),
            ("report: courses, CSV", staff_client, courses_report + "?export=csv"),
            (
                "report: one course's trainees",
                staff_client,
                reverse("academy_reports:course", args=[course.translation_key]),
            ),
            (
                "report: question analysis (50 questions)",
                staff_client,
                reverse("academy_reports:questions") + f"?assessment={long_quiz.translation_key}",
            ),
            ("report: mentorship", staff_client, report("mentorship")),
            ("report: certificates per month", staff_client, report("certificates")),
            ("report: trainees by region, group", staff_client, report("trainees")),
        ]
        rows = []
        for name, client, url in scenarios:
            if self.only not in name and name != BASELINE:
                continue
            if name.startswith("quiz page"):
                timings, queries = self.measure_quiz_page(
                    client, trainee, long_quiz, course, requests
                )
            elif name.startswith("quiz submit"):
                timings, queries = self.measure_submit(client, trainee, long_quiz, course, requests)
            elif url is None:
                continue
            else:
                timings, queries = self.measure(client, url, requests)
            rows.append(self.row(name, timings, queries))
        return rows

    def row(self, name, timings, queries):
        return {
            "page": name,
            "queries": queries,
            "p50_ms": round(statistics.median(timings), 1),
            "p95_ms": round(percentile(timings, 0.95), 1),
        }

    def with_ratios(self, rows):
        """Each page's median as a multiple of the bare Wagtail page's, measured in the same
        run: the ratio holds when the machine is slower or busier than usual."""
        baseline = next((row["p50_ms"] for row in rows if row["page"] == BASELINE), None)
        for row in rows:
            row["x_bare"] = round(row["p50_ms"] / baseline, 2) if baseline else None
        return rows

    def people(self):
        trainee, created = User.objects.get_or_create(
            email="bench-runner@example.org",
            defaults={"first_name": "Bench", "last_name": "Runner"},
        )
        staff, _created = User.objects.get_or_create(
            email="bench-staff@example.org", defaults={"first_name": "Bench", "last_name": "Staff"}
        )
        staff.groups.add(Group.objects.get(name=Role.ACADEMY_STAFF.value))
        if created:
            for course in CoursePage.objects.filter(
                locale__language_code="en", slug__startswith="bench-course-"
            )[:3]:
                enrol(user=trainee, course=course, by=staff)
                for lesson in LessonPage.objects.child_of(course).order_by("path")[:5]:
                    complete_lesson(user=trainee, lesson=lesson, course=course)
        return trainee, staff

    def measure(self, client, url, requests):
        for _ in range(2):
            assert client.get(url).status_code == 200, url  # noqa: S101 - a broken page is not a timing
        queries = count_queries(lambda: read(client.get(url)))
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            read(client.get(url))
            timings.append((time.perf_counter() - started) * 1000)
        return timings, queries

    def measure_quiz_page(self, client, trainee, quiz, course, requests):
        attempt = start_attempt(user=trainee, assessment=quiz, course=course)
        return self.measure(client, f"{quiz.url}attempt/{attempt.pk}/", requests)

    def measure_submit(self, client, trainee, quiz, course, requests):
        timings, queries = [], 0
        for number in range(requests + 1):
            attempt = start_attempt(user=trainee, assessment=quiz, course=course)
            data = form_answers(
                attempt, {entry["id"]: {"choice": entry["order"][0]} for entry in attempt.layout}
            )
            data["submit"] = "1"
            url = f"{quiz.url}attempt/{attempt.pk}/"
            if number == 0:
                queries = count_queries(lambda url=url, data=data: client.post(url, data))
                continue
            started = time.perf_counter()
            client.post(url, data)
            timings.append((time.perf_counter() - started) * 1000)
        return timings, queries

    def report(self, rows, label):
        """Print the table and keep it in bench/results.json under the run's label."""
        width = max(len(row["page"]) for row in rows)
        self.stdout.write(f"{'page':<{width}}  queries    p50 ms    p95 ms   × bare")
        for row in rows:
            ratio = f"{row['x_bare']:>7}" if row["x_bare"] is not None else "      –"
            figures = f"{row['queries']:>7}  {row['p50_ms']:>8}  {row['p95_ms']:>8}  {ratio}"
            self.stdout.write(f"{row['page']:<{width}}  {figures}")
        path = Path(self.results_path)
        results = json.loads(path.read_text()) if path.exists() else {}
        results[label] = rows
        path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")

"""The benchmark's generator and measurements run at the tiny scale, so they cannot rot."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from academy.models import Attempt, CoursePage, Enrollment
from accounts.models import User
from certificates.models import IssuedCertificate

pytestmark = pytest.mark.django_db


def test_bench_seed_tiny_then_bench_pages(tmp_path):
    with pytest.raises(CommandError):
        call_command("bench_pages", stdout=StringIO())
    call_command("bench_seed", scale="tiny", stdout=StringIO())
    assert User.objects.filter(email__startswith="bench-trainee-").count() == 20
    assert CoursePage.objects.filter(slug__startswith="bench-course-").count() == 2 * 3
    assert Enrollment.objects.filter(user__email__startswith="bench-").count() == 40
    assert Attempt.objects.count() == 40
    assert IssuedCertificate.objects.filter(serial__startswith="BENCH-").exists()
    long_quiz_attempts = Attempt.objects.filter(responses__isnull=False).distinct()
    assert long_quiz_attempts.exists()
    assert {attempt.responses.count() for attempt in long_quiz_attempts} == {10}
    assert User.objects.filter(email__startswith="bench-trainee-").exclude(region="").exists()

    results = tmp_path / "results.json"
    output = StringIO()
    call_command("bench_pages", requests=1, label="smoke", results=str(results), stdout=output)
    rows = json.loads(results.read_text())["smoke"]
    assert {row["page"] for row in rows} >= {
        "home",
        "lesson",
        "quiz start: the assessment's page",
        "quiz submit (50 questions)",
        "report: courses",
        "report: question analysis (50 questions)",
        "baseline: bare Wagtail page, same body",
    }
    rendered = [row for row in rows if "page cache" not in row["page"]]
    assert all(row["queries"] > 0 for row in rendered)
    assert next(row for row in rows if "page cache" in row["page"])["queries"] == 0
    # Every page's time is also given as a multiple of the bare page's; a page from the
    # cache costs less than rendering even the bare one.
    assert all(row["x_bare"] > 0 for row in rendered)
    assert next(row for row in rows if "page cache" in row["page"])["x_bare"] < 1
    assert "p95 ms" in output.getvalue()
    # As in production, the measured attempts are graded against a published revision.
    measured = Attempt.objects.filter(user__email="bench-runner@example.org")
    assert measured.exists()
    assert not measured.filter(revision__isnull=True).exists()
    with pytest.raises(CommandError):
        call_command("bench_seed", scale="tiny", stdout=StringIO())

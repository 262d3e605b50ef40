"""Each report answers in a fixed number of queries: the same bound holds for 3 trainees
and for 60 trainees across 3 courses with lessons done, attempts, answers, certificates and
mentoring pairs with meetings. The bounds are the counts measured on the larger data set."""

import csv
import datetime
import io
import itertools
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.models import Attempt, Enrollment, LessonCompletion, Response
from accounts.models import WorkGroup
from accounts.regions import Region
from certificates.models import IssuedCertificate
from tests.factories.academy import AssessmentPageFactory, course_with_lessons, single_choice
from tests.factories.academy import true_false as true_false_question
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import (
    MeetingFactory,
    MentorshipProgrammePageFactory,
    PairingFactory,
)
from tests.reports.conftest import build_catalogue, certificate, kept_for_the_module, listing_tables

pytestmark = pytest.mark.django_db

# Measured on the 60-trainee data set (SQLite), after one request has warmed the caches;
# the 3-trainee data set takes as many.
PAGE_QUERIES = {
    "courses": 18,
    "course": 30,
    "questions": 18,
    "mentorship": 14,
    "certificates": 14,
    "trainees": 13,
}
CSV_QUERIES = {
    "courses": 11,
    "course": 22,
    "questions": 10,
    "mentorship": 9,
    "certificates": 8,
    "trainees": 8,
}
HOME_QUERIES = 27
PAGE_SIZE = 50  # every report here fits one page but the course's, with 60 trainees


def build_load(catalogue, trainee_count):
    """``trainee_count`` trainees: all in the first course, every second one in the second,
    every third in the third; each with a lesson done and a graded attempt with answers in
    each of their courses, a certificate when completed, and a mentor with two meetings."""
    now = timezone.now()
    courses = []
    for number in range(3):
        course, lessons = course_with_lessons(
            catalogue["en"], lessons=2, title=f"Load course {number}", slug=f"load-{number}"
        )
        assessment = AssessmentPageFactory(
            parent=course,
            title=f"Load quiz {number}",
            questions=[single_choice("q1"), true_false_question("q2")],
        )
        courses.append((course, lessons, assessment))
    programme = MentorshipProgrammePageFactory(parent=catalogue["en"], title="Load programme")
    groups = list(WorkGroup.objects.all())
    regions = itertools.cycle(code for code, _label in Region.choices)
    enrollments, completions, attempts = [], [], []
    for number in range(trainee_count):
        user = UserFactory(region=next(regions))
        user.work_groups.set(groups[number % len(groups) :][:2])
        for index, (course, lessons, assessment) in enumerate(courses):
            if number % (index + 1):
                continue
            completed = number % 4 == 0
            enrollments.append(
                Enrollment(
                    user=user,
                    course_key=course.translation_key,
                    status=Enrollment.Status.COMPLETED if completed else Enrollment.Status.ACTIVE,
                    source=Enrollment.Source.SELF,
                )
            )
            completions.append(
                LessonCompletion(
                    user=user,
                    course_key=course.translation_key,
                    lesson_key=lessons[number % 2].translation_key,
                )
            )
            attempts.append(
                Attempt(
                    user=user,
                    assessment_key=assessment.translation_key,
                    course_key=course.translation_key,
                    page=assessment,
                    number=1,
                    status=Attempt.Status.GRADED,
                    submitted_at=now,
                    percent=Decimal(number % 101),
                    passed=number % 101 >= 50,
                )
            )
            if completed:
                certificate(user, course, timezone.now())
        pairing = PairingFactory(programme=programme, mentee=user)
        for days in (5, 50):
            MeetingFactory(pairing=pairing, held_on=timezone.localdate() - datetime.timedelta(days))
    Enrollment.objects.bulk_create(enrollments)
    LessonCompletion.objects.bulk_create(completions)
    Attempt.objects.bulk_create(attempts)
    Response.objects.bulk_create(
        Response(
            attempt=attempt,
            question_id=question,
            question_type=kind,
            answer=answer,
            score=Decimal(score),
            max_score=Decimal(1),
        )
        for number, attempt in enumerate(Attempt.objects.all())
        for question, kind, answer, score in (
            ("q1", "single_choice", {"choice": f"q1-{'abc'[number % 3]}"}, number % 3 == 0),
            ("q2", "true_false", {"value": number % 2 == 0}, number % 2 == 0),
        )
    )
    # Certificates issued over the last months, some revoked.
    for number, row in enumerate(IssuedCertificate.objects.order_by("pk")):
        issued = now - datetime.timedelta(days=30 * (number % 12))
        revoked = issued + datetime.timedelta(days=3) if number % 5 == 0 else None
        IssuedCertificate.objects.filter(pk=row.pk).update(issued_at=issued, revoked_at=revoked)
    return courses


@pytest.fixture(scope="module", params=[3, 60], ids=["3-trainees", "60-trainees"])
def load(request, django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        yield build_load(build_catalogue(), request.param)


def report_addresses(courses):
    first_course, _lessons, first_assessment = courses[0]
    return {
        "courses": reverse("academy_reports:courses"),
        "course": reverse("academy_reports:course", args=[first_course.translation_key]),
        "questions": reverse("academy_reports:questions")
        + f"?assessment={first_assessment.translation_key}",
        "mentorship": reverse("academy_reports:mentorship"),
        "certificates": reverse("academy_reports:certificates"),
        "trainees": reverse("academy_reports:trainees"),
    }


def expected_csv_rows(courses, report):
    """How many rows each report's export holds for the data built."""
    first_course = courses[0][0]
    return {
        "courses": len(courses),
        "course": Enrollment.objects.filter(course_key=first_course.translation_key).count(),
        "questions": 2,
        "mentorship": 1,
        "certificates": len(
            {
                timezone.localtime(moment).date().replace(day=1)
                for moment in [
                    *IssuedCertificate.objects.values_list("issued_at", flat=True),
                    *IssuedCertificate.objects.exclude(revoked_at=None).values_list(
                        "revoked_at", flat=True
                    ),
                ]
            }
        ),
        "trainees": len(Region.choices) + 1 + len(WorkGroup.Code.choices),
    }[report]


def listing_of(html):
    tables, links = listing_tables(html)
    [table] = tables
    return table[0], table[1:], links


def consume(response):
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.mark.parametrize("report", list(PAGE_QUERIES))
def test_report_page_and_csv_take_a_fixed_number_of_queries(
    client, academy_staff, load, report, django_assert_max_num_queries
):
    client.force_login(academy_staff)
    address = report_addresses(load)[report]
    consume(client.get(address))  # warm the caches every request finds warm in production
    with django_assert_max_num_queries(PAGE_QUERIES[report]):
        page = consume(client.get(address)).decode()
    joiner = "&" if "?" in address else "?"
    with django_assert_max_num_queries(CSV_QUERIES[report]):
        exported = consume(client.get(f"{address}{joiner}export=csv")).decode()
    # The reports did show the data, all of it in the export.
    rows = list(csv.reader(io.StringIO(exported)))[1:]
    assert len(rows) == expected_csv_rows(load, report)
    _header, page_rows, _links = listing_of(page)
    assert len(page_rows) == min(len(rows), PAGE_SIZE)


def test_admin_home_with_the_panel_takes_a_fixed_number_of_queries(
    client, academy_staff, load, django_assert_max_num_queries
):
    client.force_login(academy_staff)
    home = reverse("wagtailadmin_home")
    consume(client.get(home))
    with django_assert_max_num_queries(HOME_QUERIES):
        html = consume(client.get(home)).decode()
    assert "Academy in figures" in html
    assert html.count("academy-chart__bar--enrolled") == len(load)

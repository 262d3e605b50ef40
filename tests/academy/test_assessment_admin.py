import csv
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from academy.attempts import start_attempt, submit_attempt
from academy.models import Attempt, Response
from academy.services import enrol
from accounts.roles import Role
from tests.admin_listing import registered_icons, row_action
from tests.factories.academy import AssessmentPageFactory, essay, form_data, single_choice
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

ATTEMPTS = "/admin/academy/attempts/"
ESSAYS = "/admin/academy/attempts/essays/"
# One more than before the Reports menu: its items ask once per request whether the user is staff.
ATTEMPT_LIST_QUERIES = 14
# Answers are stored with their scores when submitted, so grading writes nothing again; the
# page comes with the locked attempt, the revision's questions are read once per worker (one
# query more for the first submission against a revision), the answers are read once, no
# savepoint, no reference-index refresh, and the enrolment brings its trainee (16 before).
SUBMIT_QUERIES = 8


def answers(data):
    query = QueryDict(mutable=True)
    for key, value in data.items():
        query[key] = value
    return query


@pytest.fixture
def essay_attempt(trainee, course):
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), essay("e1", points=4)], pass_mark=50
    )
    enrol(user=trainee, course=course)
    attempt = start_attempt(user=trainee, assessment=quiz, course=course)
    submit_attempt(
        attempt_id=attempt.pk,
        user=trainee,
        data=answers(form_data(attempt, {"q1": "q1-a", "e1": "Open courts make justice visible."})),
    )
    return attempt


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.TRAINEE, False),
        (Role.MENTOR, False),
        (Role.EDITOR, False),
        (Role.ACADEMY_STAFF, True),
    ],
)
def test_attempt_admin_by_role(client, essay_attempt, role, allowed):
    response = Response.objects.get(question_id="e1")
    if role:
        client.force_login(UserFactory(role=role))
    urls = [
        ATTEMPTS,
        ATTEMPTS + "?export=csv",
        ESSAYS,
        f"{ESSAYS}{response.pk}/",
        f"{ATTEMPTS}regrade/{essay_attempt.pk}/",
    ]
    for url in urls:
        status = client.get(url).status_code
        assert (status == 200) is allowed, (url, status)
    client.post(f"{ESSAYS}{response.pk}/", {"score": "4", "feedback": "x"})
    response.refresh_from_db()
    assert (response.score is not None) is allowed


def test_staff_grade_an_essay_from_the_queue(client, academy_staff, essay_attempt):
    client.force_login(academy_staff)
    queue = client.get(ESSAYS).content.decode()
    assert "Grade" in queue
    response = Response.objects.get(question_id="e1")
    page = client.get(f"{ESSAYS}{response.pk}/").content.decode()
    assert "SECRET-GUIDANCE" in page
    assert "Open courts make justice visible." in page

    bad = client.post(f"{ESSAYS}{response.pk}/", {"score": "9", "feedback": ""})
    assert bad.status_code == 200
    assert bad.context["form"].errors
    response.refresh_from_db()
    assert response.score is None

    client.post(f"{ESSAYS}{response.pk}/", {"score": "2.5", "feedback": "Say more about HRC."})
    essay_attempt.refresh_from_db()
    assert essay_attempt.status == Attempt.Status.GRADED
    assert essay_attempt.score == Decimal("3.50")
    assert "No essay is waiting" in client.get(ESSAYS).content.decode()


def test_attempt_export_matches_the_list(client, academy_staff, essay_attempt):
    client.force_login(academy_staff)
    response = client.get(ATTEMPTS + "?export=csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["E-mail", "Trainee", "Assessment"]
    assert [row[0] for row in rows[1:]] == [essay_attempt.user.email]


@pytest.mark.parametrize("count", [10, 1000])
def test_attempt_list_query_count_is_flat(client, academy_staff, course, count):
    quiz = AssessmentPageFactory(parent=course)
    users = UserFactory.create_batch(5)
    Attempt.objects.bulk_create(
        Attempt(
            user=users[n % 5],
            assessment_key=quiz.translation_key,
            course_key=course.translation_key,
            page=quiz,
            number=n // 5 + 1,
            status=Attempt.Status.GRADED,
            score=1,
            max_score=2,
            percent=50,
            passed=True,
        )
        for n in range(count)
    )
    client.force_login(academy_staff)
    client.get(ATTEMPTS)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(ATTEMPTS).status_code == 200
    assert len(queries) == ATTEMPT_LIST_QUERIES


@pytest.mark.parametrize("question_count", [5, 50])
def test_grading_takes_the_same_number_of_queries_for_5_and_50_questions(
    trainee, course, question_count
):
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice(f"q{n}") for n in range(question_count)]
    )
    quiz.save_revision().publish()
    enrol(user=trainee, course=course)
    counts = []
    for _first_then_second in range(2):
        attempt = start_attempt(user=trainee, assessment=quiz, course=course)
        data = answers(form_data(attempt, {f"q{n}": f"q{n}-a" for n in range(question_count)}))
        with CaptureQueriesContext(connection) as queries:
            submit_attempt(attempt_id=attempt.pk, user=trainee, data=data)
        attempt.refresh_from_db()
        assert attempt.revision_id is not None
        assert attempt.score == question_count
        counts.append(len(queries))
    assert counts == [SUBMIT_QUERIES + 1, SUBMIT_QUERIES]


def test_attempt_row_actions_sit_in_the_more_menu_with_icons(client, academy_staff, essay_attempt):
    """At 1366 px the row's top-level buttons squeezed the trainee's name ("Re gra de")."""
    client.force_login(academy_staff)
    page = client.get(ATTEMPTS).content.decode()
    icons = registered_icons()
    for url in (
        reverse("attempt:regrade", args=[essay_attempt.pk]),
        reverse("attempt:audit", args=[essay_attempt.pk]),
    ):
        action = row_action(page, url)
        assert action is not None, url
        classes, icon = action
        assert "button-small" not in classes, f"{url} is a top-level button"
        assert icon in icons, f"{url} has icon {icon!r}, which the admin does not have"

"""Course page, My learning and the catalogue: what they show and how many queries they take."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import CoursePage, Enrollment
from academy.services import complete_lesson, enrol
from tests.factories.academy import CoursePageFactory, EnrollmentFactory, course_with_lessons
from tests.factories.cms import translate

pytestmark = pytest.mark.django_db

# Each signed-in page reads the account menu's mentoring links in one query.
COURSE_PAGE_QUERIES = 26
MY_LEARNING_QUERIES = 19
# The lesson page also asks whether the next lesson is open to the reader (role, enrolment,
# completions) before it links to it.
LESSON_PAGE_QUERIES = 30


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


@pytest.mark.parametrize("lesson_count", [10, 100])
def test_course_page_for_an_enrolled_trainee_takes_a_fixed_number_of_queries(
    client, trainee, catalogue, lesson_count
):
    course, lessons = course_with_lessons(catalogue["en"], lessons=lesson_count)
    enrol(user=trainee, course=course)
    for lesson in lessons[:5]:
        complete_lesson(user=trainee, lesson=lesson, course=course)
    client.force_login(trainee)
    queries, response = count_queries(client, course.url)
    assert queries == COURSE_PAGE_QUERIES
    states = [state for _lesson, state in response.context["lesson_states"]]
    assert states[:6] == ["done"] * 5 + ["next"]
    assert len(states) == lesson_count


@pytest.mark.parametrize("enrolment_count", [1, 30])
def test_my_learning_takes_a_fixed_number_of_queries(client, trainee, catalogue, enrolment_count):
    for _ in range(enrolment_count):
        course, lessons = course_with_lessons(catalogue["en"], lessons=3)
        enrol(user=trainee, course=course)
        complete_lesson(user=trainee, lesson=lessons[0], course=course)
    client.force_login(trainee)
    queries, response = count_queries(client, "/en/my-learning/")
    assert queries == MY_LEARNING_QUERIES
    assert len(response.context["in_progress"]) == enrolment_count


def test_my_learning_lists_progress_next_lesson_pending_and_completed(client, trainee, catalogue):
    studying, lessons = course_with_lessons(catalogue["en"], lessons=2, title="Studying")
    finished, finished_lessons = course_with_lessons(catalogue["en"], lessons=1, title="Done")
    waiting = CoursePageFactory(
        parent=catalogue["en"], title="Waiting", enrolment_mode=CoursePage.EnrolmentMode.APPROVAL
    )
    enrol(user=trainee, course=studying)
    complete_lesson(user=trainee, lesson=lessons[0], course=studying)
    enrol(user=trainee, course=finished)
    complete_lesson(user=trainee, lesson=finished_lessons[0], course=finished)
    enrol(user=trainee, course=waiting)
    EnrollmentFactory(course=studying)  # another trainee's record must not show

    client.force_login(trainee)
    response = client.get("/en/my-learning/")
    in_progress = response.context["in_progress"]
    assert [row["course"].title for row in in_progress] == ["Studying"]
    assert in_progress[0]["progress"].percent == 50
    assert in_progress[0]["next_lesson"] == lessons[1]
    assert [row["course"].title for row in response.context["pending"]] == ["Waiting"]
    assert [row["course"].title for row in response.context["completed"]] == ["Done"]
    assert Enrollment.objects.filter(user=trainee).count() == 3


def test_my_learning_shows_courses_in_the_language_of_the_page(client, trainee, course, lessons):
    translate(course, "kk", title="Мониторинг әдістемесі")
    enrol(user=trainee, course=course)
    client.force_login(trainee)
    response = client.get("/kk/my-learning/")
    assert [row["course"].title for row in response.context["in_progress"]] == [
        "Мониторинг әдістемесі"
    ]


def test_my_learning_needs_an_account(client, site_tree):
    response = client.get("/en/my-learning/")
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_catalogue_filters_by_topic_level_and_language(client, catalogue, course):
    fair_trial = CoursePageFactory(
        parent=catalogue["en"],
        title="Fair trial",
        topic=CoursePage.Topic.FAIR_TRIAL,
        level=CoursePage.Level.ADVANCED,
        cohort_start=datetime.date(2000, 1, 1),
        cohort_end=datetime.date(2000, 2, 1),
    )
    translate(fair_trial, "kk", title="Әділ сот")

    def titles(query):
        response = client.get(catalogue["en"].url, query)
        return [course.title for course, _open in response.context["courses"]]

    assert titles({}) == [course.title, "Fair trial"]
    assert titles({"topic": "fair-trial"}) == ["Fair trial"]
    assert titles({"level": "beginner"}) == [course.title]
    assert titles({"language": "kk"}) == ["Fair trial"]
    assert titles({"topic": "<script>", "level": "x", "language": "zz"}) == [
        course.title,
        "Fair trial",
    ]
    html = client.get(catalogue["en"].url).content.decode()
    assert "Enrolment closed" in html


@pytest.mark.parametrize(
    ("language", "button", "lesson_state"),
    [("ru", "Записаться", "Следующий"), ("kk", "Курсқа жазылу", "Келесі")],
)
def test_course_page_speaks_the_visitors_language(
    client, trainee, course, lessons, language, button, lesson_state
):
    translated = translate(course, language, title="Translated course")
    for lesson in lessons:
        translate(lesson, language)
    client.force_login(trainee)
    assert button in client.get(translated.url).content.decode()
    enrol(user=trainee, course=course)
    assert lesson_state in client.get(translated.url).content.decode()


@pytest.mark.parametrize("lesson_count", [10, 100])
def test_lesson_page_takes_a_fixed_number_of_queries(client, trainee, catalogue, lesson_count):
    course, lessons = course_with_lessons(catalogue["en"], lessons=lesson_count, sequential=True)
    enrol(user=trainee, course=course)
    for lesson in lessons[:3]:
        complete_lesson(user=trainee, lesson=lesson, course=course)
    client.force_login(trainee)
    queries, response = count_queries(client, lessons[3].url)
    assert queries == LESSON_PAGE_QUERIES
    assert response.context["position"] == 4

"""Change histories name courses, lessons, assessments and questions by their titles, in the
viewer's language, and give every time in the site's time zone (Asia/Almaty)."""

import datetime

import pytest
from django.urls import reverse

from academy.models import Attempt, Enrollment, LessonCompletion, Response
from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.services import issue_certificate
from tests.factories.academy import AssessmentPageFactory, EnrollmentFactory, single_choice
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages
from tests.factories.cms import translate

pytestmark = pytest.mark.django_db

# 22:30 UTC is 03:30 the next day in Almaty (UTC+5).
UTC_TIME = datetime.datetime(2026, 12, 5, 22, 30, tzinfo=datetime.UTC)
ALMATY_TEXT = "Dec. 6, 2026, 3:30 a.m."


def history(client, url_name, pk, language="en"):
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF, preferred_language=language))
    page = client.get(reverse(url_name, args=[pk]), HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    return page.content.decode()


@pytest.fixture
def completion(course, lessons):
    trainee = UserFactory()
    enrollment = EnrollmentFactory(user=trainee, course=course, status=Enrollment.Status.ACTIVE)
    LessonCompletion.objects.create(
        user=trainee, course_key=course.translation_key, lesson_key=lessons[0].translation_key
    )
    LessonCompletion.history.update(completed_at=UTC_TIME)
    return enrollment


def test_enrolment_history_names_lessons_in_the_viewers_language(
    client, course, lessons, completion
):
    translate(course, "ru", title="Мониторинг")
    translate(lessons[0], "ru", title="Первый урок")

    page = history(client, "enrollment:audit", completion.pk, language="ru")

    assert "Первый урок" in page
    assert str(lessons[0].translation_key) not in page
    assert str(course.translation_key) not in page


def test_enrolment_history_gives_local_times(client, completion):
    page = history(client, "enrollment:audit", completion.pk)

    assert ALMATY_TEXT in page
    assert "22:30" not in page and "10:30 p.m." not in page


def test_attempt_history_names_the_questions(client, course):
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")])
    attempt = Attempt.objects.create(
        user=UserFactory(),
        assessment_key=quiz.translation_key,
        course_key=course.translation_key,
        page=quiz,
        number=1,
        layout=[{"id": "q1", "order": ["q1-a", "q1-b", "q1-c"]}],
    )
    Response.objects.create(
        attempt=attempt, question_id="q1", question_type="single_choice", answer={}, max_score=1
    )
    Attempt.history.update(started_at=UTC_TIME)

    page = history(client, "attempt:audit", attempt.pk)

    assert "<ins>Question q1</ins>" in page
    assert ALMATY_TEXT in page


def test_certificate_history_names_the_course_and_gives_local_times(client, course, locales):
    course_certificate(course, template_in_three_languages(locales))
    holder = UserFactory()
    EnrollmentFactory(user=holder, course=course, status=Enrollment.Status.COMPLETED)
    certificate = issue_certificate(holder=holder, course_key=course.translation_key)
    IssuedCertificate.history.update(issued_at=UTC_TIME)

    page = history(client, "issued_certificate:audit", certificate.pk)

    assert f"<ins>{course.title}</ins>" in page
    assert str(course.translation_key) not in page
    assert ALMATY_TEXT in page


@pytest.mark.parametrize("lesson_count", [2, 12])
def test_enrolment_history_queries_stay_flat(
    client, catalogue, lesson_count, django_assert_max_num_queries
):
    from tests.factories.academy import course_with_lessons

    course, lessons = course_with_lessons(catalogue["en"], lessons=lesson_count, slug="flat")
    trainee = UserFactory()
    enrollment = EnrollmentFactory(user=trainee, course=course, status=Enrollment.Status.ACTIVE)
    for lesson in lessons:
        LessonCompletion.objects.create(
            user=trainee, course_key=course.translation_key, lesson_key=lesson.translation_key
        )
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF))

    with django_assert_max_num_queries(25):
        page = client.get(reverse("enrollment:audit", args=[enrollment.pk])).content.decode()

    assert lessons[-1].title in page

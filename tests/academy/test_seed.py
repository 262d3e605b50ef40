from io import StringIO

import pytest
from django.core.management import call_command

from academy.models import AcademyIndexPage, AssessmentPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_three_courses_with_lessons_in_three_languages(client, academy_staff):
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())

    assert AcademyIndexPage.objects.count() == 3
    assert CoursePage.objects.count() == 9
    assert LessonPage.objects.count() == 3 * 14
    assert AssessmentPage.objects.count() == 9
    for language in ["en", "ru", "kk"]:
        courses = CoursePage.objects.filter(locale__language_code=language)
        assert courses.count() == 3
        for course in courses:
            assert 4 <= LessonPage.objects.child_of(course).count() <= 6
            assert AssessmentPage.objects.child_of(course).count() == 1
    fair_trial = CoursePage.objects.get(locale__language_code="ru", topic="fair-trial")
    assert [page.locale.language_code for page in fair_trial.prerequisites.all()] == ["ru"]

    client.force_login(academy_staff)
    for lesson in LessonPage.objects.filter(locale__language_code="kk"):
        response = client.get(lesson.url)
        assert response.status_code == 200, lesson.url


def test_seeded_assessments_grade_perfect_answers_fully(academy_staff):
    from decimal import Decimal

    from academy.attempts import grade_essay, start_attempt, submit_attempt
    from academy.demo import perfect_answers
    from academy.models import Attempt
    from academy.services import complete_lesson, enrol
    from tests.factories.accounts import UserFactory

    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    trainee = UserFactory()
    assessments = AssessmentPage.objects.filter(locale__language_code="ru")
    assert assessments.count() == 3
    for assessment in assessments:
        course = assessment.get_parent().specific
        enrol(user=trainee, course=course, by=academy_staff)
        for lesson in LessonPage.objects.live().child_of(course).filter(required=True):
            complete_lesson(user=trainee, lesson=lesson, course=course)
        attempt = start_attempt(user=trainee, assessment=assessment, course=course)
        assert len(attempt.layout) >= 10
        submit_attempt(attempt_id=attempt.pk, user=trainee, data=perfect_answers(attempt))
        attempt.refresh_from_db()
        assert attempt.status == Attempt.Status.AWAITING_GRADING
        for response in attempt.responses.filter(score__isnull=True):
            grade_essay(response=response, score=response.max_score, feedback="", by=academy_staff)
        attempt.refresh_from_db()
        assert attempt.percent == Decimal("100.00"), assessment.title

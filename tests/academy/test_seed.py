from io import StringIO

import pytest
from django.core.management import call_command

from academy.models import AcademyIndexPage, CoursePage, LessonPage

pytestmark = pytest.mark.django_db


def test_seed_demo_adds_three_courses_with_lessons_in_three_languages(client, academy_staff):
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    call_command("seed_demo", stdout=StringIO(), stderr=StringIO())

    assert AcademyIndexPage.objects.count() == 3
    assert CoursePage.objects.count() == 9
    assert LessonPage.objects.count() == 3 * 14
    for language in ["en", "ru", "kk"]:
        courses = CoursePage.objects.filter(locale__language_code=language)
        assert courses.count() == 3
        for course in courses:
            assert 4 <= LessonPage.objects.child_of(course).count() <= 6
    fair_trial = CoursePage.objects.get(locale__language_code="ru", topic="fair-trial")
    assert [page.locale.language_code for page in fair_trial.prerequisites.all()] == ["ru"]

    client.force_login(academy_staff)
    for lesson in LessonPage.objects.filter(locale__language_code="kk"):
        response = client.get(lesson.url)
        assert response.status_code == 200, lesson.url

"""Lessons and assessments send visitors to the log-in page: the sitemap leaves them out."""

import pytest

from tests.factories.academy import AssessmentPageFactory, course_with_lessons

pytestmark = pytest.mark.django_db


def test_the_sitemap_lists_the_course_and_none_of_its_lessons_or_assessments(client, catalogue):
    course, lessons = course_with_lessons(catalogue["en"], lessons=2)
    assessment = AssessmentPageFactory(parent=course)

    body = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{course.get_full_url()}</loc>" in body
    for page in (*lessons, assessment):
        assert client.get(page.url).status_code == 302  # to the log-in page
        assert page.get_full_url() not in body

import pytest

from tests.factories.academy import EnrollmentFactory
from tests.factories.h5p import uploaded_activity

CONTENT_HOST = "localhost:8000"


@pytest.fixture
def activity(academy_staff):
    """The real TrueFalse package, uploaded by staff and unpacked."""
    return uploaded_activity(academy_staff)


@pytest.fixture
def h5p_lesson(course, lessons, activity):
    """The course's first lesson, showing the activity and completed by a score of 80%."""
    lesson = lessons[0]
    lesson.body = [
        ("paragraph", "<p>Answer the question.</p>"),
        ("h5p", {"activity": activity}),
    ]
    lesson.completion_rule = lesson.CompletionRule.H5P_SCORE
    lesson.completion_min_score = 80
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


@pytest.fixture
def enrolled_trainee(trainee, course):
    EnrollmentFactory(user=trainee, course_key=course.translation_key)
    return trainee

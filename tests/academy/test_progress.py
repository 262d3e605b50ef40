import pytest

from academy.models import Enrollment, LessonCompletion
from academy.services import (
    LessonRefused,
    complete_lesson,
    enrol,
    progress_for,
)
from academy.signals import course_completed
from tests.factories.academy import LessonPageFactory, course_with_lessons
from tests.factories.cms import translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def completions_announced():
    received = []

    def receiver(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


def progress(user, course):
    return progress_for(user=user, course_keys=[course.translation_key])[course.translation_key]


def test_progress_counts_required_lessons_only(trainee, course, lessons):
    LessonPageFactory(parent=course, required=False)
    enrol(user=trainee, course=course)
    assert (progress(trainee, course).done, progress(trainee, course).total) == (0, 3)
    complete_lesson(user=trainee, lesson=lessons[0], course=course)
    assert (progress(trainee, course).done, progress(trainee, course).percent) == (1, 33)


def test_course_completes_once_even_if_the_last_lesson_is_marked_twice(
    trainee, course, lessons, completions_announced, django_capture_on_commit_callbacks
):
    enrollment = enrol(user=trainee, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in lessons:
            result = complete_lesson(user=trainee, lesson=lesson, course=course)
        assert result.course_completed
        again = complete_lesson(user=trainee, lesson=lessons[-1], course=course)
        assert not again.course_completed
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED
    assert enrollment.completed_at is not None
    assert completions_announced == [enrollment.pk]
    assert LessonCompletion.objects.filter(user=trainee).count() == 3


def test_optional_lessons_do_not_block_completion(trainee, catalogue, completions_announced):
    course, (required,) = course_with_lessons(catalogue["en"], lessons=1)
    optional = LessonPageFactory(parent=course, required=False)
    enrol(user=trainee, course=course)
    complete_lesson(user=trainee, lesson=required, course=course)
    assert Enrollment.objects.get(user=trainee).status == Enrollment.Status.COMPLETED
    assert complete_lesson(user=trainee, lesson=optional, course=course).course_completed is False


def test_lesson_of_a_course_one_is_not_enrolled_in_is_refused(trainee, catalogue, course, lessons):
    other, other_lessons = course_with_lessons(catalogue["en"], lessons=1)
    enrol(user=trainee, course=course)
    with pytest.raises(LessonRefused):
        complete_lesson(user=trainee, lesson=other_lessons[0], course=other)
    with pytest.raises(LessonRefused):
        complete_lesson(user=trainee, lesson=other_lessons[0], course=course)
    assert not LessonCompletion.objects.exists()


def test_locked_lesson_of_a_sequential_course_is_refused(trainee, course, lessons):
    course.sequential = True
    course.save()
    enrol(user=trainee, course=course)
    with pytest.raises(LessonRefused, match="previous lessons"):
        complete_lesson(user=trainee, lesson=lessons[1], course=course)
    assert not LessonCompletion.objects.exists()
    complete_lesson(user=trainee, lesson=lessons[0], course=course)
    complete_lesson(user=trainee, lesson=lessons[1], course=course)
    assert LessonCompletion.objects.count() == 2


def test_progress_follows_the_trainee_into_another_language(
    client, trainee, catalogue, course, lessons
):
    russian_course = translate(course, "ru", title="Мониторинг")
    russian_lessons = [
        translate(lesson, "ru", title=f"Урок {number}")
        for number, lesson in enumerate(lessons, start=1)
    ]
    enrol(user=trainee, course=course)
    complete_lesson(user=trainee, lesson=lessons[0], course=course)

    client.force_login(trainee)
    response = client.get(russian_course.url)
    assert response.context["studying"]
    states = [state for _lesson, state in response.context["lesson_states"]]
    assert states == ["done", "next", "available"]
    assert progress(trainee, russian_course).done == 1
    assert progress(trainee, russian_course).total == 3

    complete_lesson(user=trainee, lesson=russian_lessons[1], course=russian_course)
    complete_lesson(user=trainee, lesson=russian_lessons[2], course=russian_course)
    assert Enrollment.objects.get(user=trainee).status == Enrollment.Status.COMPLETED


def test_marking_done_through_the_page_moves_the_progress_bar(client, trainee, course, lessons):
    client.force_login(trainee)
    client.post(course.url + "enrol/")
    response = client.post(lessons[0].url + "complete/")
    assert response.status_code == 302
    assert response.url == lessons[1].url
    page = client.get(course.url)
    assert page.context["progress"].done == 1
    assert "1 of 3 required lessons done (33%)" in page.content.decode()
    response = client.get(lessons[0].url + "complete/")
    assert response.status_code == 302
    assert LessonCompletion.objects.count() == 1

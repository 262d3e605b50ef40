"""After signing in, enrolling and completing a course, the trainee is told what comes next."""

import pytest
from django.contrib.messages import get_messages

from academy.services import complete_lesson, enrol
from tests.factories.academy import course_with_lessons
from tests.factories.accounts import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def test_enrolling_names_the_first_lesson(client, trainee, course, lessons):
    client.force_login(trainee)
    response = client.post(course.url + "enrol/")
    assert messages_of(response) == [f"You are enrolled. Next: the lesson “{lessons[0].title}”."]


def test_signing_in_names_the_lesson_to_continue_with(client, course, lessons):
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    complete_lesson(user=trainee, lesson=lessons[0], course=course)
    response = client.post("/en/accounts/login/", {"login": trainee.email, "password": PASSWORD})
    assert response.status_code == 302
    assert f"Welcome back. Continue with “{lessons[1].title}” in “{course.title}”." in messages_of(
        response
    )


def test_signing_in_without_a_course_points_to_the_catalogue(client, site_tree, catalogue):
    trainee = UserFactory()
    response = client.post("/en/accounts/login/", {"login": trainee.email, "password": PASSWORD})
    assert "Welcome. Choose your first course in the Academy." in messages_of(response)


def test_completing_a_course_says_what_comes_next(client, trainee, course, lessons, catalogue):
    follow_up, _ = course_with_lessons(catalogue["en"], lessons=1, title="Monitoring in practice")
    follow_up.prerequisites.add(course)
    follow_up.save_revision().publish()
    enrol(user=trainee, course=course)
    for lesson in lessons[:-1]:
        complete_lesson(user=trainee, lesson=lesson, course=course)
    client.force_login(trainee)
    response = client.post(lessons[-1].url + "complete/", follow=True)
    html = response.content.decode()
    assert "Congratulations: you have completed the course!" in html
    assert "What next" in html
    assert f'href="{follow_up.url}"' in html
    assert "Monitoring in practice" in html


def test_the_next_course_is_not_one_already_taken(client, trainee, course, lessons, catalogue):
    follow_up, _ = course_with_lessons(catalogue["en"], lessons=1, title="Monitoring in practice")
    follow_up.prerequisites.add(course)
    follow_up.save_revision().publish()
    enrol(user=trainee, course=course)
    for lesson in lessons:
        complete_lesson(user=trainee, lesson=lesson, course=course)
    enrol(user=trainee, course=follow_up)
    client.force_login(trainee)
    html = client.get(course.url).content.decode()
    assert "You have completed this course." in html
    assert f'href="{follow_up.url}"' not in html

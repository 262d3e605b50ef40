"""Who may open a lesson: role by URL, and what happens to everyone else."""

import pytest

from academy.models import Enrollment
from accounts.roles import Role
from tests.factories.academy import EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

OK, LOGIN, COURSE = "ok", "login", "course"


def make_user(who, course):
    roles = {
        "trainee": Role.TRAINEE,
        "enrolled": Role.TRAINEE,
        "pending": Role.TRAINEE,
        "withdrawn": Role.TRAINEE,
        "mentor": Role.MENTOR,
        "editor": Role.EDITOR,
        "staff": Role.ACADEMY_STAFF,
    }
    if who == "anonymous":
        return None
    user = UserFactory(role=roles[who])
    statuses = {
        "enrolled": Enrollment.Status.ACTIVE,
        "pending": Enrollment.Status.PENDING,
        "withdrawn": Enrollment.Status.WITHDRAWN,
    }
    if who in statuses:
        EnrollmentFactory(user=user, course=course, status=statuses[who])
    return user


LESSON_ACCESS = {
    "anonymous": LOGIN,
    "trainee": COURSE,
    "pending": COURSE,
    "withdrawn": COURSE,
    "enrolled": OK,
    "mentor": COURSE,
    "editor": COURSE,
    "staff": OK,
}


@pytest.mark.parametrize(("who", "expected"), LESSON_ACCESS.items())
def test_lesson_page_by_role(client, course, lessons, who, expected):
    user = make_user(who, course)
    if user:
        client.force_login(user)
    response = client.get(lessons[0].url)
    if expected == OK:
        assert response.status_code == 200
        assert "What a monitor records." in response.content.decode()
    elif expected == LOGIN:
        assert response.status_code == 302
        assert response.url.startswith("/en/accounts/login/?next=")
    else:
        assert response.status_code == 302
        assert response.url == course.url


@pytest.mark.parametrize("who", ["anonymous", "trainee", "enrolled", "staff"])
def test_course_overview_is_public(client, course, who):
    user = make_user(who, course)
    if user:
        client.force_login(user)
    assert client.get(course.url).status_code == 200


def test_locked_lesson_sends_the_trainee_back_to_the_course(client, trainee, course, lessons):
    course.sequential = True
    course.save_revision().publish()
    EnrollmentFactory(user=trainee, course=course)
    client.force_login(trainee)
    response = client.get(lessons[2].url, follow=True)
    assert response.redirect_chain[-1][0] == course.url
    assert "Finish the previous lessons first." in response.content.decode()
    assert client.get(lessons[0].url).status_code == 200


def test_editor_previews_a_draft_lesson(client, editor, course, lessons):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{lessons[0].pk}/view_draft/")
    assert response.status_code == 200
    assert "What a monitor records." in response.content.decode()

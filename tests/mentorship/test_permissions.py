"""Role by URL: a mentor reaches only their own pairings, a trainee never a private note or
another pair's record, staff everything."""

import pytest
from django.urls import reverse

from academy.attempts import start_attempt, submit_attempt
from accounts.roles import Role
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import GoalFactory, MeetingFactory, MentorNoteFactory

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "mentee", "other_trainee", "mentor", "other_mentor", "editor", "staff"]

# Expected status per URL and role. 302 for anonymous is the login page; 404 hides that a
# record exists from anyone outside the pairing.
MATRIX = {
    "dashboard": [302, 403, 403, 200, 200, 403, 200],
    "mentee": [302, 403, 403, 200, 404, 403, 200],
    "log_meeting": [302, 403, 403, 200, 404, 403, 200],
    "set_goal": [302, 200, 404, 200, 404, 404, 200],
    "review_essay": [302, 403, 403, 200, 404, 403, 200],
    "my_mentoring": [302, 200, 200, 200, 200, 200, 200],
}


@pytest.fixture
def people(pairing, other_pairing, trainee, mentor, editor, academy_staff):
    return {
        "anonymous": None,
        "mentee": trainee,
        "other_trainee": other_pairing.mentee,
        "mentor": mentor,
        "other_mentor": other_pairing.mentor,
        "editor": editor,
        "staff": academy_staff,
    }


@pytest.fixture
def urls(pairing, essay_answer):
    return {
        "dashboard": reverse("mentorship:dashboard"),
        "mentee": reverse("mentorship:mentee", args=[pairing.pk]),
        "log_meeting": reverse("mentorship:log_meeting", args=[pairing.pk]),
        "set_goal": reverse("mentorship:set_goal", args=[pairing.pk]),
        "review_essay": reverse("mentorship:review_essay", args=[essay_answer.pk]),
        "my_mentoring": reverse("mentorship:my_mentoring"),
    }


@pytest.mark.parametrize("name", list(MATRIX))
def test_each_role_gets_the_expected_status(client, people, urls, name):
    statuses = {}
    for role in ROLES:
        client.logout()
        if people[role] is not None:
            client.force_login(people[role])
        statuses[role] = client.get(urls[name]).status_code
    assert statuses == dict(zip(ROLES, MATRIX[name], strict=True))


# The same URLs once the pairing has ended: its mentor and staff still read its page, and
# every form of it sends them back there (BACK) instead of opening.
BACK = "back to the pairing's page"
ENDED_MATRIX = {
    "dashboard": [302, 403, 403, 200, 200, 403, 200],
    "mentee": [302, 403, 403, 200, 404, 403, 200],
    "log_meeting": [302, 403, 403, BACK, 404, 403, BACK],
    "set_goal": [302, BACK, 404, BACK, 404, 404, BACK],
    "review_essay": [302, 403, 403, 404, 404, 403, 200],
    "my_mentoring": [302, 200, 200, 200, 200, 200, 200],
}


@pytest.mark.parametrize("name", list(ENDED_MATRIX))
def test_each_role_gets_the_expected_answer_once_the_pairing_ended(
    client, people, urls, pairing, name
):
    pairing.status = "completed"
    pairing.save()
    pairing_pages = {
        reverse("mentorship:mentee", args=[pairing.pk]),
        reverse("mentorship:my_mentoring"),
    }
    answers = {}
    for role in ROLES:
        client.logout()
        if people[role] is not None:
            client.force_login(people[role])
        response = client.get(urls[name])
        back = response.status_code == 302 and response.url in pairing_pages
        answers[role] = BACK if back else response.status_code
    assert answers == dict(zip(ROLES, ENDED_MATRIX[name], strict=True))


def test_every_mentorship_url_has_a_row():
    from mentorship.urls import urlpatterns

    assert {pattern.name for pattern in urlpatterns} == {*MATRIX, "goal_status"}
    assert set(ENDED_MATRIX) == set(MATRIX)


def test_goal_status_is_changed_by_the_pair_and_staff_only(
    client, pairing, other_pairing, academy_staff
):
    goal = GoalFactory(pairing=pairing)
    url = reverse("mentorship:goal_status", args=[goal.pk])
    for outsider in (other_pairing.mentor, other_pairing.mentee):
        client.force_login(outsider)
        assert client.post(url, {"status": "achieved"}).status_code == 404
    goal.refresh_from_db()
    assert goal.status == "open"
    for person, status in (
        (pairing.mentee, "in-progress"),
        (pairing.mentor, "achieved"),
        (academy_staff, "dropped"),
    ):
        client.force_login(person)
        assert client.post(url, {"status": status}).status_code == 302
        goal.refresh_from_db()
        assert goal.status == status


def test_private_notes_reach_the_mentor_and_staff_never_the_mentee(client, pairing, academy_staff):
    MentorNoteFactory(pairing=pairing)
    MeetingFactory(pairing=pairing, topics="MEETING-TOPICS")
    mentee_page = reverse("mentorship:mentee", args=[pairing.pk])
    for person in (pairing.mentor, academy_staff):
        client.force_login(person)
        assert "PRIVATE-NOTE" in client.get(mentee_page).content.decode()
    client.force_login(pairing.mentee)
    page = client.get(reverse("mentorship:my_mentoring")).content.decode()
    assert "MEETING-TOPICS" in page
    assert "PRIVATE-NOTE" not in page


def test_another_pairs_meetings_and_goals_stay_hidden(client, pairing, other_pairing):
    MeetingFactory(pairing=other_pairing, topics="OTHER-PAIR-MEETING")
    GoalFactory(pairing=other_pairing, text="OTHER-PAIR-GOAL")
    for person in (pairing.mentee, pairing.mentor):
        client.force_login(person)
        for url in (
            reverse("mentorship:my_mentoring"),
            reverse("mentorship:dashboard"),
            reverse("mentorship:mentee", args=[pairing.pk]),
        ):
            page = client.get(url).content.decode()
            assert "OTHER-PAIR-MEETING" not in page
            assert "OTHER-PAIR-GOAL" not in page


def test_a_mentor_grades_only_essays_of_courses_linked_to_the_programme(
    client, pairing, essay_answer, catalogue
):
    from academy.services import enrol
    from tests.factories.academy import AssessmentPageFactory, course_with_lessons, essay

    unlinked, _lessons = course_with_lessons(catalogue["en"], lessons=0, title="Unlinked")
    enrol(user=pairing.mentee, course=unlinked)
    assessment = AssessmentPageFactory(parent=unlinked, questions=[essay("x1")])
    attempt = start_attempt(user=pairing.mentee, assessment=assessment, course=unlinked)
    submit_attempt(attempt_id=attempt.pk, user=pairing.mentee, data={"q-x1": "An answer."})
    outside = attempt.responses.get()
    client.force_login(pairing.mentor)
    assert client.get(reverse("mentorship:review_essay", args=[outside.pk])).status_code == 404
    response = client.post(
        reverse("mentorship:review_essay", args=[outside.pk]), {"score": "5", "feedback": "x"}
    )
    assert response.status_code == 404
    outside.refresh_from_db()
    assert outside.score is None


def test_a_paused_pairing_no_longer_lets_the_mentor_grade(client, pairing, essay_answer):
    pairing.status = "paused"
    pairing.save()
    client.force_login(pairing.mentor)
    url = reverse("mentorship:review_essay", args=[essay_answer.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("role", ["trainee", "mentor", "editor"])
def test_the_mentoring_admin_is_for_staff(client, pairing, role):
    person = UserFactory(
        role={"trainee": Role.TRAINEE, "mentor": Role.MENTOR}.get(role, Role.EDITOR)
    )
    client.force_login(person)
    for url in (
        reverse("pairing:index"),
        reverse("pairing:audit", args=[pairing.pk]),
        reverse("mentor_chooser:choose"),
        reverse("mentee_chooser:choose"),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert pairing.mentee.email not in response.content.decode()


def test_staff_open_the_mentoring_admin(client, pairing, academy_staff):
    client.force_login(academy_staff)
    for url in (
        reverse("pairing:index"),
        reverse("pairing:audit", args=[pairing.pk]),
        reverse("mentor_chooser:choose"),
    ):
        assert client.get(url).status_code == 200, url


def test_editors_cannot_open_a_programme_in_the_page_editor(
    client, programme, editor, academy_staff
):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[programme.pk]))
    assert response.status_code == 302
    client.force_login(academy_staff)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[programme.pk])).status_code == 200

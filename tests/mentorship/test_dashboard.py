"""The mentor's dashboard and mentee page: what they show and how many queries they take."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from academy.attempts import start_attempt, submit_attempt
from academy.models import LessonCompletion
from academy.services import complete_lesson
from accounts.roles import Role
from mentorship.services import MENTEES_PER_PAGE, mentor_dashboard
from tests.academy.test_dashboards import count_queries
from tests.factories.academy import (
    AssessmentPageFactory,
    EnrollmentFactory,
    course_with_lessons,
    essay,
    form_data,
    single_choice,
)
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import (
    MeetingFactory,
    MentorshipProgrammePageFactory,
    PairingFactory,
)
from tests.html.outline import repeated_landmarks, skipped_headings

pytestmark = pytest.mark.django_db

DASHBOARD_QUERIES = 33
MENTEE_PAGE_QUERIES = 35


@pytest.fixture
def five_courses(catalogue):
    courses = []
    for number in range(5):
        course, lessons = course_with_lessons(catalogue["en"], lessons=3, title=f"Course {number}")
        assessment = AssessmentPageFactory(
            parent=course, questions=[single_choice("q1"), essay("e1")], pass_mark=50
        )
        courses.append((course, lessons, assessment))
    return courses


def mentees_with_activity(mentor, programme, courses, count):
    """``count`` mentees enrolled in every course, each with one lesson done, one submitted
    essay waiting in the first course, and a planned meeting."""
    rows = []
    for _ in range(count):
        mentee = UserFactory(role=Role.TRAINEE)
        for course, _lessons, _assessment in courses:
            EnrollmentFactory(user=mentee, course=course)
        rows.append(PairingFactory(programme=programme, mentor=mentor, mentee=mentee))
    LessonCompletion.objects.bulk_create(
        LessonCompletion(
            user=pairing.mentee,
            course_key=course.translation_key,
            lesson_key=lessons[0].translation_key,
        )
        for pairing in rows
        for course, lessons, _assessment in courses
    )
    course, _lessons, assessment = courses[0]
    for pairing in rows:
        attempt = start_attempt(user=pairing.mentee, assessment=assessment, course=course)
        submit_attempt(
            attempt_id=attempt.pk,
            user=pairing.mentee,
            data=form_data(attempt, {"q1": "q1-a", "e1": "An essay"}),
        )
        MeetingFactory(
            pairing=pairing, next_meeting_on=timezone.localdate() + datetime.timedelta(days=3)
        )
    return rows


@pytest.mark.parametrize("mentee_count", [2, 50])
def test_dashboard_takes_the_same_queries_for_2_and_50_mentees(
    client, mentor, catalogue, five_courses, mentee_count
):
    programme = MentorshipProgrammePageFactory(parent=catalogue["en"])
    programme.courses.set([course for course, _lessons, _assessment in five_courses])
    programme.save()
    mentees_with_activity(mentor, programme, five_courses, mentee_count)
    client.force_login(mentor)
    queries, response = count_queries(client, reverse("mentorship:dashboard"))
    assert queries == DASHBOARD_QUERIES
    rows = response.context["rows"]
    assert len(rows) == min(mentee_count, MENTEES_PER_PAGE)
    assert response.context["mentee_count"] == mentee_count
    assert len(response.context["essays"]) == mentee_count
    assert all(len(row.courses) == 5 for row in rows)
    assert all(row.essays_waiting == 1 and row.next_meeting for row in rows)

    # Every page of mentees takes as many queries; together the pages show each mentee once.
    pages = response.context["page_obj"].paginator.num_pages
    seen = [row.pairing.pk for row in rows]
    for number in range(2, pages + 1):
        queries, response = count_queries(
            client, reverse("mentorship:dashboard") + f"?page={number}"
        )
        assert queries == DASHBOARD_QUERIES
        seen += [row.pairing.pk for row in response.context["rows"]]
    assert len(seen) == len(set(seen)) == mentee_count
    # A page number that is not one shows the first page; one past the end, the last.
    dashboard = reverse("mentorship:dashboard")
    first = client.get(dashboard + "?page=abc").context["rows"]
    assert [row.pairing.pk for row in first] == seen[:MENTEES_PER_PAGE]
    last = client.get(dashboard + "?page=999").context["rows"]
    assert [row.pairing.pk for row in last] == seen[(pages - 1) * MENTEES_PER_PAGE :]


@pytest.mark.parametrize("meeting_count", [1, 40])
def test_mentee_page_takes_a_fixed_number_of_queries(
    client, pairing, essay_assessment, course, meeting_count
):
    for _ in range(meeting_count):
        MeetingFactory(pairing=pairing)
    attempt = start_attempt(user=pairing.mentee, assessment=essay_assessment, course=course)
    submit_attempt(attempt_id=attempt.pk, user=pairing.mentee, data={"q-e1": "An essay"})
    client.force_login(pairing.mentor)
    queries, response = count_queries(client, reverse("mentorship:mentee", args=[pairing.pk]))
    assert queries == MENTEE_PAGE_QUERIES
    assert len(response.context["meetings"]) == meeting_count


def test_dashboard_shows_progress_results_activity_and_the_inactive_flag(
    client, mentor, programme, course, lessons, essay_assessment
):
    now = timezone.now()
    active = UserFactory(role=Role.TRAINEE, first_name="Active", last_name="Mentee")
    idle = UserFactory(role=Role.TRAINEE, first_name="Idle", last_name="Mentee")
    for person in (active, idle):
        EnrollmentFactory(user=person, course=course)
        PairingFactory(programme=programme, mentor=mentor, mentee=person)
    complete_lesson(user=active, lesson=lessons[0], course=course)
    attempt = start_attempt(user=active, assessment=essay_assessment, course=course)
    submit_attempt(
        attempt_id=attempt.pk,
        user=active,
        data=form_data(attempt, {"q1": "q1-a", "e1": "Essay"}),
    )
    complete_lesson(user=idle, lesson=lessons[0], course=course)
    LessonCompletion.objects.filter(user=idle).update(
        completed_at=now - datetime.timedelta(days=15)
    )
    dashboard = mentor_dashboard(mentor=mentor, now=now)
    rows = {row.mentee: row for row in dashboard["rows"]}
    assert rows[active].courses[0].progress.done == 1
    assert rows[active].courses[0].progress.total == 4
    assert not rows[active].inactive
    assert rows[active].essays_waiting == 1
    assert [result.status for result in rows[active].results] == ["awaiting"]
    assert rows[idle].inactive
    assert rows[idle].last_activity == now - datetime.timedelta(days=15)
    assert dashboard["inactive_count"] == 1
    client.force_login(mentor)
    page = client.get(reverse("mentorship:dashboard")).content.decode()
    assert "Inactive for 14 days or more" in page
    assert "1 of 4 required lessons done" in page


def test_a_completed_pairing_leaves_the_dashboard_but_stays_reachable(client, pairing, mentor):
    pairing.status = "completed"
    pairing.save()
    client.force_login(mentor)
    response = client.get(reverse("mentorship:dashboard"))
    assert response.context["rows"] == []
    assert response.context["other_pairings"] == [pairing]
    assert client.get(reverse("mentorship:mentee", args=[pairing.pk])).status_code == 200


def test_progress_counts_a_course_once_across_its_translations(
    client, pairing, programme, course, lessons
):
    from tests.factories.cms import translate

    russian = translate(course, "ru", title="Курс")
    programme.courses.set([course, russian])
    programme.save()
    complete_lesson(user=pairing.mentee, lesson=lessons[0], course=course)
    dashboard = mentor_dashboard(mentor=pairing.mentor)
    [row] = dashboard["rows"]
    assert len(row.courses) == 1
    assert row.courses[0].progress.done == 1


def test_the_mentee_page_and_dashboard_skip_no_heading_level_nor_repeat_a_landmark(
    client, pairing, mentor, programme, course, essay_assessment
):
    MeetingFactory(pairing=pairing)
    second = PairingFactory(programme=programme, mentor=mentor)
    EnrollmentFactory(user=second.mentee, course=course)
    for mentee in (pairing.mentee, second.mentee):
        attempt = start_attempt(user=mentee, assessment=essay_assessment, course=course)
        submit_attempt(attempt_id=attempt.pk, user=mentee, data={"q-e1": "An essay"})
    client.force_login(mentor)
    for url in (
        reverse("mentorship:mentee", args=[pairing.pk]),
        reverse("mentorship:dashboard"),
    ):
        html = client.get(url).content.decode()
        assert "<table" in html
        assert skipped_headings(html) == [], url
        assert repeated_landmarks(html) == [], url

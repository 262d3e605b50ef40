import datetime

import pytest

from academy.models import CoursePage, Enrollment
from academy.services import (
    EnrolmentRefused,
    approve_enrolment,
    bulk_enrol,
    enrol,
    unenrol,
)
from tests.factories.academy import CoursePageFactory, EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def test_self_enrolment_in_an_open_course_is_immediate_and_idempotent(trainee, course):
    first = enrol(user=trainee, course=course)
    second = enrol(user=trainee, course=course)
    assert first.pk == second.pk
    assert first.status == Enrollment.Status.ACTIVE
    assert first.source == Enrollment.Source.SELF
    assert Enrollment.objects.count() == 1


def test_approval_course_waits_for_staff(trainee, academy_staff, course):
    course.enrolment_mode = CoursePage.EnrolmentMode.APPROVAL
    course.save()
    enrollment = enrol(user=trainee, course=course)
    assert enrollment.status == Enrollment.Status.PENDING
    approve_enrolment(enrollment=enrollment, by=academy_staff)
    enrollment.refresh_from_db()
    assert (enrollment.status, enrollment.decided_by) == (Enrollment.Status.ACTIVE, academy_staff)


def test_invitation_only_course_refuses_self_enrolment_but_staff_can_enrol(
    trainee, academy_staff, course
):
    course.enrolment_mode = CoursePage.EnrolmentMode.INVITATION
    course.save()
    with pytest.raises(EnrolmentRefused, match="invitation only"):
        enrol(user=trainee, course=course)
    assert not Enrollment.objects.exists()
    enrollment = enrol(user=trainee, course=course, by=academy_staff)
    assert (enrollment.status, enrollment.source) == (
        Enrollment.Status.ACTIVE,
        Enrollment.Source.STAFF,
    )


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (datetime.date(2026, 12, 1), datetime.date(2027, 1, 31)),
        (datetime.date(2026, 9, 1), datetime.date(2026, 10, 31)),
    ],
)
def test_enrolment_outside_the_cohort_window_is_refused_and_creates_nothing(
    trainee, course, start, end
):
    course.cohort_start, course.cohort_end = start, end
    course.save()
    with pytest.raises(EnrolmentRefused, match="closed"):
        enrol(user=trainee, course=course, today=datetime.date(2026, 11, 27))
    assert not Enrollment.objects.exists()


def test_enrolment_inside_the_cohort_window_succeeds(trainee, course):
    course.cohort_start = datetime.date(2026, 11, 1)
    course.cohort_end = datetime.date(2026, 12, 31)
    course.save()
    enrollment = enrol(user=trainee, course=course, today=datetime.date(2026, 11, 27))
    assert enrollment.status == Enrollment.Status.ACTIVE


def test_missing_prerequisite_is_refused_with_a_link_to_it(trainee, catalogue, course):
    advanced = CoursePageFactory(parent=catalogue["en"], title="Advanced monitoring")
    advanced.prerequisites.set([course])
    advanced.save()
    with pytest.raises(EnrolmentRefused) as refusal:
        enrol(user=trainee, course=advanced)
    assert f'href="{course.url}"' in refusal.value.message
    assert course.title in refusal.value.message
    assert not Enrollment.objects.exists()

    EnrollmentFactory(user=trainee, course=course, status=Enrollment.Status.COMPLETED)
    assert enrol(user=trainee, course=advanced).status == Enrollment.Status.ACTIVE


def test_unenrol_keeps_the_record_and_allows_coming_back(trainee, course):
    enrol(user=trainee, course=course)
    unenrol(user=trainee, course=course)
    assert Enrollment.objects.get().status == Enrollment.Status.WITHDRAWN
    with pytest.raises(EnrolmentRefused):
        unenrol(user=trainee, course=course)
    assert enrol(user=trainee, course=course).status == Enrollment.Status.ACTIVE
    assert Enrollment.objects.count() == 1


def test_completed_course_cannot_be_left(trainee, course):
    EnrollmentFactory(user=trainee, course=course, status=Enrollment.Status.COMPLETED)
    with pytest.raises(EnrolmentRefused):
        unenrol(user=trainee, course=course)
    assert Enrollment.objects.get().status == Enrollment.Status.COMPLETED


def test_bulk_enrolment_reports_unknown_and_malformed_addresses(academy_staff, course):
    known = UserFactory(email="Aigerim@Example.org")
    enrolled_before = UserFactory(email="marat@example.org")
    enrol(user=enrolled_before, course=course)
    text = "AIGERIM@example.org, marat@example.org;nobody@example.org\nnot-an-email\n\n"

    result = bulk_enrol(course=course, text=text, by=academy_staff)

    assert result.enrolled == ["aigerim@example.org"]
    assert result.already == ["marat@example.org"]
    assert result.unknown == ["nobody@example.org"]
    assert result.invalid == ["not-an-email"]
    assert Enrollment.objects.get(user=known).source == Enrollment.Source.STAFF
    assert Enrollment.objects.count() == 2


def test_enrol_button_and_login_redirect(client, trainee, course):
    response = client.post(course.url + "enrol/")
    assert response.status_code == 302
    assert "/accounts/login/" in response.url
    assert not Enrollment.objects.exists()

    client.force_login(trainee)
    assert client.get(course.url + "enrol/").status_code == 302
    assert not Enrollment.objects.exists(), "GET must not enrol"
    response = client.post(course.url + "enrol/", follow=True)
    assert "You are enrolled" in response.content.decode()
    assert Enrollment.objects.filter(user=trainee).count() == 1
    client.post(course.url + "enrol/")
    assert Enrollment.objects.filter(user=trainee).count() == 1


def test_closed_course_shows_the_reason_and_creates_nothing(client, trainee, course):
    course.cohort_start = datetime.date(2000, 1, 1)
    course.cohort_end = datetime.date(2000, 2, 1)
    course.save_revision().publish()
    client.force_login(trainee)
    response = client.post(course.url + "enrol/", follow=True)
    assert "Enrolment in this course is closed." in response.content.decode()
    assert not Enrollment.objects.exists()

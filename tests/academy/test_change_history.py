"""Staff open "Change history" on every admin listing of a model with django-simple-history
and read who changed which field, from what to what; nobody else can."""

import pytest
from django.urls import reverse

from academy.attempts import regrade_attempt
from academy.models import Attempt, Enrollment, Response
from academy.services import approve_enrolment
from certificates.models import CertificateTemplate
from certificates.services import issue_certificate, revoke_certificate
from tests.factories.academy import AssessmentPageFactory, EnrollmentFactory, single_choice
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages

pytestmark = pytest.mark.django_db


@pytest.fixture
def certified_course(course, locales):
    course_certificate(course, template_in_three_languages(locales), issue_automatically=False)
    return course


@pytest.fixture
def graduate(certified_course):
    user = UserFactory(first_name="Aruzhan", last_name="Tokayeva")
    EnrollmentFactory(user=user, course=certified_course, status=Enrollment.Status.COMPLETED)
    return user


def history_page(client, user, url_name, pk):
    client.force_login(user)
    return client.get(reverse(url_name, args=[pk]))


def test_enrolment_history_shows_the_approval_and_who_gave_it(
    client,
    certified_course,
    academy_staff,
):
    trainee = UserFactory(first_name="Gulnara", last_name="Ospanova")
    enrollment = EnrollmentFactory(
        user=trainee, course=certified_course, status=Enrollment.Status.PENDING
    )
    approve_enrolment(enrollment=enrollment, by=academy_staff)

    response = history_page(client, academy_staff, "enrollment:audit", enrollment.pk)
    page = response.content.decode()
    assert response.status_code == 200
    assert "<del>Waiting for approval</del> → <ins>Enrolled</ins>" in page
    assert f"<ins>{academy_staff}</ins>" in page  # approved or enrolled by
    assert certified_course.title in page


def test_attempt_history_shows_a_regrade_field_by_field(client, certified_course, academy_staff):
    quiz = AssessmentPageFactory(parent=certified_course, questions=[single_choice("q1")])
    trainee = UserFactory()
    attempt = Attempt.objects.create(
        user=trainee,
        assessment_key=quiz.translation_key,
        course_key=certified_course.translation_key,
        page=quiz,
        number=1,
        layout=[{"id": "q1", "order": ["q1-a", "q1-b", "q1-c"]}],
        status=Attempt.Status.GRADED,
        score=0,
        max_score=1,
        percent=0,
        passed=False,
    )
    Response.objects.create(
        attempt=attempt,
        question_id="q1",
        question_type="single_choice",
        answer={"choice": "q1-a"},
        score=0,
        max_score=1,
    )
    regrade_attempt(attempt=attempt, by=academy_staff)

    page = history_page(client, academy_staff, "attempt:audit", attempt.pk).content.decode()
    assert "<del>0.00</del> → <ins>100.00</ins>" in page  # the attempt's percent
    assert "<del>0.00</del> → <ins>1.00</ins>" in page  # the answer's score
    # The regrade is credited to the person, not written into the history as text.
    assert Attempt.history.filter(id=attempt.pk).latest().history_user == academy_staff


def test_certificate_history_shows_the_revocation(
    client, graduate, certified_course, academy_staff
):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    revoke_certificate(
        certificate=certificate, reason="Issued to the wrong person", by=academy_staff
    )

    page = history_page(
        client, academy_staff, "issued_certificate:audit", certificate.pk
    ).content.decode()
    assert "<ins>Issued to the wrong person</ins>" in page
    assert str(academy_staff) in page


def test_certificate_template_history_shows_the_new_title(client, locales, academy_staff):
    template = CertificateTemplate.objects.create(
        name="Course certificate", title="Certificate", body="{holder_name}"
    )
    template.title = "Certificate of completion"
    template.save()

    page = history_page(
        client, academy_staff, "wagtailsnippets_certificates_certificatetemplate:audit", template.pk
    ).content.decode()
    assert "<del>Certificate</del> → <ins>Certificate of completion</ins>" in page


@pytest.mark.parametrize(
    "listing", ["enrollment:index", "attempt:index", "issued_certificate:index"]
)
def test_listings_link_each_row_to_its_history(
    client,
    listing,
    graduate,
    certified_course,
    academy_staff,
):
    issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    quiz = AssessmentPageFactory(parent=certified_course, questions=[single_choice("q1")])
    Attempt.objects.create(
        user=graduate,
        assessment_key=quiz.translation_key,
        course_key=certified_course.translation_key,
        number=1,
    )
    client.force_login(academy_staff)
    page = client.get(reverse(listing)).content.decode()
    assert "Change history" in page
    assert "/audit/" in page


@pytest.mark.parametrize("role", ["trainee", "mentor", "editor"])
def test_only_staff_read_a_history(client, request, role, graduate, certified_course):
    enrollment = Enrollment.objects.get(user=graduate)
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    for url_name, pk in (
        ("enrollment:audit", enrollment.pk),
        ("issued_certificate:audit", certificate.pk),
    ):
        response = history_page(client, request.getfixturevalue(role), url_name, pk)
        assert response.status_code == 302
        assert graduate.email not in response.content.decode()
        assert response["Location"].split("?")[0] != reverse(url_name, args=[pk])

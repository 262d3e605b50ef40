import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Enrollment
from certificates.services import issue_certificate
from tests.factories.academy import CoursePageFactory, EnrollmentFactory
from tests.factories.certificates import course_certificate

pytestmark = pytest.mark.django_db

# One to name the courses in the language being read.
MY_CERTIFICATES_QUERIES = 12
# One more than before the Reports menu: its items ask once per request whether the user is staff.
ADMIN_LIST_QUERIES = 14


def certificates_for(user, courses, template):
    for course in courses:
        course_certificate(course, template)
        EnrollmentFactory(user=user, course=course, status=Enrollment.Status.COMPLETED)
        issue_certificate(holder=user, course_key=course.translation_key)


@pytest.mark.parametrize("count", [1, 20])
def test_my_certificates_is_flat(client, trainee, certified_course, count):
    from certificates.models import CourseCertificate

    template = CourseCertificate.objects.get().template
    parent = certified_course.get_parent()
    certificates_for(trainee, [CoursePageFactory(parent=parent) for _ in range(count)], template)
    client.force_login(trainee)
    client.get("/en/my-certificates/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/en/my-certificates/").status_code == 200
    assert len(queries) == MY_CERTIFICATES_QUERIES


@pytest.mark.parametrize("count", [2, 40])
def test_admin_certificate_list_is_flat(client, academy_staff, certified_course, count):
    from tests.factories.accounts import UserFactory

    for user in UserFactory.create_batch(count):
        EnrollmentFactory(user=user, course=certified_course, status=Enrollment.Status.COMPLETED)
        issue_certificate(holder=user, course_key=certified_course.translation_key)
    client.force_login(academy_staff)
    client.get("/admin/certificates/issued/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/admin/certificates/issued/").status_code == 200
    assert len(queries) == ADMIN_LIST_QUERIES

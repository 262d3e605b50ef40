import pytest

from academy.models import Enrollment
from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.services import issue_certificate
from tests.admin_listing import registered_icons, row_action
from tests.factories.academy import EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

BASE = "/admin/certificates/issued/"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.TRAINEE, False),
        (Role.MENTOR, False),
        (Role.EDITOR, False),
        (Role.ACADEMY_STAFF, True),
    ],
)
def test_certificate_admin_by_role(client, graduate, certified_course, role, allowed):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    if role:
        client.force_login(UserFactory(role=role))
    urls = [
        BASE,
        BASE + "?export=csv",
        BASE + "issue/",
        BASE + "bulk/",
        f"{BASE}revoke/{certificate.pk}/",
        f"{BASE}reissue/{certificate.pk}/",
        "/admin/certificates/courses/",
        "/admin/snippets/certificates/certificatetemplate/",
    ]
    for url in urls:
        status = client.get(url).status_code
        assert (status == 200) is allowed, (url, status)
    client.post(f"{BASE}revoke/{certificate.pk}/", {"reason": "test"})
    certificate.refresh_from_db()
    assert (certificate.revoked_at is not None) is allowed


def test_staff_issue_one_and_bad_input_changes_nothing(
    client, academy_staff, graduate, certified_course
):
    client.force_login(academy_staff)
    bad = client.post(
        BASE + "issue/",
        {"email": "nobody@example.org", "course_key": str(certified_course.translation_key)},
    )
    assert "No account uses this e-mail address." in bad.content.decode()
    not_completed = UserFactory()
    EnrollmentFactory(user=not_completed, course=certified_course, status=Enrollment.Status.ACTIVE)
    refused = client.post(
        BASE + "issue/",
        {"email": not_completed.email, "course_key": str(certified_course.translation_key)},
    )
    assert "only for a completed course" in refused.content.decode()
    assert not IssuedCertificate.objects.exists()
    client.post(
        BASE + "issue/",
        {"email": graduate.email, "course_key": str(certified_course.translation_key)},
    )
    assert IssuedCertificate.objects.get().holder == graduate


def test_bulk_issue_runs_in_the_background_and_reports_progress(
    client, academy_staff, graduate, certified_course
):
    others = UserFactory.create_batch(3)
    for user in others:
        EnrollmentFactory(user=user, course=certified_course, status=Enrollment.Status.COMPLETED)
    EnrollmentFactory(course=certified_course, status=Enrollment.Status.ACTIVE)
    issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    client.force_login(academy_staff)
    response = client.post(BASE + "bulk/", {"course_key": str(certified_course.translation_key)})
    assert response.status_code == 302
    page = client.get(response.url).content.decode()
    assert "Finished." in page
    assert "3 issued; 4 completed enrolments checked." in page
    assert IssuedCertificate.objects.count() == 4
    client.post(BASE + "bulk/", {"course_key": str(certified_course.translation_key)})
    assert IssuedCertificate.objects.count() == 4


def test_revoke_without_reason_is_refused(client, academy_staff, graduate, certified_course):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    client.force_login(academy_staff)
    response = client.post(f"{BASE}revoke/{certificate.pk}/", {"reason": ""})
    assert response.status_code == 200
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_filters_by_status(client, academy_staff, graduate, certified_course):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    client.force_login(academy_staff)
    assert certificate.serial in client.get(BASE, {"status": "valid"}).content.decode()
    assert certificate.serial not in client.get(BASE, {"status": "revoked"}).content.decode()


def test_certificate_row_actions_sit_in_the_more_menu_with_icons(
    client, academy_staff, graduate, certified_course
):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    client.force_login(academy_staff)
    page = client.get(BASE).content.decode()
    icons = registered_icons()
    for action_name in ("reissue", "revoke", "audit"):
        url = f"{BASE}{action_name}/{certificate.pk}/"
        action = row_action(page, url)
        assert action is not None, url
        classes, icon = action
        assert "button-small" not in classes, f"{url} is a top-level button"
        assert icon in icons, f"{url} has icon {icon!r}, which the admin does not have"

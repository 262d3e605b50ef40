"""A trainee completes a course, downloads the certificate and checks it; staff revoke it."""

import pytest

from academy.services import enrol
from accounts.roles import Role
from certificates.models import IssuedCertificate
from tests.e2e.test_academy import log_in, log_in_to_admin
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    single_choice,
)
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_certificate_from_completion_to_revocation(
    page, browser, live_server, site_tree, locales, screenshot, axe_violations
):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue, title="Monitoring detention hearings")
    LessonPageFactory(parent=course, title="Grounds for detention")
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")], pass_mark=100)
    quiz.save_revision().publish()
    course_certificate(course, template_in_three_languages(locales), issue_automatically=True)
    trainee = UserFactory(first_name="Aigerim", last_name="Sadykova")
    enrol(user=trainee, course=course)
    log_in(page, trainee)

    page.goto(course.url)
    page.get_by_role("link", name="Start the first lesson: Grounds for detention").click()
    page.get_by_role("button", name="Mark as done").click()
    page.get_by_role("button", name="Start the assessment").click()
    page.get_by_label("Choice a").check()
    page.get_by_role("button", name="Submit for grading").click()
    page.wait_for_url("**/result/")
    assert page.get_by_text("You passed.").is_visible()

    page.get_by_role("link", name="My certificates").click()
    certificate = IssuedCertificate.objects.get(holder=trainee)
    assert page.get_by_text(certificate.serial).is_visible()
    assert axe_violations() == []
    screenshot("my-certificates")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download PDF").click()
    download = download_info.value
    assert download.suggested_filename == f"{certificate.serial}.pdf"
    with open(download.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"

    page.goto(f"/verify/{certificate.token}/")
    assert page.get_by_role("heading", name="This certificate is valid.").is_visible()
    assert page.get_by_text("Aigerim Sadykova").is_visible()
    assert axe_violations() == []
    screenshot("valid")

    page.goto("/en/verify/")
    page.get_by_label("Certificate serial").fill(certificate.serial)
    page.get_by_label("Holder's surname").fill("Sadykova")
    page.get_by_role("button", name="Check").click()
    assert page.get_by_role("heading", name="This certificate is valid.").is_visible()
    assert "Sadykova" not in page.url

    staff = UserFactory(role=Role.ACADEMY_STAFF)
    admin = browser.new_context(base_url=live_server.url).new_page()
    log_in_to_admin(admin, staff)
    admin.goto(f"/admin/certificates/issued/revoke/{certificate.pk}/")
    admin.get_by_label("Reason").fill("Issued to the wrong person")
    admin.get_by_role("button", name="Revoke").click()
    admin.wait_for_url("**/admin/certificates/issued/")
    admin.context.close()

    page.goto(f"/en/verify/{certificate.token}/")
    assert page.get_by_role("heading", name="This certificate was revoked on").is_visible()
    screenshot("revoked")

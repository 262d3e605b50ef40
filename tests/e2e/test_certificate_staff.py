"""Staff issue a course's certificates in bulk: each in its holder's language, a revoked
holder left out and listed, and every certificate's PDF and check page one click away."""

import pytest
from pypdf import PdfReader

from academy.models import Enrollment
from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.services import issue_certificate, revoke_certificate
from tests.e2e.test_academy import log_in_to_admin
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory, EnrollmentFactory
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages
from tests.factories.cms import translate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TITLES = {
    "en": "Trial monitoring",
    "ru": "Мониторинг судебных процессов",
    "kk": "Сот процестерінің мониторингі",
}
HOURS_IN = {"ru": "12 ч.", "kk": "12 сағат"}


def pdf_text(path):
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_staff_bulk_issue_skips_a_revoked_holder_and_links_pdf_and_check_page(
    page, site_tree, locales, screenshot, axe_violations
):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    for code in ["ru", "kk"]:
        translate(catalogue, code)
    course = CoursePageFactory(parent=catalogue, title=TITLES["en"], estimated_hours=12)
    for code in ["ru", "kk"]:
        translate(course, code, title=TITLES[code], estimated_hours=12)
    course_certificate(course, template_in_three_languages(locales), issue_automatically=False)
    holders = {
        code: UserFactory(first_name=name, last_name="Holder", preferred_language=code)
        for code, name in [("ru", "Ирина"), ("kk", "Әсел")]
    }
    revoked_holder = UserFactory(first_name="Dana", last_name="Omarova", preferred_language="en")
    for user in [*holders.values(), revoked_holder]:
        EnrollmentFactory(user=user, course=course, status=Enrollment.Status.COMPLETED)
    staff = UserFactory(role=Role.ACADEMY_STAFF, preferred_language="en")
    revoked = issue_certificate(holder=revoked_holder, course_key=course.translation_key)
    revoke_certificate(certificate=revoked, reason="Plagiarised essay", by=staff)
    log_in_to_admin(page, staff)

    page.goto("/admin/certificates/issued/bulk/")
    page.get_by_label("Course").select_option(label=TITLES["en"])
    page.get_by_role("button", name="Start").click()
    page.get_by_text("Finished.").wait_for()
    assert page.get_by_text("2 issued; 3 completed enrolments checked.").is_visible()
    assert page.get_by_text(
        "Not issued: their certificate for this course was revoked."
    ).is_visible()
    revoked_link = page.get_by_role("link", name="Dana Omarova")
    assert revoked_link.get_attribute("href") == f"/admin/certificates/issued/inspect/{revoked.pk}/"
    assert axe_violations() == []
    screenshot("bulk-finished")
    assert IssuedCertificate.objects.filter(holder=revoked_holder).count() == 1

    for code, holder in holders.items():
        certificate = IssuedCertificate.objects.get(holder=holder)
        page.goto(f"/admin/certificates/issued/inspect/{certificate.pk}/")
        assert page.get_by_text(TITLES[code]).first.is_visible()
        check_page = page.get_by_role("link", name="Public check page")
        assert check_page.get_attribute("href") == f"/verify/{certificate.token}/"
        screenshot(f"inspect-{code}")
        with page.expect_download() as download_info:
            page.get_by_role("link", name="View PDF").click()
        text = pdf_text(download_info.value.path())
        assert TITLES[code] in text
        assert HOURS_IN[code] in text
        assert "Holder" in text

        page.goto(check_page.get_attribute("href"))
        assert page.get_by_role("heading", name="This certificate is valid.").is_visible()
        assert page.get_by_text(TITLES[code]).is_visible()

    page.goto(f"/admin/certificates/issued/inspect/{revoked.pk}/")
    assert page.get_by_text("Plagiarised essay").is_visible()
    screenshot("inspect-revoked")
    page.goto(f"/admin/certificates/issued/reissue/{revoked.pk}/")
    page.get_by_role("button", name="Reissue").click()
    page.wait_for_url("**/admin/certificates/issued/")
    replacement = IssuedCertificate.objects.get(holder=revoked_holder, revoked_at__isnull=True)
    assert replacement.course_title == TITLES["en"]

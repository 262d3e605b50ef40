"""A trainee downloads their data and deletes their account; staff read the course figures."""

import csv
import io
import json

import pytest

from academy.models import Enrollment
from academy.services import complete_lesson, enrol
from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.services import issue_certificate
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_academy import log_in, log_in_to_admin
from tests.factories.academy import AcademyIndexPageFactory, course_with_lessons
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def certified_trainee(site_tree, locales):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course, lessons = course_with_lessons(catalogue, lessons=2, title="Monitoring bail hearings")
    course_certificate(course, template_in_three_languages(locales), issue_automatically=False)
    trainee = UserFactory(first_name="Saule", last_name="Zhakupova", organisation="Kostanay Watch")
    enrol(user=trainee, course=course)
    for lesson in lessons:
        complete_lesson(user=trainee, lesson=lesson, course=course)
    certificate = issue_certificate(holder=trainee, course_key=course.translation_key)
    return trainee, course, certificate


def test_trainee_downloads_their_data_then_deletes_the_account(
    page, certified_trainee, screenshot, axe_violations
):
    trainee, course, certificate = certified_trainee
    log_in(page, trainee)
    page.goto("/en/accounts/profile/")
    assert page.get_by_role("heading", name="Your data").is_visible()
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download my data (JSON)").click()
    with open(download_info.value.path(), encoding="utf-8") as downloaded:
        data = json.load(downloaded)
    assert data["account"]["email"] == trainee.email
    assert data["account"]["organisation"] == "Kostanay Watch"
    assert [e["course"] for e in data["learning"]["enrolments"]] == ["Monitoring bail hearings"]
    assert len(data["learning"]["lessons_completed"]) == 2
    assert [c["serial"] for c in data["certificates"]] == [certificate.serial]
    screenshot("profile")

    page.get_by_role("link", name="Delete my account").click()
    page.wait_for_url("**/accounts/profile/delete/")
    assert axe_violations() == []
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    screenshot("delete-320")
    page.set_viewport_size({"width": 1280, "height": 900})

    page.get_by_label("Your password").fill("not my password")
    page.get_by_label("Withdraw them").check()
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    assert page.get_by_text("The password is not correct.").is_visible()
    trainee.refresh_from_db()
    assert trainee.erased_at is None

    page.get_by_label("Your password").fill(PASSWORD)
    page.get_by_label("I understand").check()
    page.get_by_role("button", name="Delete my account").click()
    page.wait_for_url("**/en/")
    assert page.get_by_text("Your account has been deleted.").is_visible()
    screenshot("deleted")

    trainee.refresh_from_db()
    assert trainee.erased_at is not None and trainee.email != "saule@example.org"
    assert Enrollment.objects.filter(user=trainee).count() == 1
    page.goto(f"/verify/{certificate.token}/")
    assert page.get_by_role("heading", name="This certificate was revoked").is_visible()
    assert not page.get_by_text("Zhakupova").count()
    assert not IssuedCertificate.objects.filter(holder_name__icontains="Zhakupova").exists()

    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(certificate.holder.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    assert page.url.endswith("/en/accounts/login/")


def test_staff_read_the_course_figures_and_export_them(browser, live_server, certified_trainee):
    _trainee, course, _certificate = certified_trainee
    staff = UserFactory(role=Role.ACADEMY_STAFF)
    admin = browser.new_context(base_url=live_server.url).new_page()
    log_in_to_admin(admin, staff)
    assert admin.get_by_role("heading", name="Academy in figures").is_visible()
    assert admin.locator(".academy-chart__svg rect").count() > 0

    admin.goto("/admin/reports/academy/courses/")
    row = admin.get_by_role("row", name="Monitoring bail hearings")
    # Enrolled, active in 30 days, completed, completion rate, average score, certificates.
    assert [cell.strip() for cell in row.get_by_role("cell").all_inner_texts()][1:] == [
        "1",
        "1",
        "1",
        "100.0",
        "",
        "1",
    ]
    admin.screenshot(path=str(ARTIFACTS / "staff-courses-report.png"), full_page=True)
    response = admin.request.get("/admin/reports/academy/courses/?export=csv")
    rows = list(csv.reader(io.StringIO(response.text())))
    assert rows[1] == ["Monitoring bail hearings", "1", "1", "1", "100.0", "", "1"]

    row.get_by_role("link", name="Monitoring bail hearings").click()
    admin.wait_for_url(f"**/courses/{course.translation_key}/**")
    assert admin.get_by_role("cell", name="Saule Zhakupova").is_visible()

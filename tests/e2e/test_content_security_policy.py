"""The site and the admin work under their Content-Security-Policy: in a real browser with
the policy enforced, no page logs a single violation."""

import pytest

from academy.attempts import start_attempt
from academy.services import enrol
from accounts.roles import Role
from tests.e2e.test_academy import log_in, log_in_to_admin
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    course_with_lessons,
    single_choice,
)
from tests.factories.accounts import UserFactory
from tests.factories.certificates import template_in_three_languages

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def visit(page, url):
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    assert response.status < 400, url
    assert "content-security-policy" in response.headers, url
    return response


def test_public_pages_and_the_learning_journey_raise_no_violation(strict_page, site_tree, locales):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course, lessons = course_with_lessons(catalogue, lessons=2, title="Trial monitoring")
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")])
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    attempt = start_attempt(user=trainee, assessment=quiz, course=course)

    for url in ["/en/", site_tree.articles["en"].url, "/en/accounts/login/", "/en/verify/"]:
        response = visit(strict_page, url)
        policy = response.headers["content-security-policy"]
        assert (
            "script-src 'self'" in policy
            and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
        )
    log_in(strict_page, trainee)
    for url in [catalogue.url, course.url, lessons[0].url, "/en/my-learning/"]:
        visit(strict_page, url)
    visit(strict_page, f"{quiz.url}attempt/{attempt.pk}/")
    strict_page.get_by_label("Choice a").check()
    strict_page.get_by_role("button", name="Submit for grading").click()
    strict_page.wait_for_url("**/result/")
    assert strict_page.violations == []


def test_the_admin_raises_no_violation(strict_page, site_tree, locales):
    template_in_three_languages(locales)
    staff = UserFactory(role=Role.ACADEMY_STAFF)
    log_in_to_admin(strict_page, staff)
    article = site_tree.articles["en"]
    for url in [
        "/admin/",
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{site_tree.homes['en'].pk}/",
        "/admin/reports/academy/courses/",
        "/admin/academy/enrolments/",
        "/admin/snippets/certificates/certificatetemplate/",
        "/admin/images/multiple/add/",
    ]:
        response = visit(strict_page, url)
        assert "frame-ancestors 'self'" in response.headers["content-security-policy"]
    # The reports' filter drawer holds date pickers, whose inline scripts run on page load.
    visit(strict_page, "/admin/reports/academy/courses/")
    assert strict_page.locator("input[name='enrolled_from']").count() == 1
    assert strict_page.violations == []

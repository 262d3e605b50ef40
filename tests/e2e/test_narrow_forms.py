"""The mentor's forms and the sign-in pages fit a 360 px phone screen."""

import pytest
from django.urls import reverse

from mentorship.models import Meeting
from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.e2e.test_academy import log_in
from tests.e2e.test_mentorship import mentee_with_work  # noqa: F401
from tests.mentorship.conftest import essay_assessment, pairing, programme  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

PHONE = {"width": 360, "height": 780}
OVERFLOWING = """() => [...document.querySelectorAll('body *')]
    .filter((element) => element.getBoundingClientRect().right > 360.5)
    .filter((element) => !element.parentElement.closest('.table-scroll'))
    .map((element) => element.tagName + '.' + element.className + '#' + element.id)"""


def assert_fits(page, screenshot, name):
    wide = page.evaluate(OVERFLOWING)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], wide
    screenshot(name)


def test_mentor_forms_fit_a_phone(page, mentee_with_work, screenshot):  # noqa: F811
    from academy.models import Response

    mentoring = mentee_with_work
    essay = Response.objects.get(question_type="essay")
    log_in(page, mentoring.mentor)
    page.set_viewport_size(PHONE)
    for name, url in [
        ("mentee", reverse("mentorship:mentee", args=[mentoring.pk])),
        ("meeting", reverse("mentorship:log_meeting", args=[mentoring.pk])),
        ("goal", reverse("mentorship:set_goal", args=[mentoring.pk])),
        ("essay", reverse("mentorship:review_essay", args=[essay.pk])),
    ]:
        page.goto(url)
        assert_fits(page, screenshot, name)
    page.goto(reverse("mentorship:log_meeting", args=[mentoring.pk]))
    page.get_by_role("button", name="Log the meeting").click()
    assert_fits(page, screenshot, "meeting-errors")
    assert not Meeting.objects.exists()


def test_sign_in_and_sign_up_fit_a_phone_in_the_sites_style(page, site_tree, screenshot):
    page.set_viewport_size(PHONE)
    for name, url in [("sign-in", "/en/accounts/login/"), ("sign-up", "/en/accounts/signup/")]:
        page.goto(url)
        assert_fits(page, screenshot, name)
        field = page.locator("main form input[type=email]")
        assert field.evaluate("(input) => getComputedStyle(input).display") == "block" or (
            field.bounding_box()["width"] > 250
        )

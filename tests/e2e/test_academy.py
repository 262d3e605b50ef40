"""A trainee finds a course, enrols, studies and completes it, in a real browser."""

import pytest

from academy.models import Enrollment
from tests.factories.academy import AcademyIndexPageFactory, course_with_lessons
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.cms import translate

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture
def academy(site_tree):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    for code in ["ru", "kk"]:
        translate(catalogue, code, title=f"Academy {code}")
    course, lessons = course_with_lessons(
        catalogue, lessons=2, title="Trial monitoring basics", sequential=True
    )
    return catalogue, course, lessons


def log_in(page, user):
    page.goto("/en/accounts/login/")
    page.get_by_label("Email").fill(user.email)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/en/")


def log_in_to_admin(page, user):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(user.email)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def test_trainee_enrols_studies_and_completes_a_course(page, academy, screenshot, axe_violations):
    catalogue, course, lessons = academy
    trainee = UserFactory(first_name="Aigerim")
    log_in(page, trainee)

    page.get_by_role("link", name="Academy", exact=True).click()
    page.get_by_role("link", name="Trial monitoring basics").click()
    screenshot("course-before")
    assert axe_violations() == []
    page.get_by_role("button", name="Enrol").click()
    assert page.get_by_text(
        f"You are enrolled. Next: the lesson “{lessons[0].title}”."
    ).is_visible()
    assert page.get_by_text("0 of 2 required lessons done (0%)").is_visible()

    page.get_by_role("link", name=f"Start the first lesson: {lessons[0].title}").click()
    page.wait_for_url(f"**{lessons[0].url}")
    assert axe_violations() == []
    screenshot("lesson")
    page.get_by_role("button", name="Mark as done").click()
    page.wait_for_url(f"**{lessons[1].url}")

    page.goto(course.url)
    assert page.get_by_text("1 of 2 required lessons done (50%)").is_visible()
    assert page.locator("progress").get_attribute("value") == "1"
    screenshot("course-half")

    page.get_by_role("link", name="My learning").click()
    assert page.get_by_text("1 of 2 required lessons done (50%)").is_visible()
    assert axe_violations() == []
    screenshot("my-learning")

    page.get_by_role("link", name=f"Continue: {lessons[1].title}").click()
    page.get_by_role("button", name="Mark as done").click()
    page.wait_for_url(f"**{course.url}")
    assert page.get_by_text("Congratulations: you have completed the course!").is_visible()
    assert page.get_by_text("You have completed this course.").is_visible()
    screenshot("completed")
    assert Enrollment.objects.get(user=trainee).status == Enrollment.Status.COMPLETED

    page.get_by_role("link", name="My learning").click()
    completed = page.locator("section", has=page.get_by_role("heading", name="Completed"))
    assert completed.get_by_role("link", name="Trial monitoring basics").is_visible()


def test_locked_lesson_is_not_a_link_and_its_url_sends_back(page, academy):
    _catalogue, course, lessons = academy
    trainee = UserFactory()
    log_in(page, trainee)
    page.goto(course.url)
    page.get_by_role("button", name="Enrol").click()
    assert page.get_by_role("link", name=lessons[1].title).count() == 0
    page.goto(lessons[1].url)
    page.wait_for_url(f"**{course.url}")
    assert page.get_by_text("Finish the previous lessons first.").is_visible()

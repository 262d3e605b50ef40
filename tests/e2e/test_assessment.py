"""A trainee fails the quiz, retries, passes, reads the feedback and completes the course."""

import re

import pytest

from academy.models import Enrollment
from academy.services import enrol
from tests.e2e.test_academy import log_in
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    CoursePageFactory,
    LessonPageFactory,
    single_choice,
    true_false,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_fail_retry_pass_and_complete_the_course(page, site_tree, screenshot, axe_violations):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue, title="Fair trial basics")
    lesson = LessonPageFactory(parent=course, title="Rights at trial")
    quiz = AssessmentPageFactory(
        parent=course,
        title="Fair trial quiz",
        questions=[single_choice("q1"), true_false("q2", answer=True)],
        pass_mark=100,
        attempts_allowed=3,
        show_answers="immediately",
    )
    quiz.save_revision().publish()
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    log_in(page, trainee)

    page.goto(lesson.url)
    page.get_by_role("button", name="Mark as done").click()
    page.wait_for_url(f"**{quiz.url}")

    page.get_by_role("button", name="Start the assessment").click()
    page.wait_for_url("**/attempt/*/")
    assert axe_violations() == []
    assert "SECRET-FEEDBACK" not in page.content()
    page.get_by_label("Choice b").check()
    page.get_by_label("True").check()
    screenshot("first-attempt")
    page.get_by_role("button", name="Submit for grading").click()
    page.wait_for_url("**/result/")
    assert page.get_by_text("Not passed: the pass mark is 100%.").is_visible()
    assert page.get_by_text("SECRET-FEEDBACK-a").is_visible()
    assert axe_violations() == []
    screenshot("failed")

    page.get_by_role("link", name="Back to the assessment").click()
    page.get_by_role("button", name="Try again").click()
    page.wait_for_url("**/attempt/*/")
    page.get_by_label("Choice a").check()
    page.get_by_label("True").check()
    page.get_by_role("button", name="Save answers").click()
    assert page.get_by_text("Your answers have been saved.").is_visible()
    assert page.get_by_label("Choice a").is_checked()
    page.get_by_role("button", name="Submit for grading").click()
    page.wait_for_url("**/result/")
    assert page.get_by_text("You passed.").is_visible()
    assert page.get_by_text("Your score: 2 of 2 (100%).").is_visible()
    screenshot("passed")

    page.get_by_role("link", name="Back to the course").click()
    assert page.get_by_text("You have completed this course.").is_visible()
    screenshot("course-completed")
    assert Enrollment.objects.get(user=trainee).status == Enrollment.Status.COMPLETED


def test_timed_attempt_shows_a_countdown(page, site_tree):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue)
    quiz = AssessmentPageFactory(parent=course, time_limit_minutes=15)
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    log_in(page, trainee)
    page.goto(quiz.url)
    page.get_by_role("button", name="Start the assessment").click()
    page.wait_for_url("**/attempt/*/")
    countdown = page.get_by_role("timer")
    assert countdown.is_visible()
    assert countdown.inner_text().startswith(("Time left: 14:", "Time left: 15:"))


def test_submitting_with_an_unanswered_question_asks_first(
    page, site_tree, screenshot, axe_violations
):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue)
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), true_false("q2", answer=True)]
    )
    quiz.save_revision().publish()
    trainee = UserFactory()
    enrol(user=trainee, course=course)
    log_in(page, trainee)
    page.goto(quiz.url)
    page.get_by_role("button", name="Start the assessment").click()
    page.wait_for_url("**/attempt/*/")
    page.get_by_label("Choice a").check()
    page.get_by_role("button", name="Submit for grading").click()

    warning = page.get_by_role("alert").filter(has_text="You have not answered 1 question.")
    assert warning.is_visible()
    assert page.get_by_label("Choice a").is_checked(), "the answer given is kept"
    assert axe_violations() == []
    screenshot("unanswered")
    warning.get_by_role("link", name="Question 2").click()
    assert page.url.endswith("#question-2")
    page.get_by_role("button", name="Submit anyway").click()
    # The browser keeps the fragment of the question it jumped to.
    page.wait_for_url(re.compile(r"/result/(#.*)?$"))
    assert page.get_by_text("Your score: 1 of 2 (50%).").is_visible()

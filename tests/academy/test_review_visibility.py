"""Correct answers and feedback never show while the trainee has an attempt open at the
assessment; "after the last attempt" means after it is submitted or has expired."""

import datetime

import pytest
from django.utils import timezone

from academy.attempts import answers_visible, start_attempt, submit_attempt
from academy.models import Attempt
from academy.services import enrol
from tests.factories.academy import AssessmentPageFactory, form_data, single_choice, true_false

pytestmark = pytest.mark.django_db

OPEN_ATTEMPT_NOTICE = "Correct answers and feedback are not shown while you have an attempt"
REVIEW_MARKERS = ["SECRET-FEEDBACK", "Answers and feedback", "— correct", "Correct answer:"]


@pytest.fixture
def enrolled(trainee, course):
    enrol(user=trainee, course=course)
    return trainee


def quiz_with(course, policy, attempts_allowed=3, **fields):
    return AssessmentPageFactory(
        parent=course,
        questions=[single_choice("q1"), true_false("q2", answer=True)],
        show_answers=policy,
        attempts_allowed=attempts_allowed,
        pass_mark=100,
        **fields,
    )


def failed_attempt(user, quiz, course):
    attempt = start_attempt(user=user, assessment=quiz, course=course)
    return submit_attempt(
        attempt_id=attempt.pk, user=user, data=form_data(attempt, {"q1": "q1-b", "q2": "false"})
    )


def result_page(client, quiz, attempt):
    response = client.get(f"{quiz.url}attempt/{attempt.pk}/result/")
    assert response.status_code == 200
    return response.content.decode()


def test_starting_the_last_attempt_shows_no_answers_on_the_earlier_results(
    client, enrolled, course
):
    """Reported attack: with "after the last attempt or a pass", starting the last attempt
    showed every correct answer on the earlier result pages, to be copied into it."""
    quiz = quiz_with(course, "after-last-attempt")
    first = failed_attempt(enrolled, quiz, course)
    second = failed_attempt(enrolled, quiz, course)
    start_attempt(user=enrolled, assessment=quiz, course=course)
    client.force_login(enrolled)
    for earlier in (first, second):
        html = result_page(client, quiz, earlier)
        for marker in REVIEW_MARKERS:
            assert marker not in html
        assert OPEN_ATTEMPT_NOTICE in html
        assert "Your score: 0 of 2 (0%)." in html


@pytest.mark.parametrize("policy", ["immediately", "after-last-attempt"])
def test_no_policy_shows_answers_while_an_attempt_is_open(client, enrolled, course, policy):
    quiz = quiz_with(course, policy)
    first = failed_attempt(enrolled, quiz, course)
    if policy == "after-last-attempt":
        # A pass releases the answers under this policy, until another attempt starts.
        passing = start_attempt(user=enrolled, assessment=quiz, course=course)
        first = submit_attempt(
            attempt_id=passing.pk,
            user=enrolled,
            data=form_data(passing, {"q1": "q1-a", "q2": "true"}),
        )
        assert first.passed is True
    client.force_login(enrolled)
    assert "SECRET-FEEDBACK" in result_page(client, quiz, first)
    assert answers_visible(attempt=first, assessment=quiz) is True

    start_attempt(user=enrolled, assessment=quiz, course=course)
    html = result_page(client, quiz, first)
    assert "SECRET-FEEDBACK" not in html
    assert OPEN_ATTEMPT_NOTICE in html
    assert answers_visible(attempt=first, assessment=quiz) is False


def test_the_answers_show_once_the_last_attempt_is_submitted(client, enrolled, course):
    quiz = quiz_with(course, "after-last-attempt")
    first = failed_attempt(enrolled, quiz, course)
    failed_attempt(enrolled, quiz, course)
    client.force_login(enrolled)
    html = result_page(client, quiz, first)
    assert "SECRET-FEEDBACK" not in html
    assert "not shown for this attempt under the assessment's rules" in html
    assert OPEN_ATTEMPT_NOTICE not in html
    last = failed_attempt(enrolled, quiz, course)
    for attempt in (first, last):
        assert "SECRET-FEEDBACK-a" in result_page(client, quiz, attempt)


def test_an_expired_last_attempt_is_closed_and_graded_when_a_result_is_viewed(
    client, enrolled, course
):
    quiz = quiz_with(course, "after-last-attempt", time_limit_minutes=10)
    first = failed_attempt(enrolled, quiz, course)
    failed_attempt(enrolled, quiz, course)
    last = start_attempt(user=enrolled, assessment=quiz, course=course)
    client.force_login(enrolled)
    assert "SECRET-FEEDBACK" not in result_page(client, quiz, first)

    Attempt.objects.filter(pk=last.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    html = result_page(client, quiz, first)
    assert "SECRET-FEEDBACK-a" in html
    last.refresh_from_db()
    assert (last.status, last.late, last.score) == (Attempt.Status.GRADED, True, 0)

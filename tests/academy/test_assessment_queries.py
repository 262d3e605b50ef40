"""The assessment's pages keep their query count flat as questions and past attempts grow, and
only the assessment's own page reads the list of attempts."""

import pytest

from academy.attempts import start_attempt, submit_attempt
from academy.services import complete_lesson, enrol
from tests.academy.test_dashboards import count_queries
from tests.factories.academy import AssessmentPageFactory, form_data, single_choice

pytestmark = pytest.mark.django_db

ASSESSMENT_PAGE_QUERIES = 27
ATTEMPT_FORM_QUERIES = 28
# The result page asks for an open attempt and for the trainee's attempts (the results
# policy) and for the locale of the page it was taken on (the language it says); with the
# review shown, it also reads the attempt's answers.
RESULT_PAGE_QUERIES = 30
REVIEW_PAGE_QUERIES = 31


def graded_attempts(user, quiz, course, count):
    for _ in range(count):
        attempt = start_attempt(user=user, assessment=quiz, course=course)
        submit_attempt(attempt_id=attempt.pk, user=user, data=form_data(attempt, {"q0": "q0-b"}))
    return attempt


@pytest.fixture
def studying(trainee, course, lessons, client):
    enrol(user=trainee, course=course)
    for lesson in lessons:
        complete_lesson(user=trainee, lesson=lesson, course=course)
    client.force_login(trainee)
    return trainee


@pytest.mark.parametrize(("questions", "past_attempts"), [(5, 1), (50, 20)])
def test_each_assessment_page_takes_a_fixed_number_of_queries(
    client, studying, course, questions, past_attempts
):
    quiz = AssessmentPageFactory(
        parent=course,
        slug="quiz",
        questions=[single_choice(f"q{number}") for number in range(questions)],
    )
    last = graded_attempts(studying, quiz, course, past_attempts)
    current = start_attempt(user=studying, assessment=quiz, course=course)
    attempt_url = f"{quiz.url}attempt/{current.pk}/"

    count, page = count_queries(client, quiz.url)
    assert count == ASSESSMENT_PAGE_QUERIES
    assert len(page.context["attempts"]) == past_attempts + 1

    count, form = count_queries(client, attempt_url)
    assert count == ATTEMPT_FORM_QUERIES
    assert len(form.context["questions"]) == questions
    assert "attempts" not in form.context

    count, result = count_queries(client, f"{quiz.url}attempt/{last.pk}/result/")
    assert count == RESULT_PAGE_QUERIES
    assert result.context["attempt"] == last
    assert "attempts" not in result.context
    # No review while an attempt is open; once it is submitted, the review shows every question.
    assert result.context["review"] is None
    submit_attempt(attempt_id=current.pk, user=studying, data=form_data(current, {}))
    count, result = count_queries(client, f"{quiz.url}attempt/{last.pk}/result/")
    assert count == REVIEW_PAGE_QUERIES
    assert len(result.context["review"]) == questions

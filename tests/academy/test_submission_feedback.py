"""Submitting with questions left unanswered, and what the result page tells the trainee."""

import pytest

from academy.attempts import start_attempt, submit_attempt
from academy.models import AssessmentPage, Attempt, Response
from academy.services import enrol
from tests.factories.academy import (
    AssessmentPageFactory,
    essay,
    every_question_type,
    form_data,
    matching,
    single_choice,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolled(trainee, course):
    enrol(user=trainee, course=course)
    return trainee


@pytest.fixture
def assessment(course):
    return AssessmentPageFactory(parent=course, questions=every_question_type(), pass_mark=60)


def attempt_url(assessment, attempt):
    return f"{assessment.url}attempt/{attempt.pk}/"


ALL_ANSWERED = {
    "q1": "q1-a",
    "q2": ["q2-a"],
    "q3": "true",
    "q4": "Presumption of innocence",
    "q5": {"q5-a": "q5-a", "q5-b": "q5-b", "q5-c": "q5-c"},
}


def test_submitting_with_unanswered_questions_asks_first_and_lists_them(
    client, enrolled, assessment, course
):
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    client.force_login(enrolled)
    given = form_data(attempt, {"q1": "q1-a", "q4": "Innocence", "q5": {"q5-a": "q5-a"}})
    response = client.post(attempt_url(assessment, attempt), {**given, "submit": "check"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "You have not answered 3 questions." in html
    for number in (2, 3, 5):
        assert f'<a href="#question-{number}">Question {number}</a>' in html
    assert 'href="#question-1"' not in html
    assert 'name="submit" value="confirmed"' in html
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    # What was typed is kept, so nothing is lost if the trainee goes back to answer.
    assert Response.objects.get(attempt=attempt, question_id="q4").answer == {"text": "Innocence"}
    assert 'value="Innocence"' in html

    confirmed = client.post(attempt_url(assessment, attempt), {**given, "submit": "confirmed"})
    assert confirmed.status_code == 302
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED


def test_submitting_with_every_question_answered_needs_no_confirmation(
    client, enrolled, assessment, course
):
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    client.force_login(enrolled)
    response = client.post(
        attempt_url(assessment, attempt),
        {**form_data(attempt, ALL_ANSWERED), "submit": "check"},
    )
    assert response.status_code == 302
    assert response.url.endswith("/result/")
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED


def test_the_form_asks_the_server_to_check_before_submitting(client, enrolled, assessment, course):
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    client.force_login(enrolled)
    html = client.get(attempt_url(assessment, attempt)).content.decode()
    assert 'name="submit" value="check"' in html
    assert 'value="confirmed"' not in html


def test_a_bad_answer_at_the_check_is_refused_and_nothing_is_saved(
    client, enrolled, assessment, course
):
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    client.force_login(enrolled)
    response = client.post(
        attempt_url(assessment, attempt),
        {"q-q1": "not-a-token", "q-q4": "typed", "submit": "check"},
        follow=True,
    )
    assert "is not one of its choices. Nothing was saved" in response.content.decode()
    assert not Response.objects.filter(attempt=attempt).exists()
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS


def test_the_review_of_a_matching_question_shows_what_the_trainee_chose(client, enrolled, course):
    quiz = AssessmentPageFactory(
        parent=course,
        questions=[matching("m1", pairs=(("Judge", "Decides"), ("Monitor", "Observes")))],
        show_answers=AssessmentPage.ShowAnswers.IMMEDIATELY,
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    crossed = {"m1-Judge": "m1-Monitor", "m1-Monitor": "m1-Judge"}
    submit_attempt(
        attempt_id=attempt.pk, user=enrolled, data=_querydict(form_data(attempt, {"m1": crossed}))
    )
    client.force_login(enrolled)
    html = client.get(attempt_url(quiz, attempt) + "result/").content.decode()
    assert "Judge → Your choice: Observes · Correct answer: Decides" in html
    assert "Monitor → Your choice: Decides · Correct answer: Observes" in html


def test_an_unmatched_row_says_so_in_the_review(client, enrolled, course):
    quiz = AssessmentPageFactory(
        parent=course,
        questions=[matching("m1", pairs=(("Judge", "Decides"), ("Monitor", "Observes")))],
        show_answers=AssessmentPage.ShowAnswers.IMMEDIATELY,
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    given = form_data(attempt, {"m1": {"m1-Judge": "m1-Judge"}})
    submit_attempt(attempt_id=attempt.pk, user=enrolled, data=_querydict(given))
    client.force_login(enrolled)
    html = client.get(attempt_url(quiz, attempt) + "result/").content.decode()
    assert "Judge → Your choice: Decides · Correct answer: Decides" in html
    assert "Monitor → Your choice: — · Correct answer: Observes" in html


def test_while_an_essay_waits_the_result_shows_the_score_so_far(client, enrolled, course):
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), essay("e1", points=4)], pass_mark=50
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    given = form_data(attempt, {"q1": "q1-a", "e1": "Public hearings protect everyone."})
    submit_attempt(attempt_id=attempt.pk, user=enrolled, data=_querydict(given))
    client.force_login(enrolled)
    html = client.get(attempt_url(quiz, attempt) + "result/").content.decode()
    assert "Marked so far: 1 of 1 points." in html
    assert "1 essay answer (4 points) is waiting for grading" in html


def _querydict(data):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in data.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    return query

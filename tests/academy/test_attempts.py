import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision

from academy.attempts import (
    AttemptRefused,
    grade_essay,
    regrade_attempt,
    save_answers,
    start_attempt,
    submit_attempt,
)
from academy.models import AssessmentPage, Attempt, Enrollment, Response
from academy.services import enrol, passed_assessment_keys
from academy.signals import attempt_graded
from tests.factories.academy import (
    AssessmentPageFactory,
    essay,
    every_question_type,
    form_data,
    pool,
    single_choice,
    true_false,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

SECRETS = ["SECRET-FEEDBACK", "Overall feedback", "presumption of innocence", "SECRET-GUIDANCE"]


@pytest.fixture
def assessment(course):
    return AssessmentPageFactory(
        parent=course,
        slug="quiz",
        questions=every_question_type(),
        attempts_allowed=2,
        pass_mark=60,
    )


@pytest.fixture
def enrolled(trainee, course):
    enrol(user=trainee, course=course)
    return trainee


def perfect_answers(attempt):
    return form_data(
        attempt,
        {
            "q1": "q1-a",
            "q2": ["q2-a", "q2-b"],
            "q3": "true",
            "q4": "Presumption of innocence",
            "q5": {"q5-a": "q5-a", "q5-b": "q5-b", "q5-c": "q5-c"},
        },
    )


def answered(attempt, answers):
    """The attempt's form data for ``answers`` ({question id: choice ids or text}), as the
    services receive it."""
    return _querydict(form_data(attempt, answers))


def attempt_url(assessment, attempt):
    return f"{assessment.url}attempt/{attempt.pk}/"


def test_taking_an_assessment_through_the_pages(client, enrolled, assessment):
    client.force_login(enrolled)
    response = client.post(assessment.url + "start/")
    attempt = Attempt.objects.get()
    assert response.url == attempt_url(assessment, attempt)
    page = client.get(response.url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Question q1" in html and "Choice a" in html

    client.post(response.url, {**perfect_answers(attempt), "submit": "1"})
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert (attempt.score, attempt.max_score, attempt.percent) == (
        Decimal("8.00"),
        Decimal("8.00"),
        Decimal("100.00"),
    )
    assert attempt.passed is True
    result = client.get(attempt_url(assessment, attempt) + "result/")
    assert "Your score: 8 of 8 (100%)." in result.content.decode()


def test_answers_saved_earlier_and_changed_at_submission_are_graded_as_submitted(
    enrolled, assessment, course
):
    """Answers are stored with their score on submission: an answer saved before and changed
    at submission is graded as submitted, one saved and left alone is graded too, and each
    answer's history holds its creation and, where it changed, one change."""
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    save_answers(attempt=attempt, data=answered(attempt, {"q1": "q1-b", "q3": "true"}))
    submitted = {**perfect_answers(attempt), "q-q3": "true"}
    attempt = submit_attempt(attempt_id=attempt.pk, user=enrolled, data=_querydict(submitted))
    scores = dict(attempt.responses.values_list("question_id", "score"))
    assert scores == {
        "q1": Decimal("1.00"),
        "q2": Decimal("2.00"),
        "q3": Decimal("1.00"),
        "q4": Decimal("1.00"),
        "q5": Decimal("3.00"),
    }
    assert attempt.score == Decimal("8.00")
    history = Response.history.filter(attempt_id=attempt.pk)
    # Five created when first saved (q1 and q3 answered, the rest empty), then at submission
    # one change each for the answers that changed (q1, q2, q4, q5) and one for q3's score.
    assert history.filter(history_type="+").count() == 5
    assert history.filter(history_type="~").count() == 5


def test_no_key_reaches_the_trainee_before_grading(client, enrolled, assessment, course):
    client.force_login(enrolled)
    client.post(assessment.url + "start/")
    attempt = Attempt.objects.get()
    pages = [
        client.get(attempt_url(assessment, attempt)),
        client.get(assessment.url),
        client.get(course.url),
        client.post(
            attempt_url(assessment, attempt) + "autosave/", form_data(attempt, {"q1": "q1-b"})
        ),
    ]
    for response in pages:
        body = response.content.decode()
        for secret in SECRETS:
            assert secret not in body
        assert '"correct"' not in body
    # The form names choices by the attempt's tokens, not their ids: nothing marks which one
    # is right (tests/academy/test_answer_tokens.py audits every question type).
    form = pages[0].content.decode()
    attempt.refresh_from_db()
    assert re.search(rf'value="{attempt.layout[0]["tokens"]["q1-a"]}"', form)
    # A token may happen to begin with "a" (id="q-q1-aX…"): look for the key as a whole word.
    assert not re.search(r"(?<![\w-])q1-a(?![\w-])", form)
    assert not re.search(r"q-q1-a[\"'\s>]", form)
    assert "correct" not in form.lower().replace("incorrect", "")


def test_another_trainees_attempt_does_not_exist_for_them(client, enrolled, assessment, course):
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    intruder = UserFactory()
    enrol(user=intruder, course=course)
    client.force_login(intruder)
    url = attempt_url(assessment, attempt)
    assert client.get(url).status_code == 404
    assert client.post(url, {**perfect_answers(attempt), "submit": "1"}).status_code == 404
    assert client.post(url + "autosave/", form_data(attempt, {"q1": "q1-a"})).status_code == 404
    assert client.get(url + "result/").status_code == 404
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    "bad",
    [
        {"q1": "q2-a"},  # a choice of another question
        {"q1": "nonsense"},
        {"q2": ["q2-a", "zzz"]},
        {"q3": "maybe"},
        {"q5": {"q5-a": "q1-a"}},
    ],
)
def test_choices_that_do_not_belong_to_the_question_are_refused(
    client, enrolled, assessment, course, bad
):
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    save_answers(attempt=attempt, data=_querydict({"q-q4": "first answer"}))
    client.force_login(enrolled)
    bad = form_data(attempt, bad)
    response = client.post(
        attempt_url(assessment, attempt), {**bad, "q-q4": "changed"}, follow=True
    )
    assert "is not one of its choices. Nothing was saved" in response.content.decode()
    assert Response.objects.get(question_id="q4").answer == {"text": "first answer"}
    assert not Response.objects.filter(question_id="q1").exclude(answer={}).exists()
    autosave = client.post(attempt_url(assessment, attempt) + "autosave/", bad)
    assert autosave.status_code == 400
    assert "Nothing was saved" in autosave.json()["error"]


def _querydict(data):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    for key, value in data.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    return query


def test_attempts_beyond_the_limit_are_refused(client, enrolled, assessment, course):
    for _ in range(2):
        attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
        submit_attempt(attempt_id=attempt.pk, user=enrolled, data=_querydict({}))
    with pytest.raises(AttemptRefused, match="used all 2 attempts"):
        start_attempt(user=enrolled, assessment=assessment, course=course)
    client.force_login(enrolled)
    response = client.post(assessment.url + "start/", follow=True)
    assert "used all 2 attempts" in response.content.decode()
    assert Attempt.objects.count() == 2


def test_starting_twice_resumes_the_attempt_in_progress(enrolled, assessment, course):
    first = start_attempt(user=enrolled, assessment=assessment, course=course)
    second = start_attempt(user=enrolled, assessment=assessment, course=course)
    assert first.pk == second.pk


def test_trainees_not_enrolled_cannot_start(trainee, assessment, course):
    with pytest.raises(AttemptRefused):
        start_attempt(user=trainee, assessment=assessment, course=course)
    assert not Attempt.objects.exists()


def test_a_late_submission_is_graded_as_it_stood_at_the_deadline(client, enrolled, course):
    timed = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), true_false("q2")], time_limit_minutes=10
    )
    attempt = start_attempt(user=enrolled, assessment=timed, course=course)
    save_answers(attempt=attempt, data=answered(attempt, {"q1": "q1-a"}))
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - datetime.timedelta(minutes=5)
    )
    client.force_login(enrolled)
    response = client.post(
        attempt_url(timed, attempt),
        {**form_data(attempt, {"q1": "q1-a", "q2": "true"}), "submit": "1"},
        follow=True,
    )
    assert "graded with the answers saved at the deadline" in response.content.decode()
    attempt.refresh_from_db()
    assert attempt.late is True
    assert attempt.score == Decimal("1.00"), "the late answer to q2 must not count"
    with pytest.raises(AttemptRefused):
        save_answers(attempt=attempt, data=_querydict({"q-q2": "true"}))


def test_time_up_refuses_saving_before_submission(enrolled, course):
    timed = AssessmentPageFactory(parent=course, time_limit_minutes=1)
    attempt = start_attempt(
        user=enrolled,
        assessment=timed,
        course=course,
        now=timezone.now() - datetime.timedelta(minutes=5),
    )
    with pytest.raises(AttemptRefused, match="Time is up"):
        save_answers(attempt=attempt, data=answered(attempt, {"q1": "q1-a"}))
    assert not Response.objects.exists()


@pytest.mark.parametrize(
    ("method", "results", "passed"),
    [
        ("highest", [True, False], True),
        ("highest", [False, False], False),
        ("last", [True, False], False),
        ("last", [False, True], True),
    ],
)
def test_highest_and_last_grading_methods(enrolled, course, method, results, passed):
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1")], grading_method=method, pass_mark=100
    )
    for right in results:
        attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
        answer = "q1-a" if right else "q1-b"
        submit_attempt(attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": answer}))
    keys = passed_assessment_keys(enrolled, [course.translation_key])
    assert (quiz.translation_key in keys) is passed


def test_an_essay_waits_for_grading_and_grading_it_completes_the_attempt(
    enrolled, course, academy_staff, django_capture_on_commit_callbacks
):
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), essay("e1", points=4)], pass_mark=50
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    submit_attempt(
        attempt_id=attempt.pk,
        user=enrolled,
        data=answered(attempt, {"q1": "q1-a", "e1": "Public hearings protect everyone."}),
    )
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.AWAITING_GRADING
    assert attempt.score is None
    response = Response.objects.get(question_id="e1")
    with pytest.raises(AttemptRefused):
        grade_essay(response=response, score=5, feedback="", by=academy_staff)
    graded = []
    attempt_graded.connect(receiver := lambda sender, attempt, **kw: graded.append(attempt.pk))
    try:
        with django_capture_on_commit_callbacks(execute=True):
            grade_essay(response=response, score="3", feedback="Good point.", by=academy_staff)
    finally:
        attempt_graded.disconnect(receiver)
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.percent) == (
        Attempt.Status.GRADED,
        Decimal("4.00"),
        Decimal("80.00"),
    )
    assert graded == [attempt.pk]


def test_course_completes_only_when_the_required_assessment_is_passed(
    enrolled, course, lessons, django_capture_on_commit_callbacks
):
    from academy.services import complete_lesson

    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")], pass_mark=100)
    for lesson in lessons:
        complete_lesson(user=enrolled, lesson=lesson, course=course)
    enrollment = Enrollment.objects.get(user=enrolled)
    assert enrollment.status == Enrollment.Status.ACTIVE
    with django_capture_on_commit_callbacks(execute=True):
        attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
        submit_attempt(attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": "q1-b"}))
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.ACTIVE
    with django_capture_on_commit_callbacks(execute=True):
        attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
        submit_attempt(attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": "q1-a"}))
    enrollment.refresh_from_db()
    assert enrollment.status == Enrollment.Status.COMPLETED


def test_a_failed_attempt_announces_its_grade_without_reading_the_course_again(
    enrolled, course, lessons, django_capture_on_commit_callbacks, django_assert_num_queries
):
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")], pass_mark=100)
    graded = []
    attempt_graded.connect(receiver := lambda sender, attempt, **kw: graded.append(attempt.pk))
    try:
        with django_capture_on_commit_callbacks() as callbacks:
            attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
            submit_attempt(
                attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": "q1-b"})
            )
        # Only a pass can complete a course: the completion check is not run for a fail.
        with django_assert_num_queries(0):
            for callback in callbacks:
                callback()
    finally:
        attempt_graded.disconnect(receiver)
    assert graded == [attempt.pk]
    assert Enrollment.objects.get(user=enrolled).status == Enrollment.Status.ACTIVE


def test_editing_the_key_never_changes_a_past_grade_until_staff_regrade(
    enrolled, course, academy_staff
):
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")], pass_mark=100)
    quiz.save_revision().publish()
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    submit_attempt(attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": "q1-b"}))
    attempt.refresh_from_db()
    assert attempt.score == Decimal("0.00")

    quiz = AssessmentPage.objects.get(pk=quiz.pk)
    quiz.questions = [single_choice("q1", correct="b")]
    quiz.save_revision().publish()
    attempt.refresh_from_db()
    assert attempt.score == Decimal("0.00")

    regrade_attempt(attempt=attempt, by=academy_staff)
    attempt.refresh_from_db()
    assert (attempt.score, attempt.passed) == (Decimal("1.00"), True)
    assert attempt.history.filter(history_change_reason__startswith="regraded").exists()


def test_pools_draw_the_configured_number_and_the_draw_is_fixed(enrolled, course):
    quiz = AssessmentPageFactory(
        parent=course,
        questions=[
            single_choice("fixed"),
            pool(
                "p",
                [single_choice(f"p{n}")["value"] and single_choice(f"p{n}") for n in range(5)],
                2,
            ),
        ],
        shuffle_questions=True,
        shuffle_choices=True,
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    ids = [entry["id"] for entry in attempt.layout]
    assert len(ids) == 3
    assert "fixed" in ids
    assert len({question for question in ids if question.startswith("p")}) == 2
    attempt.refresh_from_db()
    assert [entry["id"] for entry in attempt.layout] == ids


@pytest.mark.parametrize(
    ("policy", "attempts_allowed", "visible_after_first_fail"),
    [("immediately", 2, True), ("after-last-attempt", 2, False), ("never", 1, False)],
)
def test_results_policy(
    client, enrolled, course, policy, attempts_allowed, visible_after_first_fail
):
    quiz = AssessmentPageFactory(
        parent=course,
        questions=[single_choice("q1")],
        show_answers=policy,
        attempts_allowed=attempts_allowed,
        pass_mark=100,
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    submit_attempt(attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": "q1-b"}))
    client.force_login(enrolled)
    html = client.get(attempt_url(quiz, attempt) + "result/").content.decode()
    assert ("SECRET-FEEDBACK-a" in html) is visible_after_first_fail
    assert "Your score: 0 of 1 (0%)." in html
    if policy == "after-last-attempt":
        second = start_attempt(user=enrolled, assessment=quiz, course=course)
        submit_attempt(attempt_id=second.pk, user=enrolled, data=answered(second, {"q1": "q1-b"}))
        html = client.get(attempt_url(quiz, second) + "result/").content.decode()
        assert "SECRET-FEEDBACK-a" in html


@pytest.mark.parametrize(
    ("language", "button", "refusal"),
    [
        ("ru", "Отправить на проверку", "Ничего не сохранено"),
        ("kk", "Тексеруге жіберу", "Ештеңе сақталмады"),
    ],
)
def test_the_attempt_speaks_the_trainees_language(
    client, enrolled, assessment, course, language, button, refusal
):
    from tests.factories.cms import translate

    translated_course = translate(course, language)
    translated = translate(assessment, language, questions=[single_choice("q1")])
    client.force_login(enrolled)
    response = client.post(translated.url + "start/")
    attempt = Attempt.objects.get()
    assert attempt.course_key == translated_course.translation_key
    assert button in client.get(response.url).content.decode()
    refused = client.post(response.url, {"q-q1": "forged"}, follow=True)
    assert refusal in refused.content.decode()


def test_each_attempt_is_graded_against_its_own_revision_in_one_worker(enrolled, course):
    """The questions are parsed once per worker and kept by their content: an attempt taken
    before an edit and submitted after it is still graded against its revision, while an
    attempt taken after the edit is graded against the new key."""
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")], pass_mark=100)
    quiz.save_revision().publish()
    before_edit = start_attempt(user=enrolled, assessment=quiz, course=course)

    quiz = AssessmentPage.objects.get(pk=quiz.pk)
    quiz.questions = [single_choice("q1", correct="b")]
    quiz.save_revision().publish()
    quiz = AssessmentPage.objects.get(pk=quiz.pk)
    second = UserFactory()
    enrol(user=second, course=course)
    after_edit = start_attempt(user=second, assessment=quiz, course=course)
    assert before_edit.revision_id != after_edit.revision_id

    # The new revision is parsed (and kept) first; the older attempt is submitted after it.
    for attempt, user in ((after_edit, second), (before_edit, enrolled)):
        submit_attempt(attempt_id=attempt.pk, user=user, data=answered(attempt, {"q1": "q1-a"}))
    before_edit.refresh_from_db()
    after_edit.refresh_from_db()
    assert before_edit.score == Decimal("1.00")  # "a" was right in the first revision
    assert after_edit.score == Decimal("0.00")  # and wrong in the second


def test_a_revision_overwritten_in_place_is_graded_by_its_new_content_in_every_worker(
    enrolled, course, editor
):
    """Wagtail may overwrite the latest revision in place (``save_revision(overwrite_revision=)``,
    as the editor's repeated saves do): a worker that already parsed it must not keep grading
    by the old key while a fresh worker grades by the new one."""
    quiz = AssessmentPageFactory(parent=course, questions=[single_choice("q1")], pass_mark=100)
    revision = quiz.save_revision(user=editor)
    revision.publish()
    second = UserFactory()
    enrol(user=second, course=course)
    graded_before = start_attempt(user=second, assessment=quiz, course=course)
    submit_attempt(
        attempt_id=graded_before.pk, user=second, data=answered(graded_before, {"q1": "q1-a"})
    )
    attempt = start_attempt(user=enrolled, assessment=quiz, course=course)
    assert attempt.revision_id == graded_before.revision_id == revision.pk

    quiz = AssessmentPage.objects.get(pk=quiz.pk)
    quiz.questions = [single_choice("q1", correct="b")]
    quiz.save_revision(user=editor, overwrite_revision=Revision.objects.get(pk=revision.pk))
    submit_attempt(attempt_id=attempt.pk, user=enrolled, data=answered(attempt, {"q1": "q1-a"}))
    attempt.refresh_from_db()
    graded_before.refresh_from_db()
    assert graded_before.score == Decimal("1.00")
    assert attempt.score == Decimal("0.00")


def test_a_submission_keeps_one_history_row_per_answer_with_its_grade(
    client, enrolled, assessment, course, academy_staff
):
    """Submitting writes each answer once, in one insert, with one history row each: the
    attempt's change history still shows every answer's grade."""
    attempt = start_attempt(user=enrolled, assessment=assessment, course=course)
    attempt = submit_attempt(
        attempt_id=attempt.pk, user=enrolled, data=_querydict(perfect_answers(attempt))
    )
    history = Response.history.filter(attempt_id=attempt.pk)
    assert history.count() == 5
    assert set(history.values_list("history_type", flat=True)) == {"+"}
    assert dict(history.values_list("question_id", "score")) == dict(
        attempt.responses.values_list("question_id", "score")
    )
    client.force_login(academy_staff)
    page = client.get(reverse("attempt:audit", args=[attempt.pk])).content.decode()
    assert page.count("Created") >= 6  # the attempt and each of its five answers

"""Two submissions of one attempt racing on PostgreSQL produce exactly one grade."""

import threading

import pytest
from django.db import connection

from academy.attempts import start_attempt, submit_attempt
from academy.models import Attempt, Response
from academy.services import enrol
from tests.conftest import skip_or_fail
from tests.factories.academy import AssessmentPageFactory, form_data, single_choice

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_racing_submissions_grade_once(trainee, course):
    if connection.vendor != "postgresql":
        skip_or_fail("the race needs PostgreSQL's row locks (set DATABASE_URL)")
    quiz = AssessmentPageFactory(
        parent=course, questions=[single_choice(f"q{n}") for n in range(10)]
    )
    enrol(user=trainee, course=course)
    attempt = start_attempt(user=trainee, assessment=quiz, course=course)
    barrier = threading.Barrier(4)
    errors = []

    def submit(choice):
        data = form_data(attempt, {f"q{n}": f"q{n}-{choice}" for n in range(10)})
        try:
            barrier.wait(timeout=10)
            submit_attempt(attempt_id=attempt.pk, user=trainee, data=data)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(c,)) for c in ("a", "b", "a", "b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score in (0, 10), "one submission's answers, not a mixture"
    assert Response.objects.filter(attempt=attempt).count() == 10
    graded_versions = attempt.history.filter(status=Attempt.Status.GRADED)
    assert graded_versions.count() == 1

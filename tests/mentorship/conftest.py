import pytest

from academy.attempts import start_attempt, submit_attempt
from academy.services import enrol
from accounts.roles import Role
from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.factories.academy import AssessmentPageFactory, essay, form_data, single_choice
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import MentorshipProgrammePageFactory, PairingFactory


@pytest.fixture
def essay_assessment(course):
    """An assessment of the course with one choice question and one essay."""
    return AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), essay("e1")], pass_mark=50
    )


@pytest.fixture
def programme(catalogue, course):
    programme = MentorshipProgrammePageFactory(parent=catalogue["en"])
    programme.courses.set([course])
    programme.save_revision().publish()
    return programme


@pytest.fixture
def pairing(programme, mentor, trainee, course):
    """The mentor follows the trainee, who is enrolled in the programme's course."""
    enrol(user=trainee, course=course)
    return PairingFactory(programme=programme, mentor=mentor, mentee=trainee)


@pytest.fixture
def other_pairing(programme, course):
    """Another mentor with another mentee in the same programme."""
    other_mentor = UserFactory(role=Role.MENTOR)
    other_mentee = UserFactory(role=Role.TRAINEE)
    enrol(user=other_mentee, course=course)
    return PairingFactory(programme=programme, mentor=other_mentor, mentee=other_mentee)


@pytest.fixture
def essay_answer(pairing, essay_assessment, course):
    """The mentee's submitted essay answer, waiting for a grade."""
    attempt = start_attempt(user=pairing.mentee, assessment=essay_assessment, course=course)
    submit_attempt(
        attempt_id=attempt.pk,
        user=pairing.mentee,
        data=form_data(
            attempt,
            {"q1": "q1-a", "e1": "The hearing was public and the defendant had a lawyer."},
        ),
    )
    return attempt.responses.get(question_id="e1")

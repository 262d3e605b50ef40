"""Enrolment and attempt status change only through the services, from the staff actions of
the admin: no admin form writes a status, and each action keeps the record consistent."""

import pytest
from django.contrib.messages import get_messages
from django.http import QueryDict
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from academy.attempts import (
    AttemptRefused,
    grade_essay,
    regrade_attempt,
    start_attempt,
    submit_attempt,
)
from academy.models import Attempt, Enrollment
from academy.services import (
    EnrolmentRefused,
    approve_enrolment,
    complete_enrolment,
    enrol,
    reinstate_enrolment,
    reject_enrolment,
    update_course_completion,
    withdraw_enrolment,
)
from academy.signals import course_completed
from certificates.models import IssuedCertificate
from mentorship.models import Pairing
from tests.factories.academy import (
    AssessmentPageFactory,
    EnrollmentFactory,
    essay,
    form_data,
    single_choice,
)
from tests.factories.certificates import course_certificate, template_in_three_languages

pytestmark = pytest.mark.django_db

S = Enrollment.Status
ENROLMENTS = "/admin/academy/enrolments/"
ATTEMPTS = "/admin/academy/attempts/"

#: Every staff action on an enrolment: the statuses it starts from and where each leads.
#: Any other starting status is refused.
ALLOWED = {
    "approve": {S.PENDING: S.ACTIVE},
    "reject": {S.PENDING: S.REJECTED},
    "withdraw": {S.ACTIVE: S.WITHDRAWN, S.PENDING: S.WITHDRAWN},
    "reinstate": {S.WITHDRAWN: S.ACTIVE, S.REJECTED: S.ACTIVE},
    "complete": {S.ACTIVE: S.COMPLETED},
}
SERVICES = {
    "approve": approve_enrolment,
    "reject": reject_enrolment,
    "withdraw": withdraw_enrolment,
    "reinstate": reinstate_enrolment,
    "complete": complete_enrolment,
}


@pytest.fixture
def completions():
    """The enrolment ids ``course_completed`` was sent for, in order."""
    received = []

    def receiver(sender, enrollment, **kwargs):
        received.append(enrollment.pk)

    course_completed.connect(receiver)
    yield received
    course_completed.disconnect(receiver)


@pytest.fixture
def staff_client(client, academy_staff):
    client.force_login(academy_staff)
    return client


def answers(data):
    query = QueryDict(mutable=True)
    query.update(data)
    return query


@pytest.fixture
def quiz(course):
    return AssessmentPageFactory(
        parent=course, questions=[single_choice("q1"), essay("e1", points=4)], pass_mark=50
    )


def attempt_in(status, *, user, quiz, course, by):
    """An attempt of ``user`` in the given status, reached through the services."""
    enrol(user=user, course=course)
    attempt = start_attempt(user=user, assessment=quiz, course=course)
    if status != Attempt.Status.IN_PROGRESS:
        submit_attempt(
            attempt_id=attempt.pk,
            user=user,
            data=answers(
                form_data(attempt, {"q1": "q1-a", "e1": "Open courts make justice visible."})
            ),
        )
    if status == Attempt.Status.GRADED:
        grade_essay(response=attempt.responses.get(question_id="e1"), score=4, feedback="", by=by)
    attempt.refresh_from_db()
    assert attempt.status == status
    return attempt


def snapshot(enrollment):
    enrollment.refresh_from_db()
    return (
        enrollment.status,
        enrollment.decided_by_id,
        enrollment.completed_at,
        enrollment.source,
        enrollment.history.count(),
    )


def messages_of(response):
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


# --- The attack: a status posted to the admin's old edit form ------------------------------


def test_posting_completed_to_the_enrolment_edit_url_changes_nothing(
    staff_client, course, completions, django_capture_on_commit_callbacks
):
    enrollment = EnrollmentFactory(course=course, status=S.ACTIVE)
    before = snapshot(enrollment)
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(f"{ENROLMENTS}edit/{enrollment.pk}/", {"status": "completed"})
    assert snapshot(enrollment) == before
    assert completions == []
    assert response.status_code == 302
    assert response["Location"] == f"{ENROLMENTS}inspect/{enrollment.pk}/"


def test_posting_graded_to_the_attempt_edit_url_changes_nothing(
    staff_client, trainee, academy_staff, quiz, course
):
    attempt = attempt_in(
        Attempt.Status.AWAITING_GRADING, user=trainee, quiz=quiz, course=course, by=academy_staff
    )
    history = attempt.history.count()
    response = staff_client.post(f"{ATTEMPTS}edit/{attempt.pk}/", {"status": "graded"})
    attempt.refresh_from_db()
    assert (attempt.status, attempt.score, attempt.passed, attempt.graded_at) == (
        Attempt.Status.AWAITING_GRADING,
        None,
        None,
        None,
    )
    assert attempt.history.count() == history
    assert response.status_code == 302
    assert response["Location"] == f"{ATTEMPTS}inspect/{attempt.pk}/"


def test_a_user_allowed_to_change_pairings_still_cannot_post_a_status(
    client, academy_staff, course
):
    from django.contrib.auth.models import Permission

    from tests.factories.mentorship import MentorshipProgrammePageFactory, PairingFactory

    programme = MentorshipProgrammePageFactory(parent=course.get_parent())
    pairing = PairingFactory(programme=programme, status=Pairing.Status.ACTIVE)
    academy_staff.user_permissions.add(Permission.objects.get(codename="change_pairing"))
    client.force_login(academy_staff)
    # The whole form the model's panels make, as the edit view took it.
    response = client.post(
        f"/admin/mentorship/pairings/edit/{pairing.pk}/",
        {
            "mentor": pairing.mentor_id,
            "mentee": pairing.mentee_id,
            "starts_on": pairing.starts_on.isoformat(),
            "status": Pairing.Status.COMPLETED,
            "focus": "",
        },
    )
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.ACTIVE
    assert pairing.history.count() == 1
    assert response.status_code == 302


@pytest.mark.parametrize("listing", ["enrolments", "attempts"])
def test_listings_link_to_the_record_and_no_page_offers_a_status_form(
    staff_client, trainee, academy_staff, quiz, course, listing
):
    attempt = attempt_in(
        Attempt.Status.GRADED, user=trainee, quiz=quiz, course=course, by=academy_staff
    )
    record = Enrollment.objects.get(user=trainee) if listing == "enrolments" else attempt
    base = f"/admin/academy/{listing}/"
    index = staff_client.get(base).content.decode()
    assert f'href="{base}inspect/{record.pk}/"' in index
    assert f"{base}edit/" not in index
    inspect = staff_client.get(f"{base}inspect/{record.pk}/")
    assert inspect.status_code == 200
    page = inspect.content.decode()
    assert f"{base}edit/" not in page
    assert 'name="status"' not in page


def test_no_bulk_action_can_write_these_records():
    for model in (Enrollment, Attempt, Pairing):
        actions = bulk_action_registry.get_bulk_actions_for_model(
            model._meta.app_label, model._meta.model_name
        )
        assert list(actions) == [], model


# --- Each action's transitions -------------------------------------------------------------


@pytest.mark.parametrize("start", list(S))
@pytest.mark.parametrize("action", list(ALLOWED))
def test_each_enrolment_action_takes_only_its_transitions(
    academy_staff, trainee, course, completions, django_capture_on_commit_callbacks, action, start
):
    enrollment = EnrollmentFactory(user=trainee, course=course, status=start)
    before = snapshot(enrollment)
    target = ALLOWED[action].get(start)
    with django_capture_on_commit_callbacks(execute=True):
        if target is None:
            with pytest.raises(EnrolmentRefused) as refusal:
                SERVICES[action](enrollment=enrollment, by=academy_staff)
            assert refusal.value.message
        else:
            SERVICES[action](enrollment=enrollment, by=academy_staff)
    if target is None:
        assert snapshot(enrollment) == before
        assert completions == []
        return
    enrollment.refresh_from_db()
    latest = enrollment.history.latest()
    assert enrollment.status == target
    assert enrollment.decided_by == academy_staff
    assert (latest.history_user, bool(latest.history_change_reason)) == (academy_staff, True)
    assert (enrollment.completed_at is not None) is (target == S.COMPLETED)
    assert completions == ([enrollment.pk] if target == S.COMPLETED else [])


@pytest.mark.parametrize(
    ("action", "start", "allowed"),
    [
        ("regrade", Attempt.Status.IN_PROGRESS, False),
        ("regrade", Attempt.Status.AWAITING_GRADING, True),
        ("regrade", Attempt.Status.GRADED, True),
        ("grade essay", Attempt.Status.IN_PROGRESS, False),
        ("grade essay", Attempt.Status.AWAITING_GRADING, True),
        ("grade essay", Attempt.Status.GRADED, True),
    ],
)
def test_each_attempt_action_takes_only_its_transitions(
    academy_staff, trainee, quiz, course, action, start, allowed
):
    attempt = attempt_in(start, user=trainee, quiz=quiz, course=course, by=academy_staff)
    before = (attempt.status, attempt.score, attempt.history.count())

    def act():
        if action == "regrade":
            regrade_attempt(attempt=attempt, by=academy_staff)
        else:
            essay_answer = attempt.responses.get_or_create(
                question_id="e1", defaults={"question_type": "essay", "answer": {}, "max_score": 4}
            )[0]
            grade_essay(response=essay_answer, score=2, feedback="", by=academy_staff)

    if not allowed:
        with pytest.raises(AttemptRefused):
            act()
        attempt.refresh_from_db()
        assert (attempt.status, attempt.score, attempt.history.count()) == before
        return
    act()
    attempt.refresh_from_db()
    if attempt.status == Attempt.Status.GRADED:
        # A graded attempt always has its score, percentage, result and time.
        assert None not in (attempt.score, attempt.percent, attempt.passed, attempt.graded_at)
    else:
        assert attempt.status == Attempt.Status.AWAITING_GRADING
        assert (attempt.score, attempt.passed) == (None, None)
    expected = Attempt.Status.GRADED if action == "grade essay" else start
    assert attempt.status == expected


# --- The staff actions in the admin --------------------------------------------------------


def action_url(action, enrollment):
    return f"{ENROLMENTS}{action}/{enrollment.pk}/"


def test_staff_mark_an_enrolment_completed_and_its_certificate_follows(
    staff_client,
    academy_staff,
    trainee,
    course,
    locales,
    completions,
    django_capture_on_commit_callbacks,
):
    course_certificate(course, template_in_three_languages(locales), issue_automatically=True)
    enrollment = enrol(user=trainee, course=course)
    url = action_url("complete", enrollment)
    confirmation = staff_client.get(url)
    assert confirmation.status_code == 200
    assert '<form method="post"' in confirmation.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(url)
    assert response.status_code == 302
    assert response["Location"] == f"{ENROLMENTS}inspect/{enrollment.pk}/"
    assert messages_of(response) == [("success", "The enrolment has been marked as completed.")]
    enrollment.refresh_from_db()
    latest = enrollment.history.latest()
    assert enrollment.status == S.COMPLETED
    assert enrollment.completed_at is not None
    assert enrollment.decided_by == academy_staff
    assert latest.history_user == academy_staff
    assert latest.history_change_reason == "marked as completed by staff"
    assert completions == [enrollment.pk]
    assert IssuedCertificate.objects.filter(holder=trainee).count() == 1

    # Neither the action again nor the completion rule announces the completion twice.
    staff_client.get(response["Location"])  # shows (and so uses up) the message
    completed_at = enrollment.completed_at
    with django_capture_on_commit_callbacks(execute=True):
        again = staff_client.post(url)
        assert update_course_completion(enrollment=enrollment) is False
    assert [level for level, _text in messages_of(again)] == ["error"]
    enrollment.refresh_from_db()
    assert enrollment.completed_at == completed_at
    assert completions == [enrollment.pk]
    assert IssuedCertificate.objects.filter(holder=trainee).count() == 1


@pytest.mark.parametrize(
    ("action", "start", "target", "message"),
    [
        ("withdraw", S.ACTIVE, S.WITHDRAWN, "The trainee has been withdrawn from the course."),
        ("withdraw", S.PENDING, S.WITHDRAWN, "The trainee has been withdrawn from the course."),
        ("reinstate", S.WITHDRAWN, S.ACTIVE, "The trainee is enrolled in the course again."),
        ("reinstate", S.REJECTED, S.ACTIVE, "The trainee is enrolled in the course again."),
    ],
)
def test_staff_withdraw_and_reinstate_from_the_admin(
    staff_client, academy_staff, trainee, course, action, start, target, message
):
    enrollment = EnrollmentFactory(user=trainee, course=course, status=start)
    url = action_url(action, enrollment)
    assert '<form method="post"' in staff_client.get(url).content.decode()
    response = staff_client.post(url)
    assert response["Location"] == f"{ENROLMENTS}inspect/{enrollment.pk}/"
    assert messages_of(response) == [("success", message)]
    enrollment.refresh_from_db()
    assert (enrollment.status, enrollment.decided_by) == (target, academy_staff)
    if action == "reinstate":
        assert enrollment.source == Enrollment.Source.STAFF


@pytest.mark.parametrize(
    ("action", "start"),
    [
        ("withdraw", S.COMPLETED),
        ("reinstate", S.ACTIVE),
        ("complete", S.PENDING),
        ("complete", S.WITHDRAWN),
    ],
)
def test_an_impossible_action_is_refused_with_a_message_and_changes_nothing(
    staff_client, trainee, course, completions, action, start
):
    enrollment = EnrollmentFactory(user=trainee, course=course, status=start)
    before = snapshot(enrollment)
    confirmation = staff_client.get(action_url(action, enrollment)).content.decode()
    assert '<form method="post"' not in confirmation
    response = staff_client.post(action_url(action, enrollment))
    [(level, text)] = messages_of(response)
    assert level == "error"
    assert text in confirmation
    assert snapshot(enrollment) == before
    assert completions == []


def test_a_decision_on_a_request_already_decided_is_refused_with_a_message(
    staff_client, trainee, course
):
    enrollment = EnrollmentFactory(user=trainee, course=course, status=S.WITHDRAWN)
    before = snapshot(enrollment)
    response = staff_client.post(f"{ENROLMENTS}decide/{enrollment.pk}/", {"decision": "approve"})
    assert [level for level, _text in messages_of(response)] == ["error"]
    assert snapshot(enrollment) == before


def test_the_inspect_page_offers_the_actions_the_status_allows(staff_client, trainee, course):
    enrollment = EnrollmentFactory(user=trainee, course=course, status=S.ACTIVE)
    page = staff_client.get(f"{ENROLMENTS}inspect/{enrollment.pk}/").content.decode()
    assert action_url("withdraw", enrollment) in page
    assert action_url("complete", enrollment) in page
    assert action_url("reinstate", enrollment) not in page
    Enrollment.objects.filter(pk=enrollment.pk).update(status=S.WITHDRAWN)
    page = staff_client.get(f"{ENROLMENTS}inspect/{enrollment.pk}/").content.decode()
    assert action_url("reinstate", enrollment) in page
    assert action_url("withdraw", enrollment) not in page

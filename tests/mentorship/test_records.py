"""Meetings, goals, notes and essay reviews: saved when valid and told to the mentee; bad
input gets a clear message and nothing is saved."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone, translation

from academy.models import Attempt
from mentorship.models import Goal, Meeting, MentorNote
from mentorship.services import MentoringRefused, log_meeting, set_goal
from tests.factories.mentorship import GoalFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def meeting_data(**overrides):
    return {
        "held_on": (TODAY - datetime.timedelta(days=1)).isoformat(),
        "duration_minutes": "60",
        "format": "online",
        "topics": "The interpreter's role at the hearing",
        "actions": "Draft the hearing report",
        "next_meeting_on": (TODAY + datetime.timedelta(days=7)).isoformat(),
        **overrides,
    }


def test_a_mentor_logs_a_meeting_and_the_mentee_is_emailed_in_their_language(
    client, pairing, django_capture_on_commit_callbacks
):
    pairing.mentee.preferred_language = "ru"
    pairing.mentee.save()
    client.force_login(pairing.mentor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("mentorship:log_meeting", args=[pairing.pk]), meeting_data())
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.pairing, meeting.logged_by, meeting.duration_minutes) == (
        pairing,
        pairing.mentor,
        60,
    )
    assert meeting.mentee_notified_at is not None
    [message] = mail.outbox
    assert message.to == [pairing.mentee.email]
    assert "The interpreter's role at the hearing" in message.body
    assert "/ru/my-mentoring/" in message.body
    with translation.override("ru"):
        assert translation.gettext("Topics discussed") in message.body


def test_the_meeting_notice_is_sent_once_even_if_the_task_runs_twice(pairing):
    from mentorship.tasks import notify_mentee_of_meeting

    meeting = log_meeting(
        pairing=pairing,
        by=pairing.mentor,
        held_on=TODAY,
        duration_minutes=30,
        format="in-person",
        topics="Topics",
    )
    notify_mentee_of_meeting(meeting.pk)
    notify_mentee_of_meeting(meeting.pk)
    assert len(mail.outbox) == 1


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        (
            {"held_on": (TODAY + datetime.timedelta(days=2)).isoformat()},
            "held_on",
            "the date is in the future",
        ),
        ({"held_on": "2001-01-01"}, "held_on", "the meeting cannot be earlier"),
        ({"held_on": "2026-02-30"}, "held_on", "Enter a valid date"),
        (
            {"next_meeting_on": (TODAY - datetime.timedelta(days=5)).isoformat()},
            "next_meeting_on",
            "must come after this one",
        ),
        (
            {"next_meeting_on": (TODAY + datetime.timedelta(days=800)).isoformat()},
            "next_meeting_on",
            "within a year",
        ),
        ({"duration_minutes": "0"}, "duration_minutes", "between 5 and 480 minutes"),
        ({"duration_minutes": "99999999"}, "duration_minutes", ""),
        ({"format": "telepathy"}, "format", "Select a valid choice"),
        ({"topics": ""}, "topics", "This field is required"),
        ({"topics": "x" * 5001}, "topics", "at most 5000 characters"),
    ],
)
def test_an_impossible_meeting_is_refused_and_nothing_is_saved(
    client, pairing, overrides, field, message
):
    client.force_login(pairing.mentor)
    response = client.post(
        reverse("mentorship:log_meeting", args=[pairing.pk]), meeting_data(**overrides)
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors
    assert message in " ".join(errors[field])
    assert not Meeting.objects.exists()
    assert mail.outbox == []


def test_a_meeting_for_another_mentors_pairing_is_a_404_and_saves_nothing(
    client, pairing, other_pairing
):
    client.force_login(pairing.mentor)
    response = client.post(
        reverse("mentorship:log_meeting", args=[other_pairing.pk]), meeting_data()
    )
    assert response.status_code == 404
    assert not Meeting.objects.exists()


def test_the_service_refuses_a_meeting_by_someone_outside_the_pairing(pairing, other_pairing):
    with pytest.raises(MentoringRefused):
        log_meeting(
            pairing=pairing,
            by=other_pairing.mentor,
            held_on=TODAY,
            duration_minutes=30,
            format="online",
            topics="x",
        )
    assert not Meeting.objects.exists()


def test_the_mentor_sets_a_goal_and_the_mentee_is_told(
    client, pairing, django_capture_on_commit_callbacks
):
    client.force_login(pairing.mentor)
    due = (TODAY + datetime.timedelta(days=30)).isoformat()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("mentorship:set_goal", args=[pairing.pk]),
            {"text": "Observe three hearings", "due_on": due},
        )
    assert response.status_code == 302
    assert response.url == reverse("mentorship:mentee", args=[pairing.pk])
    goal = Goal.objects.get()
    assert (goal.text, goal.set_by, goal.status) == (
        "Observe three hearings",
        pairing.mentor,
        "open",
    )
    [message] = mail.outbox
    assert message.to == [pairing.mentee.email]
    assert "Observe three hearings" in message.body


def test_a_mentee_sets_their_own_goal_without_an_email_to_themselves(
    client, pairing, django_capture_on_commit_callbacks
):
    client.force_login(pairing.mentee)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("mentorship:set_goal", args=[pairing.pk]), {"text": "Read the OSCE manual"}
        )
    assert response.url == reverse("mentorship:my_mentoring")
    assert Goal.objects.get().set_by == pairing.mentee
    assert mail.outbox == []


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"text": ""}, "text"),
        ({"text": "x" * 501}, "text"),
        ({"text": "Goal", "due_on": "1999-01-01"}, "due_on"),
        ({"text": "Goal", "due_on": "2999-01-01"}, "due_on"),
        ({"text": "Goal", "due_on": "not a date"}, "due_on"),
    ],
)
def test_a_bad_goal_is_refused_and_nothing_is_saved(client, pairing, data, field):
    client.force_login(pairing.mentor)
    response = client.post(reverse("mentorship:set_goal", args=[pairing.pk]), data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not Goal.objects.exists()


def test_a_goal_for_a_pairing_one_does_not_belong_to_is_refused(client, pairing, other_pairing):
    client.force_login(pairing.mentee)
    response = client.post(
        reverse("mentorship:set_goal", args=[other_pairing.pk]), {"text": "Sneaky goal"}
    )
    assert response.status_code == 404
    with pytest.raises(MentoringRefused):
        set_goal(pairing=other_pairing, by=pairing.mentor, text="Sneaky goal")
    assert not Goal.objects.exists()


def test_an_unknown_goal_status_changes_nothing(client, pairing):
    goal = GoalFactory(pairing=pairing)
    client.force_login(pairing.mentee)
    response = client.post(
        reverse("mentorship:goal_status", args=[goal.pk]), {"status": "<script>"}, follow=True
    )
    assert "Choose one of the listed statuses." in response.content.decode()
    goal.refresh_from_db()
    assert goal.status == "open"


def test_goal_history_records_who_moved_it(client, pairing):
    goal = GoalFactory(pairing=pairing)
    client.force_login(pairing.mentee)
    client.post(reverse("mentorship:goal_status", args=[goal.pk]), {"status": "achieved"})
    latest = goal.history.first()
    assert (latest.status, latest.history_user) == ("achieved", pairing.mentee)


def test_the_mentor_keeps_a_private_note_and_an_empty_one_is_refused(client, pairing):
    client.force_login(pairing.mentor)
    url = reverse("mentorship:mentee", args=[pairing.pk])
    response = client.post(url, {"text": ""})
    assert response.status_code == 200
    assert "text" in response.context["note_form"].errors
    assert not MentorNote.objects.exists()
    assert client.post(url, {"text": "Needs practice"}).status_code == 302
    assert MentorNote.objects.get().author == pairing.mentor


def test_stored_text_is_shown_escaped(client, pairing):
    GoalFactory(pairing=pairing, text="<script>alert(1)</script>")
    client.force_login(pairing.mentee)
    page = client.get(reverse("mentorship:my_mentoring")).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_the_mentor_grades_the_essay_and_the_mentee_reads_the_feedback(
    client, pairing, essay_answer
):
    client.force_login(pairing.mentor)
    page = client.get(reverse("mentorship:dashboard")).content.decode()
    assert reverse("mentorship:review_essay", args=[essay_answer.pk]) in page
    response = client.post(
        reverse("mentorship:review_essay", args=[essay_answer.pk]),
        {"score": "4", "feedback": "Good use of the methodology."},
    )
    assert response.status_code == 302
    essay_answer.refresh_from_db()
    assert (essay_answer.score, essay_answer.graded_by) == (4, pairing.mentor)
    assert essay_answer.attempt.status == Attempt.Status.GRADED
    client.force_login(pairing.mentee)
    assert (
        "Good use of the methodology."
        in client.get(reverse("mentorship:my_mentoring")).content.decode()
    )


@pytest.mark.parametrize("score", ["-1", "6", "abc", "1e9"])
def test_a_score_outside_the_range_is_refused(client, pairing, essay_answer, score):
    client.force_login(pairing.mentor)
    response = client.post(
        reverse("mentorship:review_essay", args=[essay_answer.pk]),
        {"score": score, "feedback": "x"},
    )
    assert response.status_code == 200
    assert "score" in response.context["form"].errors
    essay_answer.refresh_from_db()
    assert essay_answer.score is None

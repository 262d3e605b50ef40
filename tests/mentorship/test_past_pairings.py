"""A pairing that is no longer active is read-only: its mentor still reads what was written
during it, but nobody adds a meeting, goal, note, goal status or essay grade to it, and the
mentee's live progress is no longer shown there."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from django.utils import timezone

from mentorship.models import Goal, Meeting, MentorNote, Pairing
from mentorship.services import (
    MentoringRefused,
    add_note,
    log_meeting,
    set_goal,
    update_goal_status,
)
from tests.factories.mentorship import GoalFactory, MeetingFactory, MentorNoteFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
PAST = [Pairing.Status.COMPLETED, Pairing.Status.PAUSED]


def end(pairing, status):
    pairing.status = status
    pairing.save()
    return pairing


def meeting_data():
    return {
        "held_on": (TODAY - datetime.timedelta(days=1)).isoformat(),
        "duration_minutes": "60",
        "format": "online",
        "topics": "Written after the end",
    }


def records():
    """Everything a pairing holds, and every essay grade, as comparable values."""
    from academy.models import Response

    return (
        list(Meeting.objects.values_list("pk", "topics")),
        list(Goal.objects.values_list("pk", "text", "status")),
        list(MentorNote.objects.values_list("pk", "text")),
        list(Response.objects.values_list("pk", "score", "feedback", "graded_by")),
    )


def refusal_shown(response, pairing_page):
    """The refusal sends the person back to the pairing's page, which says why."""
    assert response.status_code == 302
    assert response.url == pairing_page
    texts = [str(message) for message in get_messages(response.wsgi_request)]
    return any("nothing can be added" in text for text in texts)


@pytest.mark.parametrize("status", PAST)
def test_a_private_note_after_the_pairing_ended_is_refused_and_stores_nothing(
    client, pairing, status
):
    end(pairing, status)
    client.force_login(pairing.mentor)
    mentee_page = reverse("mentorship:mentee", args=[pairing.pk])
    response = client.post(mentee_page, {"text": "Written after the end"})
    assert refusal_shown(response, mentee_page)
    assert not MentorNote.objects.exists()


@pytest.mark.parametrize("status", PAST)
def test_no_meeting_is_logged_on_an_ended_pairing(client, pairing, status):
    end(pairing, status)
    client.force_login(pairing.mentor)
    url = reverse("mentorship:log_meeting", args=[pairing.pk])
    mentee_page = reverse("mentorship:mentee", args=[pairing.pk])
    assert refusal_shown(client.get(url), mentee_page)
    assert refusal_shown(client.post(url, meeting_data()), mentee_page)
    assert not Meeting.objects.exists()


@pytest.mark.parametrize("status", PAST)
@pytest.mark.parametrize("side", ["mentor", "mentee"])
def test_no_goal_is_set_on_an_ended_pairing(client, pairing, status, side):
    end(pairing, status)
    person = getattr(pairing, side)
    client.force_login(person)
    back = (
        reverse("mentorship:my_mentoring")
        if side == "mentee"
        else reverse("mentorship:mentee", args=[pairing.pk])
    )
    url = reverse("mentorship:set_goal", args=[pairing.pk])
    assert refusal_shown(client.get(url), back)
    assert refusal_shown(client.post(url, {"text": "Written after the end"}), back)
    assert not Goal.objects.exists()


@pytest.mark.parametrize("status", PAST)
@pytest.mark.parametrize("side", ["mentor", "mentee"])
def test_no_goal_status_changes_on_an_ended_pairing(client, pairing, status, side):
    goal = GoalFactory(pairing=pairing)
    end(pairing, status)
    person = getattr(pairing, side)
    client.force_login(person)
    back = (
        reverse("mentorship:my_mentoring")
        if side == "mentee"
        else reverse("mentorship:mentee", args=[pairing.pk])
    )
    response = client.post(
        reverse("mentorship:goal_status", args=[goal.pk]), {"status": "achieved"}
    )
    assert refusal_shown(response, back)
    goal.refresh_from_db()
    assert goal.status == Goal.Status.OPEN


@pytest.mark.parametrize("status", PAST)
def test_the_mentor_no_longer_grades_the_essays_of_an_ended_pairing(
    client, pairing, essay_answer, status
):
    end(pairing, status)
    before = records()
    client.force_login(pairing.mentor)
    url = reverse("mentorship:review_essay", args=[essay_answer.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"score": "5", "feedback": "Late"}).status_code == 404
    assert records() == before


@pytest.mark.parametrize("status", PAST)
def test_the_services_refuse_every_record_on_an_ended_pairing(pairing, academy_staff, status):
    goal = GoalFactory(pairing=pairing)
    end(pairing, status)
    before = records()
    for person in (pairing.mentor, academy_staff):
        with pytest.raises(MentoringRefused, match="nothing can be added"):
            add_note(pairing=pairing, by=person, text="Late note")
        with pytest.raises(MentoringRefused, match="nothing can be added"):
            log_meeting(
                pairing=pairing,
                by=person,
                held_on=TODAY,
                duration_minutes=30,
                format="online",
                topics="Late meeting",
            )
        with pytest.raises(MentoringRefused, match="nothing can be added"):
            set_goal(pairing=pairing, by=person, text="Late goal")
        with pytest.raises(MentoringRefused, match="nothing can be added"):
            update_goal_status(goal=goal, by=person, status=Goal.Status.ACHIEVED)
    with pytest.raises(MentoringRefused, match="nothing can be added"):
        set_goal(pairing=pairing, by=pairing.mentee, text="Late goal")
    assert records() == before


def test_an_outsider_is_told_the_pairing_is_not_theirs_not_that_it_ended(pairing, other_pairing):
    end(pairing, Pairing.Status.COMPLETED)
    with pytest.raises(MentoringRefused, match="Only the pairing's mentor"):
        add_note(pairing=pairing, by=other_pairing.mentor, text="x")
    assert not MentorNote.objects.exists()


def test_the_mentor_reads_the_ended_pairings_record_without_its_forms_or_live_progress(
    client, pairing, essay_answer
):
    MeetingFactory(pairing=pairing, topics="MEETING-DURING-PAIRING")
    goal = GoalFactory(pairing=pairing, text="GOAL-DURING-PAIRING")
    MentorNoteFactory(pairing=pairing)
    end(pairing, Pairing.Status.COMPLETED)
    client.force_login(pairing.mentor)
    response = client.get(reverse("mentorship:mentee", args=[pairing.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for written in ("MEETING-DURING-PAIRING", "GOAL-DURING-PAIRING", "PRIVATE-NOTE"):
        assert written in page
    assert "This pairing is completed" in page
    for form_target in (
        reverse("mentorship:log_meeting", args=[pairing.pk]),
        reverse("mentorship:set_goal", args=[pairing.pk]),
        reverse("mentorship:goal_status", args=[goal.pk]),
        reverse("mentorship:review_essay", args=[essay_answer.pk]),
    ):
        assert form_target not in page
    assert 'name="text"' not in page, "no note form"
    # The mentee's live record: progress per course, results and essays.
    assert "row" not in response.context
    assert "essays" not in response.context
    assert "Assessment results" not in page
    assert "Essay answers" not in page


def test_the_active_pairings_page_still_shows_progress_and_every_form(
    client, pairing, essay_answer
):
    goal = GoalFactory(pairing=pairing)
    client.force_login(pairing.mentor)
    page = client.get(reverse("mentorship:mentee", args=[pairing.pk])).content.decode()
    for form_target in (
        reverse("mentorship:log_meeting", args=[pairing.pk]),
        reverse("mentorship:set_goal", args=[pairing.pk]),
        reverse("mentorship:goal_status", args=[goal.pk]),
        reverse("mentorship:review_essay", args=[essay_answer.pk]),
    ):
        assert form_target in page
    assert 'name="text"' in page
    assert "Assessment results" in page
    assert "nothing can be added" not in page


def test_the_mentee_sees_an_ended_pairing_without_its_forms(client, pairing):
    goal = GoalFactory(pairing=pairing, text="GOAL-DURING-PAIRING")
    end(pairing, Pairing.Status.COMPLETED)
    client.force_login(pairing.mentee)
    page = client.get(reverse("mentorship:my_mentoring")).content.decode()
    assert "GOAL-DURING-PAIRING" in page
    assert reverse("mentorship:set_goal", args=[pairing.pk]) not in page
    assert reverse("mentorship:goal_status", args=[goal.pk]) not in page

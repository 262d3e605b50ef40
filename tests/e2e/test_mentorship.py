"""A mentor follows a mentee, logs a meeting and grades an essay; the mentee reads both."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from academy.attempts import start_attempt, submit_attempt
from academy.services import complete_lesson
from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.e2e.test_academy import log_in
from tests.factories.academy import form_data
from tests.factories.cms import translate
from tests.mentorship.conftest import essay_assessment, pairing, programme  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TOPICS = "How to record whether the defendant had an interpreter."
FEEDBACK = "Good use of the methodology"


def log_out(page):
    page.get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/en/")


@pytest.fixture
def mentee_with_work(pairing, lessons, course, essay_assessment):  # noqa: F811
    """The trainee has done one lesson and submitted an essay that waits for the mentor."""
    trainee = pairing.mentee
    trainee.first_name, trainee.last_name = "Aigerim", "Bekova"
    trainee.save()
    pairing.mentor.first_name, pairing.mentor.last_name = "Daniyar", "Mentor"
    pairing.mentor.save()
    complete_lesson(user=trainee, lesson=lessons[0], course=course)
    attempt = start_attempt(user=trainee, assessment=essay_assessment, course=course)
    answers = form_data(
        attempt, {"q1": "q1-a", "e1": "The interpreter was absent at two hearings."}
    )
    submit_attempt(attempt_id=attempt.pk, user=trainee, data=answers)
    return pairing


def test_mentor_logs_a_meeting_grades_an_essay_and_the_mentee_reads_both(
    page, mentee_with_work, settings, screenshot, axe_violations
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    mentor, trainee = mentee_with_work.mentor, mentee_with_work.mentee
    mentee_url = f"**/en/mentoring/mentees/{mentee_with_work.pk}/"
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    in_a_week = timezone.localdate() + datetime.timedelta(days=7)

    log_in(page, mentor)
    page.goto("/en/mentoring/")
    mentees = page.locator("section", has=page.get_by_role("heading", name="Your mentees"))
    assert mentees.get_by_role("link", name="Aigerim Bekova").is_visible()
    # Three lessons and the assessment are required; one lesson is done.
    assert mentees.get_by_text("1 of 4 required lessons done (25%)").is_visible()
    assert mentees.locator("progress").get_attribute("value") == "1"
    essays = page.locator("section", has=page.get_by_role("heading", name="Essays waiting"))
    assert essays.get_by_role("cell", name="Aigerim Bekova", exact=True).is_visible()
    screenshot("dashboard")
    assert axe_violations() == []

    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    screenshot("dashboard-320")
    page.set_viewport_size({"width": 1280, "height": 900})

    mentees.get_by_role("link", name="Aigerim Bekova").click()
    page.wait_for_url(mentee_url)
    assert page.get_by_role("heading", name="Aigerim Bekova", level=1).is_visible()
    page.get_by_role("link", name="Log a meeting").click()
    page.wait_for_url("**/meetings/new/")
    page.get_by_label("Date").fill(yesterday.isoformat())
    page.get_by_label("Length in minutes").fill("60")
    page.get_by_label("Online").check()
    page.get_by_label("Topics discussed").fill(TOPICS)
    page.get_by_label("Next meeting").fill(in_a_week.isoformat())
    page.get_by_role("button", name="Log the meeting").click()
    page.wait_for_url(mentee_url)
    assert page.get_by_text(
        "The meeting has been logged and Aigerim Bekova has been told."
    ).is_visible()
    meetings = page.locator("section", has=page.get_by_role("heading", name="Meetings"))
    assert meetings.get_by_text(TOPICS).is_visible()
    assert meetings.get_by_text("Online · 60 min").is_visible()
    assert meetings.locator(f'time[datetime="{yesterday.isoformat()}"]').is_visible()
    screenshot("mentee")
    assert axe_violations() == []

    page.get_by_role("link", name="Mentoring", exact=True).first.click()
    page.wait_for_url("**/en/mentoring/")
    essays.get_by_role("link", name="Review").click()
    page.wait_for_url("**/en/mentoring/essays/*/")
    assert page.get_by_text("The interpreter was absent at two hearings.").is_visible()
    page.get_by_label("Score").fill("4")
    page.get_by_label("Feedback for the trainee").fill(FEEDBACK)
    page.get_by_role("button", name="Save the grade").click()
    page.wait_for_url("**/en/mentoring/")
    assert page.get_by_text("The essay has been graded.").is_visible()
    assert page.get_by_text("No essay is waiting for you.").is_visible()

    log_out(page)
    log_in(page, trainee)
    page.get_by_role("link", name="My mentoring").click()
    page.wait_for_url("**/en/my-mentoring/")
    assert page.get_by_role("heading", name="Your mentor: Daniyar Mentor").is_visible()
    assert page.get_by_text(TOPICS).is_visible()
    assert page.get_by_text(FEEDBACK).is_visible()
    assert page.get_by_text("4 of 5 points").is_visible()
    screenshot("my-mentoring")
    assert axe_violations() == []

    notices = [message for message in mail.outbox if TOPICS in message.body]
    assert len(notices) == 1
    assert notices[0].to == [trainee.email]


def test_the_programme_title_is_kazakh_on_kazakh_mentoring_pages(
    page,
    pairing,  # noqa: F811
    screenshot,
):
    english = pairing.programme
    english.title = "Trial monitoring mentorship"
    english.save_revision().publish()
    translate(english, "kk", title="Сот мониторингі бойынша тәлімгерлік")

    for person, url in [
        (pairing.mentor, "/kk/mentoring/"),
        (pairing.mentor, f"/kk/mentoring/mentees/{pairing.pk}/"),
        (pairing.mentee, "/kk/my-mentoring/"),
    ]:
        page.context.clear_cookies()
        log_in(page, person)
        page.goto(url)
        main = page.locator("main")
        assert main.get_by_text("Сот мониторингі бойынша тәлімгерлік").first.is_visible(), url
        assert "Trial monitoring mentorship" not in main.inner_text(), url
    screenshot("my-mentoring-kk")

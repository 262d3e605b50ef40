"""An H5P content type that never reports completion (a greeting card, an accordion) never
blocks a lesson: the rule counts only activities known to report; when none can, the trainee
marks the lesson as done; and the lesson editor warns when an activity will not count."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from academy.h5p.services import lesson_rule_met
from academy.models import H5PActivity, H5PResult, LessonCompletion
from tests.academy.h5p.test_statements import post, statement
from tests.factories.h5p import uploaded_activity

pytestmark = pytest.mark.django_db


@pytest.fixture
def greeting_card(academy_staff):
    """An activity whose main library never sends a completed or answered statement."""
    activity = uploaded_activity(academy_staff, title="Welcome to the course")
    H5PActivity.objects.filter(pk=activity.pk).update(main_library="H5P.GreetingCard")
    activity.refresh_from_db()
    return activity


def show(lesson, *activities, rule="h5p-completed"):
    lesson.body = [
        ("paragraph", "<p>Work through the activities.</p>"),
        *(("h5p", {"activity": activity}) for activity in activities),
    ]
    lesson.completion_rule = rule
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def test_which_main_libraries_are_known_to_report(activity, greeting_card):
    assert activity.reports_completion
    assert not greeting_card.reports_completion
    assert not H5PActivity(main_library="").reports_completion


@pytest.mark.parametrize("rule", ["h5p-completed", "h5p-score"])
def test_a_lesson_whose_activities_never_report_is_marked_done_by_the_trainee(
    client, lessons, greeting_card, enrolled_trainee, rule
):
    lesson = show(lessons[0], greeting_card, rule=rule)
    assert lesson_rule_met(user=enrolled_trainee, lesson=lesson)
    client.force_login(enrolled_trainee)
    page = client.get(lesson.url).content.decode()
    assert "Mark as done" in page
    assert "do not report when they are done" in page
    response = client.post(lesson.url + "complete/")
    assert response.status_code == 302
    assert LessonCompletion.objects.filter(
        user=enrolled_trainee, lesson_key=lesson.translation_key
    ).exists()


def test_only_the_activities_that_report_count(
    client, lessons, activity, greeting_card, enrolled_trainee
):
    lesson = show(lessons[0], greeting_card, activity)
    assert not lesson_rule_met(user=enrolled_trainee, lesson=lesson)
    client.force_login(enrolled_trainee)
    page = client.get(lesson.url).content.decode()
    assert "Mark as done" not in page
    assert "This lesson is done when you complete its interactive activities." in page
    assert client.post(lesson.url + "complete/").status_code == 302
    assert not LessonCompletion.objects.exists()

    response = post(client, lesson, activity, statement(activity, enrolled_trainee, raw=0))
    assert response.json()["lesson_completed"] is True
    assert not H5PResult.objects.filter(activity=greeting_card).exists()


def test_a_manual_lesson_is_unchanged_by_what_its_activities_report(
    client, lessons, greeting_card, enrolled_trainee
):
    lesson = show(lessons[0], greeting_card, rule="manual")
    client.force_login(enrolled_trainee)
    page = client.get(lesson.url).content.decode()
    assert "Mark as done" in page
    assert "do not report when they are done" not in page


# --- The lesson editor -------------------------------------------------------------------------


def save_in_editor(client, lesson, *activities, rule):
    data = nested_form_data(
        {
            "title": lesson.title,
            "slug": lesson.slug,
            "estimated_minutes": 15,
            "required": "on",
            "completion_rule": rule,
            "completion_min_score": 80,
            "body": streamfield([("h5p", {"activity": activity.pk}) for activity in activities]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), data)
    assert response.status_code == 302, response.context["form"].errors
    lesson.refresh_from_db()
    assert lesson.get_latest_revision().content["completion_rule"] == rule
    return [(message.level_tag, str(message)) for message in get_messages(response.wsgi_request)]


def warnings(messages):
    return [text for level, text in messages if level == "warning"]


def test_the_editor_warns_when_no_activity_of_an_h5p_rule_reports(
    client, academy_staff, lessons, greeting_card
):
    client.force_login(academy_staff)
    messages = save_in_editor(client, lessons[0], greeting_card, rule="h5p-completed")
    [warning] = warnings(messages)
    assert "None of this lesson's H5P activities reports when it is done" in warning
    assert "Welcome to the course" in warning
    assert "H5P.GreetingCard" in warning


def test_the_editor_names_the_activities_that_will_not_count(
    client, academy_staff, lessons, activity, greeting_card
):
    client.force_login(academy_staff)
    messages = save_in_editor(client, lessons[0], activity, greeting_card, rule="h5p-score")
    [warning] = warnings(messages)
    assert "does not count towards the lesson's completion rule" in warning
    assert "Welcome to the course" in warning
    assert activity.title not in warning


@pytest.mark.parametrize("case", ["every activity reports", "manual rule"])
def test_the_editor_says_nothing_when_every_activity_counts(
    client, academy_staff, lessons, activity, greeting_card, case
):
    client.force_login(academy_staff)
    if case == "manual rule":
        messages = save_in_editor(client, lessons[0], greeting_card, rule="manual")
    else:
        messages = save_in_editor(client, lessons[0], activity, rule="h5p-completed")
    assert warnings(messages) == []

"""After an H5P activity completes a lesson, the xAPI answer carries the lesson's new status
panel, so the page updates without a reload; the next-lesson link never leads to a locked one."""

import pytest

from tests.academy.h5p.test_statements import post, statement

pytestmark = pytest.mark.django_db


def test_the_answer_that_completes_the_lesson_carries_the_new_status_panel(
    client, h5p_lesson, activity, enrolled_trainee, lessons
):
    client.force_login(enrolled_trainee)
    answer = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee)).json()
    assert answer["lesson_completed"] is True
    panel = answer["status_html"]
    assert "You have completed this lesson." in panel
    assert "Mark as done" not in panel
    assert f'href="{lessons[1].url}" rel="next"' in panel


def test_an_answer_that_does_not_complete_the_lesson_carries_no_panel(
    client, h5p_lesson, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    answer = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee, raw=0))
    assert answer.json()["lesson_completed"] is False
    assert "status_html" not in answer.json()


def test_the_next_lesson_link_never_points_at_a_locked_lesson(
    client, course, h5p_lesson, activity, enrolled_trainee, lessons
):
    course.sequential = True
    course.save_revision().publish()
    client.force_login(enrolled_trainee)
    before = client.get(h5p_lesson.url).content.decode()
    assert 'rel="next"' not in before
    assert lessons[1].url not in before.split("lesson-actions")[1]
    post(client, h5p_lesson, activity, statement(activity, enrolled_trainee))
    after = client.get(h5p_lesson.url).content.decode()
    assert f'href="{lessons[1].url}" rel="next"' in after

"""Random and hostile input at the forms people use: the answer is a page with a message or a
save, never a server error, and whatever is shown back is escaped."""

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories.mentorship import GoalFactory

pytestmark = pytest.mark.django_db

HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "'; DROP TABLE accounts_user; --",
        "1 OR 1=1",
        "\x00\x01\x1b[31m",
        "9" * 400,
        "-1",
        "1e309",
        "NaN",
        "0x10",
        "2026-02-30",
        "../../etc/passwd",
        "ы" * 6000,
        "",
    ]
)
VALUES = st.one_of(HOSTILE, st.text(max_size=300), st.integers().map(str))
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ACCEPTABLE = {200, 302, 400, 403, 404, 405, 429}
#: What must never reach a page unescaped, and the hostile values that carry it.
MARKERS = {
    "<script>alert(1)</script>": "<script>alert(1)</script>",
    "<img src=x onerror": '"><img src=x onerror=alert(1)>',
}


def check(response):
    assert response.status_code in ACCEPTABLE, response.status_code
    body = response.content.decode(errors="replace")
    for marker in MARKERS:
        assert marker not in body
    assert "Traceback" not in body


def form(fields):
    return st.fixed_dictionaries(dict.fromkeys(fields, VALUES))


@FUZZ
@given(data=form(["held_on", "duration_minutes", "format", "topics", "actions", "next_meeting_on"]))
def test_meeting_form(mentor_client, pairing, data):
    check(mentor_client.post(reverse("mentorship:log_meeting", args=[pairing.pk]), data))


@FUZZ
@given(data=form(["text", "due_on"]))
def test_goal_form(mentor_client, pairing, data):
    check(mentor_client.post(reverse("mentorship:set_goal", args=[pairing.pk]), data))


@FUZZ
@given(data=form(["status"]))
def test_goal_status(mentor_client, pairing, data):
    goal = GoalFactory(pairing=pairing)
    check(mentor_client.post(reverse("mentorship:goal_status", args=[goal.pk]), data))


@FUZZ
@given(data=form(["text"]))
def test_private_note(mentor_client, pairing, data):
    check(mentor_client.post(reverse("mentorship:mentee", args=[pairing.pk]), data))
    check(mentor_client.get(reverse("mentorship:mentee", args=[pairing.pk])))


@FUZZ
@given(
    data=form(
        ["first_name", "last_name", "organisation", "region", "preferred_language", "work_groups"]
    )
)
def test_profile_form(client, trainee, site_tree, data):
    client.force_login(trainee)
    check(client.post("/en/accounts/profile/", data))
    check(client.get("/en/accounts/profile/"))


@FUZZ
@given(data=form(["password", "confirm", "certificates"]))
def test_delete_account_form(client, trainee, site_tree, data):
    client.force_login(trainee)
    check(client.post("/en/accounts/profile/delete/", data))


@FUZZ
@given(data=form(["serial", "surname"]))
def test_certificate_lookup(client, site_tree, data):
    check(client.post("/en/verify/", data))


@FUZZ
@given(data=form(["enrolled_from", "enrolled_to", "programme", "language", "p", "export"]))
def test_report_filters(client, academy_staff, site_tree, data):
    client.force_login(academy_staff)
    check(client.get(reverse("academy_reports:courses"), data))


@FUZZ
@given(data=form(["assessment", "p", "export"]))
def test_question_analysis_filter(client, academy_staff, site_tree, data):
    client.force_login(academy_staff)
    check(client.get(reverse("academy_reports:questions"), data))


@FUZZ
@given(page=VALUES)
def test_mentor_dashboard_page_number(mentor_client, page):
    check(mentor_client.get(reverse("mentorship:dashboard"), {"page": page}))

"""xAPI statements from the player: stored, scored, and completing the lesson by its rule;
forged ones refused without a trace."""

import json
import uuid

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st

from academy.h5p.services import StatementRefused, activity_iri, actor_mailbox, record_statement
from academy.models import CoursePage, H5PResult, H5PStatement, LessonCompletion
from tests.config.test_fuzzing import FUZZ, MARKERS, VALUES
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"


def statement(activity, user, *, raw=1, maximum=1, verb=ANSWERED, object_id=None, **extra):
    """A statement shaped as H5P.TrueFalse sends it after an answer is checked, with the id
    our player gives each statement."""
    value = {
        "id": str(uuid.uuid4()),
        "actor": {"name": "learner", "mbox": actor_mailbox(user.pk), "objectType": "Agent"},
        "verb": {"id": verb, "display": {"en-US": verb.rsplit("/", 1)[1]}},
        "object": {
            "id": object_id or activity_iri(activity),
            "objectType": "Activity",
            "definition": {"interactionType": "true-false", "correctResponsesPattern": ["true"]},
        },
        "context": {
            "contextActivities": {
                "category": [{"id": "http://h5p.org/libraries/H5P.TrueFalse-1.6"}]
            }
        },
        "result": {
            "score": {
                "min": 0,
                "max": maximum,
                "raw": raw,
                "scaled": raw / maximum if maximum else 0,
            },
            "completion": True,
            "success": raw == maximum,
            "response": "true",
        },
    }
    value.update(extra)
    return value


def statements_url(lesson, activity):
    return reverse(
        "academy:h5p_statements", kwargs={"lesson_id": lesson.pk, "activity_id": activity.pk}
    )


def post(client, lesson, activity, value):
    body = value if isinstance(value, (bytes, str)) else json.dumps(value)
    return client.post(statements_url(lesson, activity), body, content_type="application/json")


def nothing_recorded():
    return (
        H5PStatement.objects.count() == 0
        and H5PResult.objects.count() == 0
        and LessonCompletion.objects.count() == 0
    )


def test_a_full_score_is_stored_and_completes_the_lesson(
    client, h5p_lesson, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    response = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee))
    assert response.status_code == 200
    assert response.json()["lesson_completed"] is True
    result = H5PResult.objects.get(user=enrolled_trainee, activity=activity)
    assert (result.best_score, result.max_score, result.attempts, result.completed) == (
        1,
        1,
        1,
        True,
    )
    stored = H5PStatement.objects.get()
    assert stored.verb == "answered"
    assert stored.statement["result"]["response"] == "true"
    assert LessonCompletion.objects.filter(
        user=enrolled_trainee, lesson_key=h5p_lesson.translation_key
    ).exists()


def test_a_score_under_the_minimum_keeps_the_lesson_open_until_a_better_one(
    client, h5p_lesson, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    first = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee, raw=0))
    assert first.status_code == 200
    assert first.json()["lesson_completed"] is False
    assert not LessonCompletion.objects.exists()
    page = client.get(h5p_lesson.url)
    assert "score at least 80%" in page.content.decode()
    assert "Mark as done" not in page.content.decode()
    refused = client.post(h5p_lesson.url + "complete/")
    assert refused.status_code == 302
    assert not LessonCompletion.objects.exists()

    second = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee, raw=1))
    assert second.json()["lesson_completed"] is True
    result = H5PResult.objects.get()
    assert (result.best_score, result.attempts) == (1, 2)
    third = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee, raw=0))
    assert third.status_code == 200
    result.refresh_from_db()
    assert (result.best_score, result.attempts) == (1, 3), "the best score stays"


def test_the_completed_rule_counts_any_finished_answer(
    client, h5p_lesson, activity, enrolled_trainee
):
    h5p_lesson.completion_rule = h5p_lesson.CompletionRule.H5P_COMPLETED
    h5p_lesson.save_revision().publish()
    client.force_login(enrolled_trainee)
    response = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee, raw=0))
    assert response.json()["lesson_completed"] is True


def test_a_sub_content_or_progress_statement_is_kept_but_scores_nothing(
    client, h5p_lesson, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    sub = statement(
        activity, enrolled_trainee, object_id=activity_iri(activity) + "?subContentId=1"
    )
    interacted = statement(
        activity, enrolled_trainee, verb="http://adlnet.gov/expapi/verbs/interacted"
    )
    del interacted["result"]
    for value in (sub, interacted):
        assert post(client, h5p_lesson, activity, value).status_code == 200
    assert H5PStatement.objects.count() == 2
    assert not H5PResult.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_the_lesson_page_frames_the_player_from_the_content_host(
    client, h5p_lesson, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    response = client.get(h5p_lesson.url)
    body = response.content.decode()
    assert 'src="http://localhost:8000/h5p/' in body
    assert 'sandbox="allow-scripts allow-same-origin allow-forms"' in body
    assert 'data-h5p-origin="http://localhost:8000"' in body
    assert "data-csrf-token=" in body
    assert "frame-src 'self'" in response["Content-Security-Policy"]
    assert "http://localhost:8000" in response["Content-Security-Policy"]


def test_the_activity_status_is_a_live_region_outside_the_figure_caption(
    client, h5p_lesson, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    page = BeautifulSoup(client.get(h5p_lesson.url).content, "html.parser")

    status = page.select_one(".h5p-activity .h5p-activity__status")
    assert status["role"] == "status"
    # HTML allows no role on a <figcaption>: it names the figure, which a live region cannot.
    assert status.name != "figcaption"
    assert page.select(".h5p-activity figcaption[role]") == []


# --- Forged and bad statements: refused, nothing changed ---------------------------------------


def bad_statements(activity, user):
    other = UserFactory()
    over = statement(activity, user, raw=5, maximum=1)
    negative = statement(activity, user, raw=-1, maximum=1)
    zero_max = statement(activity, user, raw=0, maximum=0)
    huge = statement(activity, user, raw=1e308, maximum=1e308)
    text_score = statement(activity, user)
    text_score["result"]["score"] = {"raw": "all", "max": "of them"}
    no_actor = statement(activity, user)
    del no_actor["actor"]
    return {
        "another user": (statement(activity, other), 403),
        "no actor": (no_actor, 403),
        "score above max": (over, 400),
        "negative score": (negative, 400),
        "zero max": (zero_max, 400),
        "huge max": (huge, 400),
        "score not a number": (text_score, 400),
        "unknown verb": (statement(activity, user, verb="http://example.com/verbs/hacked"), 400),
        "id not a UUID": ({**statement(activity, user), "id": "1; DROP TABLE"}, 400),
        "id not a string": ({**statement(activity, user), "id": [str(uuid.uuid4())]}, 400),
        "verb not an object": ({**statement(activity, user), "verb": "answered"}, 400),
        # Found by the fuzzing below: a list is no verb, and was a server error.
        "verb id a list": ({**statement(activity, user), "verb": {"id": [ANSWERED]}}, 400),
        "not an object": ([statement(activity, user)], 400),
        "not JSON": ("{'actor': ", 400),
        "too large": ({**statement(activity, user), "padding": "x" * 70_000}, 413),
    }


@pytest.mark.parametrize(
    "case",
    [
        "another user",
        "no actor",
        "score above max",
        "negative score",
        "zero max",
        "huge max",
        "score not a number",
        "unknown verb",
        "id not a UUID",
        "id not a string",
        "verb not an object",
        "verb id a list",
        "not an object",
        "not JSON",
        "too large",
    ],
)
def test_a_bad_statement_is_refused_and_changes_nothing(
    client, h5p_lesson, activity, enrolled_trainee, case
):
    value, status = bad_statements(activity, enrolled_trainee)[case]
    client.force_login(enrolled_trainee)
    response = post(client, h5p_lesson, activity, value)
    assert response.status_code == status
    assert response.json()["error"]
    assert nothing_recorded()


def test_without_the_csrf_token_nothing_is_recorded(h5p_lesson, activity, enrolled_trainee):
    client = Client(enforce_csrf_checks=True)
    client.force_login(enrolled_trainee)
    response = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee))
    assert response.status_code == 403
    assert nothing_recorded()


def test_someone_not_enrolled_records_nothing(client, h5p_lesson, activity, trainee):
    client.force_login(trainee)
    response = post(client, h5p_lesson, activity, statement(activity, trainee))
    assert response.status_code == 403
    assert nothing_recorded()


def test_a_visitor_records_nothing(client, h5p_lesson, activity, enrolled_trainee):
    response = post(client, h5p_lesson, activity, statement(activity, enrolled_trainee))
    assert response.status_code == 403
    assert nothing_recorded()


def test_an_activity_that_is_not_in_the_lesson_records_nothing(
    client, h5p_lesson, lessons, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    response = post(client, lessons[1], activity, statement(activity, enrolled_trainee))
    assert response.status_code == 404
    assert nothing_recorded()


def test_a_get_is_not_allowed(client, h5p_lesson, activity, enrolled_trainee):
    client.force_login(enrolled_trainee)
    assert client.get(statements_url(h5p_lesson, activity)).status_code == 405


# --- Locked lessons and replays ------------------------------------------------------------------


def lock_behind_the_first_lesson(course, lessons, activity):
    """The course becomes sequential and its second lesson shows the activity: that lesson stays
    locked until the first is done."""
    CoursePage.objects.filter(pk=course.pk).update(sequential=True)
    locked = lessons[1]
    locked.body = [("h5p", {"activity": activity})]
    locked.completion_rule = locked.CompletionRule.H5P_COMPLETED
    locked.save_revision().publish()
    locked.refresh_from_db()
    return locked


def test_a_statement_for_a_locked_lesson_is_refused_and_stores_nothing(
    client, course, lessons, activity, enrolled_trainee
):
    locked = lock_behind_the_first_lesson(course, lessons, activity)
    client.force_login(enrolled_trainee)
    response = post(client, locked, activity, statement(activity, enrolled_trainee))
    assert response.status_code == 403
    assert "Finish the previous lessons first." in response.json()["error"]
    assert nothing_recorded()


def test_the_service_itself_refuses_a_statement_for_a_locked_lesson(
    course, lessons, activity, enrolled_trainee
):
    locked = lock_behind_the_first_lesson(course, lessons, activity)
    with pytest.raises(StatementRefused) as refused:
        record_statement(
            user=enrolled_trainee,
            activity=activity,
            lesson=locked,
            statement=statement(activity, enrolled_trainee),
        )
    assert refused.value.status == 403
    assert nothing_recorded()


def test_once_the_earlier_lesson_is_done_the_statement_counts(
    client, course, lessons, activity, enrolled_trainee
):
    from academy.services import complete_lesson

    locked = lock_behind_the_first_lesson(course, lessons, activity)
    complete_lesson(user=enrolled_trainee, lesson=lessons[0], course=course)
    client.force_login(enrolled_trainee)
    response = post(client, locked, activity, statement(activity, enrolled_trainee))
    assert response.status_code == 200
    assert response.json()["lesson_completed"] is True


def standing(user):
    """What the trainee's statements have produced so far."""
    return (
        H5PStatement.objects.filter(user=user).count(),
        list(
            H5PResult.objects.filter(user=user).values_list(
                "best_score", "attempts", "completed", "updated_at"
            )
        ),
        list(LessonCompletion.objects.filter(user=user).values_list("lesson_key", "completed_at")),
    )


@pytest.mark.parametrize("raw", [0, 1], ids=["under the minimum", "full score"])
def test_a_replayed_statement_is_stored_once_and_answers_the_same(
    client, h5p_lesson, activity, enrolled_trainee, raw
):
    client.force_login(enrolled_trainee)
    value = statement(activity, enrolled_trainee, raw=raw)
    first = post(client, h5p_lesson, activity, value)
    assert first.status_code == 200
    after_first = standing(enrolled_trainee)
    assert after_first[0] == 1
    assert after_first[1][0][1] == 1, "one attempt"

    replay = post(client, h5p_lesson, activity, value)
    assert replay.status_code == 200
    for key in ("stored", "lesson_completed", "score", "max_score"):
        assert replay.json()[key] == first.json()[key], key
    assert standing(enrolled_trainee) == after_first


def test_a_statement_without_an_id_is_known_by_its_content(
    client, h5p_lesson, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    value = statement(activity, enrolled_trainee, raw=0)
    del value["id"]
    assert post(client, h5p_lesson, activity, value).status_code == 200
    after_first = standing(enrolled_trainee)
    assert post(client, h5p_lesson, activity, value).status_code == 200
    assert standing(enrolled_trainee) == after_first
    other_answer = {**value, "result": {**value["result"], "response": "false"}}
    assert post(client, h5p_lesson, activity, other_answer).status_code == 200
    assert H5PStatement.objects.count() == 2
    assert H5PResult.objects.get().attempts == 2


def test_a_known_id_with_another_content_is_refused_and_changes_nothing(
    client, h5p_lesson, activity, enrolled_trainee
):
    client.force_login(enrolled_trainee)
    value = statement(activity, enrolled_trainee, raw=0)
    assert post(client, h5p_lesson, activity, value).status_code == 200
    after_first = standing(enrolled_trainee)
    forged = statement(activity, enrolled_trainee, raw=1)
    forged["id"] = value["id"]
    response = post(client, h5p_lesson, activity, forged)
    assert response.status_code == 409
    assert response.json()["error"]
    assert standing(enrolled_trainee) == after_first
    assert not LessonCompletion.objects.exists()


def test_the_same_id_from_another_person_is_their_own_statement(
    client, h5p_lesson, activity, enrolled_trainee, course
):
    from tests.factories.academy import EnrollmentFactory

    classmate = UserFactory()
    EnrollmentFactory(user=classmate, course_key=course.translation_key)
    value = statement(activity, enrolled_trainee)
    theirs = statement(activity, classmate)
    theirs["id"] = value["id"]
    client.force_login(enrolled_trainee)
    assert post(client, h5p_lesson, activity, value).status_code == 200
    client.force_login(classmate)
    assert post(client, h5p_lesson, activity, theirs).status_code == 200
    assert H5PStatement.objects.filter(user=classmate).count() == 1
    assert H5PResult.objects.get(user=classmate).attempts == 1


# --- Fuzzing: random and hostile statements never fail the request -----------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.floats(allow_nan=True) | st.integers() | VALUES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(VALUES, children, max_size=4),
    max_leaves=12,
)
STATEMENT_PATHS = [
    ("id",),
    ("actor",),
    ("actor", "mbox"),
    ("verb",),
    ("verb", "id"),
    ("object",),
    ("object", "id"),
    ("context",),
    ("result",),
    ("result", "score"),
    ("result", "score", "raw"),
    ("result", "score", "max"),
]


@FUZZ
@given(
    replacements=st.lists(
        st.tuples(st.sampled_from(STATEMENT_PATHS), JSON_VALUES), min_size=1, max_size=3
    ),
    whole=st.none() | JSON_VALUES,
)
def test_hostile_statements_are_refused_or_stored_never_a_server_error(
    client, h5p_lesson, activity, enrolled_trainee, replacements, whole
):
    value = statement(activity, enrolled_trainee)
    for path, replacement in replacements:
        target = value
        for key in path[:-1]:
            target = target.setdefault(key, {}) if isinstance(target, dict) else {}
        if isinstance(target, dict):
            target[path[-1]] = replacement
    body = json.dumps(whole if whole is not None else value)
    client.force_login(enrolled_trainee)
    before = H5PStatement.objects.count()
    response = post(client, h5p_lesson, activity, body)
    assert response.status_code in (200, 400, 403, 413)  # 413: over 64 KB
    body = response.content.decode()
    assert not any(marker in body for marker in MARKERS)
    stored = H5PStatement.objects.count() - before
    assert stored == (1 if response.status_code == 200 else 0)
    if response.status_code == 200:
        result = H5PResult.objects.filter(user=enrolled_trainee).first()
        assert result is None or 0 <= result.best_score <= result.max_score

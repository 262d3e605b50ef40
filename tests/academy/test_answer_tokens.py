"""The quiz form tells nothing about the key: every choice, every matching row and every
matching option is named by a random token of the attempt, mapped back on the server."""

import copy
import importlib
import random
import re
import uuid
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from academy import attempts
from academy.attempts import save_answers, start_attempt, submit_attempt
from academy.models import Attempt, Response
from academy.services import enrol
from tests.factories.academy import (
    AssessmentPageFactory,
    essay,
    every_question_type,
    form_data,
    matching,
    multiple_choice,
    pool,
    single_choice,
    true_false,
)
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

#: Attribute values in the form that name no choice: the same in every attempt, harmlessly.
SAME_IN_EVERY_FORM = {"", "1", "true", "false", "save", "submit", "check"}
#: Where a value or name in the form could carry something about a choice.
NAMING_ATTRIBUTES = ("name", "value", "id", "for")


def opaque(question):
    """The question with fresh UUIDs for itself and each of its items, as Wagtail gives them
    (the factories' readable ids would turn up by accident inside tokens)."""
    question = copy.deepcopy(question)
    question["id"] = str(uuid.uuid4())
    for key in ("choices", "pairs", "accepted"):
        for item in question["value"].get(key, []):
            item["id"] = str(uuid.uuid4())
    return question


def audited_questions():
    """Every question type, and a pool that draws two of three choice and matching questions."""
    return [
        *(opaque(question) for question in every_question_type()),
        opaque(essay("e1")),
        pool(
            str(uuid.uuid4()),
            [
                opaque(single_choice("p1")),
                opaque(multiple_choice("p2")),
                opaque(matching("p3", pairs=(("d", "4"), ("e", "5")))),
            ],
            2,
        ),
    ]


def item_ids(questions):
    """Every id of a choice, a pair or an accepted answer among the questions, pools included."""
    ids = set()
    for block in questions:
        members = block["value"]["questions"] if block["type"] == "pool" else [block]
        for question in members:
            for key in ("choices", "pairs", "accepted"):
                ids.update(item["id"] for item in question["value"].get(key, []))
    return ids


class FormTags(HTMLParser):
    """The attributes of every tag inside the quiz form."""

    def __init__(self, html):
        super().__init__()
        self.tags = []
        self.feed(quiz_form(html))

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def naming_values(self):
        """Every name, value, id, ``for`` and data attribute in the form, but the CSRF token."""
        return {
            value
            for _tag, attrs in self.tags
            if attrs.get("name") != "csrfmiddlewaretoken"
            for name, value in attrs.items()
            if name in NAMING_ATTRIBUTES or name.startswith("data-")
        }

    def selects(self):
        """Each select's name with the values of its options."""
        found, current = {}, None
        for tag, attrs in self.tags:
            if tag == "select":
                current = found.setdefault(attrs["name"], [])
            elif tag == "option" and current is not None:
                current.append(attrs["value"])
        return found


def quiz_form(html):
    return re.search(r'<form method="post" class="quiz".*?</form>', html, re.DOTALL).group()


@pytest.fixture
def trainees(course):
    people = [UserFactory(), UserFactory()]
    for person in people:
        enrol(user=person, course=course)
    return people


def form_of(client, user, quiz, course):
    attempt = start_attempt(user=user, assessment=quiz, course=course)
    client.force_login(user)
    response = client.get(f"{quiz.url}attempt/{attempt.pk}/")
    assert response.status_code == 200
    return attempt, response.content.decode()


def layout_tokens(attempt):
    """Every token of the attempt, by what it names: ("option", id) or ("row", pair id)."""
    named = {}
    for entry in attempt.layout:
        for item, token in entry.get("tokens", {}).items():
            named[token] = ("option", item)
        for pair, token in entry.get("row_tokens", {}).items():
            named[token] = ("row", pair)
    return named


@pytest.mark.parametrize("shuffle", [False, True])
def test_the_form_names_no_choice_and_nothing_it_names_is_the_same_in_another_attempt(
    client, trainees, course, shuffle
):
    questions = audited_questions()
    quiz = AssessmentPageFactory(
        parent=course, questions=questions, shuffle_questions=shuffle, shuffle_choices=shuffle
    )
    (first, first_html), (second, second_html) = (
        form_of(client, person, quiz, course) for person in trainees
    )
    for html in (first_html, second_html):
        for item in item_ids(questions):
            assert item not in html
        # Nothing inline for a script to read: no inline script, no JSON island.
        assert not re.search(r"<script(?![^>]*\bsrc=)", html)

    first_values, second_values = FormTags(first_html), FormTags(second_html)
    harmless = set(SAME_IN_EVERY_FORM)
    for attempt in (first, second):
        for number, entry in enumerate(attempt.layout, start=1):
            field = f"q-{entry['id']}"
            harmless |= {f"question-{number}", field, f"{field}-true", f"{field}-false"}
    harmless.add(str(first_values.tags[0][1]["data-saved-text"]))
    shared = first_values.naming_values() & second_values.naming_values()
    assert shared <= harmless, shared - harmless

    for attempt, tags in ((first, first_values), (second, second_values)):
        tokens = layout_tokens(attempt)
        # Unique within the attempt: a row's token is never its right option's token.
        assert len(tokens) == sum(
            len(entry.get("tokens", {})) + len(entry.get("row_tokens", {}))
            for entry in attempt.layout
        )
        values = {attrs.get("value") for tag, attrs in tags.tags if tag in ("input", "option")}
        options = {token for token, (kind, _item) in tokens.items() if kind == "option"}
        assert options <= values


def test_two_attempts_with_the_same_draw_differ_in_their_tokens_only(
    client, trainees, course, monkeypatch
):
    """Comparing two forms teaches nothing: with the same draw and order (the shuffle's
    random source fixed), each form is the other with other tokens."""
    # A fixed draw on purpose: tokens must not come from it.
    fixed_draw = lambda: random.Random(1948)  # noqa: E731, S311
    monkeypatch.setattr(attempts.secrets, "SystemRandom", fixed_draw)
    quiz = AssessmentPageFactory(
        parent=course, questions=audited_questions(), shuffle_questions=True, shuffle_choices=True
    )
    forms = []
    for person in trainees:
        attempt, html = form_of(client, person, quiz, course)
        form = quiz_form(html)
        tokens = layout_tokens(attempt)
        assert tokens
        form = re.sub(
            "|".join(re.escape(token) for token in tokens),
            lambda match, tokens=tokens: "<{}:{}>".format(*tokens[match.group()]),
            form,
        )
        form = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "CSRF", form)
        forms.append(form.replace(f"/attempt/{attempt.pk}/", "/attempt/ID/"))
    first, second = forms
    assert first == second


def test_choosing_in_each_matching_select_the_option_its_name_ends_with_earns_nothing(
    client, trainees, course
):
    """Reported attack: the right option's value ended the select's name, which gave full
    marks on both demo matching questions."""
    quiz = AssessmentPageFactory(
        parent=course, questions=[matching("m1"), matching("m2", pairs=(("d", "4"), ("e", "5")))]
    )
    attempt, html = form_of(client, trainees[0], quiz, course)
    picked = {
        name: next((value for value in values if value and name.endswith(value)), "")
        for name, values in FormTags(html).selects().items()
    }
    assert len(picked) == 5
    client.post(f"{quiz.url}attempt/{attempt.pk}/", {**picked, "submit": "1"})
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.max_score == Decimal("6.00")
    assert attempt.score == Decimal("0.00")


def test_the_form_posts_tokens_and_the_answers_are_stored_as_ids(client, trainees, course):
    quiz = AssessmentPageFactory(parent=course, questions=every_question_type())
    attempt, _html = form_of(client, trainees[0], quiz, course)
    answers = {
        "q1": "q1-a",
        "q2": ["q2-a", "q2-b"],
        "q3": "true",
        "q4": "Presumption of innocence",
        "q5": {"q5-a": "q5-a", "q5-b": "q5-c"},
    }
    client.post(f"{quiz.url}attempt/{attempt.pk}/", form_data(attempt, answers))
    stored = dict(attempt.responses.values_list("question_id", "answer"))
    assert stored == {
        "q1": {"choice": "q1-a"},
        "q2": {"choices": ["q2-a", "q2-b"]},
        "q3": {"value": True},
        "q4": {"text": "Presumption of innocence"},
        "q5": {"pairs": {"q5-a": "q5-a", "q5-b": "q5-c"}},
    }
    # The saved answers come back checked and selected, named by their tokens.
    tags = FormTags(client.get(f"{quiz.url}attempt/{attempt.pk}/").content.decode()).tags
    chosen = {attrs["value"] for tag, attrs in tags if "checked" in attrs or "selected" in attrs}
    option = option_tokens(attempt)
    assert chosen == {"true", *(option[item] for item in ("q1-a", "q2-a", "q2-b", "q5-a", "q5-c"))}


def option_tokens(attempt):
    return {
        item: token for token, (kind, item) in layout_tokens(attempt).items() if kind == "option"
    }


def row_token(attempt, pair):
    return next(
        entry["row_tokens"][pair] for entry in attempt.layout if entry["type"] == "matching"
    )


FORGERIES = {
    "a choice's own id": lambda attempt, other: {"q-q1": "q1-a"},
    "choices' own ids": lambda attempt, other: {"q-q2": ["q2-a", "q2-b"]},
    "a pair's own id as the option": lambda attempt, other: {
        f"q-q5-{row_token(attempt, 'q5-a')}": "q5-a"
    },
    "a row's token as the option": lambda attempt, other: {
        f"q-q5-{row_token(attempt, 'q5-a')}": row_token(attempt, "q5-a")
    },
    "another question's token": lambda attempt, other: {"q-q1": option_tokens(attempt)["q2-a"]},
    "another attempt's token": lambda attempt, other: form_data(other, {"q1": "q1-a"}),
}


@pytest.mark.parametrize("forgery", FORGERIES)
def test_ids_and_tokens_that_are_not_the_questions_are_refused(client, trainees, course, forgery):
    quiz = AssessmentPageFactory(parent=course, questions=every_question_type())
    other, _html = form_of(client, trainees[1], quiz, course)
    attempt, _html = form_of(client, trainees[0], quiz, course)
    save_answers(attempt=attempt, data={"q-q4": "first answer"})
    data = FORGERIES[forgery](attempt, other)
    url = f"{quiz.url}attempt/{attempt.pk}/"
    response = client.post(url, {**data, "q-q4": "changed", "submit": "1"}, follow=True)
    assert "is not one of its choices. Nothing was saved" in response.content.decode()
    autosave = client.post(url + "autosave/", data)
    assert autosave.status_code == 400
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.IN_PROGRESS
    assert dict(attempt.responses.exclude(answer={}).values_list("question_id", "answer")) == {
        "q4": {"text": "first answer"}
    }


def test_the_autosave_answer_says_whether_it_saved_and_nothing_more(client, trainees, course):
    quiz = AssessmentPageFactory(parent=course, questions=every_question_type())
    attempt, _html = form_of(client, trainees[0], quiz, course)
    url = f"{quiz.url}attempt/{attempt.pk}/autosave/"
    saved = client.post(url, form_data(attempt, {"q1": "q1-b", "q5": {"q5-a": "q5-a"}}))
    assert saved.json() == {"saved": True}
    refused = client.post(url, {"q-q1": "q1-a"}).json()
    assert set(refused) == {"saved", "error"}
    assert refused["saved"] is False
    assert "q1-a" not in refused["error"]


def test_a_submission_by_the_tokens_is_graded_by_the_key(trainees, course):
    quiz = AssessmentPageFactory(
        parent=course, questions=[*every_question_type(), true_false("q6", answer=False)]
    )
    attempt = start_attempt(user=trainees[0], assessment=quiz, course=course)
    answers = {
        "q1": "q1-a",
        "q2": ["q2-a", "q2-b"],
        "q3": "true",
        "q4": "presumption of innocence",
        "q5": {"q5-a": "q5-a", "q5-b": "q5-b", "q5-c": "q5-c"},
        "q6": "false",
    }
    attempt = submit_attempt(
        attempt_id=attempt.pk, user=trainees[0], data=form_data(attempt, answers)
    )
    assert (attempt.score, attempt.max_score) == (Decimal("9.00"), Decimal("9.00"))
    assert Response.objects.filter(attempt=attempt, score=0).count() == 0


#: A layout as attempts were started before tokens: ids only.
UNTOKENED_LAYOUT = [
    {"id": "q1", "type": "single_choice", "order": ["q1-b", "q1-a", "q1-c"]},
    {"id": "q2", "type": "multiple_choice", "order": ["q2-a", "q2-b", "q2-c", "q2-d"]},
    {"id": "q3", "type": "true_false"},
    {"id": "q4", "type": "short_answer"},
    {"id": "q5", "type": "matching", "order": ["q5-c", "q5-a", "q5-b"]},
]
PERFECT = {
    "q1": "q1-a",
    "q2": ["q2-a", "q2-b"],
    "q3": "true",
    "q4": "presumption of innocence",
    "q5": {"q5-a": "q5-a", "q5-b": "q5-b", "q5-c": "q5-c"},
}


def names_an_id(html):
    """The names and values of the form that are, or end with, an id of UNTOKENED_LAYOUT's
    choices and pairs (the readable ids also turn up by chance inside tokens)."""
    ids = {item for entry in UNTOKENED_LAYOUT for item in entry.get("order", [])}
    return {
        value
        for value in FormTags(html).naming_values()
        if any(value == item or value.endswith(f"-{item}") for item in ids)
    }


def tokens_migration():
    return importlib.import_module("academy.migrations.0008_answer_tokens_for_open_attempts")


def test_the_migration_gives_an_untokened_layout_its_tokens_and_changes_nothing_else():
    layout = tokens_migration().layout_with_tokens(copy.deepcopy(UNTOKENED_LAYOUT))
    without_tokens = [
        {key: value for key, value in entry.items() if key not in ("tokens", "row_tokens")}
        for entry in layout
    ]
    assert without_tokens == UNTOKENED_LAYOUT
    for entry in layout:
        if "order" in entry:
            assert set(entry["tokens"]) == set(entry["order"])
    assert set(layout[4]["row_tokens"]) == {"q5-a", "q5-b", "q5-c"}
    assert "row_tokens" not in layout[0]
    tokens = [
        token
        for entry in layout
        for token in [*entry.get("tokens", {}).values(), *entry.get("row_tokens", {}).values()]
    ]
    assert len(set(tokens)) == len(tokens) == 3 + 4 + 3 + 3
    assert tokens_migration().layout_with_tokens(layout) == layout


def test_the_migration_lets_attempts_in_progress_go_on_and_submitted_ones_keep_their_review(
    client, trainees, course
):
    from django.apps import apps

    quiz = AssessmentPageFactory(parent=course, questions=every_question_type())
    going_on = start_attempt(user=trainees[0], assessment=quiz, course=course)
    submitted = start_attempt(user=trainees[1], assessment=quiz, course=course)
    submitted = submit_attempt(
        attempt_id=submitted.pk, user=trainees[1], data=form_data(submitted, PERFECT)
    )
    Attempt.objects.update(layout=UNTOKENED_LAYOUT)

    tokens_migration().add_tokens_to_open_attempts(apps, None)

    submitted.refresh_from_db()
    assert submitted.layout == UNTOKENED_LAYOUT
    client.force_login(trainees[1])
    review = client.get(f"{quiz.url}attempt/{submitted.pk}/result/").content.decode()
    assert "Your score: 8 of 8 (100%)." in review
    # One for each choice question's pick (3) and one for each row of the matching (3).
    assert review.count("Your choice:") == 6
    assert "SECRET-FEEDBACK-a" in review

    going_on.refresh_from_db()
    assert going_on.layout[0]["order"] == ["q1-b", "q1-a", "q1-c"]
    client.force_login(trainees[0])
    form = client.get(f"{quiz.url}attempt/{going_on.pk}/").content.decode()
    assert not names_an_id(form)
    client.post(
        f"{quiz.url}attempt/{going_on.pk}/", {**form_data(going_on, PERFECT), "submit": "1"}
    )
    going_on.refresh_from_db()
    assert (going_on.status, going_on.score) == (Attempt.Status.GRADED, Decimal("8.00"))


def test_an_attempt_started_without_tokens_after_the_migration_gets_them_once(
    client, trainees, course
):
    """An attempt started by a server still running the old code while the migration ran:
    its form gives it tokens, and keeps them."""
    quiz = AssessmentPageFactory(parent=course, questions=every_question_type())
    attempt = start_attempt(user=trainees[0], assessment=quiz, course=course)
    Attempt.objects.filter(pk=attempt.pk).update(layout=UNTOKENED_LAYOUT)
    client.force_login(trainees[0])
    url = f"{quiz.url}attempt/{attempt.pk}/"
    first = client.get(url).content.decode()
    attempt.refresh_from_db()
    assert set(attempt.layout[0]["tokens"]) == {"q1-a", "q1-b", "q1-c"}
    assert set(attempt.layout[4]["row_tokens"]) == {"q5-a", "q5-b", "q5-c"}
    assert not names_an_id(first)
    again = client.get(url).content.decode()
    assert FormTags(again).naming_values() == FormTags(first).naming_values()
    attempt.refresh_from_db()
    assert set(option_tokens(attempt).values()) <= FormTags(first).naming_values()

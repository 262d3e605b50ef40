"""Assessment attempts on the server: start, save answers, submit, grade, regrade.

The browser only ever receives questions' prompts and choice texts. Keys, accepted answers,
per-choice feedback and grader guidance stay here until the results policy releases them.
In the form, every choice, every matching row and every matching option is named by a random
token of the attempt (kept in its layout), never by its id: ids are the same in every attempt,
and a matching row's id is its right option's id. Stored answers keep the ids.
"""

import json
import secrets
from datetime import timedelta
from decimal import Decimal
from functools import lru_cache

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, connection, transaction
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_update_with_history
from wagtail.models import Revision
from wagtail.signal_handlers import disable_reference_index_auto_update

from academy import grading
from academy.models import AssessmentPage, Attempt, Enrollment, Response
from academy.services import (
    LOCKED,
    LessonRefused,
    enrollment_for,
    lesson_state,
    update_course_completion,
)
from academy.signals import attempt_graded

#: A submission this long after the deadline still counts as on time: the network's delay.
GRACE = timedelta(seconds=30)
MAX_TEXT_ANSWER = 20_000


class AttemptRefused(LessonRefused):
    """The attempt cannot be started, changed or submitted; ``message`` says why."""


# --- Questions -----------------------------------------------------------------------------


def question_index(page) -> dict:
    """Every question of the page by its block id, pools flattened: id -> (type, value)."""
    return _index_of(page.questions)


def _index_of(questions) -> dict:
    index = {}
    for block in questions:
        if block.block_type == "pool":
            for question in block.value["questions"]:
                index[question.id] = (question.block_type, question.value)
        else:
            index[block.id] = (block.block_type, block.value)
    return index


#: Parsed question indexes kept per worker, keyed by the questions' JSON: the same content
#: always parses to the same questions, so an edit (a new revision, or a changed page) is a
#: new key and can never be served an old parse. A revision never changes once written.
QUESTION_CACHE_SIZE = 64


@lru_cache(maxsize=QUESTION_CACHE_SIZE)
def _parsed_index(questions_json: str) -> dict:
    return _index_of(AssessmentPage._meta.get_field("questions").to_python(questions_json))


class _NoQuestions(Exception):
    """The revision holds no questions, or has been overwritten since: nothing to keep."""


#: A revision's questions are kept by its id and the time it was written: a submission then
#: reads neither the revision's content (the whole page's JSON) nor its questions. Wagtail
#: may overwrite the latest revision in place, and then gives it a new ``created_at``: a new
#: key. (Tests empty this between tests: their rolled-back ids are given again.)
@lru_cache(maxsize=QUESTION_CACHE_SIZE)
def _revision_index(revision_id: int, created_at) -> dict:
    raw = (
        Revision.objects.filter(pk=revision_id, created_at=created_at)
        .values_list("content__questions", flat=True)
        .first()
    )
    if raw is None:
        raise _NoQuestions
    return _parsed_index(_as_json(raw))


def _as_json(raw) -> str:
    return raw if isinstance(raw, str) else json.dumps(raw, cls=DjangoJSONEncoder)


def with_graded_revision(attempts):
    """The attempts with their revision's row but not its content: what ``graded_questions``
    needs to find the parsed questions without reading the page's JSON."""
    return attempts.select_related("revision").defer("revision__content")


def graded_questions(attempt) -> dict:
    """``question_index`` of the revision the attempt is graded against (of its page when it
    has no revision), read straight from the stored JSON and parsed once per worker.

    Submitting a 50-question quiz used to rebuild the page from its revision and parse every
    question and choice on each submission (twice: to save and to grade). The values are
    shared between requests: read them, never change them."""
    if attempt.revision_id is not None:
        try:
            return dict(_revision_index(attempt.revision_id, attempt.revision.created_at))
        except _NoQuestions:
            return question_index(graded_page(attempt))
    page = attempt.page
    if page is None:
        return {}
    # A page read from the database keeps its questions as the raw JSON it was stored as.
    return dict(_parsed_index(_as_json(list(page.questions.raw_data))))


def build_layout(page, rng=None) -> list:
    """The questions of one attempt, the order of their choices and the tokens that name
    them in the form, fixed at its start. The tokens never come from ``rng``."""
    rng = rng or secrets.SystemRandom()
    picked = []
    for block in page.questions:
        if block.block_type == "pool":
            questions = list(block.value["questions"])
            picked.extend(rng.sample(questions, min(block.value["draw"], len(questions))))
        else:
            picked.append(block)
    if page.shuffle_questions:
        rng.shuffle(picked)
    layout = []
    for block in picked:
        entry = {"id": block.id, "type": block.block_type}
        if block.block_type in ("single_choice", "multiple_choice"):
            entry["order"] = grading.choice_ids(block.value)
        elif block.block_type == "matching":
            entry["order"] = grading.pair_ids(block.value)
        if "order" in entry and (page.shuffle_choices or block.block_type == "matching"):
            rng.shuffle(entry["order"])
        layout.append(entry)
    add_tokens(layout)
    return layout


#: Random bytes in a token: 11 characters in the form, unguessable, unique in the attempt.
TOKEN_BYTES = 8


def add_tokens(layout) -> bool:
    """Give each choice-like entry of a layout without them its tokens: ``tokens`` (choice
    or pair id -> the token its choice or matching option carries) and, for matching,
    ``row_tokens`` (pair id -> the token naming its row), independent of each other.
    Returns whether any entry was given tokens."""
    used = {
        token
        for entry in layout
        for token in [*entry.get("tokens", {}).values(), *entry.get("row_tokens", {}).values()]
    }

    def new_token():
        token = secrets.token_urlsafe(TOKEN_BYTES)
        while token in used:
            token = secrets.token_urlsafe(TOKEN_BYTES)
        used.add(token)
        return token

    added = False
    for entry in layout:
        if "order" not in entry or "tokens" in entry:
            continue
        entry["tokens"] = {item: new_token() for item in entry["order"]}
        if entry["type"] == "matching":
            entry["row_tokens"] = {pair: new_token() for pair in entry["order"]}
        added = True
    return added


def give_tokens(*, attempt) -> Attempt:
    """Tokens for an attempt in progress whose layout has none (started before they
    existed, by a server still running the old code while the tokens' migration ran)."""
    if attempt.status != Attempt.Status.IN_PROGRESS or not any(
        "order" in entry and "tokens" not in entry for entry in attempt.layout
    ):
        return attempt
    with transaction.atomic():
        # Locked: two first requests at once must not give the form two sets of tokens.
        layout = Attempt.objects.select_for_update().values_list("layout", flat=True)
        attempt.layout = layout.get(pk=attempt.pk)
        if add_tokens(attempt.layout):
            Attempt.objects.filter(pk=attempt.pk).update(layout=attempt.layout)
    return attempt


def graded_page(attempt):
    """The assessment as it stood in the revision the attempt is graded against."""
    if attempt.revision is not None:
        return attempt.revision.as_object()
    return attempt.page


def _numbered_questions(attempt, index, responses):
    """Each question of the attempt still in ``index``: (number, layout entry, type, value,
    saved answer), in the attempt's order. ``responses``: the attempt's, by question id."""
    answers = {question_id: response.answer for question_id, response in responses.items()}
    for number, entry in enumerate(attempt.layout, start=1):
        if entry["id"] in index:
            block_type, value = index[entry["id"]]
            yield number, entry, block_type, value, answers.get(entry["id"]) or {}


def _question(number, entry, block_type, value):
    return {
        "number": number,
        "id": entry["id"],
        "type": block_type,
        "prompt": value["prompt"],
        "points": value["points"],
    }


def attempt_questions(attempt, page=None) -> list:
    """What the trainee's form shows: prompts, choice texts and their saved answers, every
    choice, matching row and option named by its token in the attempt; no key, no id."""
    index = question_index(page) if page is not None else graded_questions(attempt)
    responses = {response.question_id: response for response in attempt.responses.all()}
    questions = []
    for number, entry, block_type, value, answer in _numbered_questions(attempt, index, responses):
        question = _question(number, entry, block_type, value)
        if block_type in ("single_choice", "multiple_choice"):
            texts = {child.id: child.value["text"] for child in value["choices"].bound_blocks}
            chosen = {answer.get("choice"), *answer.get("choices", [])}
            question["choices"] = [
                {"token": entry["tokens"][item], "text": texts[item], "chosen": item in chosen}
                for item in entry["order"]
            ]
        elif block_type == "matching":
            pairs = {child.id: child.value for child in value["pairs"].bound_blocks}
            given = answer.get("pairs", {})
            question["rows"] = [
                {
                    "token": entry["row_tokens"][pair],
                    "text": pairs[pair]["left"],
                    "chosen": entry["tokens"].get(given.get(pair)),
                }
                for pair in grading.pair_ids(value)
            ]
            question["options"] = [
                {"token": entry["tokens"][pair], "text": pairs[pair]["right"]}
                for pair in entry["order"]
            ]
        else:
            question["answer"] = answer
        questions.append(question)
    return questions


# --- Starting ------------------------------------------------------------------------------


def attempts_of(user, assessment):
    return Attempt.objects.filter(user=user, assessment_key=assessment.translation_key)


def attempts_left(*, user, assessment):
    """How many attempts the user may still start, or None when unlimited."""
    if not assessment.attempts_allowed:
        return None
    return max(0, assessment.attempts_allowed - attempts_of(user, assessment).count())


def start_attempt(*, user, assessment, course, now=None) -> Attempt:
    """Start an attempt, or resume the one in progress; refused beyond the limit."""
    now = now or timezone.now()
    enrollment = enrollment_for(user=user, course=course)
    if enrollment is None or not enrollment.is_studying:
        raise AttemptRefused(_("Enrol in this course to open its lessons."))
    if lesson_state(user=user, lesson=assessment, course=course) == LOCKED:
        raise AttemptRefused(_("Finish the previous lessons first."))
    current = open_attempt(user=user, assessment=assessment, now=now)
    if current is not None:
        return current
    used = attempts_of(user, assessment).count()
    if assessment.attempts_allowed and used >= assessment.attempts_allowed:
        raise AttemptRefused(
            _("You have used all %(count)s attempts at this assessment.")
            % {"count": assessment.attempts_allowed}
        )
    deadline = (
        now + timedelta(minutes=assessment.time_limit_minutes)
        if assessment.time_limit_minutes
        else None
    )
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user,
                assessment_key=assessment.translation_key,
                course_key=course.translation_key,
                page=assessment,
                revision=assessment.live_revision or assessment.get_latest_revision(),
                number=used + 1,
                layout=build_layout(assessment),
                deadline=deadline,
            )
    except IntegrityError:
        # A second click started the same attempt at the same moment: resume that one.
        return attempts_of(user, assessment).get(number=used + 1)


def is_expired(attempt, now=None) -> bool:
    now = now or timezone.now()
    return attempt.deadline is not None and now > attempt.deadline + GRACE


def is_open(attempt) -> bool:
    """In progress and its time not up: answers can still be given."""
    return attempt.status == Attempt.Status.IN_PROGRESS and not is_expired(attempt)


def open_attempt(*, user, assessment, now=None):
    """The user's attempt at the assessment that is open (in progress, time not up), or None.
    One whose time is up is submitted first, graded as it stood at the deadline."""
    current = attempts_of(user, assessment).filter(status=Attempt.Status.IN_PROGRESS).first()
    if current is None:
        return None
    if is_expired(current, now):
        submit_attempt(attempt_id=current.pk, user=user, now=now)
        return None
    return current


# --- Answers -------------------------------------------------------------------------------


def parse_answers(attempt, data, page=None, *, index=None) -> dict:
    """Turn the submitted form into answers; refuse anything that is not this attempt's.
    ``index``: the attempt's questions (``graded_questions``), when the caller has them."""
    if index is None:
        index = question_index(page) if page is not None else graded_questions(attempt)
    answers = {}
    for number, entry in enumerate(attempt.layout, start=1):
        question_id = entry["id"]
        if question_id not in index:
            continue
        block_type, _value = index[question_id]
        field = f"q-{question_id}"
        # What each token of the form stands for; an attempt started before tokens has none.
        chosen_by = {token: item for item, token in entry.get("tokens", {}).items()}
        if block_type == "single_choice":
            choice = data.get(field)
            if choice:
                if choice not in chosen_by:
                    raise AttemptRefused(_refusal(number))
                answers[question_id] = {"choice": chosen_by[choice]}
        elif block_type == "multiple_choice":
            choices = data.getlist(field) if hasattr(data, "getlist") else data.get(field, [])
            if not set(choices) <= chosen_by.keys():
                raise AttemptRefused(_refusal(number))
            if choices:
                answers[question_id] = {"choices": sorted({chosen_by[c] for c in choices})}
        elif block_type == "true_false":
            value = data.get(field)
            if value:
                if value not in ("true", "false"):
                    raise AttemptRefused(_refusal(number))
                answers[question_id] = {"value": value == "true"}
        elif block_type == "matching":
            pairs = {}
            for pair, row in entry.get("row_tokens", {}).items():
                chosen = data.get(f"{field}-{row}")
                if chosen:
                    if chosen not in chosen_by:
                        raise AttemptRefused(_refusal(number))
                    pairs[pair] = chosen_by[chosen]
            if pairs:
                answers[question_id] = {"pairs": pairs}
        else:
            text = data.get(field, "")
            if len(text) > MAX_TEXT_ANSWER:
                raise AttemptRefused(
                    _("Your answer to question %(number)s is too long.") % {"number": number}
                )
            if text.strip():
                answers[question_id] = {"text": text.replace("\x00", "")}
    return answers


def unanswered_questions(attempt, answers, index) -> list:
    """The numbers of the attempt's questions that ``answers`` (``parse_answers``) leave
    without an answer; a matching question counts until each of its rows is matched."""
    numbers = []
    for number, entry in enumerate(attempt.layout, start=1):
        if entry["id"] not in index:
            continue
        answer = answers.get(entry["id"])
        if not answer or (
            entry["type"] == "matching" and len(answer["pairs"]) < len(entry["order"])
        ):
            numbers.append(number)
    return numbers


def unanswered_before_submitting(*, attempt, data) -> list:
    """The numbers of the questions the submitted form leaves unanswered. When there are
    any, the answers given are saved and nothing is submitted: the trainee confirms first."""
    index = graded_questions(attempt)
    missing = unanswered_questions(attempt, parse_answers(attempt, data, index=index), index)
    if missing:
        save_answers(attempt=attempt, data=data, index=index)
    return missing


def form_answers(attempt, answers):
    """The form data that gives ``answers`` (question id -> answer as stored) in this
    attempt, each choice named by its token: what the demo and the benchmark post."""
    entries = {entry["id"]: entry for entry in attempt.layout}
    data = QueryDict(mutable=True)
    for question_id, answer in answers.items():
        field = f"q-{question_id}"
        tokens = entries[question_id].get("tokens", {})
        if "choice" in answer:
            data[field] = tokens[answer["choice"]]
        elif "choices" in answer:
            data.setlist(field, [tokens[choice] for choice in answer["choices"]])
        elif "pairs" in answer:
            rows = entries[question_id]["row_tokens"]
            for pair, chosen in answer["pairs"].items():
                data[f"{field}-{rows[pair]}"] = tokens[chosen]
        elif "value" in answer:
            data[field] = "true" if answer["value"] else "false"
        elif "text" in answer:
            data[field] = answer["text"]
    return data


def _refusal(number):
    return _(
        "The answer to question %(number)s is not one of its choices. Nothing was saved; "
        "reload the page and try again."
    ) % {"number": number}


def machine_score(block_type, value, answer, current=None):
    """The score of an answer as the machine gives it; an essay keeps the grader's score
    (``current``), except an empty one, which scores 0."""
    if block_type not in grading.MANUALLY_GRADED:
        return grading.score(block_type, value, answer)
    return current if (answer or {}).get("text") else Decimal(0)


def save_answers(*, attempt, data, now=None, scored=False, index=None) -> dict:
    """Store the trainee's answers so far; refused once time is up or after submission.
    ``scored``: the attempt is being submitted, so each answer is stored with its score
    at once, and grading finds nothing left to write for it. Returns the attempt's answers
    by question id, as stored."""
    if attempt.status != Attempt.Status.IN_PROGRESS:
        raise AttemptRefused(_("This attempt has already been submitted."))
    if is_expired(attempt, now):
        raise AttemptRefused(_("Time is up: answers can no longer be changed."))
    if index is None:
        index = graded_questions(attempt)
    answers = parse_answers(attempt, data, index=index)
    types = {entry["id"]: entry["type"] for entry in attempt.layout}
    # No savepoint of its own: inside a submission the caller's transaction covers it.
    with transaction.atomic(savepoint=False):
        existing = {response.question_id: response for response in attempt.responses.all()}
        new, changed = [], []
        for question_id in types:
            if question_id not in index:
                continue
            block_type, value = index[question_id]
            answer = answers.get(question_id, {})
            response = existing.get(question_id)
            if response is None:
                response = Response(
                    attempt=attempt,
                    question_id=question_id,
                    question_type=types[question_id],
                    answer=answer,
                    max_score=grading.points_of(value),
                )
                new.append(response)
                if scored:
                    response.score = machine_score(block_type, value, answer)
            else:
                dirty = response.answer != answer
                response.answer = answer
                if scored:
                    score = machine_score(block_type, value, answer, response.score)
                    dirty = dirty or score != response.score
                    response.score = score
                if dirty:
                    changed.append(response)
            existing[question_id] = response
        if new:
            create_with_history(new)
        if changed:
            fields = ["answer", "score"] if scored else ["answer"]
            bulk_update_with_history(changed, Response, fields, default_user=_history_user())
    return existing


def _history_user():
    """Who the history rows of this request are credited to: what django-simple-history
    would find for each row, looked up once instead of once per answer."""
    return Response.history.model.get_default_history_user(None)


#: The columns a historical answer has besides the answer's own.
HISTORY_COLUMNS = ("history_id", "history_date", "history_change_reason", "history_type")


def create_with_history(responses) -> None:
    """Insert new answers with one "created" history row each, as django-simple-history
    writes them (the attempt's "Change history" lists every answer and its grade): the
    answers in one insert, their history rows copied from them by the database in a second
    one, instead of 50 historical objects built in Python and inserted from there."""
    Response.objects.bulk_create(responses)
    history = Response.history.model
    columns = [field.column for field in history.tracked_fields]
    expected = {*columns, *HISTORY_COLUMNS, "history_user_id"}
    ids = [response.pk for response in responses]
    if None in ids or {field.column for field in history._meta.fields} != expected:
        # No keys back from the insert, or a history with more to fill in: the library's way.
        saved = Response.objects.filter(
            attempt_id=responses[0].attempt_id,
            question_id__in=[response.question_id for response in responses],
        )
        Response.history.bulk_history_create(list(saved), default_user=_history_user())
        return
    user = _history_user()
    quote = connection.ops.quote_name
    names = ", ".join(quote(column) for column in columns)
    # Only quoted table and column names of the models are formatted in; values are parameters.
    sql = (
        f"INSERT INTO {quote(history._meta.db_table)} ({names}, {quote('history_date')}, "  # noqa: S608
        f"{quote('history_change_reason')}, {quote('history_type')}, {quote('history_user_id')}) "
        f"SELECT {names}, %s, NULL, %s, %s FROM {quote(Response._meta.db_table)} "
        f"WHERE {quote(Response._meta.pk.column)} IN ({', '.join(['%s'] * len(ids))})"
    )
    now = connection.ops.adapt_datetimefield_value(timezone.now())
    with connection.cursor() as cursor:
        cursor.execute(sql, [now, "+", user.pk if user is not None else None, *ids])


# --- Grading -------------------------------------------------------------------------------


def submit_attempt(*, attempt_id, user, data=None, now=None) -> Attempt:
    """Submit and grade an attempt exactly once, even when two submissions race.

    After the deadline the answers sent with the submission are ignored: the attempt is
    graded as it stood at the deadline and marked late.
    """
    now = now or timezone.now()
    with transaction.atomic():
        # The page (its pass mark) and the revision (when it was written) come with the
        # locked row, without their questions: ``graded_questions`` keeps those. Only the
        # attempt's row is locked.
        attempt = (
            with_graded_revision(Attempt.objects.select_for_update(of=("self",)))
            .select_related("page")
            .defer("page__questions")
            .get(pk=attempt_id, user=user)
        )
        if attempt.status != Attempt.Status.IN_PROGRESS:
            return attempt
        late = is_expired(attempt, now)
        index = graded_questions(attempt)
        responses = None
        if data is not None and not late:
            responses = save_answers(attempt=attempt, data=data, now=now, scored=True, index=index)
        attempt.late = late
        attempt.submitted_at = now
        # Submitting changes no reference to a page or revision: the reference index, written
        # when the attempt started, stays right without its re-reading at every submission.
        with disable_reference_index_auto_update():
            grade_attempt(attempt, index=index, responses=responses)
    return attempt


def grade_attempt(attempt, page=None, *, index=None, responses=None) -> None:
    """Score every automatically graded answer and total the attempt; essays wait.
    ``index`` and ``responses`` (by question id): what the caller has already read."""
    if index is None:
        index = question_index(page) if page is not None else graded_questions(attempt)
    if responses is None:
        responses = {response.question_id: response for response in attempt.responses.all()}
    new, changed = [], []
    for entry in attempt.layout:
        if entry["id"] not in index:
            continue
        block_type, value = index[entry["id"]]
        response = responses.get(entry["id"])
        if response is None:
            response = Response(
                attempt=attempt,
                question_id=entry["id"],
                question_type=block_type,
                answer={},
            )
            new.append(response)
        max_score = grading.points_of(value)
        score = machine_score(block_type, value, response.answer, response.score)
        if response.pk and (response.score, response.max_score) != (score, max_score):
            changed.append(response)
        response.score, response.max_score = score, max_score
        responses[entry["id"]] = response
    if new:
        create_with_history(new)
    if changed:
        bulk_update_with_history(
            changed, Response, ["score", "max_score"], default_user=_history_user()
        )
    total_up(attempt, [responses[entry["id"]] for entry in attempt.layout if entry["id"] in index])


def total_up(attempt, responses) -> None:
    """Sum the scores; the grade is final once no essay waits for a grader."""
    pending = any(response.score is None for response in responses)
    attempt.max_score = sum((response.max_score for response in responses), Decimal(0))
    if pending:
        attempt.status = Attempt.Status.AWAITING_GRADING
        attempt.score = attempt.percent = attempt.passed = None
        attempt.save()
        return
    attempt.score = sum((response.score for response in responses), Decimal(0))
    attempt.percent = (
        (100 * attempt.score / attempt.max_score).quantize(grading.CENT)
        if attempt.max_score
        else Decimal(0)
    )
    page = attempt.page
    pass_mark = page.pass_mark if page is not None else 100
    attempt.passed = attempt.percent >= pass_mark
    attempt.status = Attempt.Status.GRADED
    attempt.graded_at = timezone.now()
    attempt.save()
    transaction.on_commit(lambda: _announce(attempt))


def _announce(attempt):
    attempt_graded.send(sender=Attempt, attempt=attempt)
    # Only a pass can complete a course: a failed attempt adds nothing to what is done, and
    # a completed course stays completed whatever the later attempts give.
    if not attempt.passed:
        return
    # The trainee comes with the enrolment: completion reads them, the attempt need not.
    enrollment = (
        Enrollment.objects.filter(user_id=attempt.user_id, course_key=attempt.course_key)
        .select_related("user")
        .first()
    )
    if enrollment is not None and enrollment.is_studying:
        update_course_completion(enrollment=enrollment)


def essay_answers():
    """Answers to essay questions: the only answers a person grades."""
    return Response.objects.filter(question_type="essay")


def essays_waiting():
    """Essay answers of submitted attempts that still wait for a grader."""
    return essay_answers().filter(
        score__isnull=True,
        attempt__status=Attempt.Status.AWAITING_GRADING,
    )


def essay_question(response) -> dict:
    """The prompt and grading guidance of the essay question an answer responds to, as the
    attempt saw them."""
    question = graded_questions(response.attempt).get(response.question_id)
    value = question[1] if question else {}
    return {"prompt": value.get("prompt", ""), "guidance": value.get("guidance", "")}


def grade_essay(*, response, score, feedback, by) -> Response:
    """A grader scores an essay answer with written feedback; may complete the attempt."""
    score = Decimal(str(score))
    if not Decimal(0) <= score <= response.max_score:
        raise AttemptRefused(
            _("The score must be between 0 and %(max)s.") % {"max": response.max_score}
        )
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=response.attempt_id)
        if attempt.status == Attempt.Status.IN_PROGRESS:
            raise AttemptRefused(_("This attempt has not been submitted yet."))
        response.score = score
        response.feedback = feedback
        response.graded_by = by
        response.graded_at = timezone.now()
        response.save()
        responses = list(attempt.responses.all())
        layout_ids = {entry["id"] for entry in attempt.layout}
        total_up(attempt, [r for r in responses if r.question_id in layout_ids])
    return response


def regrade_attempt(*, attempt, by) -> Attempt:
    """Staff re-grade a submitted attempt against the assessment's current key."""
    page = AssessmentPage.objects.filter(pk=attempt.page_id).first()
    if page is None or attempt.status == Attempt.Status.IN_PROGRESS:
        raise AttemptRefused(_("Only submitted attempts of existing assessments can be regraded."))
    with transaction.atomic():
        attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
        attempt.revision = page.live_revision or page.get_latest_revision()
        # Who is kept as the history's user (a link, which erasure anonymises), not as text.
        attempt._change_reason = "regraded"
        attempt._history_user = by
        grade_attempt(attempt, graded_page(attempt))
    return attempt


# --- Results -------------------------------------------------------------------------------


def taken_in(attempt) -> str:
    """The name of the language an attempt was taken in ("Қазақша"), as the language menu
    writes it; empty where its page has been deleted."""
    if attempt.page is None:
        return ""
    return dict(settings.LANGUAGES).get(attempt.page.locale.language_code, "")


def answers_visible(*, attempt, assessment) -> bool:
    """Whether the trainee may now see correct answers and feedback for this attempt: never
    while they have an attempt open at the assessment, whatever its policy (they would
    answer it from the review); "after the last attempt" means once it is closed."""
    if attempt.status != Attempt.Status.GRADED:
        return False
    policy = assessment.show_answers
    if policy == AssessmentPage.ShowAnswers.NEVER:
        return False
    attempts = list(attempts_of(attempt.user_id, assessment).only("status", "deadline", "passed"))
    if any(is_open(other) for other in attempts):
        return False
    if policy == AssessmentPage.ShowAnswers.IMMEDIATELY:
        return True
    used_up = bool(assessment.attempts_allowed) and len(attempts) >= assessment.attempts_allowed
    return used_up or any(other.passed for other in attempts)


def score_so_far(attempt) -> dict:
    """While essays wait for a grader: the score of the automatically marked answers and
    how many answers, worth how many points, still wait."""
    in_layout = {entry["id"] for entry in attempt.layout}
    responses = [r for r in attempt.responses.all() if r.question_id in in_layout]
    marked = [response for response in responses if response.score is not None]
    waiting = [response for response in responses if response.score is None]
    return {
        "score": sum((response.score for response in marked), Decimal(0)),
        "max_score": sum((response.max_score for response in marked), Decimal(0)),
        "waiting": len(waiting),
        "waiting_points": sum((response.max_score for response in waiting), Decimal(0)),
    }


def attempt_review(attempt) -> list:
    """Each question with the trainee's answer, its score, the correct answer and feedback."""
    index = graded_questions(attempt)
    responses = {response.question_id: response for response in attempt.responses.all()}
    questions = []
    for number, entry, block_type, value, answer in _numbered_questions(attempt, index, responses):
        question = _question(number, entry, block_type, value)
        response = responses.get(entry["id"])
        question["answer"] = answer
        question["score"] = response.score if response else Decimal(0)
        question["grader_feedback"] = response.feedback if response else ""
        question["feedback"] = value.get("feedback", "")
        if block_type in ("single_choice", "multiple_choice"):
            details = {child.id: child.value for child in value["choices"].bound_blocks}
            question["choices"] = [
                (
                    choice,
                    details[choice]["text"],
                    details[choice]["correct"],
                    details[choice]["feedback"],
                )
                for choice in entry["order"]
            ]
        elif block_type == "true_false":
            question["correct_answer"] = value["answer"]
        elif block_type == "short_answer":
            question["correct_answer"] = ", ".join(value["accepted"])
        elif block_type == "matching":
            pairs = {child.id: child.value for child in value["pairs"].bound_blocks}
            given = answer.get("pairs", {})
            question["rows"] = [
                {
                    "text": pairs[pair]["left"],
                    "chosen": pairs[given[pair]]["right"] if given.get(pair) in pairs else "",
                    "correct": pairs[pair]["right"],
                    "right": given.get(pair) == pair,
                }
                for pair in grading.pair_ids(value)
            ]
        questions.append(question)
    return questions


def assessment_summary(*, user, assessment) -> dict:
    """The trainee's attempts at an assessment and the grade that counts."""
    # The list shows each attempt's figures, never its questions.
    attempts = list(attempts_of(user, assessment).defer("layout").order_by("number"))
    graded = [attempt for attempt in attempts if attempt.status == Attempt.Status.GRADED]
    counting = None
    if graded:
        if assessment.grading_method == AssessmentPage.GradingMethod.LAST:
            counting = graded[-1]
        else:
            counting = max(graded, key=lambda attempt: (attempt.percent, -attempt.number))
    return {
        "attempts": attempts,
        "counting_attempt": counting,
        "in_progress": next((a for a in attempts if a.status == Attempt.Status.IN_PROGRESS), None),
    }

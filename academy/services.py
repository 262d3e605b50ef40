"""The academy's rules: enrolment, progress, lesson completion and course completion.

Learner records are keyed by translation_key, so every function here works on a course
whatever language the trainee reads it in.
"""

import re
from dataclasses import dataclass, field
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from simple_history.utils import update_change_reason

from academy.h5p.services import activities_in, lesson_rule_met, rule_left_to_trainee
from academy.models import (
    AssessmentPage,
    Attempt,
    CoursePage,
    Enrollment,
    LessonCompletion,
    LessonPage,
)
from academy.permissions import LessonAccess, lesson_access, study_access
from academy.signals import course_completed, lesson_completed

STUDYING = (Enrollment.Status.ACTIVE, Enrollment.Status.COMPLETED)
PAGE_PATH_STEP = 4  # treebeard's path step: a child's path is its parent's plus four characters


class EnrolmentRefused(Exception):
    """Enrolment is not possible; ``message`` tells the person why, in their language."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


class LessonRefused(EnrolmentRefused):
    """A lesson cannot be completed by this person now."""


# --- Enrolment ---------------------------------------------------------------------------


def enrolment_window_open(*, course, today=None) -> bool:
    """Whether the course's cohort window (if it has one) includes today."""
    today = today or timezone.localdate()
    if course.cohort_start and today < course.cohort_start:
        return False
    return not (course.cohort_end and today > course.cohort_end)


def missing_prerequisites(*, user, course) -> list:
    """The prerequisite courses the user has not completed, in the active language."""
    prerequisites = list(course.prerequisites.all())
    if not prerequisites:
        return []
    completed = set(
        Enrollment.objects.filter(
            user=user,
            course_key__in=[page.translation_key for page in prerequisites],
            status=Enrollment.Status.COMPLETED,
        ).values_list("course_key", flat=True)
    )
    return [page.localized for page in prerequisites if page.translation_key not in completed]


def enrol(*, user, course, by=None, today=None) -> Enrollment:
    """Enrol the user in the course, or ask for approval; idempotent.

    ``by`` is the staff member enrolling someone: staff enrol into any course at any time,
    without the cohort window, the enrolment mode or the prerequisites applying.
    """
    existing = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    if existing and existing.status in (*STUDYING, Enrollment.Status.PENDING):
        if by is not None and existing.status == Enrollment.Status.PENDING:
            return approve_enrolment(enrollment=existing, by=by)
        return existing

    if by is None:
        if course.enrolment_mode == CoursePage.EnrolmentMode.INVITATION:
            raise EnrolmentRefused(
                _("This course is by invitation only. Academy staff enrol its trainees.")
            )
        if not enrolment_window_open(course=course, today=today):
            raise EnrolmentRefused(_("Enrolment in this course is closed."))
        missing = missing_prerequisites(user=user, course=course)
        if missing:
            raise EnrolmentRefused(
                format_html(
                    _("Complete {course} before enrolling in this course."),
                    course=format_html('<a href="{}">{}</a>', missing[0].url, missing[0].title),
                )
            )
        needs_approval = course.enrolment_mode == CoursePage.EnrolmentMode.APPROVAL
        status = Enrollment.Status.PENDING if needs_approval else Enrollment.Status.ACTIVE
        source = Enrollment.Source.SELF
    else:
        status, source = Enrollment.Status.ACTIVE, Enrollment.Source.STAFF

    if existing:
        existing.status, existing.source, existing.decided_by = status, source, by
        if by is not None:
            # Credited to the staff member in the history, also outside a request.
            existing._history_user = by
        existing.save()
        return existing
    try:
        with transaction.atomic():
            return Enrollment.objects.create(
                user=user,
                course_key=course.translation_key,
                status=status,
                source=source,
                decided_by=by,
            )
    except IntegrityError:
        # Two requests raced; the other one created the enrolment.
        return Enrollment.objects.get(user=user, course_key=course.translation_key)


# --- Staff decisions on an enrolment -------------------------------------------------------

#: The statuses each staff action on an enrolment starts from; from any other it is refused.
ENROLMENT_ACTIONS = {
    "approve": (Enrollment.Status.PENDING,),
    "reject": (Enrollment.Status.PENDING,),
    "withdraw": (Enrollment.Status.ACTIVE, Enrollment.Status.PENDING),
    "reinstate": (Enrollment.Status.WITHDRAWN, Enrollment.Status.REJECTED),
    "complete": (Enrollment.Status.ACTIVE,),
}
ENROLMENT_ACTION_REFUSALS = {
    "approve": gettext_lazy("Only a request waiting for approval can be approved."),
    "reject": gettext_lazy("Only a request waiting for approval can be rejected."),
    "withdraw": gettext_lazy(
        "Only an enrolment in progress or a waiting request can be withdrawn."
    ),
    "reinstate": gettext_lazy("Only a withdrawn or rejected enrolment can be reinstated."),
    "complete": gettext_lazy("Only an enrolment in progress can be marked as completed."),
}
#: Kept in the enrolment's history (stored data, so not translated).
ENROLMENT_ACTION_REASONS = {
    "approve": "approved",
    "reject": "rejected",
    "withdraw": "withdrawn by staff",
    "reinstate": "reinstated",
    "complete": "marked as completed by staff",
}


def allowed_enrolment_actions(*, enrollment) -> list:
    """The staff actions the enrolment's status allows now."""
    return [action for action, starts in ENROLMENT_ACTIONS.items() if enrollment.status in starts]


def enrolment_action_refusal(*, enrollment, action) -> str:
    """Why staff cannot take this action on the enrolment now; empty when they can."""
    if enrollment.status in ENROLMENT_ACTIONS[action]:
        return ""
    return str(ENROLMENT_ACTION_REFUSALS[action])


def _locked_for(action, enrollment, by) -> Enrollment:
    """The enrolment's row, locked (inside a transaction), once ``action`` is possible from
    its status; the change will be credited to ``by`` in its history."""
    locked = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
    if locked.status not in ENROLMENT_ACTIONS[action]:
        raise EnrolmentRefused(str(ENROLMENT_ACTION_REFUSALS[action]))
    locked._history_user = by
    locked._change_reason = ENROLMENT_ACTION_REASONS[action]
    return locked


def _decide(action, enrollment, by, status) -> Enrollment:
    with transaction.atomic():
        locked = _locked_for(action, enrollment, by)
        locked.status = status
        locked.decided_by = by
        locked.save()
    _copy_decision(locked, enrollment)
    return enrollment


def _copy_decision(locked, enrollment) -> None:
    """The caller's enrolment object says what the locked row now holds."""
    enrollment.status, enrollment.decided_by = locked.status, locked.decided_by
    enrollment.completed_at = locked.completed_at


def approve_enrolment(*, enrollment, by) -> Enrollment:
    """Staff accept a pending request."""
    return _decide("approve", enrollment, by, Enrollment.Status.ACTIVE)


def reject_enrolment(*, enrollment, by) -> Enrollment:
    """Staff decline a pending request."""
    return _decide("reject", enrollment, by, Enrollment.Status.REJECTED)


def withdraw_enrolment(*, enrollment, by) -> Enrollment:
    """Staff take a trainee out of a course, or close their request; records are kept."""
    return _decide("withdraw", enrollment, by, Enrollment.Status.WITHDRAWN)


def reinstate_enrolment(*, enrollment, by) -> Enrollment:
    """Staff bring a withdrawn or rejected trainee back into the course, as staff enrol."""
    course = CoursePage.objects.filter(translation_key=enrollment.course_key).first()
    with transaction.atomic():
        _locked_for("reinstate", enrollment, by)
        if course is None:
            raise EnrolmentRefused(_("This course no longer exists."))
        reinstated = enrol(user=enrollment.user, course=course, by=by)
        update_change_reason(reinstated, ENROLMENT_ACTION_REASONS["reinstate"])
    return reinstated


def complete_enrolment(*, enrollment, by) -> Enrollment:
    """Staff mark an enrolment in progress completed, whatever the completion rule says."""
    with transaction.atomic():
        locked = _locked_for("complete", enrollment, by)
        locked.decided_by = by
        _record_completion(locked)
    _copy_decision(locked, enrollment)
    return enrollment


def unenrol(*, user, course) -> None:
    """The trainee leaves a course they are studying or asked to join; records are kept."""
    enrollment = Enrollment.objects.filter(user=user, course_key=course.translation_key).first()
    if enrollment is None or enrollment.status in (
        Enrollment.Status.WITHDRAWN,
        Enrollment.Status.REJECTED,
    ):
        raise EnrolmentRefused(_("You are not enrolled in this course."))
    if enrollment.status == Enrollment.Status.COMPLETED:
        raise EnrolmentRefused(_("You have completed this course; it stays in your record."))
    enrollment.status = Enrollment.Status.WITHDRAWN
    enrollment.save()


@dataclass
class BulkEnrolResult:
    enrolled: list = field(default_factory=list)
    already: list = field(default_factory=list)
    unknown: list = field(default_factory=list)
    invalid: list = field(default_factory=list)


EMAIL_SEPARATORS = re.compile(r"[\s,;]+")


def bulk_enrol(*, course, text, by) -> BulkEnrolResult:
    """Enrol every account whose e-mail appears in the text (pasted or from a CSV file).

    Unknown and malformed addresses are reported back, not dropped.
    """
    result = BulkEnrolResult()
    seen = set()
    addresses = []
    for token in EMAIL_SEPARATORS.split(text):
        address = token.strip().strip("\"'<>").lower()
        if not address or address in seen:
            continue
        seen.add(address)
        try:
            validate_email(address)
        except ValidationError:
            result.invalid.append(token.strip())
            continue
        addresses.append(address)
    users = {
        user.email_lower: user
        for user in get_user_model()
        .objects.annotate(email_lower=Lower("email"))
        .filter(email_lower__in=addresses)
    }
    studying = set(
        Enrollment.objects.filter(
            course_key=course.translation_key, user__in=users.values(), status__in=STUDYING
        ).values_list("user_id", flat=True)
    )
    for address in addresses:
        user = users.get(address)
        if user is None:
            result.unknown.append(address)
        elif user.pk in studying:
            result.already.append(address)
        else:
            enrol(user=user, course=course, by=by)
            result.enrolled.append(address)
    return result


# --- Progress ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


def _children_of_courses(course_keys, models, **filters):
    """(course key, translation key) of each live child page of every translation of the
    given courses. Rows, not page objects: a course's children are read on every learning
    page, and building hundreds of Page instances cost more than the query."""
    courses = list(
        CoursePage.objects.filter(translation_key__in=course_keys).values_list(
            "translation_key", "path", "depth"
        )
    )
    if not courses:
        return []
    under_a_course = reduce(
        or_, (Q(path__startswith=path, depth=depth + 1) for _key, path, depth in courses)
    )
    key_by_path = {path: key for key, path, _depth in courses}
    return [
        (key_by_path[path[:-PAGE_PATH_STEP]], translation_key)
        for model in models
        for path, translation_key in model.objects.live()
        .filter(under_a_course, **filters)
        .values_list("path", "translation_key")
    ]


def required_items(course_keys) -> dict:
    """For each course key, the translation keys of its required lessons and assessments."""
    required = {key: set() for key in course_keys}
    for course_key, item_key in _children_of_courses(
        course_keys, [LessonPage, AssessmentPage], required=True
    ):
        required[course_key].add(item_key)
    return required


def _passed_by_user(attempts) -> dict:
    """From (user id, assessment key, number, passed) rows, each user's passed assessments
    by each assessment's grading method."""
    methods = dict(
        AssessmentPage.objects.filter(translation_key__in={row[1] for row in attempts}).values_list(
            "translation_key", "grading_method"
        )
    )
    passed, last = {}, {}
    for user_id, key, number, attempt_passed in attempts:
        if methods.get(key) == AssessmentPage.GradingMethod.LAST:
            if number > last.get((user_id, key), (0, False))[0]:
                last[user_id, key] = (number, attempt_passed)
        elif attempt_passed:
            passed.setdefault(user_id, set()).add(key)
    for (user_id, key), (_number, attempt_passed) in last.items():
        if attempt_passed:
            passed.setdefault(user_id, set()).add(key)
    return passed


def _graded_attempt_rows(user_ids, course_keys):
    return list(
        Attempt.objects.filter(
            user_id__in=user_ids, course_key__in=course_keys, status=Attempt.Status.GRADED
        ).values_list("user_id", "assessment_key", "number", "passed")
    )


def passed_assessments(*, user_ids, course_keys) -> dict:
    """Each user's passed assessments in these courses, ``{user id: {assessment key}}``, by
    each assessment's grading method (highest or last attempt)."""
    attempts = _graded_attempt_rows(user_ids, course_keys)
    return _passed_by_user(attempts) if attempts else {}


def passed_assessment_keys(user, course_keys) -> set:
    """The assessments of these courses the user has passed, by each one's grading method."""
    attempts = _graded_attempt_rows([user.pk], course_keys)
    if not attempts:
        return set()
    return _passed_by_user(attempts).get(user.pk, set())


def progress_for(*, user, course_keys, done_keys=None) -> dict:
    """Progress per course: required items done out of required items.

    ``done_keys`` are the lesson keys the user completed in these courses, when the caller
    has already fetched them.
    """
    required = required_items(course_keys)
    done = done_keys if done_keys is not None else completed_lesson_keys(user, course_keys)
    return {
        key: Progress(done=len(required[key] & done), total=len(required[key]))
        for key in course_keys
    }


def progress_for_users(*, user_ids, course_keys) -> dict:
    """Progress of many users in many courses in a fixed number of queries:
    ``{(user id, course key): Progress}``, by the same rule as ``progress_for``."""
    course_keys, user_ids = list(course_keys), list(user_ids)
    if not course_keys or not user_ids:
        return {}
    required = required_items(course_keys)
    done = {}
    for user_id, lesson_key in LessonCompletion.objects.filter(
        user_id__in=user_ids, course_key__in=course_keys
    ).values_list("user_id", "lesson_key"):
        done.setdefault(user_id, set()).add(lesson_key)
    attempts = _graded_attempt_rows(user_ids, course_keys)
    if attempts:
        for user_id, keys in _passed_by_user(attempts).items():
            done.setdefault(user_id, set()).update(keys)
    return {
        (user_id, key): Progress(
            done=len(required[key] & done.get(user_id, set())), total=len(required[key])
        )
        for user_id in user_ids
        for key in course_keys
    }


def completed_lesson_keys(user, course_keys) -> set:
    """Keys of the lessons done and the assessments passed in these courses."""
    lessons = set(
        LessonCompletion.objects.filter(user=user, course_key__in=course_keys).values_list(
            "lesson_key", flat=True
        )
    )
    return lessons | passed_assessment_keys(user, course_keys)


def is_course_complete(*, user, course_key) -> bool:
    """The academy's one completion rule: every required lesson of the course is done and
    every required assessment passed."""
    return progress_for(user=user, course_keys=[course_key])[course_key].complete


def update_course_completion(*, enrollment) -> bool:
    """Mark the enrolment completed when the rule holds; announce it exactly once."""
    if enrollment.completed_at is not None or not is_course_complete(
        user=enrollment.user, course_key=enrollment.course_key
    ):
        return False
    with transaction.atomic():
        locked = Enrollment.objects.select_for_update().get(pk=enrollment.pk)
        if locked.completed_at is not None:
            return False
        _record_completion(locked)
    enrollment.status, enrollment.completed_at = locked.status, locked.completed_at
    return True


def _record_completion(locked) -> None:
    """Save the locked enrolment as completed; ``course_completed`` goes out after the
    commit, only the first time (``completed_at`` says it has been sent)."""
    announce = locked.completed_at is None
    locked.status = Enrollment.Status.COMPLETED
    if announce:
        locked.completed_at = timezone.now()
    locked.save()
    if announce:
        transaction.on_commit(lambda: course_completed.send(sender=Enrollment, enrollment=locked))


# --- Lessons -----------------------------------------------------------------------------

DONE, NEXT, AVAILABLE, LOCKED = "done", "next", "available", "locked"


def lesson_states(*, course, lessons, done_keys, studying) -> list:
    """Each lesson of the course with its state for one trainee: done, next, available, locked."""
    states = []
    blocked = False
    next_found = False
    for lesson in lessons:
        if lesson.translation_key in done_keys:
            state = DONE
        elif not studying or (course.sequential and blocked):
            state = LOCKED
        elif not next_found:
            state, next_found = NEXT, True
        else:
            state = AVAILABLE
        if lesson.required and lesson.translation_key not in done_keys:
            blocked = True
        states.append((lesson, state))
    return states


def course_of(item):
    """The course a lesson or assessment belongs to, in one query."""
    return CoursePage.objects.get(path=item.path[:-PAGE_PATH_STEP])


def course_lessons(course):
    """The course's live lessons and assessments, in the order editors gave them."""
    items = [
        *LessonPage.objects.live().child_of(course).defer_streamfields(),
        *AssessmentPage.objects.live().child_of(course).defer_streamfields(),
    ]
    return sorted(items, key=lambda item: item.path)


def enrollment_for(*, user, course):
    if not user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=user, course_key=course.translation_key).first()


def course_overview(*, course, user) -> dict:
    """What the course page shows this person: enrolment, progress and each lesson's state."""
    enrollment = enrollment_for(user=user, course=course)
    studying = bool(enrollment and enrollment.is_studying)
    done = completed_lesson_keys(user, [course.translation_key]) if studying else set()
    lessons = course_lessons(course)
    states = lesson_states(course=course, lessons=lessons, done_keys=done, studying=studying)
    progress = None
    if studying:
        key = course.translation_key
        progress = progress_for(user=user, course_keys=[key], done_keys=done)[key]
    return {
        "enrollment": enrollment,
        "studying": studying,
        "lesson_states": states,
        "next_lesson": next((lesson for lesson, state in states if state == NEXT), None),
        "progress": progress,
        "enrolment_open": enrolment_window_open(course=course),
        "missing_prerequisites": (
            missing_prerequisites(user=user, course=course)
            if user.is_authenticated and not studying
            else []
        ),
    }


def lesson_state(*, user, lesson, course, enrollment=None, lessons=None) -> str:
    """The state of one lesson for one trainee (pass what the caller already fetched)."""
    enrollment = enrollment or enrollment_for(user=user, course=course)
    studying = bool(enrollment and enrollment.is_studying)
    done = completed_lesson_keys(user, [course.translation_key]) if studying else set()
    states = lesson_states(
        course=course,
        lessons=lessons if lessons is not None else course_lessons(course),
        done_keys=done,
        studying=studying,
    )
    return next((state for page, state in states if page.pk == lesson.pk), LOCKED)


def is_lesson_done(*, user, lesson) -> bool:
    """Whether the person has completed the lesson, in whichever language."""
    return (
        user.is_authenticated
        and LessonCompletion.objects.filter(user=user, lesson_key=lesson.translation_key).exists()
    )


def lesson_context(*, lesson, course, user, lessons=None) -> dict:
    """What the lesson page shows: its course, neighbours and whether it is done."""
    lessons = lessons if lessons is not None else course_lessons(course)
    position = next((i for i, page in enumerate(lessons) if page.pk == lesson.pk), 0)
    done = is_lesson_done(user=user, lesson=lesson)
    activities = (
        [] if lesson.completion_rule == lesson.CompletionRule.MANUAL else activities_in(lesson)
    )
    following = lessons[position + 1] if position + 1 < len(lessons) else None
    # A sequential course locks what follows an unfinished required lesson: no link may
    # lead the trainee to a page that would only send them back.
    if following is not None and user.is_authenticated:
        access = lesson_access(user=user, lesson=following, course=course, lessons=lessons)
        if access is not LessonAccess.ALLOWED:
            following = None
    return {
        "course": course,
        "lessons": lessons,
        "position": position + 1,
        "previous_lesson": lessons[position - 1] if position > 0 else None,
        "following_lesson": following,
        "done": done,
        "h5p_rule_met": done
        or not user.is_authenticated
        or lesson_rule_met(user=user, lesson=lesson, activities=activities),
        "h5p_rule_left_to_trainee": rule_left_to_trainee(lesson, activities),
    }


@dataclass
class LessonResult:
    completion: LessonCompletion
    course_completed: bool
    next_lesson: object


def complete_lesson(*, user, lesson, course) -> LessonResult:
    """The trainee marks a lesson done; idempotent; completes the course when the rule holds."""
    enrollment = enrollment_for(user=user, course=course)
    if enrollment is None or not enrollment.is_studying:
        raise LessonRefused(_("Enrol in this course to open its lessons."))
    if lesson.get_parent().pk != course.pk:
        raise LessonRefused(_("This lesson belongs to another course."))
    access = study_access(user=user, lesson=lesson, course=course, enrollment=enrollment)
    if access is LessonAccess.LOCKED:
        raise LessonRefused(_("Finish the previous lessons first."))
    if not lesson_rule_met(user=user, lesson=lesson):
        raise LessonRefused(_("Complete the interactive activities of this lesson first."))
    completion, created = LessonCompletion.objects.get_or_create(
        user=user,
        lesson_key=lesson.translation_key,
        defaults={"course_key": course.translation_key},
    )
    if created:
        lesson_completed.send(sender=LessonCompletion, completion=completion)
    completed_now = update_course_completion(enrollment=enrollment)
    return LessonResult(completion, completed_now, next_lesson_for(user=user, course=course))


def next_lesson_for(*, user, course):
    """The lesson or assessment an enrolled trainee goes on with in the course, or None."""
    done = completed_lesson_keys(user, [course.translation_key])
    states = lesson_states(
        course=course, lessons=course_lessons(course), done_keys=done, studying=True
    )
    return next((page for page, state in states if state == NEXT), None)


def continue_with(*, user):
    """What a trainee signing in goes on with: (lesson, course) of their latest course in
    progress that has a lesson left, or None."""
    rows = my_learning(user=user)["in_progress"]
    return next(((row["next_lesson"], row["course"]) for row in rows if row["next_lesson"]), None)


def next_courses(*, user, course, limit=3) -> list:
    """Live courses in the course's language that build on it (name it as a prerequisite)
    and that the trainee has not taken: what to suggest once it is completed."""
    taken = Enrollment.objects.filter(user=user).values("course_key")
    return list(
        CoursePage.objects.live()
        .filter(locale_id=course.locale_id, prerequisites__translation_key=course.translation_key)
        .exclude(translation_key__in=taken)
        .distinct()
        .order_by("path")[:limit]
    )


# --- Catalogue and dashboard --------------------------------------------------------------


@dataclass(frozen=True)
class CatalogueFilters:
    topic: str = ""
    level: str = ""
    language: str = ""

    @classmethod
    def from_query(cls, query):
        def pick(name, allowed):
            value = query.get(name, "")
            return value if value in allowed else ""

        return cls(
            topic=pick("topic", CoursePage.Topic.values),
            level=pick("level", CoursePage.Level.values),
            language=pick("language", [code for code, _name in settings.LANGUAGES]),
        )


def find_courses(*, index, filters) -> list:
    """The live courses of a catalogue, filtered; each with whether enrolment is open."""
    courses = CoursePage.objects.live().public().child_of(index).order_by("path")
    if filters.topic:
        courses = courses.filter(topic=filters.topic)
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.language:
        available = CoursePage.objects.live().filter(locale__language_code=filters.language)
        courses = courses.filter(translation_key__in=available.values("translation_key"))
    today = timezone.localdate()
    return [(course, enrolment_window_open(course=course, today=today)) for course in courses]


def localized_pages(model, keys, language=None, live=True, fields=None) -> dict:
    """Each page of ``model`` with one of these translation keys, in the given (or active)
    language; where it is not translated, in the site's default language, else in any
    language it exists in. ``fields`` limits the columns read."""
    pages = model.objects.filter(translation_key__in=keys).select_related("locale")
    if live:
        pages = pages.live()
    if fields:
        pages = pages.only("translation_key", "locale__language_code", *fields)
    preference = [language or get_language(), settings.LANGUAGE_CODE]

    def rank(page):
        code = page.locale.language_code
        return preference.index(code) if code in preference else len(preference)

    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or rank(page) < rank(current):
            chosen[page.translation_key] = page
    return chosen


def localized_titles(model, keys, language=None, live=True) -> dict:
    """The title of each page of ``model`` with one of these translation keys, in the given
    (or active) language by the rule of ``localized_pages``, in one query."""
    pages = localized_pages(model, set(keys), language=language, live=live, fields=["title"])
    return {key: page.title for key, page in pages.items()}


def localized_courses(course_keys, language=None, live=True) -> dict:
    """Each course in the given (or active) language, by the rule of ``localized_pages``."""
    return localized_pages(CoursePage, course_keys, language=language, live=live)


def my_learning(*, user) -> dict:
    """The trainee's dashboard: courses in progress with their next lesson, and completed ones."""
    enrollments = list(
        Enrollment.objects.filter(
            user=user, status__in=(*STUDYING, Enrollment.Status.PENDING)
        ).order_by("-created_at")
    )
    keys = [enrollment.course_key for enrollment in enrollments]
    courses = localized_courses(keys)
    done = completed_lesson_keys(user, keys)
    progress = progress_for(user=user, course_keys=keys, done_keys=done)
    lessons_by_course = {}
    shown = list(courses.values())
    if shown:
        under_shown = reduce(
            or_, (Q(path__startswith=page.path, depth=page.depth + 1) for page in shown)
        )
        key_by_path = {page.path: page.translation_key for page in shown}
        items = sorted(
            [
                *LessonPage.objects.live().filter(under_shown).defer_streamfields(),
                *AssessmentPage.objects.live().filter(under_shown).defer_streamfields(),
            ],
            key=lambda item: item.path,
        )
        for lesson in items:
            lessons_by_course.setdefault(key_by_path[lesson.path[:-PAGE_PATH_STEP]], []).append(
                lesson
            )
    rows = {"in_progress": [], "pending": [], "completed": []}
    for enrollment in enrollments:
        course = courses.get(enrollment.course_key)
        if course is None:
            continue
        states = lesson_states(
            course=course,
            lessons=lessons_by_course.get(enrollment.course_key, []),
            done_keys=done,
            studying=enrollment.is_studying,
        )
        row = {
            "enrollment": enrollment,
            "course": course,
            "progress": progress[enrollment.course_key],
            "next_lesson": next((page for page, state in states if state == NEXT), None),
        }
        if enrollment.status == Enrollment.Status.COMPLETED:
            rows["completed"].append(row)
        elif enrollment.status == Enrollment.Status.PENDING:
            rows["pending"].append(row)
        else:
            rows["in_progress"].append(row)
    return rows

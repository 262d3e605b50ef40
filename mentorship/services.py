"""Mentorship rules: valid pairings, the pair's record, and what a mentor sees of a mentee."""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from academy.attempts import essays_waiting
from academy.models import AssessmentPage, Attempt, Enrollment, LessonCompletion, Response
from academy.services import (
    STUDYING,
    localized_courses,
    localized_titles,
    progress_for_users,
)
from accounts.roles import Role
from accounts.services import has_role
from mentorship.models import Goal, Meeting, MentorNote, MentorshipProgrammePage, Pairing

INACTIVE_AFTER = datetime.timedelta(days=14)
LATEST_RESULTS = 3
# Each card holds a progress bar per linked course and the latest results: past a dozen, a
# page gets long to read and slow to render (50 cards took 75 ms of template time).
MENTEES_PER_PAGE = 12
MEETING_DURATION = (5, 480)
NEXT_MEETING_WITHIN = datetime.timedelta(days=365)
GOAL_DUE_WITHIN = datetime.timedelta(days=3 * 365)


class MentoringRefused(Exception):
    """A mentoring action that breaks a rule; ``message`` says which, for the person."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


# --- Pairings ------------------------------------------------------------------------------


def programme_course_keys(programme_ids) -> dict:
    """The translation keys of each programme's linked courses."""
    through = MentorshipProgrammePage.courses.through
    keys = {programme_id: set() for programme_id in programme_ids}
    for programme_id, key in through.objects.filter(
        mentorshipprogrammepage_id__in=programme_ids
    ).values_list("mentorshipprogrammepage_id", "coursepage__translation_key"):
        keys[programme_id].add(key)
    return keys


def pairing_problems(*, mentor, mentee, starts_on, ends_on, course_keys) -> dict:
    """What is wrong with a pairing, by field; empty when it may be saved."""
    problems = {}
    if mentor is not None and mentee is not None and mentor.pk == mentee.pk:
        problems["mentee"] = _("A person cannot mentor themselves: choose another mentee.")
    if mentor is not None and not has_role(user=mentor, role=Role.MENTOR):
        problems["mentor"] = _(
            "%(person)s is not in the Mentors group: add them to it first, or choose a mentor."
        ) % {"person": mentor}
    if (
        mentee is not None
        and "mentee" not in problems
        and not Enrollment.objects.filter(
            user=mentee, course_key__in=course_keys, status__in=STUDYING
        ).exists()
    ):
        problems["mentee"] = _(
            "%(person)s is not enrolled in any of the programme's linked courses."
        ) % {"person": mentee}
    if starts_on and ends_on and ends_on < starts_on:
        problems["ends_on"] = _("The pairing cannot end before it starts.")
    return problems


def has_records(pairing_ids) -> set:
    """The pairings among these that already hold meetings, goals or notes."""
    return (
        set(Meeting.objects.filter(pairing_id__in=pairing_ids).values_list("pairing_id", flat=True))
        | set(Goal.objects.filter(pairing_id__in=pairing_ids).values_list("pairing_id", flat=True))
        | set(
            MentorNote.objects.filter(pairing_id__in=pairing_ids).values_list(
                "pairing_id", flat=True
            )
        )
    )


def active_mentee_courses(*, mentor) -> dict:
    """For each mentee in an open pairing with this mentor, the linked course keys."""
    from mentorship.permissions import open_pairings

    pairings = list(open_pairings().filter(mentor=mentor).values_list("mentee_id", "programme_id"))
    keys = programme_course_keys({programme_id for _mentee, programme_id in pairings})
    allowed = {}
    for mentee_id, programme_id in pairings:
        allowed.setdefault(mentee_id, set()).update(keys[programme_id])
    return {mentee_id: keys for mentee_id, keys in allowed.items() if keys}


# --- The pair's record ---------------------------------------------------------------------

NOT_YOURS = {
    "meeting": gettext_lazy("Only the pairing's mentor or staff can log its meetings."),
    "goal": gettext_lazy("You can only set goals for your own pairings."),
    "goal_status": gettext_lazy("You can only update goals of your own pairings."),
    "note": gettext_lazy("Only the pairing's mentor and Academy staff can keep notes on it."),
}


def closed_pairing_message(pairing) -> str:
    """Why nothing can be added to a pairing that is not active, for the person."""
    if pairing.status == Pairing.Status.PAUSED:
        return _(
            "This pairing is paused: its record can be read, but nothing can be added to it "
            "until Academy staff resume it."
        )
    return _("This pairing has ended: its record can be read, but nothing can be added to it.")


def refuse_unless_may_add(*, by, pairing, record) -> None:
    """Raise ``MentoringRefused`` with the reason unless the person may add this record to
    the pairing now (``mentorship.permissions.may_add_record``)."""
    from mentorship.permissions import may_add_record, writes_record

    if may_add_record(by, pairing, record):
        return
    if not writes_record(by, pairing, record):
        raise MentoringRefused(str(NOT_YOURS[record.value]))
    raise MentoringRefused(closed_pairing_message(pairing))


def meeting_problems(*, pairing, held_on, next_meeting_on, duration_minutes, today=None) -> dict:
    """What is wrong with a meeting, by field; empty when it may be logged."""
    today = today or timezone.localdate()
    problems = {}
    if held_on:
        if held_on > today:
            problems["held_on"] = _(
                "A meeting is logged after it takes place: the date is in the future."
            )
        elif held_on < pairing.starts_on:
            problems["held_on"] = _(
                "The pairing started on %(date)s: the meeting cannot be earlier."
            ) % {"date": pairing.starts_on.isoformat()}
        elif pairing.ends_on and held_on > pairing.ends_on:
            problems["held_on"] = _(
                "The pairing ended on %(date)s: the meeting cannot be later."
            ) % {"date": pairing.ends_on.isoformat()}
    if held_on and next_meeting_on:
        if next_meeting_on <= held_on:
            problems["next_meeting_on"] = _("The next meeting must come after this one.")
        elif next_meeting_on > held_on + NEXT_MEETING_WITHIN:
            problems["next_meeting_on"] = _("Plan the next meeting within a year of this one.")
    low, high = MEETING_DURATION
    if duration_minutes is not None and not low <= duration_minutes <= high:
        problems["duration_minutes"] = _(
            "A meeting lasts between %(low)s and %(high)s minutes."
        ) % {"low": low, "high": high}
    return problems


def log_meeting(*, pairing, by, today=None, **details) -> Meeting:
    """Record a meeting of the pair and tell the mentee by e-mail."""
    from mentorship.permissions import Record

    refuse_unless_may_add(by=by, pairing=pairing, record=Record.MEETING)
    problems = meeting_problems(
        pairing=pairing,
        held_on=details.get("held_on"),
        next_meeting_on=details.get("next_meeting_on"),
        duration_minutes=details.get("duration_minutes"),
        today=today,
    )
    if problems:
        raise MentoringRefused(" ".join(str(problem) for problem in problems.values()))
    with transaction.atomic():
        meeting = Meeting.objects.create(pairing=pairing, logged_by=by, **details)
        transaction.on_commit(lambda: _notify("notify_mentee_of_meeting", meeting.pk))
    return meeting


def goal_problems(*, pairing, due_on, today=None) -> dict:
    today = today or timezone.localdate()
    problems = {}
    if due_on:
        if due_on < pairing.starts_on:
            problems["due_on"] = _(
                "The pairing started on %(date)s: a goal cannot be due earlier."
            ) % {"date": pairing.starts_on.isoformat()}
        elif due_on > today + GOAL_DUE_WITHIN:
            problems["due_on"] = _("Set a due date within three years.")
    return problems


def set_goal(*, pairing, by, text, due_on=None, today=None) -> Goal:
    """Either side of the pair (or staff) sets a goal; the mentee is told when it is not them."""
    from mentorship.permissions import Record

    refuse_unless_may_add(by=by, pairing=pairing, record=Record.GOAL)
    problems = goal_problems(pairing=pairing, due_on=due_on, today=today)
    if problems:
        raise MentoringRefused(" ".join(str(problem) for problem in problems.values()))
    with transaction.atomic():
        goal = Goal.objects.create(pairing=pairing, set_by=by, text=text, due_on=due_on)
        if by.pk != pairing.mentee_id:
            transaction.on_commit(lambda: _notify("notify_mentee_of_goal", goal.pk))
    return goal


def update_goal_status(*, goal, by, status) -> Goal:
    """Mentor, mentee or staff move a goal along; the history keeps who did it."""
    from mentorship.permissions import Record

    refuse_unless_may_add(by=by, pairing=goal.pairing, record=Record.GOAL_STATUS)
    if status not in Goal.Status.values:
        raise MentoringRefused(_("Choose one of the listed statuses."))
    goal.status = status
    goal.save(update_fields=["status", "updated_at"])
    return goal


def add_note(*, pairing, by, text) -> MentorNote:
    """A private note: only the pairing's mentor (or staff) writes and reads it."""
    from mentorship.permissions import Record

    refuse_unless_may_add(by=by, pairing=pairing, record=Record.NOTE)
    return MentorNote.objects.create(pairing=pairing, author=by, text=text)


def _notify(task_name, object_id):
    from config.celery import enqueue
    from mentorship import tasks

    enqueue(getattr(tasks, task_name), object_id)


# --- What a mentor sees --------------------------------------------------------------------


@dataclass
class CourseProgress:
    course: object
    progress: object
    url: str = ""


@dataclass
class MenteeRow:
    pairing: Pairing
    courses: list = field(default_factory=list)
    results: list = field(default_factory=list)
    last_activity: datetime.datetime | None = None
    inactive: bool = False
    essays_waiting: int = 0
    next_meeting: datetime.date | None = None

    @property
    def mentee(self):
        return self.pairing.mentee


def name_assessments(records) -> None:
    """Set ``assessment_title`` on attempts or responses, in the reader's language, in one
    query."""
    attempts = [getattr(record, "attempt", record) for record in records]
    titles = localized_titles(AssessmentPage, {attempt.assessment_key for attempt in attempts})
    for record, attempt in zip(records, attempts, strict=True):
        record.assessment_title = titles.get(attempt.assessment_key, "")


def name_programmes(pairings) -> None:
    """Set ``programme_title`` on pairings, in the reader's language, in one query.

    A pairing belongs to the programme page it was made on; its translations hold none."""
    titles = localized_titles(
        MentorshipProgrammePage, {pairing.programme.translation_key for pairing in pairings}
    )
    for pairing in pairings:
        programme = pairing.programme
        pairing.programme_title = titles.get(programme.translation_key, programme.title)


def essays_waiting_for(*, mentor):
    """Essay answers of the mentor's active mentees in their programmes' courses that wait
    for a grade, oldest first."""
    from mentorship.permissions import essays_gradable_by

    return (essays_waiting() & essays_gradable_by(mentor)).order_by("attempt__submitted_at", "pk")


def last_activity_of(pairings) -> dict:
    """Each mentee's latest sign-in, lesson completed or attempt started, by user id."""
    mentees = {pairing.mentee_id: pairing.mentee for pairing in pairings}
    moments = {user_id: [mentee.last_login] for user_id, mentee in mentees.items()}
    for model, field_name in ((LessonCompletion, "completed_at"), (Attempt, "started_at")):
        for user_id, last in (
            model.objects.filter(user_id__in=mentees)
            .values("user_id")
            .annotate(last=Max(field_name))
            .values_list("user_id", "last")
        ):
            moments[user_id].append(last)
    return {user_id: max(filter(None, found), default=None) for user_id, found in moments.items()}


def is_inactive(last_activity, now) -> bool:
    return last_activity is None or last_activity < now - INACTIVE_AFTER


def mentee_rows(pairings, *, now=None, results_per_mentee=LATEST_RESULTS, activity=None) -> list:
    """Progress, latest results, last activity, essays waiting and the next meeting of each
    pairing's mentee, in a number of queries that does not grow with the mentees.
    ``activity`` is ``last_activity_of(pairings)`` when the caller has it already."""
    now = now or timezone.now()
    if not pairings:
        return []
    mentee_ids = {pairing.mentee_id for pairing in pairings}
    keys_by_programme = programme_course_keys({pairing.programme_id for pairing in pairings})
    all_keys = set().union(*keys_by_programme.values())
    courses = localized_courses(all_keys)
    # Once per course, not once per card: every mentee's card links the same few courses.
    urls = {key: course.url for key, course in courses.items()}
    progress = progress_for_users(user_ids=mentee_ids, course_keys=all_keys)
    attempts = list(
        Attempt.objects.filter(user_id__in=mentee_ids, course_key__in=all_keys)
        .exclude(status=Attempt.Status.IN_PROGRESS)
        .only(
            "user_id",
            "assessment_key",
            "course_key",
            "number",
            "status",
            "percent",
            "passed",
            "submitted_at",
        )
        .order_by("-submitted_at", "-pk")
    )
    name_assessments(attempts)
    activity = activity if activity is not None else last_activity_of(pairings)
    essays = essays_waiting().filter(
        attempt__user_id__in=mentee_ids, attempt__course_key__in=all_keys
    )
    waiting = {}
    for user_id, course_key in essays.values_list("attempt__user_id", "attempt__course_key"):
        waiting.setdefault(user_id, []).append(course_key)
    next_meetings = dict(
        Meeting.objects.filter(
            pairing__in=[pairing.pk for pairing in pairings], next_meeting_on__gte=now.date()
        )
        .values("pairing_id")
        .annotate(next=Min("next_meeting_on"))
        .values_list("pairing_id", "next")
    )
    rows = []
    for pairing in pairings:
        keys = keys_by_programme[pairing.programme_id]
        mentee_id = pairing.mentee_id
        last_activity = activity.get(mentee_id)
        rows.append(
            MenteeRow(
                pairing=pairing,
                courses=[
                    CourseProgress(
                        course=courses[key], progress=progress[mentee_id, key], url=urls[key]
                    )
                    for key in sorted(
                        keys, key=lambda key: courses[key].title if key in courses else ""
                    )
                    if key in courses
                ],
                results=[
                    attempt
                    for attempt in attempts
                    if attempt.user_id == mentee_id and attempt.course_key in keys
                ][:results_per_mentee],
                last_activity=last_activity,
                inactive=is_inactive(last_activity, now),
                essays_waiting=sum(1 for key in waiting.get(mentee_id, []) if key in keys),
                next_meeting=next_meetings.get(pairing.pk),
            )
        )
    return rows


def mentor_dashboard(*, mentor, now=None, page=None) -> dict:
    """The mentor's dashboard: the active mentees (all of them, or one page of
    ``MENTEES_PER_PAGE`` when ``page`` is given), how many are inactive in all, and the essays
    waiting for the mentor's review."""
    now = now or timezone.now()
    pairings = list(
        Pairing.objects.filter(mentor=mentor, status=Pairing.Status.ACTIVE)
        .select_related("mentee", "programme")
        .order_by("mentee__last_name", "mentee__first_name", "pk")
    )
    activity = last_activity_of(pairings)
    page_obj = None
    shown = pairings
    if page is not None:
        page_obj = Paginator(pairings, MENTEES_PER_PAGE).get_page(page)
        shown = list(page_obj.object_list)
    rows = mentee_rows(shown, now=now, activity=activity)
    others = list(
        Pairing.objects.filter(mentor=mentor)
        .exclude(status=Pairing.Status.ACTIVE)
        .select_related("mentee", "programme")
        .order_by("status", "mentee__last_name", "pk")
    )
    name_programmes([*shown, *others])
    essays = list(essays_waiting_for(mentor=mentor).select_related("attempt__user"))
    name_assessments(essays)
    return {
        "rows": rows,
        "page_obj": page_obj,
        "mentee_count": len(pairings),
        "inactive_count": sum(1 for when in activity.values() if is_inactive(when, now)),
        "essays": essays,
        "essays_count": len(essays),
        "other_pairings": others,
    }


def pairing_record(*, pairing) -> dict:
    """What the pair wrote down: its meetings and goals."""
    return {
        "meetings": list(pairing.meetings.select_related("logged_by")),
        "goals": list(pairing.goals.select_related("set_by")),
    }


def mentee_picture(*, pairing, now=None) -> dict:
    """Everything a mentor (or staff) sees about one mentee of an active pairing: progress,
    results and essays, with the pairing's record."""
    row = mentee_rows([pairing], now=now, results_per_mentee=None)[0]
    keys = programme_course_keys([pairing.programme_id])[pairing.programme_id]
    essays = list(
        Response.objects.filter(
            question_type="essay",
            attempt__user_id=pairing.mentee_id,
            attempt__course_key__in=keys,
        )
        .exclude(attempt__status=Attempt.Status.IN_PROGRESS)
        .select_related("attempt", "graded_by")
        .order_by("-attempt__submitted_at", "pk")
    )
    name_assessments(essays)
    return {"row": row, "essays": essays, **pairing_record(pairing=pairing)}


# --- What a mentee sees --------------------------------------------------------------------


def my_mentoring(*, user) -> list:
    """The mentee's pairings with their mentor, meetings, goals, the records they may still
    add, and the feedback on their essays in the programme's courses."""
    from mentorship.permissions import addable_records

    pairings = list(
        Pairing.objects.filter(mentee=user)
        .select_related("mentor", "programme")
        .order_by("-starts_on", "pk")
    )
    pairings.sort(key=lambda pairing: not pairing.is_active)
    if not pairings:
        return []
    name_programmes(pairings)
    ids = [pairing.pk for pairing in pairings]
    meetings, goals = {}, {}
    for meeting in Meeting.objects.filter(pairing_id__in=ids):
        meetings.setdefault(meeting.pairing_id, []).append(meeting)
    for goal in Goal.objects.filter(pairing_id__in=ids):
        goals.setdefault(goal.pairing_id, []).append(goal)
    keys = programme_course_keys({pairing.programme_id for pairing in pairings})
    all_keys = set().union(*keys.values())
    feedback = list(
        Response.objects.filter(
            question_type="essay",
            attempt__user=user,
            attempt__course_key__in=all_keys,
            graded_by__isnull=False,
        )
        .exclude(feedback="")
        .select_related("attempt", "graded_by")
        .order_by("-graded_at")
    )
    name_assessments(feedback)
    return [
        {
            "pairing": pairing,
            "may_add": addable_records(user, pairing),
            "meetings": meetings.get(pairing.pk, []),
            "goals": goals.get(pairing.pk, []),
            "feedback": [
                response
                for response in feedback
                if response.graded_by_id == pairing.mentor_id
                and response.attempt.course_key in keys[pairing.programme_id]
            ],
        }
        for pairing in pairings
    ]


# --- The weekly digest ---------------------------------------------------------------------


def week_of(day) -> datetime.date:
    """The Monday that starts the week of ``day``."""
    return day - datetime.timedelta(days=day.weekday())


def mentors_with_active_pairings():
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(mentee_pairings__status=Pairing.Status.ACTIVE, is_active=True)
        .distinct()
    )


def digest_for(*, mentor, now=None) -> dict:
    """What the weekly digest tells a mentor: inactive mentees and essays waiting."""
    dashboard = mentor_dashboard(mentor=mentor, now=now)
    return {
        "inactive": [row for row in dashboard["rows"] if row.inactive],
        "essays_count": dashboard["essays_count"],
        "mentee_count": len(dashboard["rows"]),
    }

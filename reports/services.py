"""The Academy's reports: what staff and donors learn from the data.

Every function here answers one report in a fixed number of queries, whatever the number of
trainees or attempts: figures are aggregated in the database, and only per-course or
per-question rows (tens, not thousands) reach Python.

The rules the figures follow, shared by the pages, their exports and the dashboard charts:

- A course is counted once across its translations (records hold its ``translation_key``).
- *Enrolled* means an enrolment that is studying (active or completed); requests waiting,
  rejected and withdrawn enrolments are not counted.
- *Active in the last 30 days* means a lesson completed or an assessment started in the course.
- *Average best score*: each trainee's best graded result in each assessment, averaged.
- *Certificates* are those neither revoked nor replaced by a reissue, so a reissue counts once.
- Accounts erased at their holder's request stay in course figures (their learning records
  are kept without the person) but not in the counts of people by region or group.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db import connection
from django.db.models import Count, Exists, F, Max, OuterRef, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from academy.attempts import question_index
from academy.blocks import QuestionStreamBlock
from academy.grading import normalise
from academy.models import (
    AssessmentPage,
    Attempt,
    CoursePage,
    Enrollment,
    LessonCompletion,
    Response,
)
from academy.services import STUDYING, localized_pages, passed_assessments, progress_for_users
from accounts.models import User, WorkGroup
from accounts.regions import Region
from certificates.models import VALID_CERTIFICATE, IssuedCertificate
from mentorship.models import Meeting, MentorshipProgrammePage, Pairing

ACTIVE_DAYS = 30
QUIET_DAYS = 30
#: Percentages of attempts are stored with two decimals.
HUNDREDTHS = Decimal("0.01")


def percent(part, whole):
    """``part`` of ``whole`` as a percentage with one decimal, or None when there is no whole."""
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass
class ReportFilters:
    """The filters staff apply to the course reports; empty values mean "all"."""

    enrolled_from: object = None
    enrolled_to: object = None
    programme_key: object = None
    language: str = ""

    def enrollments(self):
        """The studying enrolments these filters select."""
        enrollments = Enrollment.objects.filter(status__in=STUDYING)
        if self.enrolled_from:
            enrollments = enrollments.filter(created_at__date__gte=self.enrolled_from)
        if self.enrolled_to:
            enrollments = enrollments.filter(created_at__date__lte=self.enrolled_to)
        if self.language:
            enrollments = enrollments.filter(user__preferred_language=self.language)
        if self.programme_key:
            enrollments = enrollments.filter(
                Exists(
                    Pairing.objects.filter(
                        programme__translation_key=self.programme_key, mentee=OuterRef("user")
                    )
                )
            )
        return enrollments


def programme_choices():
    """Mentorship programmes (the Academy's cohorts), one per translation key."""
    keys = MentorshipProgrammePage.objects.values_list("translation_key", flat=True).distinct()
    pages = localized_pages(MentorshipProgrammePage, set(keys), live=False, fields=["title"])
    return sorted(((str(key), page.title) for key, page in pages.items()), key=lambda c: c[1])


def course_titles(keys=None, language=None) -> dict:
    """Each course's title by translation key, in the active (or given) language."""
    pages = CoursePage.objects.all()
    if keys is not None:
        pages = pages.filter(translation_key__in=keys)
    all_keys = set(pages.values_list("translation_key", flat=True))
    return {
        key: page.title
        for key, page in localized_pages(
            CoursePage, all_keys, language=language, live=False, fields=["title"]
        ).items()
    }


def _active_in_course(since=None):
    """Whether the enrolment's trainee completed a lesson or started an attempt in its course
    (since ``since``, when given)."""
    same = {"user": OuterRef("user"), "course_key": OuterRef("course_key")}
    completions = LessonCompletion.objects.filter(**same)
    attempts = Attempt.objects.filter(**same)
    if since is not None:
        completions = completions.filter(completed_at__gte=since)
        attempts = attempts.filter(started_at__gte=since)
    return Exists(completions) | Exists(attempts)


def _average_best_scores(enrollments) -> dict:
    """Per course: the mean of each trainee's best graded result in each assessment."""
    best = (
        Attempt.objects.filter(status=Attempt.Status.GRADED, percent__isnull=False)
        .filter(
            Exists(enrollments.filter(course_key=OuterRef("course_key"), user=OuterRef("user")))
        )
        .values("course_key", "user_id", "assessment_key")
        .annotate(best=Max("percent"))
        .values("course_key", "best")
        .order_by()
    )
    # The ORM cannot aggregate an aggregate, so the database sums around the grouped query and
    # only one row per course comes back. Sums are of hundredths, as integers: SQLite keeps
    # decimals as floating point, and the mean must round the same way on both databases.
    inner, params = best.query.sql_with_params()
    # Only the ORM's own SQL is interpolated; every value travels in ``params``.
    around = (
        "SELECT best.course_key, SUM(CAST(ROUND(best.best * 100) AS INTEGER)), COUNT(*) "  # noqa: S608
        f"FROM ({inner}) best GROUP BY best.course_key"
    )
    with connection.cursor() as cursor:
        cursor.execute(around, params)
        rows = cursor.fetchall()
    key_field = Attempt._meta.get_field("course_key")
    return {
        key_field.to_python(key): (Decimal(hundredths) / 100 / count).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
        for key, hundredths, count in rows
    }


@dataclass
class CourseSummary:
    course_key: object
    title: str
    enrolled: int = 0
    active: int = 0
    completed: int = 0
    average_best_score: Decimal | None = None
    certificates: int = 0

    @property
    def completion_rate(self):
        return percent(self.completed, self.enrolled)


def course_summaries(filters: ReportFilters, today=None) -> list[CourseSummary]:
    """One row per course: enrolled, active in the last 30 days, completed, completion rate,
    average best score and valid certificates, for the trainees the filters select."""
    now = today or timezone.now()
    enrollments = filters.enrollments()
    counts = {
        row["course_key"]: row
        for row in enrollments.annotate(
            recent=_active_in_course(since=now - timedelta(ACTIVE_DAYS))
        )
        .values("course_key")
        .annotate(
            enrolled=Count("id"),
            active=Count("id", filter=Q(recent=True)),
            completed=Count("id", filter=Q(status=Enrollment.Status.COMPLETED)),
        )
        .order_by()
    }
    certificates = dict(
        IssuedCertificate.objects.filter(VALID_CERTIFICATE)
        .filter(
            Exists(enrollments.filter(course_key=OuterRef("course_key"), user=OuterRef("holder")))
        )
        .values("course_key")
        .annotate(held=Count("holder", distinct=True))
        .values_list("course_key", "held")
        .order_by()
    )
    scores = _average_best_scores(enrollments)
    rows = [
        CourseSummary(
            course_key=key,
            title=title,
            enrolled=counts.get(key, {}).get("enrolled", 0),
            active=counts.get(key, {}).get("active", 0),
            completed=counts.get(key, {}).get("completed", 0),
            average_best_score=scores.get(key),
            certificates=certificates.get(key, 0),
        )
        for key, title in course_titles().items()
    ]
    return sorted(rows, key=lambda row: (-row.enrolled, row.title))


@dataclass
class Funnel:
    course_key: object
    title: str
    enrolled: int
    started: int
    completed: int


def completion_funnels(limit=None) -> list[Funnel]:
    """For each course: enrolled, started (a lesson done or an assessment taken), completed;
    the courses with most trainees first."""
    rows = (
        Enrollment.objects.filter(status__in=STUDYING)
        .annotate(started=_active_in_course())
        .values("course_key")
        .annotate(
            enrolled=Count("id"),
            begun=Count("id", filter=Q(started=True)),
            completed=Count("id", filter=Q(status=Enrollment.Status.COMPLETED)),
        )
        .order_by("-enrolled", "course_key")
    )
    if limit:
        rows = rows[:limit]
    rows = list(rows)
    titles = course_titles({row["course_key"] for row in rows})
    return [
        Funnel(
            course_key=row["course_key"],
            title=titles.get(row["course_key"], str(row["course_key"])),
            enrolled=row["enrolled"],
            started=row["begun"],
            completed=row["completed"],
        )
        for row in rows
    ]


@dataclass
class TraineeProgress:
    """One trainee's row in a course report."""

    enrollment: Enrollment
    done: int = 0
    total: int = 0
    last_activity: object = None
    results: dict = field(default_factory=dict)

    @property
    def progress(self):
        return percent(self.done, self.total)


def course_assessments(course_key) -> list:
    """The course's live assessments in the order of the course, in the active language."""
    course = (
        CoursePage.objects.filter(
            translation_key=course_key, locale__language_code=settings.LANGUAGE_CODE
        ).first()
        or CoursePage.objects.filter(translation_key=course_key).first()
    )
    if course is None:
        return []
    keys = list(
        AssessmentPage.objects.live()
        .child_of(course)
        .order_by("path")
        .values_list("translation_key", flat=True)
    )
    pages = localized_pages(AssessmentPage, keys, fields=["title"])
    return [pages[key] for key in keys if key in pages]


def course_trainee_enrollments(course_key, filters: ReportFilters):
    """The enrolments listed in one course's report, with their trainee, by name."""
    return (
        filters.enrollments()
        .filter(course_key=course_key)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "user__email", "pk")
    )


def course_trainee_rows(enrollments, course_key) -> list[TraineeProgress]:
    """Progress, last activity and best result per assessment of one page of enrolments."""
    enrollments = list(enrollments)
    user_ids = [enrollment.user_id for enrollment in enrollments]
    progress = progress_for_users(user_ids=user_ids, course_keys=[course_key])
    lesson_activity = dict(
        LessonCompletion.objects.filter(user_id__in=user_ids, course_key=course_key)
        .values("user_id")
        .annotate(last=Max("completed_at"))
        .values_list("user_id", "last")
        .order_by()
    )
    passed_keys = passed_assessments(user_ids=user_ids, course_keys=[course_key])
    results = defaultdict(dict)
    attempt_activity = {}
    for row in (
        Attempt.objects.filter(user_id__in=user_ids, course_key=course_key)
        .values("user_id", "assessment_key")
        .annotate(
            best=Max("percent", filter=Q(status=Attempt.Status.GRADED)), last=Max("started_at")
        )
        .order_by()
    ):
        passed = row["assessment_key"] in passed_keys.get(row["user_id"], set())
        # SQLite gives a filtered Max of a decimal column as a float's digits (45.4500000000000):
        # rounded to the column's two places, as the attempts list shows a percent.
        best = row["best"].quantize(HUNDREDTHS) if row["best"] is not None else None
        results[row["user_id"]][row["assessment_key"]] = (best, passed)
        previous = attempt_activity.get(row["user_id"])
        attempt_activity[row["user_id"]] = max(filter(None, [previous, row["last"]]))
    rows = []
    for enrollment in enrollments:
        user_id = enrollment.user_id
        course_progress = progress.get((user_id, course_key))
        moments = [lesson_activity.get(user_id), attempt_activity.get(user_id)]
        rows.append(
            TraineeProgress(
                enrollment=enrollment,
                done=course_progress.done if course_progress else 0,
                total=course_progress.total if course_progress else 0,
                last_activity=max(filter(None, moments), default=None),
                results=results.get(user_id, {}),
            )
        )
    return rows


@dataclass
class QuestionFigures:
    """How one question of an assessment was answered."""

    number: int
    question_id: str
    question_type: str
    text: str
    answered: int = 0
    correct: int = 0
    common_wrong: str = ""
    common_wrong_count: int = 0

    @property
    def correct_rate(self):
        return percent(self.correct, self.answered)


def _wrong_answers(block_type, value, answer_counts):
    """The wrong answer of one question chosen most often, as [(label, count)] or []."""
    wrong = Counter()
    if block_type in ("single_choice", "multiple_choice"):
        labels = {child.id: str(child.value["text"]) for child in value["choices"].bound_blocks}
        correct = {child.id for child in value["choices"].bound_blocks if child.value["correct"]}
        for answer, count in answer_counts:
            answer = answer or {}
            if block_type == "multiple_choice":
                chosen = set(answer.get("choices") or [])
            else:
                chosen = {answer.get("choice")} - {None}
            for choice in chosen - correct:
                wrong[labels.get(choice, choice)] += count
    elif block_type == "true_false":
        for answer, count in answer_counts:
            given = (answer or {}).get("value")
            if given is not None and given != value["answer"]:
                wrong[str(_("True") if given else _("False"))] += count
    elif block_type == "short_answer":
        accepted = {normalise(text) for text in value["accepted"]}
        for answer, count in answer_counts:
            text = normalise((answer or {}).get("text") or "")
            if text and text not in accepted:
                wrong[text] += count
    return wrong.most_common(1)


def question_analysis(assessment_key) -> list[QuestionFigures]:
    """For each question of the assessment as it now stands (pools flattened): how many
    graded answers, how many fully correct, and the wrong answer given most often (choice
    questions, true/false and short answers), so authors can fix misleading questions."""
    page = localized_pages(AssessmentPage, [assessment_key], live=False).get(assessment_key)
    if page is None:
        return []
    type_labels = {name: block.label for name, block in QuestionStreamBlock().child_blocks.items()}
    responses = Response.objects.filter(
        attempt__assessment_key=assessment_key,
        attempt__submitted_at__isnull=False,
        score__isnull=False,
    )
    totals = {
        row["question_id"]: row
        for row in responses.values("question_id")
        .annotate(answered=Count("id"), correct=Count("id", filter=Q(score=F("max_score"))))
        .order_by()
    }
    wrong_answers = defaultdict(list)
    for question_id, answer, count in (
        responses.filter(score__lt=F("max_score"))
        .exclude(question_type__in=["essay", "matching"])
        .values("question_id", "answer")
        .annotate(count=Count("id"))
        .values_list("question_id", "answer", "count")
        .order_by()
    ):
        wrong_answers[question_id].append((answer, count))
    rows = []
    for number, (question_id, (block_type, value)) in enumerate(
        question_index(page).items(), start=1
    ):
        figures = totals.get(question_id, {})
        common = _wrong_answers(block_type, value, wrong_answers.get(question_id, []))
        rows.append(
            QuestionFigures(
                number=number,
                question_id=question_id,
                question_type=str(type_labels.get(block_type, block_type)),
                text=str(value.get("prompt", "")),
                answered=figures.get("answered", 0),
                correct=figures.get("correct", 0),
                common_wrong=common[0][0] if common else "",
                common_wrong_count=common[0][1] if common else 0,
            )
        )
    return rows


@dataclass
class ProgrammeFigures:
    programme: MentorshipProgrammePage
    pairings: int
    active: int
    meetings: int
    quiet: int


def quiet_pairings(today=None):
    """Active pairings with no meeting held in the last 30 days (or none at all)."""
    since = (today or timezone.localdate()) - timedelta(QUIET_DAYS)
    return Pairing.objects.filter(status=Pairing.Status.ACTIVE).exclude(
        Exists(Meeting.objects.filter(pairing=OuterRef("pk"), held_on__gte=since))
    )


def mentorship_summaries(today=None) -> list[ProgrammeFigures]:
    """Per programme page: pairings, active pairings, meetings logged, and active pairs
    with no meeting in the last 30 days."""
    quiet = dict(
        quiet_pairings(today)
        .values("programme")
        .annotate(n=Count("id"))
        .values_list("programme", "n")
        .order_by()
    )
    meetings = dict(
        Meeting.objects.values("pairing__programme")
        .annotate(n=Count("id"))
        .values_list("pairing__programme", "n")
        .order_by()
    )
    programmes = (
        MentorshipProgrammePage.objects.select_related("locale")
        .annotate(
            pairing_count=Count("pairings", distinct=True),
            active_count=Count(
                "pairings", filter=Q(pairings__status=Pairing.Status.ACTIVE), distinct=True
            ),
        )
        .order_by("title", "pk")
    )
    return [
        ProgrammeFigures(
            programme=programme,
            pairings=programme.pairing_count,
            active=programme.active_count,
            meetings=meetings.get(programme.pk, 0),
            quiet=quiet.get(programme.pk, 0),
        )
        for programme in programmes
        if programme.pairing_count
    ]


@dataclass
class MonthFigures:
    month: object
    issued: int = 0
    revoked: int = 0


def certificates_by_month(*, start=None, end=None, course_key=None) -> list[MonthFigures]:
    """Certificates issued and revoked per calendar month (in the site's time zone), newest
    month first; a reissue is counted as issued in its month."""
    certificates = IssuedCertificate.objects.all()
    if course_key:
        certificates = certificates.filter(course_key=course_key)
    months = {}
    for date_field, figure in (("issued_at", "issued"), ("revoked_at", "revoked")):
        selected = certificates.filter(**{f"{date_field}__isnull": False})
        if start:
            selected = selected.filter(**{f"{date_field}__date__gte": start})
        if end:
            selected = selected.filter(**{f"{date_field}__date__lte": end})
        for month, count in (
            selected.annotate(month=TruncMonth(date_field))
            .values("month")
            .annotate(n=Count("id"))
            .values_list("month", "n")
            .order_by()
        ):
            key = month.date() if hasattr(month, "date") else month
            setattr(months.setdefault(key, MonthFigures(month=key)), figure, count)
    return sorted(months.values(), key=lambda row: row.month, reverse=True)


@dataclass
class PeopleCount:
    kind: str
    label: str
    trainees: int


def trainees_by_region_and_group() -> list[PeopleCount]:
    """How many trainees (people with at least one studying enrolment, accounts not erased)
    are in each region and work with each group; counts only, never names."""
    trainees = User.objects.filter(
        erased_at__isnull=True,
        enrollments__status__in=STUDYING,
    ).distinct()
    by_region = dict(
        User.objects.filter(pk__in=trainees.values("pk"))
        .values("region")
        .annotate(n=Count("id"))
        .values_list("region", "n")
        .order_by()
    )
    by_group = dict(
        WorkGroup.objects.annotate(n=Count("members", filter=Q(members__in=trainees.values("pk"))))
        .values_list("code", "n")
        .order_by()
    )
    region_kind, group_kind = _("Region"), _("Group worked with")
    unknown = pgettext("region", "Not given")
    rows = [
        PeopleCount(region_kind, str(label), by_region.get(code, 0))
        for code, label in sorted(Region.choices, key=lambda c: str(c[1]))
    ]
    rows.append(PeopleCount(region_kind, str(unknown), by_region.get("", 0)))
    rows += [
        PeopleCount(group_kind, str(label), by_group.get(code, 0))
        for code, label in WorkGroup.Code.choices
    ]
    return rows


def last_months(count=12, today=None) -> list:
    """The first day of each of the last ``count`` calendar months, oldest first."""
    day = today or timezone.localdate()
    year, month = day.year, day.month
    months = []
    for _step in range(count):
        months.append(day.replace(year=year, month=month, day=1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(months))


def certificates_last_months(count=12, today=None) -> list[MonthFigures]:
    """Certificates issued and revoked in each of the last ``count`` months, empty months
    included, oldest first: what the dashboard chart draws."""
    months = last_months(count, today)
    figures = {row.month: row for row in certificates_by_month(start=months[0])}
    return [figures.get(month, MonthFigures(month=month)) for month in months]

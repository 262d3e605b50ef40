"""Each report's figures against data built for it, with answers worked out by hand
(the data and the arithmetic are described in ``conftest.py``)."""

import datetime
import uuid
from decimal import Decimal

import pytest
from django.utils import timezone, translation

from academy.models import Attempt, Enrollment
from accounts.models import WorkGroup
from accounts.regions import Region
from reports import charts, services
from reports.services import Funnel, MonthFigures, ReportFilters
from tests.factories.academy import AssessmentPageFactory, EnrollmentFactory
from tests.factories.accounts import UserFactory
from tests.factories.cms import translate
from tests.factories.mentorship import PairingFactory
from tests.reports.conftest import attempt, certificate, local

pytestmark = pytest.mark.django_db

D = Decimal


@pytest.fixture(scope="module", autouse=True)
def _all_data(world, question_data):
    """Both data sets exist for every test of the module, whichever runs first."""


def figures(row):
    return (
        row.enrolled,
        row.active,
        row.completed,
        row.completion_rate,
        row.average_best_score,
        row.certificates,
    )


def summaries(world, filters=None):
    rows = services.course_summaries(filters or ReportFilters())
    by_key = {row.course_key: figures(row) for row in rows}
    return [
        by_key[world.course_a.translation_key],
        by_key[world.course_b.translation_key],
        by_key[world.course_c.translation_key],
    ]


NOBODY = (0, 0, 0, None, None, 0)


# --- Course summaries ----------------------------------------------------------------------


def test_course_summaries_without_filters(world):
    rows = services.course_summaries(ReportFilters())
    # Then by title among courses with as many trainees ("Delta" holds the question data).
    assert [row.title for row in rows] == [
        "Alpha: trial monitoring",
        "Beta: fair trial rights",
        "Delta: questions",
        "Gamma: juvenile justice",
    ]
    assert [figures(row) for row in rows] == [
        # Studying t1, t2, t3, t6; active t1 (lessons) and t3 (attempt); t1 completed;
        # best scores 90 (not t1's later 40), 60, 40 -> 63.3; t2's certificate is revoked.
        (4, 2, 1, D("25.0"), D("63.3"), 1),
        # t1 and t4; t1's lesson yesterday (t4's is in course A); the reissue counts once.
        (2, 1, 1, D("50.0"), None, 1),
        NOBODY,
        NOBODY,
    ]


def test_completion_rate_has_one_decimal(world):
    # A third trainee in course B, active: 1 completed of 3.
    EnrollmentFactory(course=world.course_b, status=Enrollment.Status.ACTIVE)
    [row] = [
        row
        for row in services.course_summaries(ReportFilters())
        if row.course_key == world.course_b.translation_key
    ]
    assert row.completion_rate == D("33.3")
    assert str(row.completion_rate) == "33.3"


def test_activity_older_than_30_days_does_not_count(world):
    def active(days_later):
        now = world.now + datetime.timedelta(days=days_later)
        rows = services.course_summaries(ReportFilters(), now)
        return [row.active for row in rows]

    # Course A: t1's last lesson 2 days ago, t3's last attempt 4 days ago; course B: t1's
    # lesson 1 day ago. Activity exactly 30 days old still counts.
    assert active(26) == [2, 1, 0, 0]
    assert active(27) == [1, 1, 0, 0]
    assert active(28) == [1, 1, 0, 0]
    assert active(29) == [0, 1, 0, 0]
    assert active(30) == [0, 0, 0, 0]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        pytest.param(
            # t2 in A (15 Feb), t1 in B (1 Feb); t6 enrolled at 00:30 on 1 March, local time.
            lambda w: ReportFilters(
                enrolled_from=datetime.date(2025, 2, 1), enrolled_to=datetime.date(2025, 2, 28)
            ),
            [(1, 0, 0, D("0.0"), D("60.0"), 0), (1, 1, 0, D("0.0"), None, 0), NOBODY],
            id="enrolled-in-february",
        ),
        pytest.param(
            # t3 and t6 in A, t4 in B.
            lambda w: ReportFilters(enrolled_from=datetime.date(2025, 3, 1)),
            [(2, 1, 0, D("0.0"), D("40.0"), 0), (1, 0, 1, D("100.0"), None, 1), NOBODY],
            id="enrolled-from-march",
        ),
        pytest.param(
            lambda w: ReportFilters(enrolled_to=datetime.date(2025, 1, 31)),
            [(1, 1, 1, D("100.0"), D("90.0"), 1), (0, 0, 0, None, None, 0), NOBODY],
            id="enrolled-until-january",
        ),
        pytest.param(
            lambda w: ReportFilters(language="ru"),
            [(1, 1, 0, D("0.0"), D("40.0"), 0), NOBODY, NOBODY],
            id="russian-speakers",
        ),
        pytest.param(
            # t4 is pending in A, completed in B.
            lambda w: ReportFilters(language="kk"),
            [NOBODY, (1, 0, 1, D("100.0"), None, 1), NOBODY],
            id="kazakh-speakers",
        ),
        pytest.param(
            # Mentees of the programme in any language: t1 (English page), t3 (Russian page).
            lambda w: ReportFilters(programme_key=w.programme.translation_key),
            [(2, 2, 1, D("50.0"), D("65.0"), 1), (1, 1, 0, D("0.0"), None, 0), NOBODY],
            id="programme",
        ),
        pytest.param(
            lambda w: ReportFilters(programme_key=w.other_programme.translation_key),
            [(1, 0, 0, D("0.0"), D("60.0"), 0), NOBODY, NOBODY],
            id="other-programme",
        ),
        pytest.param(
            lambda w: ReportFilters(programme_key=w.programme.translation_key, language="en"),
            [(1, 1, 1, D("100.0"), D("90.0"), 1), (1, 1, 0, D("0.0"), None, 0), NOBODY],
            id="programme-and-language",
        ),
    ],
)
def test_course_summaries_with_filters(world, filters, expected):
    assert summaries(world, filters(world)) == expected


def test_average_best_score_rounds_the_exact_mean_half_up(world):
    # Two trainees of course C score 53.37 % and 57.33 %: the mean is exactly 55.35, shown
    # as 55.4 (in binary floating point the sum is 110.69999..., which would give 55.3).
    quiz = AssessmentPageFactory(parent=world.course_c, title="Gamma quiz")
    for score in ("53.37", "57.33"):
        user = UserFactory()
        EnrollmentFactory(user=user, course=world.course_c)
        attempt(user, quiz, world.course_c, percent=score)
    assert summaries(world)[2][4] == D("55.4")


def test_a_course_counts_once_across_its_translations(course, programme, trainee):
    translate(course, "ru", title="Мониторинг судов")
    EnrollmentFactory(user=trainee, course=course, status=Enrollment.Status.ACTIVE)
    PairingFactory(programme=programme, mentee=trainee)
    key = course.translation_key

    def rows_of(rows):
        return [(row.title, row.enrolled) for row in rows if row.course_key == key]

    assert rows_of(services.course_summaries(ReportFilters())) == [(course.title, 1)]
    assert rows_of(services.completion_funnels()) == [(course.title, 1)]
    with translation.override("ru"):
        assert rows_of(services.course_summaries(ReportFilters())) == [("Мониторинг судов", 1)]
    # The programme filter offers each programme once, whatever its translations.
    translate(programme, "ru", title="Программа")
    keys = [key for key, _title in services.programme_choices()]
    assert keys.count(str(programme.translation_key)) == 1
    by_programme = ReportFilters(programme_key=programme.translation_key)
    assert rows_of(services.course_summaries(by_programme)) == [(course.title, 1)]


def test_erased_accounts_stay_in_course_figures(world):
    t6 = world.trainees["t6"]
    Enrollment.objects.filter(user=t6).update(status=Enrollment.Status.WITHDRAWN)
    assert summaries(world)[0][0] == 3


# --- One course's trainees -------------------------------------------------------------------


def test_course_trainee_rows(world):
    t1, t2, t3, _t4, _t5, t6 = world.trainees.values()
    key = world.course_a.translation_key
    ago = lambda days: world.now - datetime.timedelta(days=days)  # noqa: E731
    enrollments = services.course_trainee_enrollments(key, ReportFilters())
    rows = services.course_trainee_rows(enrollments, key)
    # By last name; the erased account has none.
    assert [row.enrollment.user for row in rows] == [t6, t1, t2, t3]
    quiz = world.quiz.translation_key
    table = {
        row.enrollment.user: (row.done, row.total, row.progress, row.last_activity, row.results)
        for row in rows
    }
    # Required: two lessons and the quiz (passed with 50 %).
    assert table[t1] == (3, 3, D("100.0"), ago(2), {quiz: (D("90"), True)})
    assert table[t2] == (2, 3, D("66.7"), ago(45), {quiz: (D("60"), True)})
    assert table[t3] == (0, 3, D("0.0"), ago(4), {quiz: (D("40"), False)})
    assert table[t6] == (0, 3, D("0.0"), None, {})


def test_passed_follows_the_assessments_grading_method(world):
    """Graded by the last attempt: a pass followed by a fail is not passed; the best score
    shown is still the best."""
    t3 = world.trainees["t3"]
    key = world.course_a.translation_key
    world.quiz.grading_method = world.quiz.GradingMethod.LAST
    world.quiz.save()
    Attempt.objects.filter(user=t3, assessment_key=world.quiz.translation_key).delete()
    attempt(t3, world.quiz, world.course_a, number=1, percent=80)
    attempt(t3, world.quiz, world.course_a, number=2, percent=30)
    enrollments = services.course_trainee_enrollments(key, ReportFilters()).filter(user=t3)
    (row,) = services.course_trainee_rows(enrollments, key)
    assert row.results == {world.quiz.translation_key: (D("80"), False)}

    world.quiz.grading_method = world.quiz.GradingMethod.HIGHEST
    world.quiz.save()
    (row,) = services.course_trainee_rows(enrollments, key)
    assert row.results == {world.quiz.translation_key: (D("80"), True)}


def test_course_trainee_enrollments_follow_the_filters(world):
    key = world.course_a.translation_key
    filters = ReportFilters(programme_key=world.programme.translation_key)
    enrollments = services.course_trainee_enrollments(key, filters)
    assert [e.user for e in enrollments] == [world.trainees["t1"], world.trainees["t3"]]


def test_course_assessments(world):
    assert services.course_assessments(world.course_a.translation_key) == [world.quiz]
    assert services.course_assessments(world.course_b.translation_key) == []
    assert services.course_assessments(uuid.uuid4()) == []


# --- Question analysis ---------------------------------------------------------------------


def question_rows(key):
    return [
        (
            row.number,
            row.question_id,
            row.question_type,
            row.text,
            row.answered,
            row.correct,
            row.correct_rate,
            row.common_wrong,
            row.common_wrong_count,
        )
        for row in services.question_analysis(key)
    ]


EXPECTED_QUESTIONS = [
    (1, "s1", "Single choice", "Question s1", 5, 2, D("40.0"), "Choice b", 2),
    (2, "m1", "Multiple choice", "Question m1", 5, 1, D("20.0"), "Choice c", 3),
    (3, "tf", "True or false", "A statement", 5, 2, D("40.0"), "False", 3),
    (4, "sa", "Short answer", "Name it", 5, 1, D("20.0"), "right to silence", 2),
    (5, "e1", "Essay", "Explain", 2, 1, D("50.0"), "", 0),
    (6, "p1", "True or false", "A statement", 0, 0, None, "", 0),
]


def test_question_analysis(question_data):
    assert question_rows(question_data.assessment.translation_key) == EXPECTED_QUESTIONS


def test_question_analysis_ignores_unsubmitted_attempts(question_data):
    key = question_data.assessment.translation_key
    before = question_rows(key)
    question_data.unsubmitted.submitted_at = timezone.now()
    question_data.unsubmitted.save()
    after = question_rows(key)
    # Once submitted, its five graded answers count: the test data can tell the difference.
    assert [row[4] for row in after] == [row[4] + 1 for row in before[:5]] + [0]


def test_question_analysis_of_an_unknown_assessment(question_data):
    assert services.question_analysis(uuid.uuid4()) == []


# --- Mentorship ----------------------------------------------------------------------------


def test_mentorship_summaries(world):
    rows = services.mentorship_summaries()
    assert [
        (row.programme.pk, row.pairings, row.active, row.meetings, row.quiet) for row in rows
    ] == [
        # 5 pairings: active met 5 days ago, active met 40 days ago (quiet), active never met
        # (quiet), paused never met (not quiet), completed with 2 meetings.
        (world.programme.pk, 5, 3, 4, 2),
        (world.other_programme.pk, 1, 1, 0, 1),
        (world.programme_ru.pk, 1, 1, 1, 0),
    ]


def test_a_pairing_is_quiet_after_30_days_without_a_meeting(world):
    # The Russian programme's only pairing met 10 days ago.
    def quiet_in_russian(days_later):
        today = timezone.localdate() + datetime.timedelta(days=days_later)
        rows = {row.programme.pk: row.quiet for row in services.mentorship_summaries(today)}
        return rows[world.programme_ru.pk]

    assert quiet_in_russian(20) == 0  # met exactly 30 days before
    assert quiet_in_russian(21) == 1


# --- Certificates per month ----------------------------------------------------------------


def months(rows):
    return [(row.month, row.issued, row.revoked) for row in rows]


JAN, FEB, MAR = (datetime.date(2025, month, 1) for month in (1, 2, 3))


def test_certificates_by_month(world):
    # Issued: valid (Jan), revoked (Jan), superseded (Feb), reissue (Mar); revoked in Mar.
    assert months(services.certificates_by_month()) == [(MAR, 1, 1), (FEB, 1, 0), (JAN, 2, 0)]


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"start": datetime.date(2025, 2, 1)}, [(MAR, 1, 1), (FEB, 1, 0)]),
        ({"end": datetime.date(2025, 2, 28)}, [(FEB, 1, 0), (JAN, 2, 0)]),
        (
            {"start": datetime.date(2025, 1, 16), "end": datetime.date(2025, 3, 2)},
            [(MAR, 1, 0), (FEB, 1, 0), (JAN, 1, 0)],
        ),
        ({"course": "a"}, [(MAR, 0, 1), (JAN, 2, 0)]),
        ({"course": "b"}, [(MAR, 1, 0), (FEB, 1, 0)]),
        ({"course": "c"}, []),
    ],
)
def test_certificates_by_month_with_filters(world, filters, expected):
    filters = dict(filters)
    if "course" in filters:
        filters["course_key"] = getattr(world, f"course_{filters.pop('course')}").translation_key
    assert months(services.certificates_by_month(**filters)) == expected


def test_certificate_months_are_in_the_site_time_zone(world):
    # 20:30 UTC on 30 April is 01:30 on 1 May in Almaty.
    issued = datetime.datetime(2025, 4, 30, 20, 30, tzinfo=datetime.UTC)
    certificate(world.trainees["t3"], world.course_c, issued)
    rows = services.certificates_by_month(course_key=world.course_c.translation_key)
    assert months(rows) == [(datetime.date(2025, 5, 1), 1, 0)]


def test_certificates_last_months_include_empty_months(world):
    certificate(world.trainees["t3"], world.course_c, local(2024, 4, 20, 12))  # too old
    rows = services.certificates_last_months(today=datetime.date(2025, 4, 15))
    expected = {JAN: (2, 0), FEB: (1, 0), MAR: (1, 1)}
    first = datetime.date(2024, 5, 1)
    assert [row.month for row in rows] == [
        datetime.date(2024 + (4 + n) // 12, (4 + n) % 12 + 1, 1) for n in range(12)
    ]
    assert rows[0].month == first
    assert rows[-1].month == datetime.date(2025, 4, 1)
    assert [(row.issued, row.revoked) for row in rows] == [
        expected.get(row.month, (0, 0)) for row in rows
    ]
    assert sum(row.issued for row in rows) == 4


def test_certificates_last_months_with_no_certificates(world):
    # The certificates were all issued in 2025.
    rows = services.certificates_last_months(today=datetime.date(2024, 12, 31))
    assert len(rows) == 12
    assert rows[0].month == datetime.date(2024, 1, 1)
    assert rows[-1].month == datetime.date(2024, 12, 1)
    assert all((row.issued, row.revoked) == (0, 0) for row in rows)


# --- Trainees by region and group ----------------------------------------------------------


def test_trainees_by_region_and_group(world):
    rows = services.trainees_by_region_and_group()
    counts = {(row.kind, row.label): row.trainees for row in rows}
    # Studying, not erased: t1 (two courses, counted once), t2, t3, t4.
    # t5 only withdrawn and rejected; t6 erased.
    expected = {("Region", str(label)): 0 for _code, label in Region.choices}
    expected[("Region", "Astana (city)")] = 2
    expected[("Region", "Almaty (city)")] = 1
    expected[("Region", "Not given")] = 1
    expected.update({("Group worked with", str(label)): 0 for _c, label in WorkGroup.Code.choices})
    expected[("Group worked with", "Women")] = 2
    expected[("Group worked with", "Youth")] = 1
    expected[("Group worked with", "Migrants")] = 1
    assert counts == expected
    assert len(rows) == len(Region.choices) + 1 + len(WorkGroup.Code.choices)
    regions = [row.label for row in rows if row.kind == "Region"]
    assert regions[:-1] == sorted(regions[:-1])
    assert regions[-1] == "Not given"
    groups = [row.label for row in rows if row.kind == "Group worked with"]
    assert groups == [str(label) for _code, label in WorkGroup.Code.choices]


def test_pending_and_erased_people_are_not_counted_by_region(world):
    newcomer = UserFactory(region=Region.SHYMKENT)
    EnrollmentFactory(user=newcomer, course=world.course_c, status=Enrollment.Status.PENDING)

    def shymkent():
        rows = services.trainees_by_region_and_group()
        return {row.label: row.trainees for row in rows}["Shymkent (city)"]

    assert shymkent() == 0
    Enrollment.objects.filter(user=newcomer).update(status=Enrollment.Status.ACTIVE)
    assert shymkent() == 1
    newcomer.erased_at = timezone.now()
    newcomer.save()
    assert shymkent() == 0


# --- Completion funnels --------------------------------------------------------------------


def funnel_figures(rows):
    return [(row.course_key, row.title, row.enrolled, row.started, row.completed) for row in rows]


def test_completion_funnels(world):
    a, b = world.course_a, world.course_b
    # A: t1, t2, t3, t6 studying; t1, t2 lessons and t3 attempts -> started 3; 1 completed.
    # B: t1, t4; only t1 did something. Course C has nobody and is left out.
    assert funnel_figures(services.completion_funnels()) == [
        (a.translation_key, a.title, 4, 3, 1),
        (b.translation_key, b.title, 2, 1, 1),
    ]
    assert funnel_figures(services.completion_funnels(limit=1)) == [
        (a.translation_key, a.title, 4, 3, 1)
    ]


def test_completion_funnels_put_the_largest_course_first(world):
    for _ in range(3):
        EnrollmentFactory(course=world.course_c, status=Enrollment.Status.ACTIVE)
    rows = services.completion_funnels(limit=2)
    assert [(row.title, row.enrolled) for row in rows] == [
        ("Alpha: trial monitoring", 4),
        ("Gamma: juvenile justice", 3),
    ]


# --- Charts --------------------------------------------------------------------------------


def widths(chart):
    return [[bar.width for bar in group.bars] for group in chart.groups]


def test_funnel_chart_scales_to_the_largest_course(world):
    chart = charts.funnel_chart(services.completion_funnels(), ("E", "S", "C"))
    assert [group.label for group in chart.groups] == [
        "Alpha: trial monitoring",
        "Beta: fair trial rights",
    ]
    # A: 4, 3, 1 of 4; B: 2, 1, 1 of 4.
    assert widths(chart) == [[440, 330, 110], [220, 110, 110]]
    assert max(bar.width for group in chart.groups for bar in group.bars) == (
        charts.FUNNEL_BAR_SPACE
    )
    assert [[bar.value for bar in group.bars] for group in chart.groups] == [
        [4, 3, 1],
        [2, 1, 1],
    ]
    assert chart.height == 2 * charts.FUNNEL_ROW


def test_funnel_chart_rounds_to_one_decimal():
    chart = charts.funnel_chart([Funnel(None, "X", 3, 2, 1)], ("E", "S", "C"))
    assert widths(chart) == [[440, 293.3, 146.7]]


def test_funnel_chart_without_data():
    assert charts.funnel_chart([], ("E", "S", "C")).groups == []
    chart = charts.funnel_chart([Funnel(None, "Empty", 0, 0, 0)], ("E", "S", "C"))
    assert widths(chart) == [[0, 0, 0]]


def test_months_chart_scales_to_the_tallest_month(world):
    rows = services.certificates_last_months(today=datetime.date(2025, 4, 15))
    chart = charts.months_chart(rows, ("Issued", "Revoked"))
    heights = {
        group.label: [bar.height for bar in group.bars]
        for group in chart.groups
        if any(bar.value for bar in group.bars)
    }
    # January's 2 issued is the tallest column.
    assert heights == {JAN: [150, 0], FEB: [75, 0], MAR: [75, 75]}
    tallest = [bar for group in chart.groups for bar in group.bars if bar.height == 150]
    assert [(bar.series, bar.y) for bar in tallest] == [("issued", charts.MONTH_BASELINE - 150)]
    assert len(chart.groups) == 12


def test_months_chart_without_certificates():
    rows = [MonthFigures(month=datetime.date(2025, m, 1)) for m in range(1, 13)]
    chart = charts.months_chart(rows, ("Issued", "Revoked"))
    assert all(bar.height == 0 for group in chart.groups for bar in group.bars)
    assert charts.months_chart([], ("Issued", "Revoked")).groups == []

"""The report pages as Academy staff see them, and their CSV and XLSX exports: the same
figures everywhere, for the data described in ``conftest.py``."""

import datetime
import re
import uuid
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from reports import services
from tests.reports.conftest import csv_rows, listing, values_of, xlsx_rows

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", autouse=True)
def _all_data(world, question_data):
    """Both data sets exist for every test of the module, whichever runs first."""


@pytest.fixture
def staff_client(client, academy_staff):
    client.force_login(academy_staff)
    return client


def url(name, *args, **query):
    address = reverse(f"academy_reports:{name}", args=args)
    if query:
        address += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return address


def exports(client, address):
    """The CSV and XLSX rows of the report at ``address``, each as (header, rows)."""
    joiner = "&" if "?" in address else "?"
    csv_table = csv_rows(client.get(f"{address}{joiner}export=csv"))
    xlsx_table = xlsx_rows(client.get(f"{address}{joiner}export=xlsx"))
    return (csv_table[0], csv_table[1:]), (xlsx_table[0], xlsx_table[1:])


def results_of(address):
    """The address of the results fragment the filters refresh (``<report>/results/``)."""
    path, _sep, query = address.partition("?")
    return f"{path}results/" + (f"?{query}" if query else "")


def check_page_and_exports(client, address, header, rows):
    """The page and its results fragment show ``rows`` (text as printed); the CSV holds the
    same text and the spreadsheet the same values."""
    for shown in (address, results_of(address)):
        page_header, page_rows, _links = listing(client.get(shown))
        assert page_header == header, shown
        assert page_rows == rows, shown
    (csv_header, csv_body), (xlsx_header, xlsx_body) = exports(client, address)
    assert csv_header == header
    assert csv_body == rows
    assert xlsx_header == header
    assert values_of(xlsx_body) == values_of(rows)


# --- Courses -------------------------------------------------------------------------------

COURSE_HEADER = [
    "Course",
    "Enrolled",
    "Active in the last 30 days",
    "Completed",
    "Completion rate (%)",
    "Average best score (%)",
    "Certificates issued",
]
EMPTY_COURSES = [
    ["Delta: questions", "0", "0", "0", "", "", "0"],
    ["Gamma: juvenile justice", "0", "0", "0", "", "", "0"],
]


def test_courses_report(staff_client, world):
    rows = [
        ["Alpha: trial monitoring", "4", "2", "1", "25.0", "63.3", "1"],
        ["Beta: fair trial rights", "2", "1", "1", "50.0", "", "1"],
        *EMPTY_COURSES,
    ]
    check_page_and_exports(staff_client, url("courses"), COURSE_HEADER, rows)
    _header, _rows, links = listing(staff_client.get(url("courses")))
    assert links[:2] == [
        url("course", world.course_a.translation_key),
        url("course", world.course_b.translation_key),
    ]


def test_courses_report_agrees_with_the_service(staff_client, world):
    expected = [
        [
            row.title,
            row.enrolled,
            row.active,
            row.completed,
            row.completion_rate,
            row.average_best_score,
            row.certificates,
        ]
        for row in services.course_summaries(services.ReportFilters())
    ]
    _header, page_rows, _links = listing(staff_client.get(url("courses")))
    assert values_of(page_rows) == values_of(expected)


@pytest.mark.parametrize(
    ("query", "alpha", "beta"),
    [
        (
            {"language": "ru"},
            ["Alpha: trial monitoring", "1", "1", "0", "0.0", "40.0", "0"],
            ["Beta: fair trial rights", "0", "0", "0", "", "", "0"],
        ),
        (
            {"enrolled_from": "2025-02-01", "enrolled_to": "2025-02-28"},
            ["Alpha: trial monitoring", "1", "0", "0", "0.0", "60.0", "0"],
            ["Beta: fair trial rights", "1", "1", "0", "0.0", "", "0"],
        ),
        (
            {"programme": "PROGRAMME"},
            ["Alpha: trial monitoring", "2", "2", "1", "50.0", "65.0", "1"],
            ["Beta: fair trial rights", "1", "1", "0", "0.0", "", "0"],
        ),
    ],
    ids=["language", "enrolled-between", "programme"],
)
def test_courses_report_with_filters(staff_client, world, query, alpha, beta):
    query = dict(query)
    if query.get("programme") == "PROGRAMME":
        query["programme"] = world.programme.translation_key
    address = url("courses", **query)
    check_page_and_exports(staff_client, address, COURSE_HEADER, [alpha, beta, *EMPTY_COURSES])
    # The course links keep the filters.
    _header, _rows, links = listing(staff_client.get(address))
    assert links[0] == address.replace(
        url("courses"), url("course", world.course_a.translation_key)
    )


# --- One course's trainees -----------------------------------------------------------------


def expected_trainees(world):
    """Per trainee of course A, by name: the columns shown as text, last activity, and the
    quiz result as (best percent, passed)."""
    t1, t2, t3, _t4, _t5, t6 = world.trainees.values()
    ago = lambda days: world.now - datetime.timedelta(days=days)  # noqa: E731
    return [
        ([str(t6), t6.email, "Enrolled", "0.0"], None, None),
        (["Aigerim Abenova", "t1@example.org", "Completed", "100.0"], ago(2), (90, True)),
        (["Bolat Bekov", "t2@example.org", "Enrolled", "66.7"], ago(45), (60, True)),
        (["Chingiz Chen", "t3@example.org", "Enrolled", "0.0"], ago(4), (40, False)),
    ]


def result_of(label):
    """("90% (passed)" | "40%" | "—") as (best percent, passed) or None."""
    if label == "—":
        return None
    match = re.fullmatch(r"([\d.]+)%( \(passed\))?", label)
    assert match, label
    return Decimal(match[1]), bool(match[2])


def test_course_page_shows_each_trainees_figures(staff_client, world):
    key = world.course_a.translation_key
    expected = expected_trainees(world)
    for name in ("course", "course_results"):
        header, rows, _links = listing(staff_client.get(url(name, key)))
        assert header == [
            "Trainee",
            "E-mail",
            "Status",
            "Progress (%)",
            "Last activity",
            "Alpha quiz",
        ]
        assert [row[:4] for row in rows] == [columns for columns, _last, _result in expected]
        for row, (_columns, last_activity, result) in zip(rows, expected, strict=True):
            shown = datetime.datetime.fromisoformat(row[4]) if row[4] else None
            assert shown == last_activity
            assert result_of(row[5]) == result


def test_course_exports_hold_each_trainees_figures(staff_client, world):
    key = world.course_a.translation_key
    (csv_header, csv_body), (xlsx_header, xlsx_body) = exports(staff_client, url("course", key))
    header = [
        "Trainee",
        "E-mail",
        "Status",
        "Progress (%)",
        "Last activity",
        "Alpha quiz: best score (%)",
    ]
    assert csv_header == xlsx_header == header
    expected = expected_trainees(world)
    assert [row[:4] for row in csv_body] == [columns for columns, _last, _result in expected]
    assert values_of([row[:4] for row in xlsx_body]) == values_of(
        [columns for columns, _last, _result in expected]
    )
    for csv_row, xlsx_row, (_columns, last_activity, result) in zip(
        csv_body, xlsx_body, expected, strict=True
    ):
        # Both exports give the moment in the site's time zone, as the page does: the CSV to
        # the minute, the spreadsheet (which has no time zones) as a naive local time.
        if last_activity is None:
            assert csv_row[4] == ""
            assert xlsx_row[4] is None
        else:
            local = timezone.localtime(last_activity)
            assert csv_row[4] == local.strftime("%Y-%m-%d %H:%M")
            # Spreadsheets keep milliseconds.
            in_local = local.replace(tzinfo=None)
            assert abs(xlsx_row[4] - in_local) < datetime.timedelta(milliseconds=1)
        best = result[0] if result else None
        assert values_of([[csv_row[5], xlsx_row[5]]]) == [[best, best]]


def test_course_report_with_a_programme_filter(staff_client, world):
    address = url(
        "course", world.course_a.translation_key, programme=world.programme.translation_key
    )
    (_header, csv_body), _xlsx = exports(staff_client, address)
    assert [row[1] for row in csv_body] == ["t1@example.org", "t3@example.org"]


def test_unknown_course_gives_404(staff_client, world):
    unknown = uuid.uuid4()
    addresses = [
        url("course", unknown),
        url("course", unknown, export="csv"),
        url("course_results", unknown),
    ]
    for address in addresses:
        assert staff_client.get(address, follow=True).status_code == 404
    # Not a redirect first: the report's own address answers 404.
    assert [staff_client.get(address).status_code for address in addresses] == [404, 404, 404]


# --- Question analysis ---------------------------------------------------------------------

QUESTION_HEADER = [
    "No.",
    "Question",
    "Type",
    "Answers graded",
    "Fully correct",
    "Correct (%)",
    "Most chosen wrong answer",
    "Times chosen",
]


def test_question_analysis_report(staff_client, question_data):
    rows = [
        ["1", "Question s1", "Single choice", "5", "2", "40.0", "Choice b", "2"],
        ["2", "Question m1", "Multiple choice", "5", "1", "20.0", "Choice c", "3"],
        ["3", "A statement", "True or false", "5", "2", "40.0", "False", "3"],
        ["4", "Name it", "Short answer", "5", "1", "20.0", "right to silence", "2"],
        ["5", "Explain", "Essay", "2", "1", "50.0", "", "0"],
        ["6", "A statement", "True or false", "0", "0", "", "", "0"],
    ]
    address = url("questions", assessment=question_data.assessment.translation_key)
    assert results_of(address) == url(
        "questions_results", assessment=question_data.assessment.translation_key
    )
    check_page_and_exports(staff_client, address, QUESTION_HEADER, rows)


@pytest.mark.parametrize("value", ["", "garbage", str(uuid.UUID(int=1)), "../../etc"])
def test_question_analysis_without_a_valid_assessment_has_no_rows(staff_client, world, value):
    address = url("questions", assessment=value)
    response = staff_client.get(address)
    assert response.status_code == 200
    assert listing(response)[1] == []
    assert "Choose an assessment" in response.content.decode()
    (csv_header, csv_body), (_xlsx_header, xlsx_body) = exports(staff_client, address)
    assert csv_header == QUESTION_HEADER
    assert csv_body == xlsx_body == []


def test_question_analysis_page_without_a_choice(staff_client, world):
    response = staff_client.get(url("questions"))
    assert listing(response)[1] == []
    assert "Choose an assessment" in response.content.decode()


# --- Mentorship ----------------------------------------------------------------------------


def test_mentorship_report(staff_client, world):
    header = [
        "Programme",
        "Language",
        "Pairings",
        "Active pairings",
        "Meetings logged",
        "Active pairs with no meeting in 30 days",
    ]
    rows = [
        ["Programme Astana", "English", "5", "3", "4", "2"],
        ["Programme Karaganda", "English", "1", "1", "0", "1"],
        ["Программа Астана", "Русский", "1", "1", "1", "0"],
    ]
    check_page_and_exports(staff_client, url("mentorship"), header, rows)
    _header, _rows, links = listing(staff_client.get(url("mentorship")))
    pairings = reverse("pairing:index")
    assert links == [
        f"{pairings}?programme={programme.pk}"
        for programme in (world.programme, world.other_programme, world.programme_ru)
    ]


# --- Certificates per month ----------------------------------------------------------------

MONTH_HEADER = ["Month", "Issued", "Revoked"]


@pytest.mark.parametrize(
    ("query", "rows"),
    [
        ({}, [["2025-03", "1", "1"], ["2025-02", "1", "0"], ["2025-01", "2", "0"]]),
        ({"between_from": "2025-02-01"}, [["2025-03", "1", "1"], ["2025-02", "1", "0"]]),
        ({"between_to": "2025-02-28"}, [["2025-02", "1", "0"], ["2025-01", "2", "0"]]),
        ({"course": "A"}, [["2025-03", "0", "1"], ["2025-01", "2", "0"]]),
    ],
    ids=["all", "from-february", "until-february", "course-a"],
)
def test_certificates_report(staff_client, world, query, rows):
    query = dict(query)
    if query.get("course") == "A":
        query["course"] = world.course_a.translation_key
    check_page_and_exports(staff_client, url("certificates", **query), MONTH_HEADER, rows)


# --- Trainees by region and group ----------------------------------------------------------


def test_trainees_report(staff_client, world):
    header, rows, _links = listing(staff_client.get(url("trainees")))
    assert header == ["Counted by", "Region or group", "Trainees"]
    counts = {(kind, label): int(n) for kind, label, n in rows}
    non_zero = {key: n for key, n in counts.items() if n}
    assert non_zero == {
        ("Region", "Astana (city)"): 2,
        ("Region", "Almaty (city)"): 1,
        ("Region", "Not given"): 1,
        ("Group worked with", "Women"): 2,
        ("Group worked with", "Youth"): 1,
        ("Group worked with", "Migrants"): 1,
    }
    assert len(rows) == len(services.trainees_by_region_and_group())
    check_page_and_exports(staff_client, url("trainees"), header, rows)


# --- Filters that make no sense ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("courses", {"enrolled_from": "garbage", "enrolled_to": "2025-13-45"}),
        ("courses", {"enrolled_from": "2025-02-30"}),
        ("courses", {"programme": "not-a-programme", "language": "xx"}),
        ("course", {"enrolled_to": "31/02/2025"}),
        ("certificates", {"between_from": "yesterday", "between_to": "99999-01-01"}),
        ("certificates", {"course": "not-a-course"}),
    ],
)
def test_invalid_filters_do_not_break_the_reports(staff_client, world, name, query):
    args = [world.course_a.translation_key] if name == "course" else []
    address = (
        reverse(f"academy_reports:{name}", args=args)
        + "?"
        + "&".join(f"{key}={value}" for key, value in query.items())
    )
    response = staff_client.get(address)
    assert response.status_code == 200
    # The form says what is wrong, and the page is whole.
    assert 'class="error-message"' in response.content.decode()
    header, rows, _links = listing(response)
    assert header and rows
    assert listing(staff_client.get(results_of(address)))[0] == header
    (csv_header, _csv_body), (xlsx_header, _xlsx_body) = exports(staff_client, address)
    assert len(csv_header) == len(xlsx_header) == len(header)

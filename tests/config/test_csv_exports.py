"""No CSV export of the project lets a spreadsheet run a formula.

A trainee who calls themselves ``=HYPERLINK("http://evil.example","x")`` (or starts their
text with ``+``, ``-``, ``@``, a tab or a carriage return) must reach staff's spreadsheet as
text: every CSV cell that would start a formula is prefixed with a single quote (the OWASP
rule). The export URLs are found by walking the project's URLs (``test_url_matrix``'s walk),
so a new export view is checked as soon as it exists. XLSX files need no such prefix, only
that every cell, headings included, is written as text, never as a formula.
"""

import codecs
import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

from academy.models import Enrollment
from accounts.roles import Role
from core.exports import FORMULA_TRIGGERS, FormulaSafeCSVMixin
from tests.config.test_url_matrix import project_urls
from tests.factories.academy import (
    AssessmentPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    LessonPageFactory,
    single_choice,
)
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import MentorshipProgrammePageFactory, PairingFactory
from tests.reports.conftest import (
    attempt,
    build_catalogue,
    certificate,
    kept_for_the_module,
    respond,
)

pytestmark = pytest.mark.django_db

LINK = 'HYPERLINK("http://evil.example","x")'
#: What hostile text may start with: each is how a spreadsheet begins a formula.
PAYLOADS = {
    "equals": f"={LINK}",
    "plus": f"+{LINK}",
    "minus": f"-{LINK}",
    "at": f"@{LINK}",
    "tab": f"\t={LINK}",
    "carriage return": f"\r={LINK}",
}

#: Exports whose cells come from no one's text (counts, months, fixed labels), so no hostile
#: value can reach them; they are still checked for cells that start a formula.
NO_FREE_TEXT = {
    "academy_reports:certificates": "months and counts",
    "academy_reports:certificates_results": "months and counts",
    "academy_reports:trainees": "the fixed regions and groups, and counts",
    "academy_reports:trainees_results": "the fixed regions and groups, and counts",
}


class Hostile:
    """Records whose every free text is hostile: names, titles, questions, answers, focus."""

    def __init__(self):
        catalogue = build_catalogue()["en"]
        self.course = CoursePageFactory(parent=catalogue, title=PAYLOADS["equals"], slug="evil")
        LessonPageFactory(parent=self.course)
        question = single_choice("s1")
        question["value"]["prompt"] = PAYLOADS["minus"]
        question["value"]["choices"][1]["value"]["text"] = PAYLOADS["at"]
        self.assessment = AssessmentPageFactory(
            parent=self.course, title=PAYLOADS["equals"], questions=[question], pass_mark=50
        )
        programme = MentorshipProgrammePageFactory(parent=catalogue, title=PAYLOADS["at"])
        mentor = UserFactory(role=Role.MENTOR, first_name=PAYLOADS["plus"], last_name="Mentor")
        self.trainees = []
        for number, payload in enumerate(PAYLOADS.values()):
            trainee = UserFactory(
                first_name=payload, last_name="Trainee", email=f"trainee{number}@example.org"
            )
            self.trainees.append(trainee)
            EnrollmentFactory(user=trainee, course=self.course, status=Enrollment.Status.ACTIVE)
            row = attempt(trainee, self.assessment, self.course, percent=0)
            respond(row, "s1", "single_choice", {"choice": "s1-b"}, 0, 1)
            certificate(trainee, self.course, timezone.now() - datetime.timedelta(days=1))
            PairingFactory(programme=programme, mentor=mentor, mentee=trainee, focus=payload)


@pytest.fixture(scope="module")
def hostile(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        yield Hostile()


@pytest.fixture
def staff_client(client):
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF))
    return client


def export_urls():
    """{URL id: view class} of every URL of the project whose view exports a spreadsheet."""
    found = {}
    for key, pattern in project_urls().items():
        view_class = getattr(pattern.callback, "view_class", None)
        if not (isinstance(view_class, type) and issubclass(view_class, SpreadsheetExportMixin)):
            continue
        initkwargs = getattr(pattern.callback, "view_initkwargs", {})
        if initkwargs.get("list_export", view_class.list_export):
            found[key] = view_class
    return found


def address(key, hostile):
    """The export URL of a row, its parameters and query filled from the hostile records."""
    parameters = {"course_key": hostile.course.translation_key}
    pattern = project_urls()[key]
    kwargs = {}
    for name in pattern.pattern.regex.groupindex:
        assert name in parameters, f"{key}: say in address() what fills <{name}>"
        kwargs[name] = parameters[name]
    query = {"export": "csv"}
    if key.startswith("academy_reports:questions"):
        query["assessment"] = str(hostile.assessment.translation_key)
    return reverse(key, kwargs=kwargs), query


def csv_body(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(response):
    # "utf-8-sig" reads past the byte order mark that starts every export.
    text = csv_body(response).decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def test_the_walk_finds_every_export_of_the_project():
    """The walk sees the exports known today, so an empty walk cannot pass the test below."""
    assert {
        "enrollment:index",
        "attempt:index",
        "issued_certificate:index",
        "pairing:index",
        "academy_reports:courses",
        "academy_reports:course",
        "academy_reports:questions",
        "academy_reports:mentorship",
        "academy_reports:certificates",
        "academy_reports:trainees",
    } <= set(export_urls())


def test_no_csv_export_lets_a_formula_through(staff_client, hostile):
    failures = []
    for key, view_class in sorted(export_urls().items()):
        if not issubclass(view_class, FormulaSafeCSVMixin):
            failures.append(f"{key}: {view_class.__name__} does not use FormulaSafeCSVMixin")
        url, query = address(key, hostile)
        cells = csv_cells(staff_client.get(url, query))
        dangerous = [cell for cell in cells if cell.startswith(FORMULA_TRIGGERS)]
        if dangerous:
            failures.append(f"{key}: cells that start a formula: {dangerous!r}")
        neutralised = [cell for cell in cells if cell[:2] in {f"'{c}" for c in FORMULA_TRIGGERS}]
        if key not in NO_FREE_TEXT and not neutralised:
            failures.append(f"{key}: no hostile text reached the export (add it to Hostile)")
    assert not failures, "\n".join(failures)


def test_every_csv_export_says_utf_8_and_starts_with_the_byte_order_mark(staff_client, hostile):
    """Excel reads a CSV file without the mark in the computer's legacy code page, turning
    Kazakh and Russian names into garbage; the charset tells browsers and other tools."""
    failures = []
    for key in sorted(export_urls()):
        url, query = address(key, hostile)
        response = staff_client.get(url, query)
        body = csv_body(response)
        if response["Content-Type"] != "text/csv; charset=utf-8":
            failures.append(f"{key}: Content-Type {response['Content-Type']!r}")
        if not body.startswith(codecs.BOM_UTF8):
            failures.append(f"{key}: starts with {body[:3]!r}, not the UTF-8 byte order mark")
        if body.count(codecs.BOM_UTF8) != 1:
            failures.append(f"{key}: {body.count(codecs.BOM_UTF8)} byte order marks")
    assert not failures, "\n".join(failures)


def test_every_variant_reaches_the_csv_as_text_and_the_spreadsheet_unchanged(staff_client, hostile):
    url = reverse("pairing:index")
    cells = csv_cells(staff_client.get(url, {"export": "csv"}))
    for payload in PAYLOADS.values():
        assert f"'{payload}" in cells, payload
        assert payload not in cells, payload

    response = staff_client.get(url, {"export": "xlsx"})
    body = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = openpyxl.load_workbook(io.BytesIO(body)).active
    texts = {cell.value: cell.data_type for row in sheet.iter_rows() for cell in row}
    for payload in PAYLOADS.values():
        # XML reads a carriage return back as a line feed; the text is otherwise as typed.
        assert texts.get(payload.replace("\r", "\n")) == "s", payload


def test_no_xlsx_export_holds_a_formula(staff_client, hostile):
    """Headings come from editors' text too (an assessment's title on the course report)."""
    failures = []
    for key in sorted(export_urls()):
        url, query = address(key, hostile)
        response = staff_client.get(url, {**query, "export": "xlsx"})
        assert response.status_code == 200, key
        body = b"".join(response.streaming_content) if response.streaming else response.content
        sheet = openpyxl.load_workbook(io.BytesIO(body)).active
        formulas = [
            cell.value for row in sheet.iter_rows() for cell in row if cell.data_type == "f"
        ]
        if formulas:
            failures.append(f"{key}: formula cells {formulas!r}")
    assert not failures, "\n".join(failures)


class RowExport(FormulaSafeCSVMixin, SpreadsheetExportMixin):
    list_export = ["name", "score", "change", "when"]


def test_numbers_stay_numbers_and_only_text_is_neutralised():
    writer = csv.DictWriter(Echo(), fieldnames=RowExport.list_export)
    row = {
        "name": "-Minus",
        "score": Decimal("-1.50"),
        "change": -5,
        "when": datetime.date(2026, 1, 2),
    }
    assert RowExport().write_csv_row(writer, row) == b"'-Minus,-1.50,-5,2026-01-02\r\n"

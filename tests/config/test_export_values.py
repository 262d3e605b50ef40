"""Every admin export (CSV and XLSX) writes what its listing shows: the label of a choice in
the viewer's language, times in the site's time zone (Asia/Almaty) and scores rounded as on
screen. The export URLs are found by the walk of ``test_csv_exports``."""

import csv
import datetime
import io
import re
from decimal import Decimal

import openpyxl
import pytest
from django.conf import settings
from django.urls import reverse

from academy.models import Attempt, Enrollment
from accounts.roles import Role
from mentorship.models import Pairing
from tests.config.test_csv_exports import export_urls
from tests.config.test_url_matrix import project_urls
from tests.factories.academy import (
    AssessmentPageFactory,
    CoursePageFactory,
    EnrollmentFactory,
    single_choice,
)
from tests.factories.accounts import UserFactory
from tests.factories.mentorship import MentorshipProgrammePageFactory, PairingFactory
from tests.reports.conftest import attempt, build_catalogue, certificate

pytestmark = pytest.mark.django_db

# 22:30 UTC is 03:30 the next day in Almaty (UTC+5).
UTC_TIME = datetime.datetime(2026, 12, 5, 22, 30, tzinfo=datetime.UTC)
LOCAL_TEXT = "2026-12-06 03:30"
LOCAL_NAIVE = datetime.datetime(2026, 12, 6, 3, 30)
#: Stored codes of choices whose label differs: none may reach an export.
RAW_CODES = {
    str(code)
    for choices in (Enrollment.Status, Enrollment.Source, Attempt.Status, Pairing.Status)
    for code, label in choices.choices
    if str(code) != str(label)
} | {code for code, _name in settings.LANGUAGES}
TOO_PRECISE = re.compile(r"^-?\d+\.\d{3,}$")


class Records:
    """One of each exported record, stamped at UTC_TIME, with a score of 45.45 %."""

    def __init__(self):
        catalogue = build_catalogue()["en"]
        self.course = CoursePageFactory(parent=catalogue, title="Court monitoring", slug="cm")
        self.assessment = AssessmentPageFactory(
            parent=self.course, questions=[single_choice("s1")], pass_mark=50, required=True
        )
        trainee = UserFactory(first_name="Dana", last_name="Omarova")
        enrollment = EnrollmentFactory(
            user=trainee, course=self.course, status=Enrollment.Status.ACTIVE
        )
        Enrollment.objects.filter(pk=enrollment.pk).update(created_at=UTC_TIME)
        row = attempt(
            trainee,
            self.assessment,
            self.course,
            percent="45.45",
            score=Decimal("5"),
            max_score=Decimal("11"),
            started_at=UTC_TIME,
            submitted_at=UTC_TIME,
        )
        self.attempt = row
        certificate(trainee, self.course, UTC_TIME, score=Decimal("45.45"))
        programme = MentorshipProgrammePageFactory(parent=catalogue, title="Cohort 2026")
        PairingFactory(
            programme=programme,
            mentor=UserFactory(role=Role.MENTOR),
            mentee=trainee,
            status=Pairing.Status.ACTIVE,
        )


def address(key, records):
    parameters = {"course_key": records.course.translation_key}
    pattern = project_urls()[key]
    kwargs = {name: parameters[name] for name in pattern.pattern.regex.groupindex}
    query = {}
    if key.startswith("academy_reports:questions"):
        query["assessment"] = str(records.assessment.translation_key)
    return reverse(key, kwargs=kwargs), query


def body(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content) if response.streaming else response.content


def csv_cells(response):
    return [
        cell for row in csv.reader(io.StringIO(body(response).decode("utf-8-sig"))) for cell in row
    ]


def xlsx_cells(response):
    sheet = openpyxl.load_workbook(io.BytesIO(body(response))).active
    return [cell.value for row in sheet.iter_rows() for cell in row]


@pytest.fixture
def records():
    return Records()


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("key", sorted(export_urls()))
def test_every_export_writes_labels_local_times_and_rounded_scores(
    client, records, key, export_format
):
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF))
    url, query = address(key, records)
    response = client.get(url, {**query, "export": export_format})
    cells = csv_cells(response) if export_format == "csv" else xlsx_cells(response)
    texts = [str(cell) for cell in cells if cell is not None]

    assert not [text for text in texts if text in RAW_CODES], "raw codes of choices"
    assert not [text for text in texts if TOO_PRECISE.match(text)], "scores as on screen"
    assert not [text for text in texts if "+00:00" in text or "22:30" in text], "UTC times"
    moments = [cell for cell in cells if isinstance(cell, datetime.datetime)]
    assert all(moment == LOCAL_NAIVE for moment in moments), moments
    if export_format == "csv":
        assert not [text for text in texts if re.match(r"^\d{4}-\d\d-\d\d \d\d:\d\d:", text)], (
            "times to the minute, as the listing shows them"
        )

import csv
import io

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import Enrollment
from academy.services import enrol
from accounts.roles import Role
from tests.factories.academy import EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

# One more than before the Reports menu: its items ask once per request whether the user is staff.
ENROLMENT_LIST_QUERIES = 14
INDEX = "/admin/academy/enrolments/"
BULK = "/admin/academy/enrolments/bulk/"


def download(client, url):
    response = client.get(url)
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def decide_url(enrollment):
    return f"/admin/academy/enrolments/decide/{enrollment.pk}/"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.TRAINEE, False),
        (Role.MENTOR, False),
        (Role.EDITOR, False),
        (Role.ACADEMY_STAFF, True),
    ],
)
def test_enrolment_admin_by_role(client, course, role, allowed):
    pending = EnrollmentFactory(course=course, status=Enrollment.Status.PENDING)
    if role:
        client.force_login(UserFactory(role=role))
    for url in [INDEX, BULK, decide_url(pending), INDEX + "?export=csv"]:
        response = client.get(url)
        if allowed:
            assert response.status_code == 200, url
        else:
            assert response.status_code == 302, url
            assert response.url.startswith(("/admin/login/", "/admin/")), url
    response = client.post(decide_url(pending), {"decision": "approve"})
    pending.refresh_from_db()
    assert (pending.status == Enrollment.Status.ACTIVE) is allowed


def test_staff_approve_and_reject_requests(client, academy_staff, course):
    first = EnrollmentFactory(course=course, status=Enrollment.Status.PENDING)
    second = EnrollmentFactory(course=course, status=Enrollment.Status.PENDING)
    client.force_login(academy_staff)
    assert "Approve or reject" in client.get(INDEX).content.decode()
    client.post(decide_url(first), {"decision": "approve"})
    client.post(decide_url(second), {"decision": "reject"})
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.status, first.decided_by) == (Enrollment.Status.ACTIVE, academy_staff)
    assert second.status == Enrollment.Status.REJECTED
    assert first.history.count() == 2


def test_bulk_enrolment_from_pasted_text_and_csv(client, academy_staff, course):
    aigerim = UserFactory(email="aigerim@example.org")
    marat = UserFactory(email="marat@example.org")
    client.force_login(academy_staff)
    upload = SimpleUploadedFile(
        "trainees.csv", b"name,email\nMarat,marat@example.org\n", "text/csv"
    )
    response = client.post(
        BULK,
        {
            "course": str(course.translation_key),
            "emails": "aigerim@example.org\nghost@example.org\naigerim(at)example.org",
            "csv_file": upload,
        },
    )
    assert response.status_code == 200
    result = response.context["result"]
    assert sorted(result.enrolled) == ["aigerim@example.org", "marat@example.org"]
    assert result.unknown == ["ghost@example.org"]
    assert result.invalid == ["aigerim(at)example.org"]
    assert "ghost@example.org" in response.content.decode()
    assert set(Enrollment.objects.values_list("user", flat=True)) == {aigerim.pk, marat.pk}


@pytest.mark.parametrize(
    "content",
    [
        b'name;email\nMarat Ibraev;marat@example.org\n"Bekova, Aigerim";aigerim@example.org\n',
        b"name\temail\nMarat Ibraev\tmarat@example.org\nAigerim Bekova\taigerim@example.org\n",
        b"marat@example.org\naigerim@example.org\n",
    ],
    ids=["semicolons", "tabs", "one column"],
)
def test_bulk_enrolment_reads_the_csv_delimiter_the_file_uses(
    client, academy_staff, course, content
):
    marat = UserFactory(email="marat@example.org")
    aigerim = UserFactory(email="aigerim@example.org")
    client.force_login(academy_staff)
    upload = SimpleUploadedFile("trainees.csv", content, "text/csv")
    response = client.post(BULK, {"course": str(course.translation_key), "csv_file": upload})
    assert response.status_code == 200
    result = response.context["result"]
    assert result.invalid == []
    assert sorted(result.enrolled) == ["aigerim@example.org", "marat@example.org"]
    assert set(Enrollment.objects.values_list("user", flat=True)) == {marat.pk, aigerim.pk}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", "not a CSV file"),
        (b"Dear staff,\nplease enrol the people we spoke about.\n", "no e-mail address"),
    ],
    ids=["spreadsheet", "letter"],
)
def test_bulk_enrolment_refuses_a_file_that_is_not_csv_and_enrols_nobody(
    client, academy_staff, course, content, message
):
    UserFactory(email="marat@example.org")
    client.force_login(academy_staff)
    upload = SimpleUploadedFile("trainees.csv", content, "text/csv")
    response = client.post(
        BULK,
        {
            "course": str(course.translation_key),
            "emails": "marat@example.org",
            "csv_file": upload,
        },
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert message in " ".join(errors.get("csv_file", []))
    assert not Enrollment.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"course": "", "emails": "a@example.org"},
        {"course": "not-a-course", "emails": "a@example.org"},
        {"emails": ""},
    ],
)
def test_bulk_enrolment_bad_input_is_refused_and_changes_nothing(
    client, academy_staff, course, data
):
    UserFactory(email="a@example.org")
    data = {"course": str(course.translation_key), **data}
    client.force_login(academy_staff)
    response = client.post(BULK, data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not Enrollment.objects.exists()


def test_exports_hold_the_same_rows_as_the_list(client, academy_staff, course):
    trainees = [UserFactory(email=f"trainee{n}@example.org") for n in range(3)]
    for user in trainees:
        enrol(user=user, course=course)
    client.force_login(academy_staff)

    rows = list(
        csv.reader(io.StringIO(download(client, INDEX + "?export=csv").decode("utf-8-sig")))
    )
    assert rows[0][:3] == ["E-mail", "Trainee", "Course"]
    assert sorted(row[0] for row in rows[1:]) == sorted(user.email for user in trainees)
    assert {row[2] for row in rows[1:]} == {course.title}

    workbook = openpyxl.load_workbook(io.BytesIO(download(client, INDEX + "?export=xlsx")))
    sheet_rows = list(workbook.active.iter_rows(values_only=True))
    assert sorted(row[0] for row in sheet_rows[1:]) == sorted(user.email for user in trainees)


def test_list_filters_by_course_and_status(client, academy_staff, catalogue, course):
    EnrollmentFactory(course=course, status=Enrollment.Status.PENDING)
    EnrollmentFactory(course=course, status=Enrollment.Status.ACTIVE)
    client.force_login(academy_staff)
    response = client.get(INDEX, {"course_key": str(course.translation_key), "status": "pending"})
    assert response.status_code == 200
    assert [e.status for e in response.context["object_list"]] == ["pending"]


@pytest.mark.parametrize("count", [10, 100])
def test_enrolment_list_query_count_is_flat(client, academy_staff, course, count):
    for number in range(count):
        # Pending rows carry the approve button, which must not cost a query per row.
        status = Enrollment.Status.PENDING if number % 2 else Enrollment.Status.ACTIVE
        EnrollmentFactory(course=course, status=status)
    client.force_login(academy_staff)
    client.get(INDEX)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(INDEX)
    assert response.status_code == 200
    assert len(queries) == ENROLMENT_LIST_QUERIES

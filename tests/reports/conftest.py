"""Known data for the report tests: every figure the reports show can be worked out by hand
from what these fixtures build (see the docstrings and comments next to each row).

The report data is built once per test module (``world``, ``question_data``), inside a
transaction rolled back after the module's last test. Each test still runs in its own
(nested) transaction, so what a test adds to the data is gone before the next one.
"""

import contextlib
import csv
import datetime
import io
import itertools
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from html.parser import HTMLParser

import openpyxl
import pytest
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.models import Locale, Page

from academy.models import Attempt, Enrollment, LessonCompletion, Response
from accounts.models import WorkGroup
from accounts.personal_data import erase_account_row
from accounts.regions import Region
from certificates.models import IssuedCertificate
from mentorship.models import Pairing
from tests.academy.conftest import catalogue, course, lessons  # noqa: F401 - shared fixtures
from tests.conftest import LANGUAGES
from tests.factories.academy import (
    AcademyIndexPageFactory,
    AssessmentPageFactory,
    EnrollmentFactory,
    course_with_lessons,
    essay,
    multiple_choice,
    pool,
    short_answer,
    single_choice,
    true_false,
)
from tests.factories.accounts import UserFactory
from tests.factories.cms import HomePageFactory, translate
from tests.factories.mentorship import (
    MeetingFactory,
    MentorshipProgrammePageFactory,
    PairingFactory,
)
from tests.mentorship.conftest import programme  # noqa: F401 - shared fixture

FAST_HASHER = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@contextlib.contextmanager
def kept_for_the_module(django_db_blocker):
    """Data made inside stays until the block ends, then is rolled back."""
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=FAST_HASHER),
        transaction.atomic(),
    ):
        yield
        transaction.set_rollback(True)


def build_catalogue():
    """A home page and the Academy's catalogue in three languages, outside the site tree."""
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="reports-home")
    catalogue = {"en": AcademyIndexPageFactory(parent=home)}
    for code in ["ru", "kk"]:
        translate(home, code, title=f"Home {code}")
        catalogue[code] = translate(catalogue["en"], code, title=f"Academy {code}")
    return catalogue


@pytest.fixture(scope="module")
def module_catalogue(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        yield build_catalogue()


SERIALS = itertools.count(1)


def local(*args):
    """An aware datetime in the site's time zone."""
    return timezone.make_aware(datetime.datetime(*args))


def enrolment(user, course, status, created_at=None):
    enrollment = EnrollmentFactory(user=user, course=course, status=status)
    if created_at:
        Enrollment.objects.filter(pk=enrollment.pk).update(created_at=created_at)
        enrollment.refresh_from_db()
    return enrollment


def completion(user, course, lesson, completed_at):
    row = LessonCompletion.objects.create(
        user=user, course_key=course.translation_key, lesson_key=lesson.translation_key
    )
    LessonCompletion.objects.filter(pk=row.pk).update(completed_at=completed_at)
    return row


def attempt(user, assessment, course, *, number=1, percent=None, started_at=None, **fields):
    """A submitted attempt, graded with ``percent`` unless a status is given."""
    fields.setdefault("status", Attempt.Status.GRADED)
    fields.setdefault("submitted_at", timezone.now())
    if percent is not None:
        percent = Decimal(percent)
        fields.setdefault("passed", percent >= assessment.pass_mark)
    row = Attempt.objects.create(
        user=user,
        assessment_key=assessment.translation_key,
        course_key=course.translation_key,
        page=assessment,
        number=number,
        percent=percent,
        **fields,
    )
    if started_at:
        Attempt.objects.filter(pk=row.pk).update(started_at=started_at)
        row.refresh_from_db()
    return row


def certificate(holder, course, issued_at, **fields):
    row = IssuedCertificate.objects.create(
        holder=holder,
        course_key=course.translation_key,
        serial=f"TEST-{next(SERIALS)}",
        token=uuid.uuid4().hex,
        holder_name=holder.get_full_name(),
        holder_surname=holder.last_name,
        course_title=course.title,
        language="en",
        hours=4,
        **fields,
    )
    IssuedCertificate.objects.filter(pk=row.pk).update(issued_at=issued_at)
    row.refresh_from_db()
    return row


def work_group(code):
    return WorkGroup.objects.get_or_create(code=code)[0]


@dataclass
class World:
    now: datetime.datetime
    course_a: object
    course_b: object
    course_c: object
    lessons_a: list
    lesson_b: object
    quiz: object
    trainees: dict
    programme: object
    programme_ru: object
    other_programme: object
    certificates: dict


@pytest.fixture(scope="module")
def world(module_catalogue, django_db_blocker):
    with django_db_blocker.unblock():
        return build_world(module_catalogue)


def build_world(catalogue):
    """Three courses, six trainees, their records, certificates and mentorship.

    Course A (2 required lessons + a required quiz, pass mark 50):
      t1 completed  lessons 2d and 3d ago; quiz #1 90% 40d ago, #2 40% 5d ago   (active)
      t2 active     lesson 60d ago; quiz 60% started 45d ago                     (not active)
      t3 active     quiz 40% started 5d ago; an attempt awaiting grading         (active)
      t4 pending    a lesson done yesterday                                      (not counted)
      t5 withdrawn  quiz 100% yesterday                                          (not counted)
      t6 active     erased account, no activity
      -> enrolled 4, active 2, completed 1 (25.0 %), best scores 90, 60, 40 -> 63.3
    Course B (1 required lesson):
      t1 active     lesson 1d ago (active); t4 completed; t5 rejected
      -> enrolled 2, active 1, completed 1 (50.0 %), no score
    Course C: nobody.
    Certificates: t1/A valid (Jan 2025), t2/A revoked (issued Jan, revoked Mar 2025),
      t4/B issued Feb 2025 and superseded by a reissue in Mar 2025 -> A 1, B 1.
    """
    now = timezone.now()
    ago = lambda days: now - datetime.timedelta(days=days)  # noqa: E731
    course_a, lessons_a = course_with_lessons(
        catalogue["en"], lessons=2, title="Alpha: trial monitoring", slug="alpha"
    )
    quiz = AssessmentPageFactory(parent=course_a, title="Alpha quiz", pass_mark=50)
    course_b, (lesson_b,) = course_with_lessons(
        catalogue["en"], lessons=1, title="Beta: fair trial rights", slug="beta"
    )
    course_c, _lessons = course_with_lessons(
        catalogue["en"], lessons=1, title="Gamma: juvenile justice", slug="gamma"
    )

    women, youth, migrants = (work_group(code) for code in ("women", "youth", "migrants"))
    people = {
        "t1": ("Aigerim", "Abenova", Region.ASTANA, "en", [women, youth]),
        "t2": ("Bolat", "Bekov", Region.ASTANA, "en", [women]),
        "t3": ("Chingiz", "Chen", Region.ALMATY, "ru", []),
        "t4": ("Dana", "Dosova", "", "kk", [migrants]),
        "t5": ("Erlan", "Esenov", Region.ASTANA, "en", [women]),
        "t6": ("", "", Region.ALMATY, "en", [women]),
    }
    trainees = {}
    for name, (first, last, region, language, groups) in people.items():
        user = UserFactory(
            first_name=first,
            last_name=last,
            region=region,
            preferred_language=language,
            email=f"{name}@example.org",
        )
        user.work_groups.set(groups)
        trainees[name] = user
    t1, t2, t3, t4, t5, t6 = trainees.values()
    erase_account_row(t6)  # stays in course figures, not in the counts of people

    Status = Enrollment.Status
    enrolment(t1, course_a, Status.COMPLETED, local(2025, 1, 10, 12))
    enrolment(t2, course_a, Status.ACTIVE, local(2025, 2, 15, 12))
    enrolment(t3, course_a, Status.ACTIVE, local(2025, 3, 20, 12))
    enrolment(t4, course_a, Status.PENDING, local(2025, 2, 10, 12))
    enrolment(t5, course_a, Status.WITHDRAWN, local(2025, 2, 11, 12))
    # 00:30 on 1 March in Almaty is still 28 February in UTC.
    enrolment(t6, course_a, Status.ACTIVE, local(2025, 3, 1, 0, 30))
    enrolment(t1, course_b, Status.ACTIVE, local(2025, 2, 1, 12))
    enrolment(t4, course_b, Status.COMPLETED, local(2025, 3, 5, 12))
    enrolment(t5, course_b, Status.REJECTED, local(2025, 2, 2, 12))

    completion(t1, course_a, lessons_a[0], ago(3))
    completion(t1, course_a, lessons_a[1], ago(2))
    completion(t2, course_a, lessons_a[0], ago(60))
    completion(t4, course_a, lessons_a[0], ago(1))
    completion(t1, course_b, lesson_b, ago(1))

    attempt(t1, quiz, course_a, number=1, percent=90, started_at=ago(40))
    attempt(t1, quiz, course_a, number=2, percent=40, started_at=ago(5))
    attempt(t2, quiz, course_a, number=1, percent=60, started_at=ago(45))
    attempt(t3, quiz, course_a, number=1, percent=40, started_at=ago(5))
    attempt(t3, quiz, course_a, number=2, status=Attempt.Status.AWAITING_GRADING, started_at=ago(4))
    attempt(t5, quiz, course_a, number=1, percent=100, started_at=ago(1))

    certificates = {
        "valid": certificate(t1, course_a, local(2025, 1, 15, 12)),
        "revoked": certificate(
            t2, course_a, local(2025, 1, 20, 12), revoked_at=local(2025, 3, 3, 12)
        ),
        "superseded": certificate(
            t4, course_b, local(2025, 2, 10, 12), superseded_at=local(2025, 3, 1, 12)
        ),
        "reissue": certificate(t4, course_b, local(2025, 3, 1, 12)),
    }
    IssuedCertificate.objects.filter(pk=certificates["superseded"].pk).update(
        superseded_by=certificates["reissue"]
    )

    # Mentorship. "Programme Astana": 5 pairings, 3 active, 4 meetings, 2 quiet;
    # its Russian translation: 1 pairing, active, 1 meeting, not quiet;
    # "Programme Karaganda": 1 active pairing without meetings (quiet);
    # "Programme Shymkent": no pairings, so not listed.
    today = timezone.localdate()
    days_ago = lambda days: today - datetime.timedelta(days=days)  # noqa: E731
    programme = MentorshipProgrammePageFactory(parent=catalogue["en"], title="Programme Astana")
    programme_ru = translate(programme, "ru", title="Программа Астана")
    other_programme = MentorshipProgrammePageFactory(
        parent=catalogue["en"], title="Programme Karaganda"
    )
    MentorshipProgrammePageFactory(parent=catalogue["en"], title="Programme Shymkent")
    met_recently = PairingFactory(programme=programme, mentee=t1)
    MeetingFactory(pairing=met_recently, held_on=days_ago(5))
    met_long_ago = PairingFactory(programme=programme)
    MeetingFactory(pairing=met_long_ago, held_on=days_ago(40))
    PairingFactory(programme=programme)  # active, never met: quiet
    PairingFactory(programme=programme, status=Pairing.Status.PAUSED)  # not active: not quiet
    finished = PairingFactory(programme=programme, status=Pairing.Status.COMPLETED)
    MeetingFactory(pairing=finished, held_on=days_ago(100))
    MeetingFactory(pairing=finished, held_on=days_ago(90))
    russian = PairingFactory(programme=programme_ru, mentee=t3)
    MeetingFactory(pairing=russian, held_on=days_ago(10))
    PairingFactory(programme=other_programme, mentee=t2)

    return World(
        now=now,
        course_a=course_a,
        course_b=course_b,
        course_c=course_c,
        lessons_a=lessons_a,
        lesson_b=lesson_b,
        quiz=quiz,
        trainees=trainees,
        programme=programme,
        programme_ru=programme_ru,
        other_programme=other_programme,
        certificates=certificates,
    )


@dataclass
class QuestionData:
    course: object
    assessment: object
    unsubmitted: object


QUESTIONS = [
    single_choice("s1", correct="a"),
    multiple_choice("m1", correct=("a", "b")),
    true_false("tf", answer=True),
    short_answer("sa", accepted=("presumption of innocence",)),
    essay("e1"),
    pool("pool1", [true_false("p1", answer=False)], draw=1),
]


@pytest.fixture(scope="module")
def question_data(module_catalogue, django_db_blocker):
    with django_db_blocker.unblock():
        return build_question_data(module_catalogue)


def build_question_data(catalogue):
    """An assessment with one question of each kind and five submitted attempts.

    s1 (single, a correct): a, b, b, c, a      -> 5 answered, 2 correct, "Choice b" x2
    m1 (multiple, a+b correct, 2 points): [a,b]=2, [a,c]=0, [a]=1, [c,d]=0, [a,b,c]=1
                                               -> 5 answered, 1 correct, "Choice c" x3
    tf (true): True, False, False, True, False -> 5 answered, 2 correct, "False" x3
    sa: "Presumption of innocence." (right), "  Right to SILENCE ", "right to silence",
        "equality of arms", "" (all wrong)     -> 5 answered, 1 correct, "right to silence" x2
    e1 (essay, 5 points): 5/5, 2/5, not graded -> 2 answered, 1 correct, no wrong answer
    p1 (true/false in a pool): nobody answered it.
    A sixth attempt, not submitted, answers everything wrongly and must not count.
    """
    course, _lessons = course_with_lessons(
        catalogue["en"], lessons=1, title="Delta: questions", slug="delta"
    )
    assessment = AssessmentPageFactory(
        parent=course, title="Delta quiz", questions=QUESTIONS, pass_mark=50
    )
    answers = [
        # (s1, m1, tf, sa, e1)
        (("a", 1), (["a", "b"], 2), (True, 1), ("Presumption of innocence.", 1), ("E", 5)),
        (("b", 0), (["a", "c"], 0), (False, 0), ("  Right to SILENCE ", 0), ("E", 2)),
        (("b", 0), (["a"], 1), (False, 0), ("right to silence", 0), ("E", None)),
        (("c", 0), (["c", "d"], 0), (True, 1), ("equality of arms", 0), None),
        (("a", 1), (["a", "b", "c"], 1), (False, 0), ("", 0), None),
    ]
    for number, (s1, m1, tf, sa, e1) in enumerate(answers):
        row = attempt(UserFactory(), assessment, course, percent=50)
        respond(row, "s1", "single_choice", {"choice": f"s1-{s1[0]}"}, s1[1], 1)
        respond(row, "m1", "multiple_choice", {"choices": [f"m1-{c}" for c in m1[0]]}, m1[1], 2)
        respond(row, "tf", "true_false", {"value": tf[0]}, tf[1], 1)
        respond(row, "sa", "short_answer", {"text": sa[0]}, sa[1], 1)
        if e1:
            respond(row, "e1", "essay", {"text": e1[0] * (number + 1)}, e1[1], 5)
    unsubmitted = attempt(
        UserFactory(),
        assessment,
        course,
        status=Attempt.Status.IN_PROGRESS,
        submitted_at=None,
    )
    respond(unsubmitted, "s1", "single_choice", {"choice": "s1-c"}, 0, 1)
    respond(unsubmitted, "m1", "multiple_choice", {"choices": ["m1-d"]}, 0, 2)
    respond(unsubmitted, "tf", "true_false", {"value": False}, 0, 1)
    respond(unsubmitted, "sa", "short_answer", {"text": "equality of arms"}, 0, 1)
    respond(unsubmitted, "e1", "essay", {"text": "Late"}, 0, 5)
    return QuestionData(course=course, assessment=assessment, unsubmitted=unsubmitted)


def respond(attempt_row, question_id, question_type, answer, score, max_score):
    return Response.objects.create(
        attempt=attempt_row,
        question_id=question_id,
        question_type=question_type,
        answer=answer,
        score=None if score is None else Decimal(score),
        max_score=Decimal(max_score),
    )


# --- Reading what the reports return ---------------------------------------------------------


class ListingParser(HTMLParser):
    """The rows of each listing table (``<table class="listing">``), header row first, each
    cell as its text with spaces collapsed; a cell showing a date holds its
    ``<time datetime>`` instead. Links found in the cells are kept in order."""

    def __init__(self):
        super().__init__()
        self.tables = []
        self.inside = False
        self.cell = None
        self.in_time = False
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "listing" in (attrs.get("class") or "").split():
            self.inside = True
            self.tables.append([])
        elif not self.inside:
            return
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.cell = []
        elif tag == "time" and self.cell is not None:
            self.cell.append(attrs.get("datetime", ""))
            self.in_time = True
        elif tag == "a" and self.cell is not None:
            self.links.append(attrs.get("href"))

    def handle_endtag(self, tag):
        if not self.inside:
            return
        if tag == "table":
            self.inside = False
        elif tag in ("td", "th") and self.cell is not None:
            self.tables[-1][-1].append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "time":
            self.in_time = False

    def handle_data(self, data):
        if self.inside and self.cell is not None and not self.in_time:
            self.cell.append(data)


def listing_tables(html):
    parser = ListingParser()
    parser.feed(html)
    return parser.tables, parser.links


def listing(response):
    """(header, rows, links) of the report's table; all empty when there is no table."""
    assert response.status_code == 200
    tables, links = listing_tables(response.content.decode())
    if not tables:
        return [], [], []
    [table] = tables
    return table[0], table[1:], links


def download(response) -> bytes:
    assert response.status_code == 200
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.getvalue()


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(download(response).decode("utf-8-sig"))))


def xlsx_rows(response):
    workbook = openpyxl.load_workbook(io.BytesIO(download(response)))
    return [list(row) for row in workbook.active.iter_rows(values_only=True)]


def value_of(cell):
    """A cell of the page, the CSV or the spreadsheet as a comparable value: numbers as
    Decimal (so 25.0 in a spreadsheet equals "25.0" in a CSV), empty cells as None."""
    if cell is None or cell == "":
        return None
    if isinstance(cell, bool):
        return cell
    if isinstance(cell, (int, float)):
        return Decimal(str(cell))
    if isinstance(cell, str):
        try:
            return Decimal(cell) if cell[:1].isdigit() else cell
        except InvalidOperation:
            return cell
    return cell


def values_of(rows):
    return [[value_of(cell) for cell in row] for row in rows]

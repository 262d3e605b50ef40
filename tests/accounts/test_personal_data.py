"""A person's data: the JSON download holds all of it, and deleting the account erases it by
the rule in accounts.personal_data (records stay anonymous, the person's words go, the
certificates are kept or withdrawn as the holder chooses)."""

import json
import os
from dataclasses import dataclass

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import models
from django.db.models.functions import Cast
from django.urls import reverse
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry

from academy.attempts import grade_essay, regrade_attempt, start_attempt, submit_attempt
from academy.models import Attempt, Enrollment, LessonCompletion, LessonPage, Response
from academy.services import complete_lesson, enrol
from accounts.models import WorkGroup
from accounts.personal_data import NOT_EXPORTED, SECTIONS
from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.services import issue_certificate, revoke_certificate
from mentorship.models import Goal, Meeting, MentorNote, Pairing
from tests.factories.academy import course_with_lessons, form_data
from tests.factories.accounts import PASSWORD, UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages
from tests.factories.mentorship import (
    GoalFactory,
    MeetingFactory,
    MentorNoteFactory,
    PairingFactory,
)


def data_url():
    return reverse("accounts:personal_data")  # /en/accounts/profile/data/


def delete_url():
    return reverse("accounts:delete")  # /en/accounts/profile/delete/


REFUSAL = "You mentor people in an active pairing."
CERTIFICATE_QUESTION = "Your certificates"

# The person who deletes their account: every string is distinctive, so a scan of the whole
# database finds any copy left behind.
ERASED = {
    "email": "zz-erase-me@example.org",
    "first_name": "Qwertyname",
    "last_name": "Asdfsurname",
    "organisation": "Zxcv Org",
}
# Another trainee, whose records must never reach the first one's download.
OTHER = {
    "email": "yy-someone-else@example.org",
    "first_name": "Plokijname",
    "last_name": "Mnbvsurname",
    "organisation": "Lkjh Org",
}


def about(person):
    """Free text about a person that names them (e-mail, name and organisation)."""
    return (
        f"{person['first_name']} {person['last_name']} of {person['organisation']} "
        f"({person['email']})"
    )


# --- Building a person's full set of records --------------------------------------------------


@dataclass
class Records:
    user: object
    pairing: Pairing
    meeting: Meeting
    goal: Goal
    note: MentorNote
    attempt: Attempt
    choice: Response
    essay: Response
    certificate: IssuedCertificate
    texts: dict  # what each free-text record says, by name


@pytest.fixture
def certified_course(catalogue, locales):
    """A one-lesson course whose certificates staff issue."""
    course, _lessons = course_with_lessons(
        catalogue["en"], lessons=1, slug="certified", title="Certified reporting", estimated_hours=6
    )
    course_certificate(course, template_in_three_languages(locales), issue_automatically=False)
    return course


@pytest.fixture
def make_records(course, certified_course, essay_assessment, programme, mentor, academy_staff):
    """Build, for a person, a profile and every kind of record the platform keeps on them."""

    def build(person, *, with_certificate=True, focus_in_pairing=True):
        user = UserFactory(
            role=Role.TRAINEE,
            email=person["email"],
            first_name=person["first_name"],
            last_name=person["last_name"],
            organisation=person["organisation"],
            region="KZ-79",
        )
        user.work_groups.set(WorkGroup.objects.filter(code__in=["youth", "migrants"]))
        texts = {
            "essay": f"ESSAY by {about(person)}: the hearing was public.",
            "feedback": f"FEEDBACK to {about(person)}: cite the article.",
            "focus": f"FOCUS for {about(person)}"[:300],
            "topics": f"TOPICS with {about(person)}: the interpreter's role.",
            "actions": f"ACTIONS for {about(person)}: draft the report.",
            "goal": f"GOAL of {about(person)}: observe two hearings.",
            "note": f"PRIVATE NOTE on {about(person)}: needs neutral wording.",
        }

        # Learning: two enrolments, lessons done, an attempt with a choice and an essay.
        enrol(user=user, course=course)
        lessons = list(LessonPage.objects.live().child_of(course).order_by("path"))
        for lesson in lessons:
            complete_lesson(user=user, lesson=lesson, course=course)
        attempt = start_attempt(user=user, assessment=essay_assessment, course=course)
        submit_attempt(
            attempt_id=attempt.pk,
            user=user,
            data=form_data(attempt, {"q1": "q1-a", "e1": texts["essay"]}),
        )
        essay = attempt.responses.get(question_id="e1")
        grade_essay(response=essay, score=4, feedback=texts["feedback"], by=academy_staff)

        enrol(user=user, course=certified_course)
        [certified_lesson] = LessonPage.objects.live().child_of(certified_course)
        complete_lesson(user=user, lesson=certified_lesson, course=certified_course)
        certificate = None
        if with_certificate:
            certificate = issue_certificate(
                holder=user, course_key=certified_course.translation_key, by=academy_staff
            )

        # Mentoring: the person is a mentee, with a meeting, a goal and a private note.
        pairing = PairingFactory(
            programme=programme,
            mentor=mentor,
            mentee=user,
            focus=texts["focus"] if focus_in_pairing else "Reports",
        )
        meeting = MeetingFactory(
            pairing=pairing, topics=texts["topics"], actions=texts["actions"], logged_by=mentor
        )
        goal = GoalFactory(pairing=pairing, text=texts["goal"], set_by=mentor)
        note = MentorNoteFactory(pairing=pairing, author=mentor, text=texts["note"])

        attempt.refresh_from_db()
        return Records(
            user=user,
            pairing=pairing,
            meeting=meeting,
            goal=goal,
            note=note,
            attempt=attempt,
            choice=attempt.responses.get(question_id="q1"),
            essay=attempt.responses.get(question_id="e1"),
            certificate=certificate,
            texts=texts,
        )

    return build


def delete_account(client, user, **data):
    client.force_login(user)
    return client.post(delete_url(), {"password": PASSWORD, "confirm": "on", **data})


# --- Scanning the whole database --------------------------------------------------------------

# FileField columns hold a path: scanned as text too.
TEXT_FIELDS = (models.CharField, models.TextField, models.EmailField, models.FileField)
JSON_TYPES = ("JSONField",)


def copies_left(needles, allowed=()):
    """Every (model, field, needle) where a text or JSON column of any table, change history
    included, still holds one of the needles; ``allowed`` names "app.Model.field" exceptions."""
    found = []
    for model in apps.get_models():
        if model._meta.proxy:
            continue
        for field in model._meta.concrete_fields:
            label = f"{model._meta.label}.{field.name}"
            if label in allowed:
                continue
            if isinstance(field, TEXT_FIELDS):
                for needle in needles:
                    lookup = {f"{field.attname}__icontains": needle}
                    if model._base_manager.filter(**lookup).exists():
                        found.append((label, needle))
            elif field.get_internal_type() in JSON_TYPES:
                # Read the stored JSON as text, and decoded (non-ASCII may be escaped).
                values = model._base_manager.annotate(
                    stored=Cast(field.attname, models.TextField())
                ).values_list("stored", flat=True)
                for value in values:
                    if value is None:
                        continue
                    raw = value if isinstance(value, str) else json.dumps(value)
                    try:
                        decoded = json.dumps(json.loads(raw), ensure_ascii=False)
                    except (TypeError, ValueError):
                        decoded = raw
                    for needle in needles:
                        if needle.casefold() in f"{raw}\n{decoded}".casefold():
                            found.append((label, needle))
    return sorted(set(found))


NAME_ON_CERTIFICATE = {
    "certificates.IssuedCertificate.holder_name",
    "certificates.IssuedCertificate.holder_surname",
    "certificates.HistoricalIssuedCertificate.holder_name",
    "certificates.HistoricalIssuedCertificate.holder_surname",
}


def erased_needles(person=ERASED):
    return [person["email"], person["first_name"], person["last_name"], person["organisation"]]


# --- 1. Every model holding a person is exported or named with a reason ------------------------


def models_holding_a_user():
    user_model = get_user_model()
    holding = set()
    for model in apps.get_models():
        if model.__name__.startswith("Historical"):
            continue
        # A field inherited through multi-table inheritance (a page's owner) lives in the
        # parent's table, which is where it is accounted for.
        for field in model._meta.local_concrete_fields:
            if (
                field.is_relation
                and (field.many_to_one or field.one_to_one)
                and field.related_model is user_model
            ):
                holding.add(model._meta.label)
    return holding


def test_every_model_holding_a_user_is_exported_or_has_a_written_reason():
    exported = {label for section in SECTIONS for label in section.models}
    accounted_for = (exported | set(NOT_EXPORTED)) - {get_user_model()._meta.label}
    holding = models_holding_a_user()
    missing = sorted(holding - accounted_for)
    stale = sorted(accounted_for - holding)
    assert (missing, stale) == ([], []), (
        f"models holding a user with no section and no reason in NOT_EXPORTED: {missing}; "
        f"named but holding no user: {stale}"
    )
    assert holding == accounted_for


def test_sections_are_registered_and_mentor_notes_are_covered():
    assert {section.name for section in SECTIONS} >= {
        "learning",
        "mentoring",
        "certificates",
        "account",
    }
    exported = {label for section in SECTIONS for label in section.models}
    # A note holds its author, but it is about the mentee, whom it reaches through the pairing.
    assert "mentorship.MentorNote" in exported
    assert "mentorship.MentorNote" not in NOT_EXPORTED
    # The account section runs last, so the others still find the person's details.
    assert SECTIONS[-1].name == "account"


# --- 2. The download ----------------------------------------------------------------------------


def test_the_download_holds_every_record_of_the_person_and_nobody_elses(
    client, make_records, course, certified_course
):
    mine = make_records(ERASED)
    theirs = make_records(OTHER)
    client.force_login(mine.user)

    response = client.get(data_url())

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith('attachment; filename="personal-data-')
    assert response["Content-Disposition"].endswith('.json"')
    assert response["Cache-Control"] == "no-store"
    text = response.content.decode()
    data = json.loads(text)

    account = data["account"]
    assert account["email"] == ERASED["email"]
    assert (account["first_name"], account["last_name"]) == ("Qwertyname", "Asdfsurname")
    assert (account["organisation"], account["region"]) == ("Zxcv Org", "KZ-79")
    assert sorted(account["groups_worked_with"]) == ["migrants", "youth"]
    assert account["roles"] == [Role.TRAINEE.value]
    assert account["email_addresses"] == [
        {"email": ERASED["email"], "verified": True, "primary": True}
    ]

    learning = data["learning"]
    assert len(learning["enrolments"]) == 2
    assert sorted(e["course"] for e in learning["enrolments"]) == sorted(
        [course.title, "Certified reporting"]
    )
    lesson_titles = [
        lesson.title
        for parent in (course, certified_course)
        for lesson in LessonPage.objects.child_of(parent)
    ]
    assert sorted(c["lesson"] for c in learning["lessons_completed"]) == sorted(lesson_titles)
    assert len(lesson_titles) == 4
    [attempt] = learning["attempts"]
    assert attempt["number"] == 1
    answers = {answer["question"]: answer for answer in attempt["answers"]}
    assert answers["q1"]["type"] == "single_choice"
    assert answers["q1"]["answer"] == mine.choice.answer
    assert answers["q1"]["answer"]  # the choice made is there
    assert answers["e1"]["type"] == "essay"
    assert answers["e1"]["answer"]["text"] == mine.texts["essay"]
    assert answers["e1"]["feedback"] == mine.texts["feedback"]
    assert answers["e1"]["score"] == "4.00"

    [pairing] = data["mentoring"]["pairings"]
    assert pairing["role"] == "mentee"
    assert pairing["focus"] == mine.texts["focus"]
    assert [m["topics"] for m in pairing["meetings"]] == [mine.texts["topics"]]
    assert [m["actions"] for m in pairing["meetings"]] == [mine.texts["actions"]]
    assert [g["text"] for g in pairing["goals"]] == [mine.texts["goal"]]
    assert [n["text"] for n in pairing["private_notes"]] == [mine.texts["note"]]
    assert pairing["private_notes"][0]["author"] == str(mine.pairing.mentor)

    [certificate] = data["certificates"]
    assert certificate["serial"] == mine.certificate.serial
    assert certificate["holder_name"] == "Qwertyname Asdfsurname"
    assert certificate["course"] == "Certified reporting"

    # Nothing of the other trainee, who has the same kinds of records.
    for leaked in [
        *erased_needles(OTHER),
        *theirs.texts.values(),
        theirs.certificate.serial,
        theirs.certificate.token,
    ]:
        assert leaked.casefold() not in text.casefold(), leaked
    # The certificate's verification token is not part of what the person downloads either.
    assert mine.certificate.token not in text


def test_the_download_needs_a_signed_in_person(client, site_tree):
    response = client.get(data_url())
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


# --- 3. Erasure through the view ----------------------------------------------------------------


def record_counts(user):
    return {
        "enrollments": Enrollment.objects.filter(user=user).count(),
        "completions": LessonCompletion.objects.filter(user=user).count(),
        "attempts": Attempt.objects.filter(user=user).count(),
        "responses": Response.objects.filter(attempt__user=user).count(),
        "pairings": Pairing.objects.filter(mentee=user).count(),
        "meetings": Meeting.objects.filter(pairing__mentee=user).count(),
        "goals": Goal.objects.filter(pairing__mentee=user).count(),
        "certificates": IssuedCertificate.objects.filter(holder=user).count(),
    }


def assert_account_erased(client, records, response, counts_before):
    user = records.user
    assert response.status_code == 302
    assert response.url == "/"
    assert "_auth_user_id" not in client.session
    assert client.get("/en/accounts/profile/").status_code == 302  # signed out

    user.refresh_from_db()
    assert user.erased_at is not None
    assert not user.is_active
    assert not user.has_usable_password()
    assert not user.check_password(PASSWORD)
    assert (user.first_name, user.last_name, user.organisation, user.region) == ("", "", "", "")
    assert user.email != ERASED["email"]
    assert not user.work_groups.exists()
    assert not user.groups.exists()
    assert not EmailAddress.objects.filter(user=user).exists()
    assert str(user) == "Deleted account"
    assert not client.login(email=ERASED["email"], password=PASSWORD)
    assert not client.login(email=user.email, password=PASSWORD)

    # Course and programme figures keep the records.
    assert record_counts(user) == counts_before

    # What was written about the person is gone.
    assert not MentorNote.objects.filter(pk=records.note.pk).exists()
    pairing = Pairing.objects.get(pk=records.pairing.pk)
    assert pairing.status == Pairing.Status.COMPLETED
    assert pairing.focus == ""
    meeting = Meeting.objects.get(pk=records.meeting.pk)
    assert (meeting.topics, meeting.actions) == ("", "")
    assert Goal.objects.get(pk=records.goal.pk).text == ""
    essay = Response.objects.get(pk=records.essay.pk)
    assert (essay.answer, essay.feedback) == ({}, "")
    assert essay.score == records.essay.score  # the grade still counts
    choice = Response.objects.get(pk=records.choice.pk)
    assert choice.answer == records.choice.answer  # a choice is not about the person


def test_erasure_keeping_the_certificates(client, make_records):
    records = make_records(ERASED)
    counts = record_counts(records.user)

    response = delete_account(client, records.user, certificates="keep")

    assert_account_erased(client, records, response, counts)
    certificate = IssuedCertificate.objects.get(pk=records.certificate.pk)
    assert certificate.revoked_at is None
    assert certificate.holder_name == "Qwertyname Asdfsurname"
    assert certificate.holder_surname == "Asdfsurname"
    page = client.get(reverse("verify_certificate", args=[certificate.token])).content.decode()
    assert "This certificate is valid." in page
    assert "Qwertyname Asdfsurname" in page

    # The name printed on the certificate is the only copy left anywhere.
    names = [ERASED["first_name"], ERASED["last_name"]]
    left = copies_left(names, allowed=NAME_ON_CERTIFICATE)
    assert left == [], f"copies left in the database: {left}"
    left = copies_left([ERASED["email"], ERASED["organisation"]])
    assert left == [], f"copies left in the database: {left}"


def test_erasure_withdrawing_the_certificates(client, make_records):
    from certificates.tasks import render_and_send_certificate

    records = make_records(ERASED)
    render_and_send_certificate(records.certificate.pk)
    records.certificate.refresh_from_db()
    pdf_path = records.certificate.pdf.path
    counts = record_counts(records.user)
    # The scan finds the person everywhere before the deletion (so it can find leftovers).
    before = {label for label, _needle in copies_left(erased_needles())}
    assert before >= {
        "accounts.User.email",
        "accounts.User.first_name",
        "accounts.User.organisation",
        "account.EmailAddress.email",
        "academy.Response.answer",
        "academy.Response.feedback",
        "academy.HistoricalResponse.answer",
        "academy.HistoricalResponse.feedback",
        "mentorship.Pairing.focus",
        "mentorship.HistoricalPairing.focus",
        "mentorship.Meeting.topics",
        "mentorship.HistoricalMeeting.actions",
        "mentorship.Goal.text",
        "mentorship.HistoricalGoal.text",
        "mentorship.MentorNote.text",
        "certificates.IssuedCertificate.holder_name",
        "certificates.HistoricalIssuedCertificate.holder_surname",
    }

    response = delete_account(client, records.user, certificates="withdraw")

    assert_account_erased(client, records, response, counts)
    certificate = IssuedCertificate.objects.get(pk=records.certificate.pk)
    assert certificate.revoked_at is not None
    assert (certificate.holder_name, certificate.holder_surname, certificate.pdf.name) == (
        "",
        "",
        "",
    )
    assert not os.path.exists(pdf_path)
    page = client.get(reverse("verify_certificate", args=[certificate.token])).content.decode()
    assert "This certificate was revoked on" in page
    assert "removed at the holder" in page
    for needle in erased_needles():
        assert needle.casefold() not in page.casefold()

    left = copies_left(erased_needles())
    assert left == [], f"copies left in the database: {left}"


def test_erasure_leaves_nothing_in_a_pairing_entered_in_the_programme_editor(
    client, make_records, programme
):
    """Pairings are entered inline on the programme page, so a publish keeps them, focus
    included, in the page's revisions: the mentoring focus is part of their change history."""
    records = make_records(ERASED, focus_in_pairing=False)
    programme.pairings.add(
        Pairing(mentor=UserFactory(role=Role.MENTOR), mentee=records.user, focus=about(ERASED))
    )
    programme.save_revision().publish()

    response = delete_account(client, records.user, certificates="withdraw")

    assert response.status_code == 302
    left = copies_left(erased_needles())
    assert left == [], f"copies left in the database: {left}"


def test_a_staff_members_name_does_not_survive_in_change_history(client, make_records):
    """Staff who regraded an attempt or revoked a certificate delete their account: their name
    must not stay behind in the change history of other people's records."""
    staff = UserFactory(
        role=Role.ACADEMY_STAFF,
        email="zz-staff-leaves@example.org",
        first_name="Staffqwerty",
        last_name="Staffasdf",
    )
    records = make_records(OTHER)
    regrade_attempt(attempt=records.attempt, by=staff)
    revoke_certificate(certificate=records.certificate, reason="Issued in error", by=staff)
    log(instance=staff, action="wagtail.create", user=staff)
    assert ModelLogEntry.objects.filter(object_id=str(staff.pk), label__contains="Staffasdf")

    response = delete_account(client, staff)

    assert response.status_code == 302
    left = copies_left(["zz-staff-leaves@example.org", "Staffqwerty", "Staffasdf"])
    assert left == [], f"copies left in the database: {left}"


# --- 4. Bad input changes nothing ---------------------------------------------------------------


def snapshot(records):
    user = get_user_model().objects.get(pk=records.user.pk)
    return {
        "user": (
            user.email,
            user.first_name,
            user.last_name,
            user.organisation,
            user.region,
            user.is_active,
            user.erased_at,
            user.password,
        ),
        "groups": sorted(user.work_groups.values_list("code", flat=True)),
        "roles": sorted(user.groups.values_list("name", flat=True)),
        "addresses": list(EmailAddress.objects.filter(user=user).values_list("email", flat=True)),
        "counts": record_counts(user),
        "essay": Response.objects.get(pk=records.essay.pk).answer,
        "feedback": Response.objects.get(pk=records.essay.pk).feedback,
        "pairing": Pairing.objects.filter(pk=records.pairing.pk).values_list("status", "focus")[0],
        "topics": Meeting.objects.get(pk=records.meeting.pk).topics,
        "goal": Goal.objects.get(pk=records.goal.pk).text,
        "notes": list(MentorNote.objects.filter(pairing=records.pairing).values_list("text")),
        "certificates": list(
            IssuedCertificate.objects.filter(holder=user).values_list(
                "serial", "holder_name", "revoked_at"
            )
        ),
    }


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        (
            {"password": "not-the-password", "confirm": "on", "certificates": "keep"},
            "password",
            "The password is not correct.",
        ),
        ({"password": PASSWORD, "certificates": "keep"}, "confirm", "This field is required."),
        ({"password": PASSWORD, "confirm": "on"}, "certificates", "This field is required."),
        (
            {"password": PASSWORD, "confirm": "on", "certificates": "shred"},
            "certificates",
            "Select a valid choice. shred is not one of the available choices.",
        ),
    ],
    ids=["wrong-password", "no-confirmation", "no-certificate-choice", "invalid-choice"],
)
def test_bad_input_is_refused_and_changes_nothing(client, make_records, data, field, error):
    records = make_records(ERASED)
    before = snapshot(records)
    client.force_login(records.user)

    response = client.post(delete_url(), data)

    assert response.status_code == 200
    assert response.context["form"].errors == {field: [error]}
    assert error in response.content.decode()
    assert snapshot(records) == before
    assert client.session["_auth_user_id"] == str(records.user.pk)
    assert client.login(email=ERASED["email"], password=PASSWORD)


def test_a_mentor_with_an_active_pairing_is_refused(client, programme, mentor, trainee):
    pairing = PairingFactory(programme=programme, mentor=mentor, mentee=trainee)
    note = MentorNoteFactory(pairing=pairing, author=mentor)
    client.force_login(mentor)
    email, password = mentor.email, mentor.password

    page = client.get(delete_url())
    assert page.status_code == 200
    assert REFUSAL in page.content.decode()
    assert 'name="password"' not in page.content.decode()

    response = client.post(delete_url(), {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    mentor.refresh_from_db()
    assert (mentor.email, mentor.password, mentor.is_active, mentor.erased_at) == (
        email,
        password,
        True,
        None,
    )
    assert EmailAddress.objects.filter(user=mentor, email=email).exists()
    pairing.refresh_from_db()
    assert pairing.status == Pairing.Status.ACTIVE
    assert MentorNote.objects.filter(pk=note.pk).exists()
    assert client.session["_auth_user_id"] == str(mentor.pk)


def test_a_mentor_with_only_completed_pairings_can_delete(client, programme, mentor, trainee):
    pairing = PairingFactory(
        programme=programme, mentor=mentor, mentee=trainee, status=Pairing.Status.COMPLETED
    )
    client.force_login(mentor)
    page = client.get(delete_url()).content.decode()
    assert REFUSAL not in page
    assert 'name="password"' in page

    response = client.post(delete_url(), {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 302
    mentor.refresh_from_db()
    assert mentor.erased_at is not None
    assert not mentor.is_active
    # The mentee's pairing stays, with the mentor shown as a deleted account.
    pairing.refresh_from_db()
    assert pairing.mentor_id == mentor.pk
    assert str(pairing.mentor) == "Deleted account"


# --- 5. The erased account, and a person without certificates ----------------------------------


def test_a_trainee_without_certificates_is_not_asked_and_shows_as_deleted(client, make_records):
    records = make_records(ERASED, with_certificate=False)
    client.force_login(records.user)

    page = client.get(delete_url()).content.decode()
    assert CERTIFICATE_QUESTION not in page
    assert 'name="certificates"' not in page
    assert 'name="password"' in page
    assert 'name="confirm"' in page

    response = client.post(delete_url(), {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 302
    records.user.refresh_from_db()
    assert str(records.user) == "Deleted account"
    assert records.user.erased_at is not None
    assert str(Pairing.objects.get(pk=records.pairing.pk).mentee) == "Deleted account"


def test_a_trainee_with_certificates_is_asked_what_to_do_with_them(client, make_records):
    records = make_records(ERASED)
    client.force_login(records.user)
    page = client.get(delete_url()).content.decode()
    assert CERTIFICATE_QUESTION in page
    assert 'name="certificates" value="keep"' in page
    assert 'name="certificates" value="withdraw"' in page

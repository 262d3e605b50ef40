"""Issuing one certificate and issuing for a whole course make the same certificate."""

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.translation import gettext
from pypdf import PdfReader

from academy.models import Enrollment
from certificates.models import CourseCertificate, IssuedCertificate
from certificates.services import (
    IssueRefused,
    issue_certificate,
    reissue_certificate,
    revoke_certificate,
)
from tests.certificates.conftest import COURSE_TITLES
from tests.factories.academy import EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

BASE = "/admin/certificates/issued/"


def issue_one(client, holder, course):
    return client.post(
        BASE + "issue/", {"email": holder.email, "course_key": str(course.translation_key)}
    )


def issue_for_the_course(client, holder, course):
    return client.post(BASE + "bulk/", {"course_key": str(course.translation_key)})


ISSUE_PATHS = {"one": issue_one, "for the course": issue_for_the_course}


def pdf_text(certificate):
    with certificate.pdf.open("rb") as handle:
        return "\n".join(page.extract_text() for page in PdfReader(handle).pages)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
@pytest.mark.parametrize("issue_path", ISSUE_PATHS)
def test_every_issue_path_makes_the_same_certificate(
    client,
    academy_staff,
    graduate,
    certified_course,
    issue_path,
    language,
    django_capture_on_commit_callbacks,
):
    CourseCertificate.objects.filter(course_key=certified_course.translation_key).update(
        validity_months=24
    )
    graduate.preferred_language = language
    graduate.save()
    client.force_login(academy_staff)

    with django_capture_on_commit_callbacks(execute=True):
        ISSUE_PATHS[issue_path](client, graduate, certified_course)

    certificate = IssuedCertificate.objects.get(holder=graduate)
    title = COURSE_TITLES[language]
    assert certificate.course_key == certified_course.translation_key
    assert (certificate.course_title, certificate.hours, certificate.language) == (
        title,
        12,
        language,
    )
    assert certificate.template.locale.language_code == language
    assert certificate.issued_at.date() == timezone.now().date()
    assert (
        certificate.expires_at.date()
        == (certificate.issued_at + timezone.timedelta(days=round(30.44 * 24))).date()
    )
    with translation.override(language):
        subject = gettext("Your certificate: %(course)s") % {"course": title}
    assert [message.subject for message in mail.outbox] == [subject]
    text = pdf_text(certificate)
    assert title in text
    assert "12" in text
    verification = client.get(f"/{language}/verify/{certificate.token}/").content.decode()
    assert title in verification
    assert "<dt>" in verification and "<dd>12</dd>" in verification


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def test_issue_for_a_course_skips_and_lists_revoked_holders_until_reissued(
    client, academy_staff, graduate, certified_course, django_capture_on_commit_callbacks
):
    newcomer = UserFactory(first_name="Dana", last_name="Omarova")
    EnrollmentFactory(user=newcomer, course=certified_course, status=Enrollment.Status.COMPLETED)
    revoked = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    revoke_certificate(certificate=revoked, reason="Plagiarised essay", by=academy_staff)
    client.force_login(academy_staff)

    with django_capture_on_commit_callbacks(execute=True):
        response = issue_for_the_course(client, graduate, certified_course)
    page = client.get(response.url).content.decode()

    assert not IssuedCertificate.objects.filter(holder=graduate).exclude(pk=revoked.pk).exists()
    assert [message.to for message in mail.outbox] == [[newcomer.email]]
    assert "1 issued; 2 completed enrolments checked." in page
    assert "Not issued: their certificate for this course was revoked." in page
    assert graduate.get_full_name() in page
    assert f'href="{BASE}inspect/{revoked.pk}/"' in page

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{BASE}reissue/{revoked.pk}/")
    replacement = IssuedCertificate.objects.filter(holder=graduate).exclude(pk=revoked.pk).get()
    assert replacement.revoked_at is None
    assert mail.outbox[-1].to == [graduate.email]
    revoked.refresh_from_db()
    assert (revoked.revoked_reason, revoked.superseded_by) == ("Plagiarised essay", replacement)


def test_issuing_one_to_a_revoked_holder_is_refused_and_changes_nothing(
    client, academy_staff, graduate, certified_course
):
    revoked = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    revoke_certificate(certificate=revoked, reason="Plagiarised essay", by=academy_staff)
    client.force_login(academy_staff)
    mail.outbox.clear()

    page = issue_one(client, graduate, certified_course).content.decode()

    assert f"The certificate {revoked.serial} of this trainee for this course was revoked" in page
    assert IssuedCertificate.objects.count() == 1
    assert mail.outbox == []


def test_issued_is_said_only_when_something_new_was_issued(
    client, academy_staff, graduate, certified_course
):
    client.force_login(academy_staff)
    first = issue_one(client, graduate, certified_course)
    certificate = IssuedCertificate.objects.get()
    assert messages_of(client.get(first.url)) == [f"Issued {certificate.serial}."]

    again = issue_one(client, graduate, certified_course)
    assert messages_of(client.get(again.url)) == [
        f"Nothing new was issued: {graduate.get_full_name()} already holds the valid "
        f"certificate {certificate.serial} for this course."
    ]

    bulk = issue_for_the_course(client, graduate, certified_course)
    page = client.get(bulk.url).content.decode()
    assert (
        "Nothing new was issued: everyone who completed this course already has a valid certificate"
        in page
    )
    assert IssuedCertificate.objects.count() == 1


def test_reissue_refuses_a_replaced_certificate_and_a_revoked_one_beside_a_valid_one(
    graduate, certified_course, academy_staff
):
    first = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    second = reissue_certificate(certificate=first, by=academy_staff)
    first.refresh_from_db()
    with pytest.raises(IssueRefused, match="already been replaced"):
        reissue_certificate(certificate=first, by=academy_staff)

    revoke_certificate(certificate=second, reason="Plagiarised essay", by=academy_staff)
    third = reissue_certificate(certificate=second, by=academy_staff)
    IssuedCertificate.objects.filter(pk=second.pk).update(superseded_at=None)
    second.refresh_from_db()
    with pytest.raises(IssueRefused, match="already has a valid certificate"):
        reissue_certificate(certificate=second, by=academy_staff)
    assert list(
        IssuedCertificate.objects.filter(
            holder=graduate, revoked_at__isnull=True, superseded_at__isnull=True
        )
    ) == [third]

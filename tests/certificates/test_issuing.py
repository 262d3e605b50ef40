import io
import re
from pathlib import Path

import pypdfium2
import pytest
import zxingcpp
from django.core import mail
from pypdf import PdfReader

from academy.models import Enrollment
from certificates.models import IssuedCertificate
from certificates.services import (
    IssueRefused,
    issue_certificate,
    reissue_certificate,
    revoke_certificate,
)
from certificates.tasks import issue_certificate_task, render_and_send_certificate
from tests.factories.academy import EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


def pdf_text(certificate):
    with certificate.pdf.open("rb") as handle:
        return "\n".join(page.extract_text() for page in PdfReader(handle).pages)


def test_issuing_is_idempotent_and_makes_serial_and_token(graduate, certified_course):
    first = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    second = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    assert first.pk == second.pk
    assert IssuedCertificate.objects.count() == 1
    assert re.fullmatch(r"RLA-\d{4}-\d{6}", first.serial)
    assert len(first.token) >= 32  # 24 random bytes, URL-safe
    assert first.holder_name == "Әсел Құрманғалиева"
    assert first.course_title == "Сот процестерінің мониторингі"
    assert (first.language, first.hours) == ("kk", 12)


def test_serials_count_up(graduate, certified_course):
    other = UserFactory()
    EnrollmentFactory(user=other, course=certified_course, status=Enrollment.Status.COMPLETED)
    one = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    two = issue_certificate(holder=other, course_key=certified_course.translation_key)
    assert int(two.serial[-6:]) == int(one.serial[-6:]) + 1


def test_no_certificate_without_completion(trainee, certified_course):
    EnrollmentFactory(user=trainee, course=certified_course, status=Enrollment.Status.ACTIVE)
    with pytest.raises(IssueRefused):
        issue_certificate(holder=trainee, course_key=certified_course.translation_key)
    assert not IssuedCertificate.objects.exists()


def test_a_retried_task_leaves_one_valid_certificate(graduate, certified_course):
    enrollment = Enrollment.objects.get(user=graduate)
    issue_certificate_task(enrollment.pk)
    issue_certificate_task(enrollment.pk)
    certificate = IssuedCertificate.objects.get()
    render_and_send_certificate(certificate.pk)
    render_and_send_certificate(certificate.pk)
    assert len(mail.outbox) == 1
    assert IssuedCertificate.objects.count() == 1
    serial = IssuedCertificate.objects.get().serial
    # The same Message-ID whenever it is sent (a copy is recognisably the same message).
    assert mail.outbox[0].extra_headers["Message-ID"].startswith(f"<certificate.{serial}@")


def test_issuing_again_queues_the_pdf_and_e_mail_a_killed_worker_never_queued(
    graduate, certified_course, django_capture_on_commit_callbacks
):
    # Issued, and its worker died before the render task was queued (no callback ran).
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    with django_capture_on_commit_callbacks(execute=True):
        again = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    assert again.pk == certificate.pk
    certificate.refresh_from_db()
    assert certificate.pdf and certificate.emailed_at is not None
    assert len(mail.outbox) == 1
    with django_capture_on_commit_callbacks() as callbacks:
        issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    assert callbacks == [], "nothing is queued once the PDF and e-mail are done"


def test_a_pdf_stored_by_a_killed_worker_is_replaced_not_kept_beside(graduate, certified_course):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    name = certificate.pdf.field.generate_filename(certificate, f"{certificate.serial}.pdf")
    left_over = certificate.pdf.storage.save(name, io.BytesIO(b"half a PDF"))
    render_and_send_certificate(certificate.pk)
    certificate.refresh_from_db()
    assert certificate.pdf.name == left_over
    assert certificate.pdf.read().startswith(b"%PDF")
    folder = Path(certificate.pdf.path).parent
    assert [path.name for path in folder.iterdir()] == [f"{certificate.serial}.pdf"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["Trial monitoring", "has completed the course"]),
        ("ru", ["Мониторинг судебных процессов", "успешно завершил(а) курс"]),
        ("kk", ["Сот процестерінің мониторингі", "сәтті аяқтады"]),
    ],
)
def test_pdf_holds_name_course_and_serial_in_each_language(
    graduate, certified_course, language, expected, django_capture_on_commit_callbacks
):
    graduate.preferred_language = language
    graduate.save()
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(
            holder=graduate, course_key=certified_course.translation_key
        )
    certificate.refresh_from_db()
    assert certificate.pdf
    text = pdf_text(certificate)
    assert "Әсел Құрманғалиева" in text, "Kazakh letters must survive in the PDF"
    assert certificate.serial in text
    for fragment in expected:
        assert fragment in text
    assert certificate.pdf.size < 300 * 1024
    assert mail.outbox[-1].attachments[0][0] == f"{certificate.serial}.pdf"


def test_qr_code_decodes_to_the_verification_url(
    graduate, certified_course, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(
            holder=graduate, course_key=certified_course.translation_key
        )
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        document = pypdfium2.PdfDocument(io.BytesIO(handle.read()))
    image = document[0].render(scale=3).to_pil()
    decoded = [barcode.text for barcode in zxingcpp.read_barcodes(image)]
    assert decoded == [f"{settings.SITE_URL}/verify/{certificate.token}/"]


def test_revoke_needs_a_reason_and_reissue_supersedes(graduate, certified_course, academy_staff):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    with pytest.raises(IssueRefused):
        revoke_certificate(certificate=certificate, reason="  ", by=academy_staff)
    replacement = reissue_certificate(certificate=certificate, by=academy_staff)
    certificate.refresh_from_db()
    assert certificate.superseded_by == replacement
    assert replacement.serial != certificate.serial
    assert replacement.token != certificate.token
    revoke_certificate(certificate=replacement, reason="Issued in error", by=academy_staff)
    replacement.refresh_from_db()
    assert replacement.revoked_at is not None
    assert replacement.history.count() == 2


def test_completing_the_course_issues_the_certificate_automatically(
    trainee, certified_course, django_capture_on_commit_callbacks
):
    from academy.services import complete_lesson, enrol
    from certificates.models import CourseCertificate
    from tests.factories.academy import LessonPageFactory

    CourseCertificate.objects.filter(course_key=certified_course.translation_key).update(
        issue_automatically=True, validity_months=24
    )
    lesson = LessonPageFactory(parent=certified_course)
    enrol(user=trainee, course=certified_course)
    with django_capture_on_commit_callbacks(execute=True):
        complete_lesson(user=trainee, lesson=lesson, course=certified_course)
    certificate = IssuedCertificate.objects.get(holder=trainee)
    assert certificate.pdf
    assert certificate.expires_at.year == certificate.issued_at.year + 2
    assert mail.outbox[-1].to == [trainee.email]


def test_staff_only_courses_wait_for_staff(
    trainee, certified_course, django_capture_on_commit_callbacks
):
    from academy.services import complete_lesson, enrol
    from tests.factories.academy import LessonPageFactory

    lesson = LessonPageFactory(parent=certified_course)
    enrol(user=trainee, course=certified_course)
    with django_capture_on_commit_callbacks(execute=True):
        complete_lesson(user=trainee, lesson=lesson, course=certified_course)
    assert not IssuedCertificate.objects.exists()


def test_a_render_task_redelivered_after_revocation_renders_and_sends_nothing(
    graduate, certified_course, academy_staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False):
        certificate = issue_certificate(
            holder=graduate, course_key=certified_course.translation_key
        )
    revoke_certificate(certificate=certificate, reason="Issued by mistake.", by=academy_staff)
    mail.outbox.clear()

    render_and_send_certificate(certificate.pk)

    certificate.refresh_from_db()
    assert not certificate.pdf
    assert certificate.emailed_at is None
    assert mail.outbox == []

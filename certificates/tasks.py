"""Celery tasks: thin wrappers over the services, safe to run twice."""

import logging

from celery import shared_task
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from academy.models import Enrollment
from certificates.models import IssuedCertificate
from certificates.pdf import render_certificate_pdf
from certificates.services import CourseIssue, IssueRefused, issue_certificate, issue_for_course
from config.celery import message_id

logger = logging.getLogger(__name__)


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def issue_certificate_task(enrollment_id):
    """Issue the certificate of a completed enrolment (idempotent)."""
    enrollment = Enrollment.objects.select_related("user").filter(pk=enrollment_id).first()
    if enrollment is None:
        return None
    try:
        return issue_certificate(holder=enrollment.user, course_key=enrollment.course_key).pk
    except IssueRefused as refusal:
        logger.warning("Certificate not issued for enrolment %s: %s", enrollment_id, refusal)
        return None


@shared_task(acks_late=True, autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def render_and_send_certificate(certificate_id):
    """Render the PDF once and e-mail it to the holder once, also when the task runs again
    after its worker was killed; each step is recorded in the transaction that does it."""
    with transaction.atomic():
        certificate = IssuedCertificate.objects.select_for_update().get(pk=certificate_id)
        if certificate.revoked_at is not None:
            return  # revoked (or withdrawn by its holder) while the task waited
        if not certificate.pdf:
            store_pdf(certificate)
    with transaction.atomic():
        certificate = (
            IssuedCertificate.objects.select_for_update(of=("self",))
            .select_related("holder")
            .get(pk=certificate_id)
        )
        if certificate.emailed_at is None and certificate.holder and certificate.holder.email:
            # Sent, then marked: killed in between, the task sends it again (at least once).
            send_certificate_email(certificate)
            certificate.emailed_at = timezone.now()
            certificate.save(update_fields=["emailed_at"])


def store_pdf(certificate):
    """Render the PDF and store it under the serial's name, replacing the file of a worker
    that was killed after storing it and before the certificate recorded it."""
    name = f"{certificate.serial}.pdf"
    storage = certificate.pdf.storage
    left_over = certificate.pdf.field.generate_filename(certificate, name)
    if storage.exists(left_over):
        storage.delete(left_over)
    certificate.pdf.save(name, ContentFile(render_certificate_pdf(certificate)), save=False)
    certificate.save(update_fields=["pdf"])


def send_certificate_email(certificate):
    with translation.override(certificate.language):
        context = {"certificate": certificate}
        subject = render_to_string("certificates/email_subject.txt", context).strip()
        body = render_to_string("certificates/email_body.txt", context)
    message = EmailMessage(
        subject,
        body,
        to=[certificate.holder.email],
        headers={"Message-ID": message_id("certificate", certificate.serial)},
    )
    with certificate.pdf.open("rb") as pdf:
        message.attach(f"{certificate.serial}.pdf", pdf.read(), "application/pdf")
    message.send()


def bulk_progress_key(job_id):
    return f"certificates-bulk-issue:{job_id}"


@shared_task(acks_late=True)
def bulk_issue_certificates(job_id, course_key, staff_id):
    """Issue the certificates of every completed enrolment of a course that lacks one.

    Progress is kept in the cache for the page that follows the job.
    """
    from django.contrib.auth import get_user_model
    from django.core.cache import cache

    staff = get_user_model().objects.filter(pk=staff_id).first()

    def keep(outcome, finished=False):
        cache.set(bulk_progress_key(job_id), progress_of(outcome, finished), 24 * 3600)

    try:
        outcome = issue_for_course(course_key=course_key, by=staff, on_progress=keep)
    except IssueRefused as refusal:
        outcome = CourseIssue(total=0, failed=[refusal.message])
    keep(outcome, finished=True)


def progress_of(outcome, finished):
    """A course's bulk issue as the progress page reads it from the cache."""
    return {
        "total": outcome.total,
        "done": outcome.done,
        "issued": len(outcome.issued),
        "revoked": [{"name": name, "pk": pk} for name, pk in outcome.revoked],
        "failed": list(outcome.failed),
        "finished": finished,
    }

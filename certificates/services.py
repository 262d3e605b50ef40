"""Issuing, revoking, reissuing and verifying certificates: one function per rule."""

import re
import secrets
import unicodedata
import uuid
from dataclasses import dataclass, field
from decimal import Decimal

from allauth.core.internal import ratelimit
from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Locale

from academy.models import AssessmentPage, Attempt, CoursePage, Enrollment
from academy.services import localized_courses, localized_titles
from certificates.models import (
    VALID_CERTIFICATE,
    CourseCertificate,
    IssuedCertificate,
    SerialCounter,
)
from certificates.transliteration import surname_key

SERIAL_PREFIX = "RLA"
TOKEN_BYTES = 24  # 192 bits, URL-safe


class IssueRefused(Exception):
    """A certificate cannot be issued or changed; ``message`` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def next_serial(year) -> str:
    """The next human serial of the year, e.g. RLA-2026-000123, never used twice."""
    with transaction.atomic():
        SerialCounter.objects.get_or_create(year=year)
        counter = SerialCounter.objects.select_for_update().get(year=year)
        counter.last += 1
        counter.save(update_fields=["last"])
    return f"{SERIAL_PREFIX}-{year}-{counter.last:06d}"


def valid_certificate(*, holder, course_key):
    return (
        IssuedCertificate.objects.filter(VALID_CERTIFICATE)
        .filter(holder=holder, course_key=course_key)
        .first()
    )


def template_in(language, template):
    locale = Locale.objects.filter(language_code=language).first()
    translated = template.get_translation_or_none(locale) if locale else None
    return translated or template


def course_score(*, holder, course_key):
    """The average of the counting grades of the course's required assessments, if any."""
    required = dict(
        AssessmentPage.objects.live()
        .filter(
            required=True,
            translation_key__in=Attempt.objects.filter(user=holder, course_key=course_key).values(
                "assessment_key"
            ),
        )
        .values_list("translation_key", "grading_method")
    )
    if not required:
        return None
    best = {}
    for key, percent in (
        Attempt.objects.filter(
            user=holder, assessment_key__in=required, status=Attempt.Status.GRADED
        )
        .values_list("assessment_key", "percent")
        .order_by("number")
    ):
        if required[key] == AssessmentPage.GradingMethod.LAST:
            best[key] = percent
        else:
            best[key] = max(best.get(key, Decimal(0)), percent)
    if not best:
        return None
    return (sum(best.values()) / len(best)).quantize(Decimal("0.01"))


class RevokedBefore(IssueRefused):
    """The holder's certificate for the course was revoked: only staff reissuing that very
    certificate gives them a new one, never issuing again (by hand, for a course or on
    completion)."""

    def __init__(self, certificate):
        super().__init__(
            _(
                "The certificate %(serial)s of this trainee for this course was revoked "
                "(%(reason)s). To give them a certificate again, reissue that one."
            )
            % {"serial": certificate.serial, "reason": certificate.revoked_reason}
        )
        self.certificate = certificate


def revoked_certificate(*, holder, course_key):
    """The holder's revoked certificate for the course that nothing has replaced, if any."""
    return (
        IssuedCertificate.objects.filter(
            holder=holder,
            course_key=course_key,
            revoked_at__isnull=False,
            superseded_at__isnull=True,
        )
        .order_by("-issued_at")
        .first()
    )


def course_key_from(value) -> uuid.UUID:
    """A course's translation key from a form's or a task's text; pages keep it as a UUID, and
    a text key finds no page (the bulk issue once made certificates of an empty course)."""
    try:
        return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    except ValueError as error:
        raise IssueRefused(_("This course does not exist.")) from error


@dataclass(frozen=True)
class Issue:
    certificate: IssuedCertificate
    new: bool  # False: the holder already had this valid certificate


def issue(*, holder, course_key, by=None) -> Issue:
    """Issue the holder's certificate for a completed course; idempotent. Every way of issuing
    (one by staff, a course's in bulk, on completion, a reissue) comes here.

    There is at most one valid certificate per holder and course: issuing again returns it.
    A holder whose certificate was revoked is refused (``RevokedBefore``).
    The PDF is rendered and e-mailed in the background once the issue is committed.
    """
    course_key = course_key_from(course_key)
    existing = valid_certificate(holder=holder, course_key=course_key)
    if existing:
        if not existing.pdf or (existing.emailed_at is None and holder.email):
            # Perhaps queued and not done yet, perhaps never queued: the worker that issued
            # it was killed in between. Queue it (again); that task does each step once.
            transaction.on_commit(lambda: _render_later(existing.pk))
        return Issue(existing, new=False)
    revoked = revoked_certificate(holder=holder, course_key=course_key)
    if revoked:
        raise RevokedBefore(revoked)
    if not Enrollment.objects.filter(
        user=holder, course_key=course_key, status=Enrollment.Status.COMPLETED
    ).exists():
        raise IssueRefused(_("A certificate is issued only for a completed course."))
    settings_row = (
        CourseCertificate.objects.select_related("template").filter(course_key=course_key).first()
    )
    if settings_row is None:
        raise IssueRefused(_("This course has no certificate template yet."))
    language = holder.preferred_language or settings.LANGUAGE_CODE
    # Unpublished translations count too: the holder completed the course, not a page.
    course = localized_courses([course_key], language=language, live=False).get(course_key)
    if course is None:
        raise IssueRefused(_("This course does not exist."))
    now = timezone.now()
    expires = None
    if settings_row.validity_months:
        expires = now + timezone.timedelta(days=round(30.44 * settings_row.validity_months))
    try:
        with transaction.atomic():
            certificate = IssuedCertificate.objects.create(
                holder=holder,
                course_key=course_key,
                template=template_in(language, settings_row.template),
                serial=next_serial(now.year),
                token=secrets.token_urlsafe(TOKEN_BYTES),
                holder_name=holder.get_full_name() or holder.email,
                holder_surname=holder.last_name,
                course_title=course.title,
                language=language,
                hours=course.estimated_hours,
                score=course_score(holder=holder, course_key=course_key),
                expires_at=expires,
                issued_by=by,
            )
    except IntegrityError:
        # Another worker issued it at the same moment (a retried task): keep that one.
        return Issue(valid_certificate(holder=holder, course_key=course_key), new=False)
    transaction.on_commit(lambda: _render_later(certificate.pk))
    return Issue(certificate, new=True)


def issue_certificate(*, holder, course_key, by=None) -> IssuedCertificate:
    """The holder's valid certificate for the course, issued now if need be (see ``issue``)."""
    return issue(holder=holder, course_key=course_key, by=by).certificate


@dataclass
class CourseIssue:
    """What issuing for a whole course did, for the staff who started it."""

    total: int
    done: int = 0
    issued: list = field(default_factory=list)  # serials
    revoked: list = field(default_factory=list)  # (holder's name, revoked certificate's pk)
    failed: list = field(default_factory=list)  # "e-mail: reason"


def issue_for_course(*, course_key, by, on_progress=lambda outcome: None) -> CourseIssue:
    """Issue a certificate to everyone who completed the course and has none. Holders whose
    certificate was revoked are skipped and listed: staff decide, and reissue if they will."""
    course_key = course_key_from(course_key)
    enrollments = list(
        Enrollment.objects.filter(course_key=course_key, status=Enrollment.Status.COMPLETED)
        .select_related("user")
        .order_by("pk")
    )
    outcome = CourseIssue(total=len(enrollments))
    on_progress(outcome)
    for enrollment in enrollments:
        holder = enrollment.user
        try:
            result = issue(holder=holder, course_key=course_key, by=by)
        except RevokedBefore as refusal:
            outcome.revoked.append(
                (refusal.certificate.holder_name or holder.email, refusal.certificate.pk)
            )
        except IssueRefused as refusal:
            outcome.failed.append(f"{holder.email}: {refusal.message}")
        else:
            if result.new:
                outcome.issued.append(result.certificate.serial)
        outcome.done += 1
        on_progress(outcome)
    return outcome


def _render_later(certificate_id):
    from certificates.tasks import render_and_send_certificate
    from config.celery import enqueue

    enqueue(render_and_send_certificate, certificate_id)


def revoke_certificate(*, certificate, reason, by) -> IssuedCertificate:
    """Staff revoke a certificate; verification says so from then on."""
    if not reason.strip():
        raise IssueRefused(_("Give the reason for revoking the certificate."))
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.revoked_reason = reason.strip()
        certificate._change_reason = "revoked"
        certificate._history_user = by
        certificate.save()
    return certificate


def reissue_certificate(*, certificate, by) -> IssuedCertificate:
    """Issue a new certificate (new serial and token) that supersedes a valid or a revoked
    one: the only way a holder whose certificate was revoked gets one again."""
    if certificate.superseded_at:
        raise IssueRefused(_("This certificate has already been replaced."))
    if certificate.holder is None:
        raise IssueRefused(_("The holder's account no longer exists."))
    if certificate.revoked_at and valid_certificate(
        holder=certificate.holder, course_key=certificate.course_key
    ):
        raise IssueRefused(_("The holder already has a valid certificate for this course."))
    with transaction.atomic():
        certificate.superseded_at = timezone.now()
        certificate.save()
        replacement = issue_certificate(
            holder=certificate.holder, course_key=certificate.course_key, by=by
        )
        certificate.superseded_by = replacement
        certificate.save()
    return replacement


@dataclass(frozen=True)
class Verification:
    certificate: IssuedCertificate
    status: str  # valid, revoked, expired or superseded


def name_courses(certificates) -> None:
    """Set ``shown_course_title`` on certificates: the course in the reader's language, in
    one query; the title printed on the certificate where the course is gone."""
    titles = localized_titles(
        CoursePage, {certificate.course_key for certificate in certificates}, live=False
    )
    for certificate in certificates:
        certificate.shown_course_title = titles.get(
            certificate.course_key, certificate.course_title
        )


def verify(certificate, now=None) -> Verification:
    """What a certificate's verification page says about it today."""
    now = now or timezone.now()
    if certificate.revoked_at:
        status = "revoked"
    elif certificate.superseded_at:
        status = "superseded"
    elif certificate.expires_at and certificate.expires_at < now:
        status = "expired"
    else:
        status = "valid"
    return Verification(certificate, status)


class LookupRefused(Exception):
    """Too many failed look-ups from this visitor or of this serial; try again later."""


SERIAL_PARTS = re.compile(r"([A-Z]+)(\d{4})(\d+)")


def normalised_serial(typed: str) -> str:
    """A serial as typed (any case, full-width or not, with or without dashes or spaces) as
    it is printed."""
    # NFKC first: full-width letters and digits ("ＲＬＡ２０２６") become plain ones.
    compact = re.sub(r"[^0-9A-Z]", "", unicodedata.normalize("NFKC", typed).upper())
    parts = SERIAL_PARTS.fullmatch(compact)
    return "-".join(parts.groups()) if parts else compact


def find_by_serial(*, serial, surname):
    """The certificate with this serial, only if the holder's surname matches too, in
    either script and any case."""
    certificate = IssuedCertificate.objects.filter(serial=normalised_serial(serial)).first()
    if certificate is None:
        return None
    key = surname_key(surname)
    # An erased holder's surname is empty: a surname without letters must not match it.
    if not key or surname_key(certificate.holder_surname) != key:
        return None
    return certificate


def look_up_certificate(*, request, serial, surname):
    """find_by_serial for a visitor; LookupRefused after too many failed look-ups."""
    # allauth's limiter, as for failed sign-ins: the look-up is counted before it runs, so
    # guesses sent in parallel cannot overtake the count, and taken back out when it finds the
    # certificate, so only failures count. allauth's public consume() skips GET requests and
    # cannot take a count back.
    attempt = ratelimit.consume(
        request,
        app="allauth.account",
        action="certificate_lookup_failed",
        key=normalised_serial(serial),
        limit_get=True,
    )
    if attempt is None:
        raise LookupRefused
    certificate = find_by_serial(serial=serial, surname=surname)
    if certificate is not None:
        attempt.rollback()
    return certificate

"""Certificates in a person's data, and the holder's choice when they delete their account."""

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import PersonalDataSection
from certificates.models import IssuedCertificate

KEEP, WITHDRAW = "keep", "withdraw"
WITHDRAWN_REASON = "Withdrawn at the holder's request when they deleted their account."


def export_certificates(user) -> list:
    return [
        {
            "serial": certificate.serial,
            "course": certificate.course_title,
            "holder_name": certificate.holder_name,
            "language": certificate.language,
            "hours": certificate.hours,
            "score": certificate.score,
            "issued_at": certificate.issued_at,
            "expires_at": certificate.expires_at,
            "revoked_at": certificate.revoked_at,
            "revoked_reason": certificate.revoked_reason,
            "superseded_at": certificate.superseded_at,
        }
        for certificate in IssuedCertificate.objects.filter(holder=user).order_by("issued_at")
    ]


def certificate_question(user):
    if not IssuedCertificate.objects.filter(holder=user).exists():
        return None
    return forms.ChoiceField(
        label=_("Your certificates"),
        widget=forms.RadioSelect,
        choices=[
            (
                KEEP,
                _(
                    "Keep them valid: anyone with the code or QR can still verify them, and they "
                    "keep your name as printed."
                ),
            ),
            (
                WITHDRAW,
                _("Withdraw them: they are revoked and your name is removed from them."),
            ),
        ],
    )


def erase_certificates(user, answer=None) -> None:
    """*Keep* leaves the certificates as issued; anything else withdraws them: revoked,
    name erased from them and their history, PDF files deleted."""
    if answer == KEEP:
        return
    certificates = IssuedCertificate.objects.filter(holder=user)
    for certificate in certificates.exclude(pdf=""):
        certificate.pdf.delete(save=False)
    certificates.filter(revoked_at__isnull=True).update(
        revoked_at=timezone.now(), revoked_reason=WITHDRAWN_REASON
    )
    certificates.update(holder_name="", holder_surname="", pdf="")
    IssuedCertificate.history.filter(Q(holder=user) | Q(id__in=certificates.values("pk"))).update(
        holder_name="", holder_surname="", pdf=""
    )


CERTIFICATES_SECTION = PersonalDataSection(
    name="certificates",
    models=("certificates.IssuedCertificate",),
    export=export_certificates,
    erase=erase_certificates,
    question=certificate_question,
    order=30,
)

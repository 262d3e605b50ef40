from django import forms
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from certificates.models import IssuedCertificate
from certificates.permissions import can_download_certificate
from certificates.services import find_by_serial, verify
from core.storage import private_file_download

#: Failed look-ups allowed per address in the window before the answer is "try later".
FAILED_LOOKUPS_ALLOWED = 10
FAILED_LOOKUP_WINDOW = 10 * 60


def _failures_key(request):
    return f"certificate-lookup-failures:{request.META.get('REMOTE_ADDR', '')}"


def _too_many_failures(request):
    return cache.get(_failures_key(request), 0) >= FAILED_LOOKUPS_ALLOWED


def _count_failure(request):
    key = _failures_key(request)
    cache.add(key, 0, FAILED_LOOKUP_WINDOW)
    cache.incr(key)


def _slowed_down(request):
    response = render(request, "certificates/verify_limited.html", status=429)
    response["Retry-After"] = str(FAILED_LOOKUP_WINDOW)
    return response


def _noindex(response):
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


@require_GET
def verify_in_visitors_language(request, token):
    """The address in the QR code: it opens the check in the language the visitor reads."""
    with translation.override(translation.get_language_from_request(request)):
        return redirect("verify_certificate", token=token)


@require_GET
def verify_certificate(request, token):
    """The public page a certificate's QR code opens: valid, revoked or expired."""
    if _too_many_failures(request):
        return _noindex(_slowed_down(request))
    certificate = IssuedCertificate.objects.filter(token=token).first()
    if certificate is None:
        _count_failure(request)
        raise Http404
    return _noindex(
        render(request, "certificates/verify.html", {"verification": verify(certificate)})
    )


class SerialLookupForm(forms.Form):
    serial = forms.CharField(label=_("Certificate serial"), max_length=32)
    surname = forms.CharField(label=_("Holder's surname"), max_length=150)


@require_GET
def lookup_certificate(request):
    """Check a certificate by its serial and the holder's surname."""
    if _too_many_failures(request):
        return _noindex(_slowed_down(request))
    form = SerialLookupForm(request.GET or None)
    verification = None
    not_found = False
    if form.is_valid():
        certificate = find_by_serial(
            serial=form.cleaned_data["serial"], surname=form.cleaned_data["surname"]
        )
        if certificate is None:
            _count_failure(request)
            not_found = True
        else:
            verification = verify(certificate)
    return _noindex(
        render(
            request,
            "certificates/lookup.html",
            {"form": form, "verification": verification, "not_found": not_found},
        )
    )


@login_required
def my_certificates(request):
    """The signed-in person's certificates."""
    certificates = IssuedCertificate.objects.filter(holder=request.user).order_by("-issued_at")
    return render(
        request,
        "certificates/my_certificates.html",
        {"verifications": [verify(certificate) for certificate in certificates]},
    )


@login_required
def download_certificate(request, serial):
    """The certificate's PDF, for its holder and Academy staff; 404 for anyone else."""
    certificate = IssuedCertificate.objects.filter(serial=serial).first()
    if certificate is None or not certificate.pdf:
        raise Http404
    if not can_download_certificate(user=request.user, certificate=certificate):
        raise Http404
    return private_file_download(
        certificate.pdf, filename=f"{certificate.serial}.pdf", content_type="application/pdf"
    )

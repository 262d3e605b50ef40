from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.http import require_GET, require_http_methods

from certificates.forms import SerialLookupForm
from certificates.models import IssuedCertificate
from certificates.permissions import can_download_certificate
from certificates.services import LookupRefused, look_up_certificate, name_courses, verify
from core.storage import private_file_download


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
    # Never rate-limited: a 192-bit token cannot be guessed, and a genuine holder must never
    # be refused because someone else guessed wrong.
    certificate = IssuedCertificate.objects.filter(token=token).first()
    if certificate is None:
        return _noindex(
            render(request, "certificates/verify.html", {"verification": None}, status=404)
        )
    return _noindex(
        render(request, "certificates/verify.html", {"verification": verify(certificate)})
    )


@require_http_methods(["GET", "POST"])
def lookup_certificate(request):
    """Check a certificate by its serial and the holder's surname."""
    # A POST: the holder's surname stays out of addresses, server logs and referrers.
    form = SerialLookupForm(request.POST if request.method == "POST" else None)
    verification = None
    not_found = False
    if form.is_valid():
        try:
            certificate = look_up_certificate(
                request=request,
                serial=form.cleaned_data["serial"],
                surname=form.cleaned_data["surname"],
            )
        except LookupRefused:
            return _noindex(render(request, "certificates/verify_limited.html", status=429))
        if certificate is None:
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
    certificates = list(
        IssuedCertificate.objects.filter(holder=request.user).order_by("-issued_at")
    )
    name_courses(certificates)
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

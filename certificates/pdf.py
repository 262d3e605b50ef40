"""A certificate as an A4 PDF: WeasyPrint from our HTML template, with a QR code to verify it."""

import base64
import io

import qrcode
import qrcode.image.svg
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation

from certificates.print_images import LOGO, SIGNATURE, background_box, print_rendition


def verification_url(certificate) -> str:
    """The public address the QR code leads to; the visitor's language is chosen there."""
    return settings.SITE_URL.rstrip("/") + reverse("verify_any_language", args=[certificate.token])


def qr_svg(data) -> str:
    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=10, border=2)
    return image.to_string(encoding="unicode")


def image_data_uri(image, box):
    """The image's print-size copy, read through the storage API (S3-style storage works
    too), as WeasyPrint embeds it."""
    if image is None:
        return ""
    rendition = print_rendition(image, box)
    with rendition.file.open("rb") as handle:
        encoded = base64.b64encode(handle.read()).decode()
    extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    mime = "image/jpeg" if extension in ("jpg", "jpeg") else f"image/{extension}"
    return f"data:{mime};base64,{encoded}"


def certificate_text(certificate) -> str:
    """The template's body with its placeholders filled (the PDF template escapes it)."""
    values = {
        "holder_name": certificate.holder_name,
        "course": certificate.course_title,
        "date": formats.date_format(timezone.localtime(certificate.issued_at), "DATE_FORMAT"),
        "hours": certificate.hours,
        "score": f"{certificate.score:.0f}%" if certificate.score is not None else "—",
        "serial": certificate.serial,
    }
    text = certificate.template.body if certificate.template else "{holder_name}\n{course}"
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def render_certificate_pdf(certificate) -> bytes:
    """The PDF bytes of a certificate."""
    with translation.override(certificate.language):
        template = certificate.template
        text = certificate_text(certificate)
        html = render_to_string(
            "certificates/pdf.html",
            {
                "certificate": certificate,
                "template": template,
                "text": text,
                "qr_svg": qr_svg(verification_url(certificate)),
                "verification_url": verification_url(certificate),
                "background": image_data_uri(
                    template.background_image if template else None,
                    background_box(template) if template else None,
                ),
                "logo": image_data_uri(template.logo if template else None, LOGO),
                "partner_logo": image_data_uri(template.partner_logo if template else None, LOGO),
                "signatories": [
                    (signatory, image_data_uri(signatory.signature, SIGNATURE))
                    for signatory in (template.signatories.all() if template else [])
                ],
            },
        )
    # WeasyPrint needs Pango from the system: imported here, a machine without it still
    # serves the site and only fails to render PDFs.
    from weasyprint import HTML

    output = io.BytesIO()
    HTML(string=html).write_pdf(output)
    return output.getvalue()

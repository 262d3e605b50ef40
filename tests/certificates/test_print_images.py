"""Template images are embedded at the size they print (A4 at 200 dpi), made once on save."""

import io

import pytest
from django.core import mail
from PIL import Image as PillowImage
from wagtail.images import get_image_model

from certificates.models import CertificateTemplate, Signatory
from certificates.services import issue_certificate
from tests.factories.images import logo_image, photo_image

pytestmark = pytest.mark.django_db

PDF_LIMIT = 300 * 1024
# A4 at 200 dpi
LANDSCAPE_PIXELS = (2339, 1654)
PORTRAIT_PIXELS = (1654, 2339)


@pytest.fixture
def illustrated_templates(certified_course):
    """Every language's template with a 2–3 MB photo background, a logo and a signature."""
    background, logo, signature = photo_image(), logo_image(), logo_image()
    assert 2 * 1024 * 1024 < background.file.size < 3 * 1024 * 1024
    templates = list(CertificateTemplate.objects.all())
    for template in templates:
        template.background_image = background
        template.logo = logo
        template.partner_logo = logo
        template.signatories.add(
            Signatory(name="Aigerim Bekova", position="Director", signature=signature)
        )
        template.save()
    return templates


def issued_pdf(graduate, course, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        certificate = issue_certificate(holder=graduate, course_key=course.translation_key)
    certificate.refresh_from_db()
    return certificate


def test_a_photo_background_gives_a_pdf_under_300_kb(
    graduate, certified_course, illustrated_templates, django_capture_on_commit_callbacks
):
    certificate = issued_pdf(graduate, certified_course, django_capture_on_commit_callbacks)
    assert certificate.pdf.size < PDF_LIMIT, f"{certificate.pdf.size / 1024:.0f} KB"
    assert len(mail.outbox[-1].attachments[0][1]) < PDF_LIMIT


def rendition_images(image):
    for rendition in image.renditions.all():
        with rendition.file.open("rb") as handle:
            yield rendition, PillowImage.open(io.BytesIO(handle.read()))


def test_saving_a_template_downscales_its_images_to_print_size(illustrated_templates):
    template = illustrated_templates[0]
    backgrounds = list(rendition_images(template.background_image))
    assert backgrounds, "the background is prepared when the template is saved"
    for _rendition, picture in backgrounds:
        assert picture.format == "JPEG"
        assert picture.size[0] <= LANDSCAPE_PIXELS[0]
        assert picture.size[1] <= LANDSCAPE_PIXELS[1]
    logos = list(rendition_images(template.logo))
    assert logos
    for _rendition, picture in logos:
        assert picture.format == "PNG", "transparency is kept"
        assert picture.mode in ("RGBA", "LA", "P")
        assert picture.size[1] <= 158  # 20 mm at 200 dpi


def test_a_portrait_template_gets_a_portrait_background(illustrated_templates):
    template = illustrated_templates[0]
    template.orientation = CertificateTemplate.Orientation.PORTRAIT
    template.save()
    sizes = [picture.size for _r, picture in rendition_images(template.background_image)]
    assert any(width < height and height <= PORTRAIT_PIXELS[1] for width, height in sizes)


def test_rendering_reuses_the_prepared_images(
    graduate, certified_course, illustrated_templates, django_capture_on_commit_callbacks
):
    Rendition = get_image_model().get_rendition_model()  # noqa: N806
    prepared = set(Rendition.objects.values_list("pk", flat=True))
    issued_pdf(graduate, certified_course, django_capture_on_commit_callbacks)
    assert set(Rendition.objects.values_list("pk", flat=True)) == prepared

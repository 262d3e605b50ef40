"""Template images at the size they print, A4 at 200 dpi, made once when a template is saved.

Staff upload photos of many megapixels; embedded as uploaded, each PDF was as large as the
photo and several times slower to render. Wagtail renditions hold the print-size copies, so
they live in the image storage and are made once per image, size and focal point.
"""

import dataclasses

from PIL import Image as PillowImage
from wagtail.images.models import Filter

MM_PER_INCH = 25.4
PRINT_DPI = 200
#: (dpi, JPEG quality) tried in turn until an opaque image fits its box's byte budget: a
#: grainy photo at full print quality can alone weigh more than a whole certificate should.
JPEG_STEPS = ((PRINT_DPI, 85), (PRINT_DPI, 70), (150, 70), (150, 60))


def pixels(millimetres, dpi):
    return round(millimetres / MM_PER_INCH * dpi)


@dataclasses.dataclass(frozen=True)
class PrintBox:
    """Where an image prints (its largest size) and how many bytes it may take in the PDF."""

    width_mm: float
    height_mm: float
    budget_bytes: int
    #: Cover the box exactly, cropped around the focal point (the page background), or fit
    #: inside it.
    cover: bool = False

    def _size(self, dpi):
        operation = "fill" if self.cover else "max"
        return f"{operation}-{pixels(self.width_mm, dpi)}x{pixels(self.height_mm, dpi)}"

    def transparent_filter(self):
        return Filter(f"{self._size(PRINT_DPI)}|format-png")

    def opaque_filters(self):
        return [
            Filter(f"{self._size(dpi)}|format-jpeg|jpegquality-{quality}")
            for dpi, quality in JPEG_STEPS
        ]


A4_MM = (297, 210)
LANDSCAPE_BACKGROUND = PrintBox(*A4_MM, budget_bytes=200 * 1024, cover=True)
PORTRAIT_BACKGROUND = PrintBox(*reversed(A4_MM), budget_bytes=200 * 1024, cover=True)
# templates/certificates/pdf.html: logos 20 mm high, signatures 16 mm, in columns of 50-80 mm.
LOGO = PrintBox(120, 20, budget_bytes=40 * 1024)
SIGNATURE = PrintBox(80, 16, budget_bytes=30 * 1024)


def background_box(template):
    if template.orientation == template.Orientation.PORTRAIT:
        return PORTRAIT_BACKGROUND
    return LANDSCAPE_BACKGROUND


def template_images(template):
    """(image, box) of every image a template prints."""
    placed = [
        (template.background_image, background_box(template)),
        (template.logo, LOGO),
        (template.partner_logo, LOGO),
        *((signatory.signature, SIGNATURE) for signatory in template.signatories.all()),
    ]
    return [(image, box) for image, box in placed if image is not None]


def has_transparency(image):
    with image.open_file() as handle, PillowImage.open(handle) as picture:
        return picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info


def make_print_rendition(image, box):
    """The print-size copy of an image: PNG when it has transparency, else the first JPEG
    step within the box's budget (the last step when none is)."""
    if has_transparency(image):
        return image.get_rendition(box.transparent_filter())
    *larger_steps, last_step = box.opaque_filters()
    for image_filter in larger_steps:
        rendition = image.get_rendition(image_filter)
        if rendition.file.size <= box.budget_bytes:
            return rendition
        rendition.delete()
    return image.get_rendition(last_step)


def print_rendition(image, box):
    """The print-size copy made when the template was saved; made now if there is none."""
    candidates = [box.transparent_filter(), *box.opaque_filters()]
    existing = image.find_existing_renditions(*candidates)
    by_spec = {image_filter.spec: rendition for image_filter, rendition in existing.items()}
    for image_filter in candidates:
        if image_filter.spec in by_spec:
            return by_spec[image_filter.spec]
    return make_print_rendition(image, box)


def prepare_print_images(template):
    """Make the print-size copy of each image of a template (once: later calls find them)."""
    for image, box in template_images(template):
        print_rendition(image, box)

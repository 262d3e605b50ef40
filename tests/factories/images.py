import io

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from bench.photos import logo_png, photo_jpeg


def wagtail_image(data, name, title):
    Image = get_image_model()  # noqa: N806
    return Image.objects.create(title=title, file=ImageFile(io.BytesIO(data), name=name))


def photo_image():
    """A 2–3 MB photo as staff upload it for a certificate background."""
    return wagtail_image(photo_jpeg(), "background.jpg", "Background photo")


def logo_image():
    return wagtail_image(logo_png(), "logo.png", "Academy logo")

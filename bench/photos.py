"""Photo-like images for certificate templates: what staff upload, made without a camera.

A background photo as a phone takes it: soft shapes under fine sensor grain, a few megabytes
of JPEG; a logo: a small PNG with a transparent background.
"""

import io
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

PHOTO_SIZE = (3600, 2700)
GRAIN = 6  # standard deviation of the sensor noise, in levels of 255


def photo_jpeg(size=PHOTO_SIZE, *, seed=7, quality=88) -> bytes:
    """A 2–3 MB JPEG that compresses like a photograph, not like a flat test pattern."""
    width, height = size
    rng = random.Random(seed)  # noqa: S311 - a reproducible picture, not a secret
    scene = Image.new("RGB", size, (120, 140, 160))
    draw = ImageDraw.Draw(scene)
    for _shape in range(300):
        x, y, radius = rng.randrange(width), rng.randrange(height), rng.randrange(20, 600)
        colour = tuple(rng.randrange(256) for _channel in range(3))
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=colour)
    scene = scene.filter(ImageFilter.GaussianBlur(4))
    grain = Image.effect_noise(size, GRAIN).convert("RGB")
    photo = ImageChops.add(scene, grain, scale=1.0, offset=-128)
    output = io.BytesIO()
    photo.save(output, "JPEG", quality=quality)
    return output.getvalue()


def logo_png(size=(1200, 600)) -> bytes:
    """A logo as designers deliver it: large, flat colours on a transparent background."""
    logo = Image.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    width, height = size
    draw.ellipse((0, 0, height, height), fill=(11, 79, 138, 255))
    draw.rectangle((height + 40, height // 3, width, 2 * height // 3), fill=(27, 31, 36, 255))
    output = io.BytesIO()
    logo.save(output, "PNG")
    return output.getvalue()

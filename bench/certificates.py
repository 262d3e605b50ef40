"""Certificate benchmark: time to render one PDF, and certificates per minute for one worker.

Run with `make bench-certificates` (or `python bench/certificates.py [--count 500]`). It uses
its own SQLite file unless DATABASE_URL is set, prints a table and writes
bench/results.json under the key "certificates".
"""

import argparse
import io
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp())
os.environ.setdefault("PRIVATE_MEDIA_ROOT", tempfile.mkdtemp())
os.environ.setdefault("EMAIL_URL", "memorymail://")
os.environ["CELERY_BROKER_URL"] = ""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=500)
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.contrib.auth.hashers import make_password
    from django.core.files.images import ImageFile
    from django.core.management import call_command
    from wagtail.images import get_image_model
    from wagtail.models import Locale, Page

    from academy.models import AcademyIndexPage, CoursePage, Enrollment
    from accounts.models import User
    from bench.photos import logo_png, photo_jpeg
    from certificates.models import CertificateTemplate, CourseCertificate, IssuedCertificate
    from certificates.pdf import render_certificate_pdf
    from certificates.services import issue_certificate
    from certificates.tasks import render_and_send_certificate

    call_command("migrate", verbosity=0)
    locale = Locale.objects.get_or_create(language_code="kk")[0]
    root = Page.get_first_root_node()
    catalogue = root.add_child(instance=AcademyIndexPage(title="Bench", slug="bench-academy"))
    course = catalogue.add_child(
        instance=CoursePage(
            title="Сот процестерінің мониторингі",
            slug="bench-course",
            summary="Bench",
            topic="monitoring",
            level="beginner",
            estimated_hours=12,
        )
    )
    # What staff upload: a phone photo of a few megabytes as background, a large PNG logo.
    Image = get_image_model()  # noqa: N806
    background_bytes = photo_jpeg()
    background = Image.objects.create(
        title="Background", file=ImageFile(io.BytesIO(background_bytes), name="background.jpg")
    )
    logo = Image.objects.create(
        title="Logo", file=ImageFile(io.BytesIO(logo_png()), name="logo.png")
    )
    started = time.perf_counter()
    template = CertificateTemplate.objects.create(
        locale=locale,
        name="Bench",
        title="Курсты аяқтағаны туралы сертификат",
        body="«{course}» курсын ({hours} сағат) {date} сәтті аяқтады, нәтижесі {score}.",
        background_image=background,
        logo=logo,
    )
    template_save_seconds = time.perf_counter() - started
    CourseCertificate.objects.create(course_key=course.translation_key, template=template)
    password = make_password(None)
    users = User.objects.bulk_create(
        User(
            email=f"bench{n}@example.org",
            first_name="Әсел",
            last_name=f"Құрманғалиева{n}",
            preferred_language="kk",
            password=password,
        )
        for n in range(arguments.count)
    )
    Enrollment.objects.bulk_create(
        Enrollment(
            user=user,
            course_key=course.translation_key,
            status=Enrollment.Status.COMPLETED,
            source=Enrollment.Source.STAFF,
        )
        for user in users
    )

    first = issue_certificate(holder=users[0], course_key=course.translation_key)
    render_times = []
    for _ in range(10):
        started = time.perf_counter()
        render_certificate_pdf(first)
        render_times.append(time.perf_counter() - started)

    started = time.perf_counter()
    for user in users:
        certificate = issue_certificate(holder=user, course_key=course.translation_key)
        render_and_send_certificate(certificate.pk)
    elapsed = time.perf_counter() - started
    sizes = [c.pdf.size for c in IssuedCertificate.objects.all()]

    results = {
        "certificates": {
            "count": arguments.count,
            "background_upload_kb": round(len(background_bytes) / 1024, 1),
            "template_save_ms": round(template_save_seconds * 1000, 1),
            "database": os.environ["DATABASE_URL"].split(":", 1)[0],
            "pdf_render_median_ms": round(statistics.median(render_times) * 1000, 1),
            "pdf_render_p95_ms": round(
                sorted(render_times)[int(len(render_times) * 0.95) - 1] * 1000, 1
            ),
            "bulk_seconds": round(elapsed, 1),
            "certificates_per_minute": round(arguments.count / elapsed * 60),
            "pdf_max_kb": round(max(sizes) / 1024, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        }
    }
    rows = results["certificates"]
    width = max(len(key) for key in rows)
    print("Certificates: one worker, issue + render + e-mail per certificate")
    for key, value in rows.items():
        print(f"  {key:<{width}}  {value}")
    path = ROOT / "bench" / "results.json"
    existing = json.loads(path.read_text()) if path.exists() else {}
    existing.update(results)
    path.write_text(json.dumps(existing, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

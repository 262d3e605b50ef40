"""scripts/backup.sh and scripts/restore.sh: a backup restored into an empty PostgreSQL
database holds the same rows in every table, and the same media files, public and private."""

import shutil
import subprocess
import uuid
from pathlib import Path

import psycopg
import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection

from academy.models import Enrollment
from academy.services import enrol
from certificates.services import issue_certificate
from core.storage import private_storage
from tests.conftest import skip_or_fail
from tests.factories.academy import AcademyIndexPageFactory, CoursePageFactory
from tests.factories.accounts import UserFactory
from tests.factories.certificates import course_certificate, template_in_three_languages

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]


def url_of(database):
    options = connection.settings_dict
    host, port = options["HOST"] or "127.0.0.1", options["PORT"] or 5432
    return f"postgresql://{options['USER']}@{host}:{port}/{database}"


def row_counts(database):
    with psycopg.connect(url_of(database), autocommit=True) as link:
        tables = [
            name
            for (name,) in link.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {
            table: link.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            for table in tables
        }


@pytest.fixture
def empty_database():
    if connection.vendor != "postgresql":
        skip_or_fail("backups are pg_dump/pg_restore: they need PostgreSQL (set DATABASE_URL)")
    if shutil.which("pg_dump") is None:
        skip_or_fail("pg_dump is not installed (apt-get install postgresql-client)")
    name = f"rla_restore_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(url_of("postgres"), autocommit=True) as link:
        link.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(url_of("postgres"), autocommit=True) as link:
        link.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(script, *arguments, database, media_root, private_media_root):
    environment = {"PATH": "/usr/bin:/bin", "DATABASE_URL": url_of(database)}
    environment["MEDIA_ROOT"] = str(media_root)
    environment["PRIVATE_MEDIA_ROOT"] = str(private_media_root)
    return subprocess.run(  # noqa: S603
        [str(ROOT / "scripts" / script), *map(str, arguments)],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def media_roots(settings):
    return {"media_root": settings.MEDIA_ROOT, "private_media_root": settings.PRIVATE_MEDIA_ROOT}


def test_a_backup_restores_into_an_empty_database_with_the_same_rows(
    site_tree, locales, empty_database, tmp_path, media_roots
):
    catalogue = AcademyIndexPageFactory(parent=site_tree.homes["en"])
    course = CoursePageFactory(parent=catalogue, title="Monitoring pre-trial detention")
    course_certificate(course, template_in_three_languages(locales))
    for number in range(3):
        trainee = UserFactory(first_name=f"Trainee{number}")
        enrol(user=trainee, course=course)
    Enrollment.objects.filter(user=trainee).update(status=Enrollment.Status.COMPLETED)
    certificate = issue_certificate(holder=trainee, course_key=course.translation_key)
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as rendered:
        pdf = rendered.read()
    assert pdf.startswith(b"%PDF") and private_storage().exists(certificate.pdf.name)
    default_storage.save("documents/methodology.txt", ContentFile(b"Eight spheres."))
    source = connection.settings_dict["NAME"]
    before = row_counts(source)
    assert before["academy_enrollment"] == 3 and before["certificates_issuedcertificate"] == 1

    backup = tmp_path / "backup"
    made = run("backup.sh", backup, database=source, **media_roots)
    assert made.returncode == 0, made.stderr
    assert {path.name for path in backup.iterdir()} == {
        "database.dump",
        "media.tar.gz",
        "private-media.tar.gz",
        "SHA256SUMS",
    }
    assert "private-media.tar.gz" in (backup / "SHA256SUMS").read_text()

    restored_media = tmp_path / "restored-media"
    restored_private = tmp_path / "restored-private-media"
    restored = run(
        "restore.sh",
        backup,
        database=empty_database,
        media_root=restored_media,
        private_media_root=restored_private,
    )
    assert restored.returncode == 0, restored.stderr
    assert row_counts(empty_database) == before
    assert (restored_media / "documents" / "methodology.txt").read_bytes() == b"Eight spheres."
    assert (restored_private / certificate.pdf.name).read_bytes() == pdf
    assert not (restored_media / "certificates").exists(), "private files stay private"


@pytest.mark.parametrize("damaged", ["database.dump", "private-media.tar.gz"])
def test_a_damaged_backup_is_refused_and_restores_nothing(
    empty_database, tmp_path, media_roots, damaged
):
    private_storage().save("certificates/2026/RLA-2026-000001.pdf", ContentFile(b"%PDF-1.4\n"))
    backup = tmp_path / "backup"
    source = connection.settings_dict["NAME"]
    made = run("backup.sh", backup, database=source, **media_roots)
    assert made.returncode == 0, made.stderr
    with open(backup / damaged, "r+b") as archive:
        archive.seek(20)
        archive.write(b"damaged")
    restored_private = tmp_path / "p"
    restored = run(
        "restore.sh",
        backup,
        database=empty_database,
        media_root=tmp_path / "m",
        private_media_root=restored_private,
    )
    assert restored.returncode != 0
    assert "FAILED" in restored.stdout + restored.stderr
    assert row_counts(empty_database) == {}
    assert not restored_private.exists()

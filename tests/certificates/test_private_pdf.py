"""A certificate's PDF names its holder: it lives in private storage, has no public address,
and only the holder and Academy staff download it."""

import importlib
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

from academy.models import Enrollment
from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.permissions import can_download_certificate
from certificates.services import issue_certificate
from core.storage import private_storage
from tests.factories.academy import EnrollmentFactory
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def certificate(graduate, certified_course):
    issued = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    issued.pdf.save(f"{issued.serial}.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return issued


def download(client, certificate):
    return client.get(reverse("download_certificate", args=[certificate.serial]))


def test_the_old_public_address_of_a_real_certificate_answers_404(
    client, media_served, graduate, certified_course, django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        issued = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    issued.refresh_from_db()
    old_public_path = f"/media/certificates/{issued.issued_at:%Y}/{issued.serial}.pdf"
    assert issued.pdf.name == old_public_path.removeprefix("/media/")

    assert client.get(old_public_path).status_code == 404
    assert not [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]

    client.force_login(graduate)
    response = download(client, issued)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_the_pdf_is_kept_in_private_storage_without_a_url(certificate):
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    assert private_storage().exists(certificate.pdf.name)
    assert not default_storage.exists(certificate.pdf.name)
    with pytest.raises(ValueError, match="no URL"):
        certificate.pdf.url  # noqa: B018


@pytest.mark.parametrize("who", ["holder", "staff"])
def test_the_holder_and_staff_download_it_as_a_private_attachment(
    client, certificate, academy_staff, who
):
    client.force_login(certificate.holder if who == "holder" else academy_staff)
    response = download(client, certificate)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{certificate.serial}.pdf"'
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n"


@pytest.mark.parametrize("role", [Role.TRAINEE, Role.MENTOR, Role.EDITOR])
def test_anyone_else_signed_in_gets_404(client, certificate, role):
    client.force_login(UserFactory(role=role))
    assert download(client, certificate).status_code == 404


def test_an_anonymous_visitor_is_asked_to_sign_in(client, certificate):
    response = download(client, certificate)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_no_pdf_yet_is_404_even_for_the_holder(client, graduate, certified_course):
    issued = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    client.force_login(graduate)
    assert download(client, issued).status_code == 404


def test_the_download_rule(certificate, academy_staff, trainee, django_user_model):
    from django.contrib.auth.models import AnonymousUser

    superuser = django_user_model.objects.create_superuser(email="root@example.org", password="x")
    assert can_download_certificate(user=certificate.holder, certificate=certificate)
    assert can_download_certificate(user=academy_staff, certificate=certificate)
    assert can_download_certificate(user=superuser, certificate=certificate)
    assert not can_download_certificate(user=trainee, certificate=certificate)
    assert not can_download_certificate(user=AnonymousUser(), certificate=certificate)


def test_an_erased_holder_leaves_a_certificate_only_staff_download(certificate, academy_staff):
    from django.contrib.auth.models import AnonymousUser

    certificate.holder = None
    assert not can_download_certificate(user=AnonymousUser(), certificate=certificate)
    assert can_download_certificate(user=academy_staff, certificate=certificate)


def test_staff_find_a_pdf_button_in_the_issued_certificates_listing(
    client, certificate, academy_staff, certified_course
):
    other = UserFactory()
    EnrollmentFactory(user=other, course=certified_course, status=Enrollment.Status.COMPLETED)
    not_rendered = issue_certificate(holder=other, course_key=certified_course.translation_key)
    client.force_login(academy_staff)
    listing = client.get("/admin/certificates/issued/").content.decode()
    assert reverse("download_certificate", args=[certificate.serial]) in listing
    assert reverse("download_certificate", args=[not_rendered.serial]) not in listing


def test_the_inspect_page_of_a_certificate_with_a_pdf_opens(client, certificate, academy_staff):
    client.force_login(academy_staff)
    response = client.get(f"/admin/certificates/issued/inspect/{certificate.pk}/")
    assert response.status_code == 200


def test_the_migration_moves_pdfs_out_of_public_media(graduate, certified_course, settings):
    from django.apps import apps

    migration = importlib.import_module("certificates.migrations.0003_pdfs_in_private_storage")
    issued = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    name = f"certificates/2025/{issued.serial}.pdf"
    default_storage.save(name, ContentFile(b"%PDF-1.4 old"))
    IssuedCertificate.objects.filter(pk=issued.pk).update(pdf=name)
    other = UserFactory()
    EnrollmentFactory(user=other, course=certified_course, status=Enrollment.Status.COMPLETED)
    lost = issue_certificate(holder=other, course_key=certified_course.translation_key)
    IssuedCertificate.objects.filter(pk=lost.pk).update(pdf="certificates/2025/missing.pdf")

    for _run in range(2):
        migration.move_pdfs_to_private_storage(apps, None)
        assert not default_storage.exists(name)
        with private_storage().open(name) as moved:
            assert moved.read() == b"%PDF-1.4 old"
    assert not [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]

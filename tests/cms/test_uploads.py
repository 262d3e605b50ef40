"""Uploads: documents are always served as downloads, and every upload field has a size limit
that refuses a larger file with a clear message and stores nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["report.pdf", "notes.txt"])
def test_documents_are_served_as_attachments(client, site_tree, name):
    document = get_document_model().objects.create(
        title="Monitoring report", file=SimpleUploadedFile(name, b"%PDF-1.4 or plain text")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("url", "field", "setting", "model"),
    [
        ("/admin/documents/multiple/add/", "files[]", "WAGTAILDOCS_MAX_UPLOAD_SIZE", "document"),
        ("/admin/images/multiple/add/", "files[]", "WAGTAILIMAGES_MAX_UPLOAD_SIZE", "image"),
    ],
)
def test_an_upload_over_the_limit_is_refused_and_stores_nothing(
    client, settings, academy_staff, url, field, setting, model
):
    setattr(settings, setting, 1024)
    client.force_login(academy_staff)
    name = "big.pdf" if model == "document" else "big.png"
    response = client.post(
        url,
        {field: SimpleUploadedFile(name, b"\x89PNG\r\n\x1a\n" + b"0" * 4096)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    assert response.json()["success"] is False
    assert (
        "This file is too big (4.0\xa0KB). Maximum filesize 1.0\xa0KB."
        in (response.json()["error_message"])
    )
    Model = get_document_model() if model == "document" else get_image_model()  # noqa: N806
    assert not Model.objects.exists()


def test_a_bulk_enrolment_file_over_one_megabyte_is_refused(client, academy_staff, site_tree):
    from academy.models import Enrollment

    client.force_login(academy_staff)
    response = client.post(
        "/admin/academy/enrolments/bulk/",
        {"csv_file": SimpleUploadedFile("list.csv", b"a@example.org\n" * 80_000)},
    )
    assert response.status_code == 200
    assert "1 MB" in response.content.decode()
    assert not Enrollment.objects.exists()

"""The development media server (DEBUG only): public media, and nothing private, whatever the
spelling of the path; documents as downloads; nosniff on everything it serves."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from core.development_media import media_name
from core.storage import private_storage

pytestmark = pytest.mark.django_db

LIBRARY_FILE = "libraries/H5P.Evil-1.0-0123456789abcdef/icon.svg"
SCRIPTED_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg">'
    b"<script>fetch('/en/accounts/profile/data/')</script></svg>"
)


def leave_behind(folder):
    """A library file left in MEDIA_ROOT, as unpacking did before H5P moved to private
    storage; stored under ``folder`` as spelled, as a case- or dot-folding file system
    (macOS, Windows) would find it."""
    default_storage.save(f"{folder}/{LIBRARY_FILE}", ContentFile(SCRIPTED_SVG))


def test_public_media_is_served_with_nosniff(client, media_served):
    default_storage.save("images/court.png", ContentFile(b"\x89PNG\r\n\x1a\n"))
    response = client.get("/media/images/court.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert b"".join(response.streaming_content) == b"\x89PNG\r\n\x1a\n"


def test_a_doubled_slash_does_not_bring_an_h5p_file_onto_the_site(client, media_served):
    leave_behind("h5p")
    assert client.get(f"/media/h5p/{LIBRARY_FILE}").status_code == 404
    assert client.get(f"/media//h5p/{LIBRARY_FILE}").status_code == 404


@pytest.mark.parametrize(
    ("spelling", "stored_in"),
    [
        ("//h5p", "h5p"),
        ("/%2Fh5p", "h5p"),
        ("/%252Fh5p", "h5p"),
        ("/./h5p", "h5p"),
        ("/.//h5p", "h5p"),
        ("/images/../h5p", "h5p"),
        ("/H5P", "H5P"),
        ("/H5p", "H5p"),
        ("/h5p.", "h5p."),
        ("/h5p%2e", "h5p."),
        ("/h5p%2E%2E%2E", "h5p..."),
        ("/h5p ", "h5p "),
        ("/h5p%20", "h5p "),
        ("/h5p.%20.", "h5p. ."),
        ("/\\h5p", "h5p"),
        ("/%5Ch5p", "h5p"),
    ],
)
def test_no_spelling_of_the_h5p_folder_is_served(client, media_served, spelling, stored_in):
    leave_behind(stored_in)
    assert client.get(f"/media{spelling}/{LIBRARY_FILE}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/media/images/../../config/settings.py",
        "/media/..%2F..%2Fconfig/settings.py",
        "/media/images/%00court.png",
        "/media/images\\court.png",
        "/media/images/",
        "/media/",
    ],
)
def test_no_path_outside_media_root_no_nul_and_no_listing(client, media_served, path):
    default_storage.save("images/court.png", ContentFile(b"\x89PNG\r\n\x1a\n"))
    assert client.get(path, follow=True).status_code == 404


def test_documents_download_as_attachments(client, media_served):
    default_storage.save("documents/notes.html", ContentFile(b"<script>alert(1)</script>"))
    response = client.get("/media/documents/notes.html")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert 'filename="notes.html"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize(
    ("spelling", "stored_in"),
    [
        ("Documents", "Documents"),
        ("documents.", "documents."),
        ("documents%20", "documents "),
        (".//documents", "documents"),
    ],
)
def test_documents_download_as_attachments_whatever_the_spelling(
    client, media_served, spelling, stored_in
):
    default_storage.save(f"{stored_in}/notes.html", ContentFile(b"<script>alert(1)</script>"))
    response = client.get(f"/media/{spelling}/notes.html")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_a_certificate_folder_left_in_media_root_is_not_served(client, media_served):
    default_storage.save("certificates/2025/RLA-2025-000001.pdf", ContentFile(b"%PDF-1.4\n"))
    for spelling in ["certificates", "Certificates", "certificates.", "/certificates"]:
        response = client.get(f"/media/{spelling}/2025/RLA-2025-000001.pdf")
        assert response.status_code == 404, spelling


def test_any_folder_the_private_storage_holds_is_refused_in_media_root(client, media_served):
    """Defence in depth for a private folder added later: a copy left in MEDIA_ROOT under the
    same name is not served either."""
    default_storage.save("essays/answer.txt", ContentFile(b"my essay"))
    assert client.get("/media/essays/answer.txt").status_code == 200
    private_storage().save("essays/answer.txt", ContentFile(b"my essay"))
    assert client.get("/media/essays/answer.txt").status_code == 404
    assert client.get("/media/Essays./answer.txt").status_code == 404


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("images/court.png", ("images/court.png", "images")),
        ("/images//./court.png", ("images/court.png", "images")),
        ("images/%D1%81%D1%83%D0%B4.png", ("images/суд.png", "images")),
        ("Documents./notes.txt", ("Documents./notes.txt", "documents")),
        ("images/../h5p/x.js", None),
        ("images/court.png%00", None),
        ("images/court.png::$DATA", None),
        ("CERTIF~1/2025/a.pdf", None),
        ("%25252525252Fh5p/x.js", None),
        ("", None),
    ],
)
def test_media_names(path, expected):
    assert media_name(path) == expected

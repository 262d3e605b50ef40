"""A revoked or replaced certificate no longer holds: its holder cannot download its PDF, My
certificates says so without a PDF link, and the course page points to My certificates only
while the holder has a valid one. Staff still download any certificate's PDF."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from certificates.services import issue_certificate, reissue_certificate, revoke_certificate

pytestmark = pytest.mark.django_db


def with_pdf(certificate):
    certificate.pdf.save(f"{certificate.serial}.pdf", ContentFile(b"%PDF-1.4\n"), save=True)
    return certificate


@pytest.fixture
def issued(graduate, certified_course):
    return with_pdf(issue_certificate(holder=graduate, course_key=certified_course.translation_key))


def in_state(state, issued, academy_staff):
    """The holder's certificate ``issued``, left valid, revoked, or replaced by a reissue."""
    if state == "revoked":
        revoke_certificate(certificate=issued, reason="Plagiarised essay", by=academy_staff)
    elif state == "superseded":
        with_pdf(reissue_certificate(certificate=issued, by=academy_staff))
        issued.refresh_from_db()
    return issued


@pytest.mark.parametrize(
    ("who", "state", "expected"),
    [
        ("holder", "valid", 200),
        ("holder", "revoked", 404),
        ("holder", "superseded", 404),
        ("staff", "valid", 200),
        ("staff", "revoked", 200),
        ("staff", "superseded", 200),
    ],
)
def test_who_downloads_the_pdf_of_a_certificate_in_each_state(
    client, issued, academy_staff, who, state, expected
):
    certificate = in_state(state, issued, academy_staff)
    client.force_login(certificate.holder if who == "holder" else academy_staff)
    response = client.get(reverse("download_certificate", args=[certificate.serial]))
    assert response.status_code == expected


@pytest.mark.parametrize(("state", "said"), [("revoked", "Revoked"), ("superseded", "Replaced")])
def test_my_certificates_lists_a_certificate_that_no_longer_holds_without_a_pdf_link(
    client, issued, academy_staff, state, said
):
    certificate = in_state(state, issued, academy_staff)
    client.force_login(certificate.holder)
    html = client.get(reverse("my_certificates")).content.decode()
    assert certificate.serial in html
    assert said in html
    assert reverse("download_certificate", args=[certificate.serial]) not in html


def test_my_certificates_links_the_pdf_of_a_valid_certificate(client, issued):
    client.force_login(issued.holder)
    html = client.get(reverse("my_certificates")).content.decode()
    assert reverse("download_certificate", args=[issued.serial]) in html


CERTIFICATE_LINK = "Your certificate for this course is in My certificates"


def what_next(client, course):
    """The course page's "What next" links: (label, URL) pairs."""
    return client.get(course.url).context["completion_links"]


@pytest.mark.parametrize(("state", "linked"), [("valid", True), ("revoked", False)])
def test_what_next_points_to_my_certificates_only_with_a_valid_certificate(
    client, issued, academy_staff, certified_course, state, linked
):
    certificate = in_state(state, issued, academy_staff)
    client.force_login(certificate.holder)
    links = what_next(client, certified_course)
    assert ((CERTIFICATE_LINK, reverse("my_certificates")) in links) is linked


def test_what_next_points_to_the_new_certificate_after_a_reissue(
    client, issued, academy_staff, certified_course
):
    in_state("superseded", issued, academy_staff)
    client.force_login(issued.holder)
    assert (CERTIFICATE_LINK, reverse("my_certificates")) in what_next(client, certified_course)


def test_what_next_has_no_certificate_link_before_one_is_issued(client, graduate, certified_course):
    client.force_login(graduate)
    assert what_next(client, certified_course) == []

"""The admin's page of one issued certificate: what staff read and where they can look."""

import datetime

import pytest

from accounts.roles import Role
from certificates.models import IssuedCertificate
from certificates.services import issue_certificate
from certificates.tasks import render_and_send_certificate
from tests.factories.accounts import UserFactory

pytestmark = pytest.mark.django_db

BASE = "/admin/certificates/issued/"
# 22:30 UTC is 03:30 the next day in Almaty (UTC+5).
ISSUED_UTC = datetime.datetime(2026, 12, 5, 22, 30, tzinfo=datetime.UTC)


@pytest.fixture
def certificate(graduate, certified_course):
    issued = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    render_and_send_certificate(issued.pk)
    IssuedCertificate.objects.filter(pk=issued.pk).update(issued_at=ISSUED_UTC)
    issued.refresh_from_db()
    return issued


def inspect_page(client, certificate):
    """The inspect page's list of fields."""
    page = client.get(f"{BASE}inspect/{certificate.pk}/").content.decode()
    return page[page.index("<dl>") : page.index("</dl>")]


def test_inspect_shows_titles_local_times_and_dashes(client, certificate):
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF, preferred_language="en"))

    page = inspect_page(client, certificate)
    listing = client.get(BASE).content.decode()

    assert str(certificate.course_key) not in page
    assert "Trial monitoring" in page
    assert "None" not in page
    assert "<dt>ID</dt>" not in page
    assert "—" in page
    assert "Dec. 6, 2026, 3:30 a.m." in page
    assert "Dec. 6, 2026, 3:30 a.m." in listing
    assert "10:30 p.m." not in page


def test_inspect_links_the_private_pdf_and_the_public_check_page(client, certificate):
    client.force_login(UserFactory(role=Role.ACADEMY_STAFF))

    page = inspect_page(client, certificate)

    pdf_url = f"/en/my-certificates/{certificate.serial}/pdf/"
    assert f'href="{pdf_url}"' in page
    assert "View PDF" in page
    assert f'href="/verify/{certificate.token}/"' in page
    assert "Public check page" in page
    assert certificate.pdf.name not in page
    assert (
        f'href="{BASE}revoke/{certificate.pk}/"'
        in client.get(f"{BASE}inspect/{certificate.pk}/").content.decode()
    )
    assert client.get(pdf_url)["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (None, False),
        (Role.TRAINEE, False),
        (Role.MENTOR, False),
        (Role.EDITOR, False),
        (Role.ACADEMY_STAFF, True),
    ],
)
def test_inspect_and_its_pdf_by_role(client, certificate, role, allowed):
    if role:
        client.force_login(UserFactory(role=role))
    inspect = client.get(f"{BASE}inspect/{certificate.pk}/")
    pdf = client.get(f"/en/my-certificates/{certificate.serial}/pdf/")
    assert (inspect.status_code == 200) is allowed
    assert (pdf.status_code == 200) is allowed

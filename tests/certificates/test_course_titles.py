import pytest

from certificates.services import issue_certificate

pytestmark = pytest.mark.django_db


def test_my_certificates_names_the_course_in_the_language_being_read(
    client, graduate, certified_course
):
    graduate.preferred_language = "en"
    graduate.save()
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    assert certificate.course_title == "Trial monitoring"
    client.force_login(graduate)

    html = client.get("/kk/my-certificates/").content.decode()

    assert "Сот процестерінің мониторингі" in html
    assert "Trial monitoring" not in html

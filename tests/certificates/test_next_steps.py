"""A completed course's page points to the certificate."""

import pytest

from academy.models import Enrollment
from certificates.services import issue_certificate

pytestmark = pytest.mark.django_db


def test_a_completed_course_points_to_my_certificates(client, graduate, certified_course):
    assert Enrollment.objects.get(user=graduate).status == Enrollment.Status.COMPLETED
    issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    client.force_login(graduate)
    html = client.get(certified_course.url).content.decode()
    assert "What next" in html
    assert "Your certificate for this course is in My certificates" in html

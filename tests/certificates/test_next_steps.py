"""A completed course's page points to the certificate."""

import pytest

from academy.models import Enrollment

pytestmark = pytest.mark.django_db


def test_a_completed_course_points_to_my_certificates(client, graduate, certified_course):
    assert Enrollment.objects.get(user=graduate).status == Enrollment.Status.COMPLETED
    client.force_login(graduate)
    html = client.get(certified_course.url).content.decode()
    assert "What next" in html
    assert 'href="/en/my-certificates/"' in html

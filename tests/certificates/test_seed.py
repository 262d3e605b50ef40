from io import StringIO

import pytest
from django.core.management import call_command

from academy.models import Enrollment
from certificates.models import CertificateTemplate, CourseCertificate, IssuedCertificate

pytestmark = pytest.mark.django_db


def test_seed_demo_issues_the_demo_trainee_a_certificate(
    settings, client, django_capture_on_commit_callbacks
):
    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO(), stderr=StringIO())
    with django_capture_on_commit_callbacks(execute=True):
        call_command("seed_demo", stdout=StringIO(), stderr=StringIO())

    assert CertificateTemplate.objects.count() == 3
    assert CourseCertificate.objects.count() == 3
    certificate = IssuedCertificate.objects.get()
    assert certificate.holder.email == "trainee@demo.local"
    assert certificate.pdf
    assert certificate.score is not None
    statuses = dict(
        Enrollment.objects.filter(user=certificate.holder).values_list("course_key", "status")
    )
    assert sorted(statuses.values()) == ["active", "completed"]
    response = client.get(f"/en/verify/{certificate.token}/")
    assert "This certificate is valid." in response.content.decode()

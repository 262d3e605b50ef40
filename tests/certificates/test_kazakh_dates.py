import datetime
import io

import pytest
from django.utils import timezone
from pypdf import PdfReader

from certificates.pdf import render_certificate_pdf
from certificates.services import issue_certificate

pytestmark = pytest.mark.django_db


def test_a_kazakh_certificate_prints_its_date_in_kazakh(graduate, certified_course):
    certificate = issue_certificate(holder=graduate, course_key=certified_course.translation_key)
    certificate.issued_at = timezone.make_aware(datetime.datetime(2026, 12, 5, 10, 0))
    assert certificate.language == "kk"

    pdf = render_certificate_pdf(certificate)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)

    assert "5 желтоқсан 2026 ж." in text
    assert "Жел." not in text

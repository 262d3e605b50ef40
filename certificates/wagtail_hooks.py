from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from academy.signals import COURSE_COMPLETED_LINKS_HOOK
from certificates.models import CourseCertificate
from certificates.viewsets import CertificatesViewSetGroup


@hooks.register("register_admin_viewset")
def register_certificates_viewsets():
    return CertificatesViewSetGroup()


@hooks.register(COURSE_COMPLETED_LINKS_HOOK)
def certificate_after_completion(*, user, course):
    """A completed course that gives a certificate points to the holder's certificates."""
    if not CourseCertificate.objects.filter(course_key=course.translation_key).exists():
        return []
    return [
        (_("Your certificate for this course is in My certificates"), reverse("my_certificates"))
    ]

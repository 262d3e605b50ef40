from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from academy.signals import COURSE_COMPLETED_LINKS_HOOK
from certificates.services import valid_certificate
from certificates.viewsets import CertificatesViewSetGroup


@hooks.register("register_admin_viewset")
def register_certificates_viewsets():
    return CertificatesViewSetGroup()


@hooks.register(COURSE_COMPLETED_LINKS_HOOK)
def certificate_after_completion(*, user, course):
    """A completed course points to My certificates while the holder has a valid certificate
    for it (not before it is issued, nor once it is revoked)."""
    if valid_certificate(holder=user, course_key=course.translation_key) is None:
        return []
    return [
        (_("Your certificate for this course is in My certificates"), reverse("my_certificates"))
    ]

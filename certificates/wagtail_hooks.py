from wagtail import hooks

from certificates.viewsets import CertificatesViewSetGroup


@hooks.register("register_admin_viewset")
def register_certificates_viewsets():
    return CertificatesViewSetGroup()

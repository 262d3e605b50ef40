from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from django.urls import register_converter

        from academy.signals import course_completed
        from accounts.personal_data import register_section
        from certificates.converters import SerialConverter, VerificationTokenConverter
        from certificates.demo import seed_certificates
        from certificates.personal_data import CERTIFICATES_SECTION
        from certificates.receivers import issue_on_completion
        from cms.demo import seed_demo_content

        course_completed.connect(issue_on_completion, dispatch_uid="certificates.issue")
        seed_demo_content.connect(seed_certificates, dispatch_uid="certificates.seed")

        register_section(CERTIFICATES_SECTION)
        # Here rather than in a urls module: config/urls.py uses them too, before it includes ours.
        register_converter(VerificationTokenConverter, "certificate_token")
        register_converter(SerialConverter, "certificate_serial")

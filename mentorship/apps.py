from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentorshipConfig(AppConfig):
    name = "mentorship"
    verbose_name = _("Mentorship")

    def ready(self):
        from academy.models import AcademyIndexPage
        from accounts.personal_data import register_section
        from cms.demo import seed_demo_activity
        from mentorship.demo import seed_mentorship
        from mentorship.personal_data import MENTORING_SECTION

        seed_demo_activity.connect(seed_mentorship, dispatch_uid="mentorship.seed")

        # Programmes hang under the catalogue; academy does not know mentorship.
        if "mentorship.MentorshipProgrammePage" not in AcademyIndexPage.subpage_types:
            AcademyIndexPage.subpage_types = [
                *AcademyIndexPage.subpage_types,
                "mentorship.MentorshipProgrammePage",
            ]

        register_section(MENTORING_SECTION)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = _("Academy")

    def ready(self):
        from allauth.account.signals import user_logged_in

        from academy.demo import seed_academy, seed_demo_learner
        from academy.demo_h5p import seed_h5p_activity
        from academy.personal_data import LEARNING_SECTION
        from academy.receivers import say_what_comes_next
        from accounts.personal_data import register_section
        from cms.demo import seed_demo_activity, seed_demo_content
        from cms.models import HomePage

        user_logged_in.connect(say_what_comes_next, dispatch_uid="academy.what_comes_next")
        seed_demo_content.connect(seed_academy, dispatch_uid="academy.seed_academy")
        seed_demo_content.connect(seed_h5p_activity, dispatch_uid="academy.seed_h5p_activity")
        seed_demo_activity.connect(seed_demo_learner, dispatch_uid="academy.seed_demo_learner")

        # The catalogue hangs under each language's home page; cms does not know academy,
        # so academy adds itself to the home page's allowed children.
        if "academy.AcademyIndexPage" not in HomePage.subpage_types:
            HomePage.subpage_types = [*HomePage.subpage_types, "academy.AcademyIndexPage"]

        register_section(LEARNING_SECTION)

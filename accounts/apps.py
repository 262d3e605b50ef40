from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from django.core import checks

        from accounts.checks import shared_cache
        from accounts.personal_data import ACCOUNT_SECTION, register_section

        register_section(ACCOUNT_SECTION)
        checks.register(shared_cache, checks.Tags.caches, deploy=True)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self):
        from accounts.personal_data import ACCOUNT_SECTION, register_section

        register_section(ACCOUNT_SECTION)

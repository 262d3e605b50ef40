from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Website")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from cms.models import FundingStatement, SiteSettings
        from cms.page_cache import new_generation

        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(new_generation, dispatch_uid=f"page-cache-{id(signal)}")
        for model in (FundingStatement, SiteSettings):
            post_save.connect(new_generation, sender=model, dispatch_uid=f"page-cache-save-{model}")
            post_delete.connect(
                new_generation, sender=model, dispatch_uid=f"page-cache-del-{model}"
            )

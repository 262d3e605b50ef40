from django.urls import include, path
from wagtail import hooks

from cms.page_cache import mark_page_request

hooks.register("before_serve_page", mark_page_request)


@hooks.register("register_admin_urls")
def register_translation_moderation_urls():
    return [path("translations/", include("cms.admin_urls"))]

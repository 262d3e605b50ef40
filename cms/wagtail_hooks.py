from django.urls import include, path
from wagtail import hooks
from wagtail.admin.auth import require_admin_access

from cms import views
from cms.page_cache import mark_page_request

hooks.register("before_serve_page", mark_page_request)


@hooks.register("register_admin_urls")
def register_translation_moderation_urls():
    return [path("translations/", include("cms.admin_urls"))]


# Ahead of wagtail-localize's own URLs (order=-1), the same paths and names: its "Publish
# immediately" and "Convert to alias" publish without asking whether the person may publish.
@hooks.register("register_admin_urls", order=-1)
def register_moderated_localize_urls():
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            require_admin_access(views.ModeratedUpdateTranslationsView.as_view()),
        ),
        path(
            "localize/page/<int:page_id>/convert_to_alias/",
            require_admin_access(views.convert_to_alias),
        ),
    ]

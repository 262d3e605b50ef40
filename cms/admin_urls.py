"""Admin URLs of the CMS, mounted under /admin/ by ``wagtail_hooks``."""

from django.urls import path

from cms import views

app_name = "cms_translation_moderation"
urlpatterns = [
    path("<int:translation_id>/submit/", views.submit_translation, name="submit"),
]

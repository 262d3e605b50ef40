import re
from urllib.parse import urlsplit

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from certificates.views import verify_in_visitors_language
from cms.sitemaps import MultilingualSitemap
from cms.views import favicon, robots_txt, search
from config.views import healthz
from core.development_media import serve_development_media

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("admin/reports/academy/", include("reports.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("h5p/", include("academy.h5p.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    path(
        "verify/<certificate_token:token>/", verify_in_visitors_language, name="verify_any_language"
    ),
]

if settings.DEBUG and not urlsplit(settings.MEDIA_URL).netloc:
    # Public media only: the view refuses private folders however a path spells them.
    media = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns += [re_path(rf"^{media}(?P<path>.*)$", serve_development_media)]

urlpatterns += i18n_patterns(
    path("search/", search, name="search"),
    path("", include("academy.urls")),
    path("", include("certificates.urls")),
    path("", include("mentorship.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("", include(wagtail_urls)),
)

from collections import defaultdict

from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    """Every live public page of the site in every language, not only the default one, each
    naming its translations (hreflang alternates). A page type leaves itself out by
    returning no URL from ``get_sitemap_urls``."""

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_root = Q()
        for root in roots:
            in_a_root |= Q(path__startswith=root.path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_root)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        entries, versions = [], defaultdict(list)
        for item in self.paginator.page(page).object_list.iterator():
            for url_info in item.get_sitemap_urls(self.request):
                entries.append((item.translation_key, url_info))
                versions[item.translation_key].append(
                    {"lang_code": languages[item.locale_id], "location": url_info["location"]}
                )
        for key, url_info in entries:
            if len(versions[key]) > 1:
                url_info["alternates"] = versions[key]
        last_changes = {url_info.get("lastmod") for _key, url_info in entries}
        if last_changes and None not in last_changes:
            self.latest_lastmod = max(last_changes)
        return [url_info for _key, url_info in entries]

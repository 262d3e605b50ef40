"""Project-wide request handling that is wiring, not business rules."""

from django.middleware.locale import LocaleMiddleware


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 in the admin stays a 404.

    Django answers a 404 outside ``i18n_patterns`` with a redirect to the same path under
    the language prefix whenever that path resolves, and Wagtail's catch-all page route
    resolves every path; an unknown object in the admin would then redirect to a page that
    does not exist instead of saying "not found".
    """

    unprefixed_paths = ("/admin/",)

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)

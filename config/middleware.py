"""Project-wide request handling that is wiring, not business rules."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.middleware.locale import LocaleMiddleware


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that a 404 in the admin or on the H5P
    content host stays a 404.

    Django answers a 404 outside ``i18n_patterns`` with a redirect to the same path under
    the language prefix whenever that path resolves, and Wagtail's catch-all page route
    resolves every path; an unknown object in the admin would then redirect to a page that
    does not exist instead of saying "not found".
    """

    unprefixed_paths = ("/admin/", "/h5p/")

    def process_response(self, request, response):
        if response.status_code == 404 and request.path_info.startswith(self.unprefixed_paths):
            return response
        return super().process_response(request, response)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's policy for the site; the admin's own (``ADMIN_CONTENT_SECURITY_POLICY``)
    under /admin/, unless a view set its own."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


class TokenFreeGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware for responses that carry no CSRF token.

    BREACH: a page that holds a secret and reflects what an attacker typed leaks the secret
    through the compressed size. Django masks the CSRF token afresh on every response and
    pads the gzip header by a random length, but the answer tokens of an attempt and the
    H5P play token are not masked, and every page that holds one also holds a form's CSRF
    token. So a response for which a CSRF token was made is sent uncompressed: a signed-in
    person's pages (the log-out form) and every form; the public pages, the large majority
    of requests and all that the page cache serves, are compressed. Static files are
    compressed ahead of time by WhiteNoise, which answers before this middleware.

    Django sets (renews) the CSRF cookie (CSRF_USE_SESSIONS is off) on every response for
    which a token was made, and clears its request flag on the way out, so the cookie is
    what tells.
    """

    def process_response(self, request, response):
        if settings.CSRF_COOKIE_NAME in response.cookies:
            return response
        return super().process_response(request, response)

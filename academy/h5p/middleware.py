"""The content host serves the H5P player and files, and nothing of the site."""

from django.conf import settings
from django.http import HttpResponseNotFound

from academy.h5p.services import is_content_host


class ContentHostMiddleware:
    """On the content host, answer 404 to everything but the player and static files, so
    no page of the site (and no session) ever runs in the origin where H5P code runs."""

    allowed_prefixes = ("/h5p/", settings.STATIC_URL)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_content_host(request) and not request.path_info.startswith(self.allowed_prefixes):
            return HttpResponseNotFound(b"Not found", content_type="text/plain")
        return self.get_response(request)

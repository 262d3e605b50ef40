"""A cache of whole public pages for anonymous visitors, emptied whenever content changes.

Only Wagtail pages without view restrictions are cached (they mark the request in
`before_serve_page`), only for
anonymous GET requests without a query string or pending messages, and only 200 responses
that set no cookie. Publishing, unpublishing or moving any page, or editing the footer's
settings, starts a new cache generation: menus and "latest news" mean one change can show
on every page, so nothing finer-grained is worth the risk of a stale page.
"""

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.http import HttpResponse

GENERATION_KEY = "page-cache-generation"


def is_cacheable(request) -> bool:
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.GET
        and not request.user.is_authenticated
        and not len(get_messages(request))
    )


def cache_key(request) -> str:
    generation = cache.get_or_set(GENERATION_KEY, 1, None)
    return f"page-cache:{generation}:{request.get_host()}:{request.path}"


def new_generation(**kwargs) -> None:
    """Forget every cached page (connected to the signals that change what pages show)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, None)


def mark_page_request(page, request, serve_args, serve_kwargs):
    """A `before_serve_page` hook: this page's response may be stored.

    Never a page with a view restriction: once a visitor has unlocked it (a password in
    their session), storing it would show it to every other visitor.
    """
    if is_cacheable(request) and not page.get_view_restrictions().exists():
        request.page_cache_candidate = True


def stored_headers(response) -> dict:
    """The view's own headers, to be given back on a hit: all but cookies."""
    return {name: value for name, value in response.headers.items() if name.lower() != "set-cookie"}


class AnonymousPageCacheMiddleware:
    """Serves stored pages to anonymous visitors and stores new ones.

    It must come after every middleware that sets headers (security, locale, X-Frame-Options,
    CSP) in MIDDLEWARE: a hit returns from here, and only the middlewares above it see it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable = is_cacheable(request)
        if cacheable:
            stored = cache.get(cache_key(request))
            if stored is not None:
                content, headers = stored
                response = HttpResponse(content, headers=headers)
                response["X-Page-Cache"] = "hit"
                return response
        response = self.get_response(request)
        if (
            cacheable
            and getattr(request, "page_cache_candidate", False)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
        ):
            cache.set(
                cache_key(request),
                (response.content, stored_headers(response)),
                settings.PAGE_CACHE_SECONDS,
            )
            response["X-Page-Cache"] = "miss"
        return response

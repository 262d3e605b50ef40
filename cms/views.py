from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page
from wagtail.search.utils import parse_query_string

SEARCH_PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Full-text search over the live public pages of the current language."""
    raw_query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    query = "".join(char for char in raw_query if char.isprintable()).strip()
    page_obj = None
    if query:
        # Parsed rather than passed raw: quotes mark phrases, and a lone quote or a control
        # character would otherwise reach the database's full-text parser and fail there.
        _filters, parsed_query = parse_query_string(query, operator="and")
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).search(parsed_query)
        )
        page_obj = Paginator(results, SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "cms/search.html",
        {"query": query, "page_obj": page_obj, "extra_query": urlencode({"q": query})},
    )


@require_GET
def robots_txt(request):
    languages = [code for code, _name in settings.LANGUAGES]
    return render(request, "cms/robots.txt", {"languages": languages}, content_type="text/plain")

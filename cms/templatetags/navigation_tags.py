from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.models import FundingStatement, HomePage

register = template.Library()


def _home_pages(request):
    """The live home page of each language, fetched once per request."""
    if not hasattr(request, "_home_pages_by_language"):
        request._home_pages_by_language = {
            home.locale.language_code: home
            for home in HomePage.objects.live().select_related("locale")
        }
    return request._home_pages_by_language


def current_home_page(request):
    homes = _home_pages(request)
    return homes.get(get_language()) or homes.get(settings.LANGUAGE_CODE)


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    home = current_home_page(request)
    items = list(home.get_children().live().in_menu()) if home else []
    current = context.get("page")
    current_path = current.path if isinstance(current, Page) else ""
    return {
        "home": home,
        "items": [(item, current_path.startswith(item.path)) for item in items],
        "request": request,
    }


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": page, "request": context["request"]}
    return {
        "ancestors": page.get_ancestors().filter(depth__gt=1),
        "page": page,
        "request": context["request"],
    }


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in each language: its translation, or that language's home page."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page) and page.pk:
        translations = {
            translation.locale.language_code: translation
            for translation in page.get_translations(inclusive=True).live().select_related("locale")
        }
    links = []
    for code, name in settings.LANGUAGES:
        if isinstance(page, Page) and page.pk:
            target = translations.get(code) or _home_pages(request).get(code)
            url = target.get_url(request=request) if target else f"/{code}/"
        else:
            url = translate_url(request.get_full_path(), code)
            # A 404 for "//host/…" has that as its path: never a link off the site.
            if not url_has_allowed_host_and_scheme(url, allowed_hosts=set()):
                url = f"/{code}/"
        links.append({"code": code, "name": name, "url": url, "current": code == get_language()})
    return {"links": links}


@register.simple_tag
def funding_statement():
    """The EU visibility statement in the active language, or the built-in wording of it."""
    statement = FundingStatement.objects.filter(locale__language_code=get_language()).first()
    if statement:
        return statement.text
    return _(
        "This website was funded by the European Union. Its contents are the sole "
        "responsibility of the Legal Policy Research Centre and do not necessarily reflect "
        "the views of the European Union."
    )

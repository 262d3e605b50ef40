from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.admin import messages
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.models import Locale, Page
from wagtail.search.utils import parse_query_string
from wagtail_localize.models import Translation

from cms.services import (
    TranslationRefused,
    save_translation_draft,
    searchable_pages,
    submit_translation_for_moderation,
)

SEARCH_PAGE_SIZE = 10
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Full-text search over the live public pages of the current language that a visitor
    can open (see ``searchable_pages``)."""
    raw_query = request.GET.get("q", "")[:MAX_QUERY_LENGTH]
    query = "".join(char for char in raw_query if char.isprintable()).strip()
    page_obj = None
    if query:
        # Parsed rather than passed raw: quotes mark phrases, and a lone quote or a control
        # character would otherwise reach the database's full-text parser and fail there.
        _filters, parsed_query = parse_query_string(query, operator="and")
        results = searchable_pages(locale=Locale.get_active()).search(parsed_query)
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


@require_admin_access
@require_POST
def submit_translation(request, translation_id):
    """The translation editor's "Save draft" and "Submit for moderation" buttons."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = translation.get_target_instance()
    if not isinstance(page, Page) or not page.permissions_for_user(request.user).can_edit():
        return permission_denied(request)
    action = request.POST.get("action")
    try:
        if action == "save_draft":
            save_translation_draft(translation=translation, user=request.user)
            messages.success(request, _("The translation has been saved as a draft."))
        elif action == "submit":
            submit_translation_for_moderation(translation=translation, user=request.user)
            messages.success(request, _("The translation has been submitted for moderation."))
        else:
            return HttpResponseBadRequest(_("Unknown action."))
    except TranslationRefused as refusal:
        messages.error(request, refusal.message)
    return redirect("wagtailadmin_pages:edit", page.pk)

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
from wagtail_localize.views import convert as localize_convert
from wagtail_localize.views.update_translations import UpdateTranslationsView

from cms.services import (
    TranslationRefused,
    may_publish_translations,
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


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page links to: send them to the PNG."""
    # The unhashed name: a permanent redirect outlives the hashed name of today's icon.
    return redirect(f"{settings.STATIC_URL}img/favicon.png", permanent=True)


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


class ModeratedUpdateTranslationsView(UpdateTranslationsView):
    """wagtail-localize's "Update existing translations", whose "Publish immediately" only
    people who may publish the pages are offered; for the others a posted value is ignored
    and the translations are updated as drafts."""

    def may_publish(self):
        source_instance = self.object.get_source_instance()
        return may_publish_translations(user=self.request.user, source_instance=source_instance)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)


def convert_to_alias(request, page_id):
    """wagtail-localize's "Convert to alias" shows the source's live content instead of the
    translation (or unpublishes it): a publishing act, for people who may publish the page."""
    page = get_object_or_404(Page, id=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        return permission_denied(request)
    return localize_convert.convert_to_alias(request, page_id)

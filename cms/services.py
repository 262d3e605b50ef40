"""Editorial rules of the CMS: a synced translation goes through its page's workflow; the
site search lists only pages a visitor can open."""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, get_page_models


class TranslationRefused(Exception):
    """A translation cannot be saved or submitted; ``message`` says why."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


def save_translation_draft(*, translation, user):
    """Save the translated page as a draft revision, leaving the live page as it is."""
    translation.save_target(user=user, publish=False)
    return translation.get_target_instance()


@transaction.atomic
def submit_translation_for_moderation(*, translation, user):
    """Save the translated page as a draft and start the workflow its place in the tree has.

    wagtail-localize's editor only publishes; people who may not publish need this path.
    """
    page = translation.get_target_instance()
    state = page.current_workflow_state
    if state is not None and state.status == state.STATUS_IN_PROGRESS:
        raise TranslationRefused(_("This translation is already awaiting review."))
    if state is not None:
        # Staff asked for changes: the workflow resumes with the new draft, as Wagtail's
        # "Resubmit" does in the page editor.
        page = save_translation_draft(translation=translation, user=user)
        state.resume(user)
        return page
    workflow = page.get_workflow()
    if workflow is None:
        raise TranslationRefused(_("No moderation workflow covers this page."))
    page = save_translation_draft(translation=translation, user=user)
    workflow.start(page, user)
    return page


def may_publish_translations(*, user, source_instance) -> bool:
    """Whether ``user`` may publish the translations of ``source_instance`` directly.

    A page and its translations are published by those who may publish every one of them;
    the others go through the workflow (``submit_translation_for_moderation``). Snippets
    have no moderation here: whoever may edit them publishes them.
    """
    if not isinstance(source_instance, Page):
        return True
    pages = Page.objects.filter(translation_key=source_instance.translation_key)
    return all(page.permissions_for_user(user).can_publish() for page in pages)


def searchable_pages(*, locale):
    """The pages the site search looks through: live, public and of the locale, leaving out
    every page type that needs signing in (a page model with ``requires_sign_in = True``)."""
    # Left out before searching, not from the results, so pages of results stay full and
    # the count is right. The same for everyone: being signed in opens a lesson only to
    # those enrolled in its course.
    sign_in_types = ContentType.objects.get_for_models(
        *[model for model in get_page_models() if getattr(model, "requires_sign_in", False)]
    ).values()
    return (
        Page.objects.live()
        .public()
        .filter(locale=locale)
        .exclude(content_type__in=[content_type.pk for content_type in sign_in_types])
    )

"""An editor submits a Kazakh translation from wagtail-localize's editor; staff find it
waiting for their review on the dashboard."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from accounts.roles import Role
from tests.e2e.conftest import ARTIFACTS
from tests.e2e.test_academy import log_in_to_admin
from tests.factories.accounts import UserFactory
from tests.factories.cms import ArticlePageFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_an_editor_submits_a_translation_and_staff_see_it_waiting(
    page, browser, live_server, site_tree, locales, screenshot, request
):
    article = ArticlePageFactory(
        parent=site_tree.news["en"], slug="fair-trial", title="Fair trial standards"
    )
    source, _created = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(source=source, target_locale=locales["kk"])
    translation.save_target(publish=False)
    translated = translation.get_target_instance()

    log_in_to_admin(page, UserFactory(role=Role.EDITOR))
    page.goto(f"/admin/pages/{translated.pk}/edit/")
    submit = page.get_by_role("button", name="Submit for moderation")
    assert page.get_by_role("button", name="Save draft").is_visible()
    # In the window as it opens, beside wagtail-localize's own actions: no scrolling.
    assert submit.is_visible()
    box = submit.bounding_box()
    assert box["y"] + box["height"] <= page.viewport_size["height"]
    screenshot("translation-editor")
    submit.click()
    page.wait_for_url(f"**/admin/pages/{translated.pk}/edit/")
    assert page.get_by_text("The translation has been submitted for moderation.").is_visible()

    staff = browser.new_context(base_url=live_server.url).new_page()
    log_in_to_admin(staff, UserFactory(role=Role.ACADEMY_STAFF))
    staff.screenshot(
        path=str(ARTIFACTS / f"{request.node.name}-awaiting-review.png"), full_page=True
    )
    review = staff.locator("section", has_text="Awaiting your review")
    assert review.get_by_role("link", name="Fair trial standards").first.is_visible()
    staff.context.close()

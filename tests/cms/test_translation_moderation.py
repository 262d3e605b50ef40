"""Editors submit wagtail-localize translations into the same workflow as the source pages."""

import pytest
from django.urls import reverse
from wagtail.models import GroupApprovalTask, Workflow, WorkflowState
from wagtail_localize.models import Translation, TranslationSource

from accounts.roles import Role
from tests.factories.accounts import UserFactory
from tests.factories.cms import ArticlePageFactory

STAFF_TASK = "Academy staff approval"


@pytest.fixture
def translation(site_tree, locales):
    """A synced Kazakh translation of a new English article, as "Translate this page" makes."""
    article = ArticlePageFactory(
        parent=site_tree.news["en"], slug="fair-trial", title="Fair trial standards"
    )
    source, _created = TranslationSource.get_or_create_from_instance(article)
    translation = Translation.objects.create(source=source, target_locale=locales["kk"])
    translation.save_target(publish=False)
    return translation


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


def submit_url(translation):
    return reverse("cms_translation_moderation:submit", args=[translation.pk])


def test_the_translated_tree_has_the_staff_workflow(site_tree, translation):
    page = translation.get_target_instance()
    workflow = page.get_workflow()
    assert workflow is not None
    assert [task.name for task in workflow.tasks] == [STAFF_TASK]


def test_editors_see_one_name_for_the_workflow_and_its_task(db):
    assert list(Workflow.objects.values_list("name", flat=True)) == [STAFF_TASK]
    assert list(GroupApprovalTask.objects.values_list("name", flat=True)) == [STAFF_TASK]
    task = GroupApprovalTask.objects.get()
    assert list(task.groups.values_list("name", flat=True)) == [Role.ACADEMY_STAFF.value]


def test_the_translation_editor_offers_save_draft_and_submit(editor_client, translation):
    page = translation.get_target_instance()
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert submit_url(translation) in content
    assert "Submit for moderation" in content
    assert "Save draft" in content


def test_an_editors_submitted_translation_waits_in_staffs_review_list(
    editor_client, editor, translation, client, academy_staff
):
    page = translation.get_target_instance()
    response = editor_client.post(submit_url(translation), {"action": "submit"})

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    page.refresh_from_db()
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor
    assert state.current_task_state.task.name == STAFF_TASK
    assert state.current_task_state.revision == page.get_latest_revision()
    assert not page.live

    client.force_login(academy_staff)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Awaiting your review" in dashboard
    assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in dashboard


def test_save_draft_keeps_the_translation_out_of_moderation(editor_client, translation):
    page = translation.get_target_instance()
    revisions = page.revisions.count()
    response = editor_client.post(submit_url(translation), {"action": "save_draft"})
    assert response.status_code == 302
    assert page.revisions.count() == revisions + 1
    assert not WorkflowState.objects.exists()


def test_a_translation_already_in_moderation_is_not_submitted_twice(editor_client, translation):
    editor_client.post(submit_url(translation), {"action": "submit"})
    response = editor_client.post(submit_url(translation), {"action": "submit"}, follow=True)
    assert WorkflowState.objects.count() == 1
    assert "already awaiting review" in response.content.decode()


def test_an_unknown_action_changes_nothing(editor_client, translation):
    page = translation.get_target_instance()
    revisions = page.revisions.count()
    response = editor_client.post(submit_url(translation), {"action": "publish"})
    assert response.status_code == 400
    assert page.revisions.count() == revisions
    assert not WorkflowState.objects.exists()


@pytest.mark.parametrize("role", [None, Role.TRAINEE, Role.MENTOR])
def test_people_who_cannot_edit_the_page_cannot_submit_it(client, translation, role):
    if role is not None:
        client.force_login(UserFactory(role=role))
    response = client.post(submit_url(translation), {"action": "submit"})
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "login" in response["Location"] or response["Location"] == reverse(
            "wagtailadmin_home"
        )
    assert not WorkflowState.objects.exists()


def test_after_staff_ask_for_changes_the_editor_resubmits(
    editor_client, translation, academy_staff
):
    page = translation.get_target_instance()
    editor_client.post(submit_url(translation), {"action": "submit"})
    state = WorkflowState.objects.get()
    state.current_task_state.task.specific.on_action(
        state.current_task_state, academy_staff, "reject"
    )
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    response = editor_client.post(submit_url(translation), {"action": "submit"})

    assert response.status_code == 302
    state.refresh_from_db()
    page.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.count() == 1
    assert state.current_task_state.revision == page.get_latest_revision()


# wagtail-localize's own views publish without asking: "Update existing translations" with
# "Publish immediately", and "Convert to alias" (which shows the source's content, or
# unpublishes). Only people who may publish the pages may do either.


def update_url(translation):
    return reverse("wagtail_localize:update_translations", args=[translation.source.pk])


def alias_url(page):
    return reverse("wagtail_localize:convert_to_alias", args=[page.pk])


def test_an_editor_cannot_publish_translations_through_update_translations(
    editor_client, translation, django_capture_on_commit_callbacks
):
    # wagtail-localize publishes once the transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(update_url(translation), {"publish_translations": "on"})

    page = translation.get_target_instance()
    assert response.status_code == 302
    assert not page.live
    assert page.live_revision is None


def test_the_update_form_offers_publish_immediately_only_to_who_may_publish(
    editor_client, translation, client, academy_staff
):
    form = editor_client.get(update_url(translation)).content.decode()
    assert "Update existing translations" in form
    assert 'name="publish_translations"' not in form

    client.force_login(academy_staff)
    assert 'name="publish_translations"' in client.get(update_url(translation)).content.decode()


def test_staff_still_publish_translations_through_update_translations(
    client, academy_staff, translation, django_capture_on_commit_callbacks
):
    client.force_login(academy_staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url(translation), {"publish_translations": "on"})

    page = translation.get_target_instance()
    assert response.status_code == 302
    assert page.live


def test_an_editor_cannot_convert_a_translation_to_an_alias(editor_client, translation):
    page = translation.get_target_instance()

    response = editor_client.post(alias_url(page))

    page.refresh_from_db()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    assert page.alias_of_id is None
    assert Translation.objects.filter(pk=translation.pk, enabled=True).exists()

"""The four role groups with exactly the permissions each role needs.

Wagtail's own migrations create "Editors" and "Moderators"; this one takes Editors over,
replaces Moderators by Academy staff (who approve what editors submit for moderation) and
resets every permission of these groups, so the result is the same on every database.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

TRAINEES, MENTORS, EDITORS, STAFF = "Trainees", "Mentors", "Editors", "Academy staff"

EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
STAFF_MODEL_PERMISSIONS = [
    *EDITOR_MODEL_PERMISSIONS,
    ("cms", "change_sitesettings"),
    ("cms", "add_fundingstatement"),
    ("cms", "change_fundingstatement"),
    ("cms", "view_fundingstatement"),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page"]
STAFF_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page", "unlock_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
]
STAFF_COLLECTION_PERMISSIONS = [
    *EDITOR_COLLECTION_PERMISSIONS,
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
]


def create_role_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        # Permissions are normally created after migrate; the groups need them now.
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    root_page = Page.objects.get(depth=1)
    root_collection = Collection.objects.get(depth=1)

    roles = {
        TRAINEES: ([], [], []),
        MENTORS: ([], [], []),
        EDITORS: (
            EDITOR_MODEL_PERMISSIONS,
            EDITOR_PAGE_PERMISSIONS,
            EDITOR_COLLECTION_PERMISSIONS,
        ),
        STAFF: (STAFF_MODEL_PERMISSIONS, STAFF_PAGE_PERMISSIONS, STAFF_COLLECTION_PERMISSIONS),
    }
    for name, (model_permissions, page_permissions, collection_permissions) in roles.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set([permission(*pair) for pair in model_permissions])
        GroupPagePermission.objects.filter(group=group).delete()
        for codename in page_permissions:
            GroupPagePermission.objects.create(
                group=group, page=root_page, permission=permission("wagtailcore", codename)
            )
        GroupCollectionPermission.objects.filter(group=group).delete()
        for pair in collection_permissions:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission(*pair)
            )

    staff = Group.objects.get(name=STAFF)
    moderators = Group.objects.filter(name="Moderators").first()
    for task in GroupApprovalTask.objects.all():
        if moderators is None or task.groups.filter(pk=moderators.pk).exists():
            task.groups.set([staff])
            task.name = "Academy staff approval"
            task.save(update_fields=["name"])
    if moderators is not None:
        moderators.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_work_groups"),
        ("cms", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_role_groups, migrations.RunPython.noop)]

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF = "Academy staff"
STAFF_PERMISSIONS = [
    "view_pairing",
    "view_meeting",
    "view_goal",
    "view_mentornote",
]


def grant_staff_permissions(apps, schema_editor):
    app_config = apps.get_app_config("mentorship")
    # Permissions are normally created after migrate; the group needs them now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get(name=STAFF).permissions.add(
        *Permission.objects.filter(
            content_type__app_label="mentorship", codename__in=STAFF_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [("mentorship", "0001_programmes_and_pairings"), ("accounts", "0003_role_groups")]

    operations = [migrations.RunPython(grant_staff_permissions, migrations.RunPython.noop)]

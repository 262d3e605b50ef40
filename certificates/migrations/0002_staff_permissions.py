from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF = "Academy staff"
STAFF_PERMISSIONS = [
    "add_certificatetemplate",
    "change_certificatetemplate",
    "view_certificatetemplate",
    "add_coursecertificate",
    "change_coursecertificate",
    "view_coursecertificate",
    "view_issuedcertificate",
    "change_issuedcertificate",
]


def grant_staff_permissions(apps, schema_editor):
    app_config = apps.get_app_config("certificates")
    # Permissions are normally created after migrate; the group needs them now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Group.objects.get(name=STAFF).permissions.add(
        *Permission.objects.filter(
            content_type__app_label="certificates", codename__in=STAFF_PERMISSIONS
        )
    )


class Migration(migrations.Migration):
    dependencies = [("certificates", "0001_initial"), ("accounts", "0003_role_groups")]

    operations = [migrations.RunPython(grant_staff_permissions, migrations.RunPython.noop)]

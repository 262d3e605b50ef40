from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF = "Academy staff"
EDITORS = "Editors"
# Editors may upload activities that reuse installed libraries; only staff install libraries.
ACTIVITY_PERMISSIONS = ["add_h5pactivity", "change_h5pactivity", "view_h5pactivity"]
STAFF_PERMISSIONS = [
    *ACTIVITY_PERMISSIONS,
    "delete_h5pactivity",
    "view_h5plibrary",
    "install_h5p_library",
    "view_h5presult",
]


def grant_h5p_permissions(apps, schema_editor):
    app_config = apps.get_app_config("academy")
    # Permissions are normally created after migrate; the groups need them now.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    academy = Permission.objects.filter(content_type__app_label="academy")
    Group.objects.get(name=STAFF).permissions.add(*academy.filter(codename__in=STAFF_PERMISSIONS))
    Group.objects.get(name=EDITORS).permissions.add(
        *academy.filter(codename__in=ACTIVITY_PERMISSIONS)
    )


class Migration(migrations.Migration):
    dependencies = [("academy", "0006_h5p_activities")]

    operations = [migrations.RunPython(grant_h5p_permissions, migrations.RunPython.noop)]

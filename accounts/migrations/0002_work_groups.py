from django.db import migrations

WORK_GROUP_CODES = ["women", "youth", "children", "migrants", "disabilities", "other"]


def create_work_groups(apps, schema_editor):
    WorkGroup = apps.get_model("accounts", "WorkGroup")
    for code in WORK_GROUP_CODES:
        WorkGroup.objects.get_or_create(code=code)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial")]

    operations = [migrations.RunPython(create_work_groups, migrations.RunPython.noop)]

"""One name for the moderation workflow and its task: "Academy staff approval".

Wagtail's data migration names the default workflow after its task ("Moderators approval");
accounts 0003 renamed the task when Academy staff replaced Moderators, but not the workflow,
so editors read both names on one submission.
"""

from django.db import migrations

STAFF_APPROVAL = "Academy staff approval"
WAGTAIL_DEFAULT = "Moderators approval"


def rename_default_workflow(apps, schema_editor):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    Task = apps.get_model("wagtailcore", "Task")
    Workflow.objects.filter(name=WAGTAIL_DEFAULT).update(name=STAFF_APPROVAL)
    Task.objects.filter(name=WAGTAIL_DEFAULT).update(name=STAFF_APPROVAL)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0001_initial"),
        ("accounts", "0003_role_groups"),
    ]

    operations = [migrations.RunPython(rename_default_workflow, migrations.RunPython.noop)]

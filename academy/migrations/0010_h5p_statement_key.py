"""Each stored xAPI statement gets its key (its xAPI id, or the hash of its content), unique
per person, so that a replayed statement is stored and counted once."""

import hashlib
import json
import uuid

from django.db import migrations, models


def key_of(statement):
    """The key ``academy.h5p.services.statement_key`` gives, as it stood in this migration."""
    value = statement.get("id") if isinstance(statement, dict) else None
    if isinstance(value, str):
        try:
            return str(uuid.UUID(value))
        except ValueError:
            pass
    canonical = json.dumps(statement, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def fill_keys(apps, schema_editor):
    """Key the statements stored so far. A replay stored before keys existed stays, with its
    row id added to its key: its effect on the results happened already."""
    H5PStatement = apps.get_model("academy", "H5PStatement")
    taken = set()
    for row in H5PStatement.objects.order_by("pk").only("pk", "user_id", "statement").iterator():
        key = key_of(row.statement)
        if (row.user_id, key) in taken:
            key = f"{key}#{row.pk}"
        taken.add((row.user_id, key))
        H5PStatement.objects.filter(pk=row.pk).update(statement_key=key)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0009_h5p_files_in_private_storage"),
    ]

    operations = [
        migrations.AddField(
            model_name="h5pstatement",
            name="statement_key",
            field=models.CharField(max_length=100, null=True, verbose_name="statement key"),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="h5pstatement",
            name="statement_key",
            field=models.CharField(max_length=100, verbose_name="statement key"),
        ),
        migrations.AddConstraint(
            model_name="h5pstatement",
            constraint=models.UniqueConstraint(
                fields=("user", "statement_key"), name="one_h5p_statement_per_key"
            ),
        ),
    ]

"""H5P packages, their unpacked content and installed libraries are other people's code:
move them from public media to the private storage."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import core.storage
from core.storage import move_files, private_storage


def h5p_names(apps):
    H5PActivity = apps.get_model("academy", "H5PActivity")
    H5PLibrary = apps.get_model("academy", "H5PLibrary")
    activities = H5PActivity.objects.values_list("package", "storage_prefix", "files")
    for package, prefix, files in activities.iterator():
        if package:
            yield package
        if prefix:
            yield from (prefix + path for path in files)
    for prefix, files in H5PLibrary.objects.values_list("storage_prefix", "files").iterator():
        yield from (prefix + path for path in files)


def move_h5p_files_to_private_storage(apps, schema_editor):
    move_files(h5p_names(apps), source=default_storage, target=private_storage())


def move_h5p_files_back_to_public_media(apps, schema_editor):
    move_files(h5p_names(apps), source=private_storage(), target=default_storage)


class Migration(migrations.Migration):
    dependencies = [
        ("academy", "0008_answer_tokens_for_open_attempts"),
    ]

    operations = [
        migrations.AlterField(
            model_name="h5pactivity",
            name="package",
            field=models.FileField(
                help_text="An .h5p file exported from an H5P editor, at most 50 MB.",
                storage=core.storage.private_storage,
                upload_to="h5p/packages/",
                verbose_name="H5P package",
            ),
        ),
        migrations.RunPython(
            move_h5p_files_to_private_storage, move_h5p_files_back_to_public_media
        ),
    ]

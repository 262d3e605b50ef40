"""Certificate PDFs name their holders: move them from public media to the private storage."""

from django.core.files.storage import default_storage
from django.db import migrations, models

import core.storage
from core.storage import move_files, private_storage


def pdf_names(apps):
    IssuedCertificate = apps.get_model("certificates", "IssuedCertificate")
    return IssuedCertificate.objects.exclude(pdf="").values_list("pdf", flat=True).iterator()


def move_pdfs_to_private_storage(apps, schema_editor):
    move_files(pdf_names(apps), source=default_storage, target=private_storage())


def move_pdfs_back_to_public_media(apps, schema_editor):
    move_files(pdf_names(apps), source=private_storage(), target=default_storage)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_staff_permissions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="issuedcertificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                storage=core.storage.private_storage,
                upload_to="certificates/%Y/",
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(move_pdfs_to_private_storage, move_pdfs_back_to_public_media),
    ]

"""Agreement documents move to the private storage, under names nobody can guess: the files
already stored in the public one (served at /media/ by the web server) are moved, and renamed
in the documents and their history."""

from django.db import migrations, models

import taawun.agreements.models
import taawun.core.files


def move_documents(apps, schema_editor):
    taawun.core.files.move_public_files_to_private(
        apps.get_model("agreements", "Document"),
        "file",
        "agreements",
        history=apps.get_model("agreements", "HistoricalDocument"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0004_version"),
    ]

    operations = [
        migrations.AlterField(
            model_name="document",
            name="file",
            field=models.FileField(
                max_length=255,
                storage=taawun.core.files.private_storage,
                upload_to=taawun.agreements.models.document_path,
                verbose_name="file",
            ),
        ),
        migrations.RunPython(move_documents, migrations.RunPython.noop),
    ]

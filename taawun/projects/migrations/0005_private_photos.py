"""Photos of project news move to the private storage, under names nobody can guess: internal
news must not be readable at /media/. The photos already stored in the public storage are
moved, and renamed in the updates and their history."""

from django.db import migrations, models

import taawun.core.files
import taawun.projects.models


def move_photos(apps, schema_editor):
    taawun.core.files.move_public_files_to_private(
        apps.get_model("projects", "Update"),
        "photo",
        "projects/updates",
        sweep="projects",
        history=apps.get_model("projects", "HistoricalUpdate"),
    )


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0004_version"),
    ]

    operations = [
        migrations.AlterField(
            model_name="update",
            name="photo",
            field=models.ImageField(
                blank=True,
                storage=taawun.core.files.private_storage,
                upload_to=taawun.projects.models.update_photo_path,
                verbose_name="photo",
            ),
        ),
        migrations.RunPython(move_photos, migrations.RunPython.noop),
    ]

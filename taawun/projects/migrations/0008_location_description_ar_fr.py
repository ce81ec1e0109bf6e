"""A place's description in Arabic and French: the text kept so far goes to the French column
(it was typed in French), the Arabic one starts empty and falls back to it."""

from django.db import migrations, models


def field(language):
    return models.CharField(blank=True, max_length=200, verbose_name=f"place ({language})")


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0007_updates_internal_by_default"),
    ]

    operations = [
        migrations.RenameField("projectlocation", "description", "description_fr"),
        migrations.AlterField("projectlocation", "description_fr", field("French")),
        migrations.AddField("projectlocation", "description_ar", field("Arabic")),
    ]

"""A transaction's description in Arabic, French and English: the text kept so far goes to the
French column (the lines were typed in French), the others start empty and fall back to it."""

from django.db import migrations, models


def field(language):
    return models.CharField(blank=True, max_length=255, verbose_name=f"description ({language})")


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0008_location_description_ar_fr"),
    ]

    operations = [
        migrations.RenameField("transaction", "description", "description_fr"),
        migrations.RenameField("historicaltransaction", "description", "description_fr"),
        migrations.AlterField("transaction", "description_fr", field("French")),
        migrations.AlterField("historicaltransaction", "description_fr", field("French")),
        migrations.AddField("transaction", "description_ar", field("Arabic")),
        migrations.AddField("historicaltransaction", "description_ar", field("Arabic")),
        migrations.AddField("transaction", "description_en", field("English")),
        migrations.AddField("historicaltransaction", "description_en", field("English")),
    ]

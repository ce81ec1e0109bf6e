"""A document's title in Arabic, French and English: the title kept so far goes to the French
column (the documents were named in French), the others start empty and fall back to it."""

from django.db import migrations, models


def field(language):
    return models.CharField(blank=True, max_length=200, verbose_name=f"title ({language})")


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0010_council_session_ar_fr"),
    ]

    operations = [
        migrations.RenameField("document", "title", "title_fr"),
        migrations.RenameField("historicaldocument", "title", "title_fr"),
        migrations.AlterField("document", "title_fr", field("French")),
        migrations.AlterField("historicaldocument", "title_fr", field("French")),
        migrations.AddField("document", "title_ar", field("Arabic")),
        migrations.AddField("historicaldocument", "title_ar", field("Arabic")),
        migrations.AddField("document", "title_en", field("English")),
        migrations.AddField("historicaldocument", "title_en", field("English")),
        migrations.AlterModelOptions(
            name="document",
            options={
                "ordering": ["category", "title_fr", "title_ar", "-version"],
                "verbose_name": "document",
                "verbose_name_plural": "documents",
            },
        ),
    ]

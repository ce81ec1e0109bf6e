"""A party's representative in Arabic and French: the title kept so far goes to the French
column (it was typed in French), the Arabic one starts empty and falls back to it."""

from django.db import migrations, models


def field(language):
    return models.CharField(
        blank=True,
        help_text="Name and title.",
        max_length=200,
        verbose_name=f"represented by ({language})",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0008_event_partner"),
    ]

    operations = [
        migrations.RenameField("party", "representative", "representative_fr"),
        migrations.RenameField("historicalparty", "representative", "representative_fr"),
        migrations.AlterField("party", "representative_fr", field("French")),
        migrations.AlterField("historicalparty", "representative_fr", field("French")),
        migrations.AddField("party", "representative_ar", field("Arabic")),
        migrations.AddField("historicalparty", "representative_ar", field("Arabic")),
    ]

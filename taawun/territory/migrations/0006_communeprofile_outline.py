from django.db import migrations, models

import taawun.core.geo


def field():
    return models.JSONField(
        blank=True,
        help_text=(
            "The commune's boundary as a GeoJSON polygon, drawn under the map's markers. "
            "Without it the map draws the smallest outline around the localities."
        ),
        null=True,
        validators=[taawun.core.geo.validate_polygon],
        verbose_name="outline",
    )


class Migration(migrations.Migration):
    dependencies = [
        ("territory", "0005_communeprofile_identity"),
    ]

    operations = [
        migrations.AddField(model_name="communeprofile", name="outline", field=field()),
        migrations.AddField(model_name="historicalcommuneprofile", name="outline", field=field()),
    ]

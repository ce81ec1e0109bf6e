"""Morocco's public holidays of 2025–2027 (taawun.territory.holidays): the fixed ones, and the
religious ones at their estimated dates until the ministry announces them."""

from django.db import migrations



def seed(apps, schema_editor):
    from taawun.territory.holidays import rows

    PublicHoliday = apps.get_model("territory", "PublicHoliday")
    for day, ar, fr, en, estimated in rows():
        PublicHoliday.objects.get_or_create(
            day=day, defaults={"name_ar": ar, "name_fr": fr, "name_en": en, "estimated": estimated}
        )


class Migration(migrations.Migration):
    dependencies = [("territory", "0007_public_holidays")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

"""The kinds of agreement and their rules, as a starting point each commune can correct.

Visa: Organic Law 113-14 art. 118 makes decentralized-cooperation and twinning conventions with
foreign collectivities subject to the governor's visa; the other kinds start without it.
"""

from django.db import migrations

KINDS = [
    # code, ar, fr, en, council, visa, months, framework
    ("framework", "اتفاقية إطار", "Convention-cadre", "Framework agreement", True, False, 60, True),
    ("partnership", "اتفاقية شراكة", "Convention de partenariat", "Partnership agreement",
     True, False, 36, False),
    ("cooperation", "اتفاقية تعاون", "Convention de coopération", "Cooperation agreement",
     True, True, 36, False),
    ("twinning", "اتفاقية توأمة", "Convention de jumelage", "Twinning agreement", True, True, 60, False),
    ("grant", "اتفاقية دعم جمعية", "Convention de subvention à une association",
     "Grant to an association", True, False, 12, False),
    ("ppp", "اتفاقية شراكة بين القطاعين العام والخاص", "Partenariat public-privé",
     "Public-private partnership", True, False, 60, False),
    ("intercommunal", "اتفاقية بين الجماعات", "Convention intercommunale", "Inter-communal agreement",
     True, False, 36, False),
    ("other", "اتفاقية أخرى", "Autre convention", "Other agreement", True, False, 24, False),
]


def create_kinds(apps, schema_editor):
    AgreementKind = apps.get_model("agreements", "AgreementKind")
    for code, ar, fr, en, council, visa, months, framework in KINDS:
        AgreementKind.objects.get_or_create(
            code=code,
            defaults={
                "name_ar": ar, "name_fr": fr, "name_en": en,
                "needs_council_deliberation": council, "needs_governor_visa": visa,
                "default_duration_months": months, "is_framework": framework,
            },
        )


class Migration(migrations.Migration):
    dependencies = [("agreements", "0001_initial")]
    operations = [migrations.RunPython(create_kinds, migrations.RunPython.noop)]

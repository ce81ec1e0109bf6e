"""The council session in Arabic and French: the name kept so far goes to the French column,
and a deliberation's timeline facts name it the same way ("session" becomes "session_fr")."""

from django.db import migrations, models


def field(language):
    return models.CharField(
        blank=True, max_length=120, verbose_name=f"council session ({language})"
    )


def split_facts(apps, schema_editor):
    Event = apps.get_model("agreements", "Event")
    for event in Event.objects.filter(facts__has_key="session").iterator():
        facts = dict(event.facts)
        facts["session_fr"] = facts.pop("session")
        facts.setdefault("session_ar", "")
        Event.objects.filter(pk=event.pk).update(facts=facts)


def join_facts(apps, schema_editor):
    Event = apps.get_model("agreements", "Event")
    for event in Event.objects.filter(facts__has_key="session_fr").iterator():
        facts = dict(event.facts)
        facts["session"] = facts.pop("session_fr") or facts.get("session_ar", "")
        facts.pop("session_ar", None)
        Event.objects.filter(pk=event.pk).update(facts=facts)


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0009_party_representative_ar_fr"),
    ]

    operations = [
        migrations.RenameField("agreement", "council_session", "council_session_fr"),
        migrations.RenameField("historicalagreement", "council_session", "council_session_fr"),
        migrations.AlterField("agreement", "council_session_fr", field("French")),
        migrations.AlterField("historicalagreement", "council_session_fr", field("French")),
        migrations.AddField("agreement", "council_session_ar", field("Arabic")),
        migrations.AddField("historicalagreement", "council_session_ar", field("Arabic")),
        migrations.RunPython(split_facts, join_facts),
    ]

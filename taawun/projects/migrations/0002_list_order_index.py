"""The public project list's order as an index: newest planned start first, undated projects
last, then by code — so page 1 reads twenty index entries instead of sorting every project.

Written per database: PostgreSQL needs NULLS LAST in the index to match the query's order;
SQLite refuses NULLS LAST in an index but already puts NULLs last in a descending one.
"""

from django.db import migrations


def create(apps, schema_editor):
    nulls_last = " NULLS LAST" if schema_editor.connection.vendor == "postgresql" else ""
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS project_list_order ON projects_project "
        f"(planned_start DESC{nulls_last}, code)"
    )


def drop(apps, schema_editor):
    schema_editor.execute("DROP INDEX IF EXISTS project_list_order")


class Migration(migrations.Migration):
    dependencies = [
        ("agreements", "0003_register_and_alert_indexes"),
        ("partners", "0003_name_index"),
        ("projects", "0001_initial"),
        ("territory", "0003_locality_order_index"),
    ]

    operations = [migrations.RunPython(create, drop)]

"""Text search at national scale on PostgreSQL: trigram indexes on the columns the search reads.

`icontains` compiles to UPPER(column::text) LIKE UPPER('%…%'), which no B-tree can serve; a GIN
trigram index on the same expression can. pg_trgm is a trusted extension (PostgreSQL 13+), so the
database's owner may create it. SQLite has no such index and scans, which is fast at the size of
one commune.
"""

from django.db import migrations

COLUMNS = ("code", "title_ar", "title_fr", "title_en")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for column in COLUMNS:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS project_search_{column} ON projects_project "
            f"USING gin (UPPER({column}::text) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in COLUMNS:
        schema_editor.execute(f"DROP INDEX IF EXISTS project_search_{column}")


class Migration(migrations.Migration):
    dependencies = [("projects", "0002_list_order_index")]

    operations = [migrations.RunPython(create, drop)]

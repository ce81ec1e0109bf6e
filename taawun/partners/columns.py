"""A partner's columns, written once: the form, the export and the import each take a subset.

Every column is listed here in the one order all its uses share; `uses` says where it appears:
"form" (what the commune's staff edit), "representative" (what a partner's own representative
may change), "export" (the CSV/XLSX table) and "import" (the spreadsheet template).
Contact people are never a column: they stay inside the workspace.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    uses: frozenset
    export: object = None  # partner -> cell, when the attribute itself is not the cell


def _codes(partner):
    return ";".join(sorted(d.code for d in partner.domains.all()))


EDIT = frozenset({"form", "representative", "export", "import"})
STAFF = frozenset({"form", "export", "import"})

SPEC = [
    Column("id", frozenset({"export"}), export=lambda p: p.pk),
    Column("kind", STAFF),
    Column("iati_type", frozenset({"export"})),
    Column("name_ar", EDIT),
    Column("name_fr", EDIT),
    Column("name_en", EDIT),
    Column("acronym", EDIT),
    Column("status", STAFF),
    Column("country", STAFF, export=lambda p: p.country.code),
    Column("city", EDIT),
    Column("address", EDIT),
    Column("website", EDIT),
    Column("registration_id", EDIT),
    Column("iati_identifier", frozenset({"form", "export"})),
    Column("domains", EDIT, export=_codes),
    Column("description_ar", frozenset({"form", "representative"})),
    Column("description_fr", frozenset({"form", "representative"})),
    Column("description_en", frozenset({"form", "representative"})),
    Column("notes", frozenset({"form"})),
    Column("is_public", frozenset({"form"})),
]


def columns(use):
    """The names of the columns of one use, in order."""
    return [column.name for column in SPEC if use in column.uses]


FORM_FIELDS = columns("form")
REPRESENTATIVE_FIELDS = columns("representative")
EXPORT_COLUMNS = columns("export")
IMPORT_COLUMNS = columns("import")


def export_row(partner):
    """One partner as the cells of EXPORT_COLUMNS."""
    return [
        column.export(partner) if column.export else getattr(partner, column.name)
        for column in SPEC
        if "export" in column.uses
    ]

"""A petition's signature lists from a spreadsheet (CSV or XLSX), checked row by row before
anything is saved, as the other imports are (core.views.ImportPreviewView).

The national ID numbers are hashed while the file is read and never kept: what waits in the
session for the confirmation is each row's name and keyed hash, and the preview shows whether a
number is valid, never the number."""

from django.utils.translation import gettext as _

from taawun.core.tabular import ImportPreview, ImportRow

from .services.petitions import hashed_signatures

NAME, NUMBER = "full_name", "national_id"
COLUMNS = (NAME, NUMBER)
# What a sheet typed at the commune may call the two columns (compared in lower case).
ALIASES = {
    NAME: (NAME, "name", "nom", "nom complet", "الاسم", "الاسم الكامل"),
    NUMBER: (NUMBER, "cin", "id", "national id", "رقم البطاقة", "رقم البطاقة الوطنية"),
}
SHOWN_NUMBER = "•••"  # a valid number, in the preview: never the number itself


def _column(header, name):
    return next((column for column in header if column in ALIASES[name]), None)


def preview_signatures(petition, header, rows):
    """(ImportPreview, staged): staged is [(name, hash)], what the confirmation imports."""
    name_column, number_column = _column(header, NAME), _column(header, NUMBER)
    if name_column is None or number_column is None:
        preview = ImportPreview(rows=[])
        preview.errors.append(
            _("The file needs two columns: %(name)s and %(number)s.")
            % {"name": NAME, "number": NUMBER}
        )
        return preview, []
    pairs = [(row.get(name_column, ""), row.get(number_column, "")) for row in rows]
    entered = set(petition.signatures.values_list("national_id_hash", flat=True))
    first_line = {}
    preview, staged = ImportPreview(rows=[]), []
    for line, name, digest in hashed_signatures(pairs):
        row = ImportRow(
            number=line + 1, values={NAME: name, NUMBER: SHOWN_NUMBER if digest else ""}
        )
        if not name:
            row.errors.append(_("The signatory's full name is missing."))
        if digest is None and pairs[line - 1][1].strip():
            row.errors.append(_("A national ID number is one or two letters, then digits."))
        elif digest is None:
            row.errors.append(_("The national ID number is missing."))
        elif digest in entered:
            row.warnings.append(_("Already counted for this petition: it will not count twice."))
        elif digest in first_line:
            row.warnings.append(
                _("The same person as row %(row)s: counted once.") % {"row": first_line[digest]}
            )
        else:
            first_line[digest] = row.number
        if digest:
            staged.append((name, digest))
        preview.rows.append(row)
    return preview, staged

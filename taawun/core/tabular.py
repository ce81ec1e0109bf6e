"""Reading uploaded spreadsheets and writing exports (CSV streamed, XLSX write-only)."""

import csv
import io
import tempfile
import zipfile
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, StreamingHttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook


def read_table(upload):
    """Rows of an uploaded CSV or XLSX file as dicts keyed by the header row.

    The file's content decides how it is read, not its name; anything else is refused
    with a message the user can act on.
    """
    if upload.size > settings.IMPORT_MAX_BYTES:
        raise ValidationError(
            _("The file is too large (%(size)s MB); the limit is %(limit)s MB.")
            % {
                "size": round(upload.size / 1_048_576, 1),
                "limit": settings.IMPORT_MAX_BYTES // 1_048_576,
            }
        )
    data = upload.read()
    # XLSX files are ZIP archives; everything else must be CSV text.
    rows = _read_xlsx(data) if data[:4] == b"PK\x03\x04" else _read_csv(data)
    rows = [row for row in rows if any(str(v or "").strip() for v in row)]
    if not rows:
        raise ValidationError(_("The file is empty."))
    header = [str(h or "").strip().lower() for h in rows[0]]
    body = rows[1:]
    if not body:
        raise ValidationError(_("The file has column names but no rows."))
    if len(body) > settings.IMPORT_MAX_ROWS:
        raise ValidationError(
            _("The file has too many rows (%(count)s); at most %(limit)s can be imported at once.")
            % {"count": len(body), "limit": settings.IMPORT_MAX_ROWS}
        )
    return header, [
        {
            header[i]: ("" if v is None else str(v).strip())
            for i, v in enumerate(row)
            if i < len(header)
        }
        for row in body
    ]


def _read_xlsx(data):
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise ValidationError(_("This file is not a readable XLSX spreadsheet.")) from error
    sheet = workbook.worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def _read_csv(data):
    if b"\x00" in data[:4096]:
        raise ValidationError(_("This file is neither a CSV text file nor an XLSX spreadsheet."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The CSV file must be encoded in UTF-8.")) from error
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value):
    """Text that a spreadsheet would run as a formula is written as text (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


class _Echo:
    def write(self, value):
        return value


CSV_LINES_PER_CHUNK = 500


def csv_response(filename, header, rows):
    """Stream rows as CSV: memory stays flat whatever the number of rows."""
    writer = csv.writer(_Echo())

    def lines():
        # The byte-order mark lets spreadsheet programs read the file as UTF-8.
        yield "\ufeff" + writer.writerow(header)
        # A few hundred lines per chunk: the server handles one chunk, not each line, and
        # memory stays flat.
        batch = []
        for row in rows:
            batch.append(writer.writerow([_safe(v) for v in row]))
            if len(batch) == CSV_LINES_PER_CHUNK:
                yield "".join(batch)
                batch.clear()
        if batch:
            yield "".join(batch)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(filename, header, rows, *, right_to_left=False):
    """Write rows with openpyxl's write-only mode to a temporary file and send it."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet()
    if right_to_left:
        sheet.sheet_view.rightToLeft = True
    sheet.append(header)
    for row in rows:
        sheet.append([_safe(v) for v in row])
    # FileResponse closes the file once sent, so no context manager here.
    handle = tempfile.TemporaryFile()  # noqa: SIM115
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


# Imports: every row checked and shown before anything is written ------------------------------


@dataclass
class ImportRow:
    number: int  # the row's number in the spreadsheet, header being row 1
    values: dict
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)


@dataclass
class ImportPreview:
    rows: list
    errors: list = field(default_factory=list)  # errors about the whole file

    @property
    def is_valid(self):
        return not self.errors and all(not row.errors for row in self.rows)

    @property
    def error_count(self):
        return len(self.errors) + sum(1 for row in self.rows if row.errors)

    @property
    def warning_count(self):
        return sum(1 for row in self.rows if row.warnings)


class ImportRejected(Exception):
    """A commit refused because a row is wrong: nothing was imported."""

    def __init__(self, preview):
        super().__init__("import rejected")
        self.preview = preview

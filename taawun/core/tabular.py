"""Reading uploaded spreadsheets and writing exports (CSV streamed, XLSX write-only)."""

import csv
import io
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import UTC

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell

from .text import strip_controls

# Every import's columns fit well inside this; cells past it are never read, whatever the file
# declares (an XLSX may claim 16,384 columns and a million rows with a single cell).
IMPORT_MAX_COLUMNS = 64
# A legitimate XLSX of IMPORT_MAX_BYTES unzips to a few times its size; more is a ZIP bomb.
UNZIPPED_FACTOR = 4
CSV_MAX_CELL_KIB = 128  # the csv module's own field limit (131,072 characters)


def utc_text(moment):
    """ISO 8601 in UTC, as text: the same in CSV, JSON and XLSX (which has no time zones)."""
    return moment.astimezone(UTC).isoformat() if moment else None


def read_table(upload):
    """Rows of an uploaded CSV or XLSX file as dicts keyed by the header row.

    The file's content decides how it is read, not its name; anything else is refused
    with a message the user can act on. Reading stops after IMPORT_MAX_ROWS + 1 rows and
    IMPORT_MAX_COLUMNS columns, so memory stays bounded whatever the file declares.
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
    rows = _first_rows(rows)
    if not rows:
        raise ValidationError(_("The file is empty."))
    header = [str(h or "").strip().lower() for h in rows[0]]
    body = rows[1:]
    if not body:
        raise ValidationError(_("The file has column names but no rows."))
    if len(body) > settings.IMPORT_MAX_ROWS:
        raise ValidationError(
            _("The file has too many rows; at most %(limit)s can be imported at once.")
            % {"limit": settings.IMPORT_MAX_ROWS}
        )
    return header, [
        {
            header[i]: ("" if v is None else str(v).strip())
            for i, v in enumerate(row)
            if i < len(header)
        }
        for row in body
    ]


def _first_rows(rows):
    """The header and up to IMPORT_MAX_ROWS + 1 rows that are not blank, each cut to
    IMPORT_MAX_COLUMNS cells; blank rows are skipped, but only so many of them are read."""
    wanted = settings.IMPORT_MAX_ROWS + 2  # the header, the limit, and one more to refuse
    blank_budget = settings.IMPORT_MAX_ROWS + 2
    kept = []
    for row in rows:
        row = list(row[:IMPORT_MAX_COLUMNS])
        if any(str(v or "").strip() for v in row):
            kept.append(row)
            if len(kept) == wanted:
                break
        else:
            blank_budget -= 1
            if blank_budget < 0:
                break
    return kept


def _unreadable_xlsx():
    return ValidationError(_("This file is not a readable XLSX spreadsheet."))


def _read_xlsx(data):
    """The first sheet's rows, read lazily: read-only openpyxl asked for at most so many rows
    and columns, so the sheet's declared dimension is ignored."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise _unreadable_xlsx() from error
    if unzipped > settings.IMPORT_MAX_BYTES * UNZIPPED_FACTOR:
        raise ValidationError(
            _("This spreadsheet unpacks to more than %(limit)s MB; save it again or split it.")
            % {"limit": settings.IMPORT_MAX_BYTES * UNZIPPED_FACTOR // 1_048_576}
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - whatever breaks in an uploaded file is the file's fault
        raise _unreadable_xlsx() from error
    if not workbook.worksheets:
        workbook.close()
        raise ValidationError(_("This spreadsheet has no sheet."))
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(
        max_row=(settings.IMPORT_MAX_ROWS + 2) * 2,
        max_col=IMPORT_MAX_COLUMNS,
        values_only=True,
    )
    return _guarded(rows, workbook)


def _guarded(rows, workbook):
    """The rows of a sheet, a broken sheet (truncated, malformed, with an entity) refused."""
    try:
        yield from rows
    except Exception as error:  # noqa: BLE001 - a sheet's XML is parsed while it is read
        raise _unreadable_xlsx() from error
    finally:
        workbook.close()


def _read_csv(data):
    if b"\x00" in data[:4096]:
        raise ValidationError(_("This file is neither a CSV text file nor an XLSX spreadsheet."))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(_("The CSV file must be encoded in UTF-8.")) from error
    # Universal newlines: Windows (CR LF), Unix (LF) and old Mac (CR only, as Excel for Mac
    # still writes "CSV (Macintosh)") all read the same.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return _csv_rows(csv.reader(io.StringIO(text), dialect))


def _csv_rows(reader):
    try:
        yield from reader
    except csv.Error as error:
        raise ValidationError(
            _(
                "Line %(line)s of the CSV file cannot be read: a cell is longer than "
                "%(size)s KiB, or a quotation mark is not closed."
            )
            % {"line": reader.line_num, "size": CSV_MAX_CELL_KIB}
        ) from error


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value):
    """CSV: text that a spreadsheet would run as a formula is written as text (formula
    injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def refuse_bad_filters(filterset):
    """A 400 in plain text naming each wrong filter, or None when the filters are valid.

    Called by every export BEFORE it starts streaming: once the first line is sent the status
    can no longer change, and a bad filter would answer a silently empty file."""
    if filterset.is_valid():
        return None
    lines = [_("The export was not made: a filter is wrong.")]
    for name, errors in filterset.errors.items():
        field = filterset.form.fields.get(name)
        label = str(field.label) if field is not None and field.label else name
        lines.extend(f"{label}: {error}" for error in errors)
    return HttpResponseBadRequest("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


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


def _xlsx_cell(sheet, value):
    """XLSX: text is an inline string, which no spreadsheet evaluates, so it is written as it
    is (no apostrophe before + - @ =; a text starting with "=" is not made a formula). Control
    characters stored before the text rule (core.text) are dropped: the format cannot carry
    them."""
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(sheet, value=strip_controls(value))
    cell.data_type = "s"
    return cell


def xlsx_response(filename, header, rows, *, right_to_left=False, sheets=()):
    """Write rows with openpyxl's write-only mode to a temporary file and send it; `sheets`
    adds further sheets as (title, header, rows)."""
    workbook = Workbook(write_only=True)
    for title, sheet_header, sheet_rows in [(None, header, rows), *sheets]:
        sheet = workbook.create_sheet(title=title)
        if right_to_left:
            sheet.sheet_view.rightToLeft = True
        sheet.append(sheet_header)
        for row in sheet_rows:
            sheet.append([_xlsx_cell(sheet, v) for v in row])
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


ALLOWED_LANGUAGES = ("ar", "fr", "en")  # the order of the labels after each code


def allowed_values_here(allowed):
    """The allowed values as the import page lists them: each code with its label in the
    reader's language."""
    language = (translation.get_language() or "ar")[:2]
    index = ALLOWED_LANGUAGES.index(language) if language in ALLOWED_LANGUAGES else 0
    return [
        (column, [(code, labels[index] or code) for code, *labels in choices])
        for column, choices in allowed
    ]


def allowed_values_sheet(allowed):
    """The "allowed values" sheet of an import template: one line per accepted code, with its
    labels in Arabic, French and English (a label is accepted as well as its code)."""
    header = [_("Column"), _("Code"), _("Arabic"), _("French"), _("English")]
    rows = [[column, *values] for column, choices in allowed for values in choices]
    return (_("Allowed values"), header, rows)


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

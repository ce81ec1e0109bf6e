"""Hostile and odd spreadsheets for the import tests (issue 11 #6, the review's finding 8): each
built by hand, a few hundred bytes, as an attacker or an old spreadsheet program would write it."""

import io
import zipfile

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}">'
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
NO_SHEET_WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}">'
    "<sheets/></workbook>"
)


def cell(ref, text):
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet(rows_xml, *, dimension="A1", prolog=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{NS}">'
        f'<dimension ref="{dimension}"/><sheetData>{rows_xml}</sheetData></worksheet>'
    )


def xlsx(sheet_xml=None, *, workbook=WORKBOOK):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        if sheet_xml is not None:
            archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buffer.getvalue()


def bomb(header=("kind", "name_ar", "name_fr")):
    """The review's 1.4 KB file: a sheet declaring A1:XFD1048576, one cell at XFD1048576."""
    first = "".join(cell(f"{chr(65 + i)}1", name) for i, name in enumerate(header))
    rows = f'<row r="1">{first}</row>' if header else ""
    rows += f'<row r="1048576">{cell("XFD1048576", "x")}</row>'
    return xlsx(sheet(rows, dimension="A1:XFD1048576"))


def truncated_sheet():
    whole = sheet(f'<row r="1">{cell("A1", "kind")}{cell("B1", "name_fr")}</row><row r="2">')
    return xlsx(whole[: len(whole) - 40])


def malformed_workbook():
    return xlsx(sheet(""), workbook='<?xml version="1.0"?><workbook><<sheets></workbook>')


def without_sheet():
    return xlsx(None, workbook=NO_SHEET_WORKBOOK)


def with_entity():
    prolog = '<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    return xlsx(sheet(f'<row r="1">{cell("A1", "&e;")}</row>', prolog=prolog))


def truncated_zip(valid):
    return valid[: len(valid) // 2]


def csv_with_huge_cell(header="kind,name_ar,name_fr"):
    return f"{header}\nassociation,{'ب' * 70_000},{'a' * 140_000}\n".encode()


def csv_mac(lines):
    """ "CSV (Macintosh)" as Excel for Mac writes it: carriage returns only."""
    return "\r".join(lines).encode()


def csv_latin1(lines):
    return "\n".join(lines).encode("latin-1")

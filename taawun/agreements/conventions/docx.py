"""The convention as a DOCX (python-docx), to edit in a word processor.

Arabic reads right to left in Word and LibreOffice only when the file says so, element by
element: `w:bidi` on every paragraph of an Arabic document (and on its section and its styles),
`w:rtl` on every run of Arabic text, `w:bidiVisual` on its tables (first column on the right),
the complex-script font and size beside the Latin ones (`w:rFonts w:cs`, `w:szCs`, `w:bCs`) and
the language of each script (`w:lang w:bidi="ar-MA"`). The record's values come as isolated
segments (document.segments): a value of the other direction gets its own run, that direction,
and a mark on each side (LRM in Arabic, RLM in French), so that "CONV-2025-017" or a partner's
Latin name keeps its order inside Arabic text — the isolates FSI/PDI themselves are not read by
every version of Word. Amounts keep their no-break spaces (core.formats), which keep a figure
whole. Alignments are left to the paragraph's direction or centred, never "left" or "right",
whose meaning Word swaps in right-to-left paragraphs.
"""

import io
import re
import unicodedata

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_DIRECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from taawun.core.text import isolate

from .document import Paragraph, Signatures, Table, segments

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# The packaged Amiri (fontpkg-amiri) is what the PDF is set in; a word processor without it
# takes the nearest Arabic font of the same family (Naskh, serif) from the font table.
FONT = "Amiri"
LRM, RLM = "\u200e", "\u200f"
# A figure: digits, with thousands after a space or a no-break space, or parts after . , / : -
NUMBER = re.compile(r"(\d+(?:[ \xa0\u202f]\d{3}(?!\d)|[.,/:-]\d+)*)")
BLACK = RGBColor(0x1B, 0x1B, 0x1B)
# style -> (Word style, size in points, bold, space after in points)
STYLES = {
    "title": ("Title", 18, True, 6),
    "subtitle": ("Subtitle", 14, False, 4),
    "heading": ("Heading 1", 14, True, 4),
    "subheading": ("Heading 2", 12.5, True, 3),
    "body": ("Normal", 12.5, False, 6),
    "item": ("Normal", 12.5, False, 3),
    "reference": ("Normal", 12, False, 3),
    "total": ("Normal", 12.5, True, 8),
}
# The Word styles the pieces use, set once: (style, size in points, bold).
WORD_STYLES = [
    ("Normal", 12.5, False),
    ("Title", 18, True),
    ("Subtitle", 14, False),
    ("Heading 1", 14, True),
    ("Heading 2", 12.5, True),
    ("Table Grid", 11, False),
]
# The elements that follow w:bidi in a w:pPr, and w:bidi in a w:sectPr (ECMA-376 order).
AFTER_PARAGRAPH_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip
AFTER_SECTION_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def direction(text):
    """'R', 'L' or None: the direction of the first letter of `text` with one."""
    for character in text:
        kind = unicodedata.bidirectional(character)
        if kind in ("R", "AL"):
            return "R"
        if kind == "L":
            return "L"
    return None


def _flag(parent, tag, successors=()):
    element = parent.find(qn(tag))
    if element is None:
        element = OxmlElement(tag)
        parent.insert_element_before(element, *successors)
    return element


def _fonts(rpr, size=None, bold=None):
    """The one font for Latin and Arabic (no theme font overriding it), both sizes."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for name in list(fonts.attrib):
        if name.endswith("Theme"):
            del fonts.attrib[name]
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), FONT)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            element = rpr.find(qn(tag))
            if element is None:
                element = OxmlElement(tag)
                rpr.append(element)
            element.set(qn("w:val"), str(int(size * 2)))
    if bold:
        for tag in ("w:b", "w:bCs"):
            if rpr.find(qn(tag)) is None:
                rpr.append(OxmlElement(tag))
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), "fr-MA")
    language.set(qn("w:bidi"), "ar-MA")


def _style(document, name, size, bold, rtl):
    style = document.styles[name]
    style.font.color.rgb = BLACK
    style.font.bold = bold
    style.font.italic = False
    style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    for tag in ("w:u", "w:iCs", "w:spacing"):
        for element in rpr.findall(qn(tag)):
            rpr.remove(element)
    ppr = style.element.get_or_add_pPr()
    for element in ppr.findall(qn("w:pBdr")):
        ppr.remove(element)
    _fonts(rpr, size=size, bold=bold)
    if rtl:
        _flag(style.element.get_or_add_pPr(), "w:bidi", AFTER_PARAGRAPH_BIDI)
    return style


def _font_table(document):
    """Name Amiri in the font table with what stands in for it where it is not installed: a
    serif with Arabic glyphs (Times New Roman has them), the Arabic character set."""
    part = next(
        r.target_part for r in document.part.rels.values() if r.reltype.endswith("/fontTable")
    )
    entry = (
        f'<w:font w:name="{FONT}"><w:altName w:val="Times New Roman"/><w:charset w:val="B2"/>'
        '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>'
    )
    part._blob = part.blob.replace(b"</w:fonts>", entry.encode(), 1)


def _paragraph_direction(paragraph, rtl):
    if rtl:
        _flag(paragraph._p.get_or_add_pPr(), "w:bidi", AFTER_PARAGRAPH_BIDI)


def _run(paragraph, text, *, rtl, bold=False, size=None):
    run = paragraph.add_run(text)
    run.font.rtl = rtl
    run.font.complex_script = rtl
    if bold:
        run.font.bold = True
        run.font.cs_bold = True
    if size is not None:
        run.font.size = Pt(size)
        _fonts(run._r.get_or_add_rPr(), size=size)
    return run


def _runs_with_numbers(paragraph, text, *, rtl, bold, size):
    """Right-to-left text with each figure ("2023-2024", "27/2023", "1 500 000") in a
    left-to-right run of its own between LRMs: Word reverses a figure with a hyphen or a slash
    inside a right-to-left run."""
    for number, piece in enumerate(NUMBER.split(text)):
        if not piece:
            continue
        if number % 2:
            _run(paragraph, f"{LRM}{piece}{LRM}", rtl=False, bold=bold, size=size)
        else:
            _run(paragraph, piece, rtl=True, bold=bold, size=size)


def write_text(paragraph, text, *, rtl, bold=False, size=None):
    """The template's words in the document's direction; each isolated value in a run of its
    own direction, set apart by marks when it is the other one."""
    for piece, isolated in segments(text):
        own = direction(piece) if isolated else ("R" if rtl else "L")
        if rtl and own != "R":
            _run(paragraph, f"{LRM}{piece}{LRM}", rtl=False, bold=bold, size=size)
        elif own == "R":
            marked = piece if rtl else f"{RLM}{piece}{RLM}"
            _runs_with_numbers(paragraph, marked, rtl=True, bold=bold, size=size)
        else:
            _run(paragraph, piece, rtl=False, bold=bold, size=size)


def _add_paragraph(container, piece, rtl):
    style, size, bold, after = STYLES.get(piece.style, STYLES["body"])
    paragraph = container.add_paragraph(style=style)
    _paragraph_direction(paragraph, rtl)
    if piece.style in ("title", "subtitle"):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif piece.style == "body" and not rtl:
        # Justified Arabic is stretched with kashidas by some word processors: left ragged.
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    format_ = paragraph.paragraph_format
    format_.space_after = Pt(after)
    if piece.style == "heading":
        format_.space_before = Pt(10)
        format_.keep_with_next = True
    text = f"• {piece.text}" if piece.style == "item" else piece.text
    write_text(paragraph, text, rtl=rtl, bold=bold)
    return paragraph


def _cell_text(cell, text, rtl, *, bold=False, centred=False):
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for number, line in enumerate(lines):
        paragraph = first if number == 0 else cell.add_paragraph()
        _paragraph_direction(paragraph, rtl)
        paragraph.paragraph_format.space_after = Pt(0)
        if centred:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        write_text(paragraph, line, rtl=rtl, bold=bold, size=11)


def _add_table(document, piece, rtl):
    table = document.add_table(rows=1 + len(piece.rows), cols=len(piece.header))
    table.style = document.styles["Table Grid"]
    if rtl:
        table.table_direction = WD_TABLE_DIRECTION.RTL
    table.autofit = False
    width = Mm(210 - 2 * 22)
    for column, share in zip(table.columns, piece.widths, strict=False):
        column.width = int(width * share)
        for cell in column.cells:
            cell.width = int(width * share)
    header = table.rows[0]
    repeat = OxmlElement("w:tblHeader")
    header._tr.get_or_add_trPr().append(repeat)
    for cell, text in zip(header.cells, piece.header, strict=True):
        _cell_text(cell, text, rtl, bold=True, centred=True)
    for row, values in zip(table.rows[1:], piece.rows, strict=True):
        for index, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            _cell_text(cell, text, rtl, centred=index in piece.numeric)
    document.add_paragraph().paragraph_format.space_after = Pt(2)


def _no_borders(table):
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{side}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _add_signatures(document, piece, rtl):
    """Two parties to a row, each its name, its representative and room to sign."""
    columns = min(2, len(piece.parties))
    rows = (len(piece.parties) + columns - 1) // columns
    table = document.add_table(rows=rows, cols=columns)
    _no_borders(table)
    if rtl:
        table.table_direction = WD_TABLE_DIRECTION.RTL
    for number, (name, representative) in enumerate(piece.parties):
        cell = table.cell(number // columns, number % columns)
        lines = [(isolate(name), True), (isolate(representative), False), (piece.label, False)]
        for index, (text, bold) in enumerate(lines + [("", False)] * 3):
            paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
            _paragraph_direction(paragraph, rtl)
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            paragraph.paragraph_format.space_after = Pt(2)
            if text:
                write_text(paragraph, text, rtl=rtl, bold=bold)


def _page(document, convention):
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    if convention.rtl:
        _flag(section._sectPr, "w:bidi", AFTER_SECTION_BIDI)
    footer = section.footer.paragraphs[0]
    _paragraph_direction(footer, convention.rtl)
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    write_text(footer, f"{isolate(convention.reference)} · ", rtl=convention.rtl, size=9)
    page = OxmlElement("w:fldSimple")
    page.set(qn("w:instr"), "PAGE")
    number = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    number.append(text)
    page.append(number)
    footer._p.append(page)


def render(convention):
    """The DOCX's bytes."""
    rtl = convention.rtl
    document = Document()
    _font_table(document)
    for style, size, bold in WORD_STYLES:
        _style(document, style, size, bold, rtl)
    properties = document.core_properties
    properties.title = convention.name
    properties.subject = convention.reference
    properties.author = convention.issuer
    properties.language = "ar-MA" if rtl else "fr-MA"
    properties.keywords = convention.reference
    _page(document, convention)
    for piece in convention.title:
        _add_paragraph(document, piece, rtl)
    for piece in convention.pieces:
        if isinstance(piece, Paragraph):
            _add_paragraph(document, piece, rtl)
        elif isinstance(piece, Table):
            _add_table(document, piece, rtl)
        elif isinstance(piece, Signatures):
            _add_signatures(document, piece, rtl)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()

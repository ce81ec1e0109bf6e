"""A convention as blocks: what the DOCX and the PDF are both written from.

The template's title and articles are rendered (placeholders.render) with the record's values,
each set apart by FSI … PDI (core.text.isolate), then read line by line: "# " starts an
article's heading, "- " an item, a block placeholder's marker becomes that block's pieces, any
other line a paragraph. The writers turn each isolated value into a <bdi> (PDF) or a run of its
own direction (DOCX), so a reference, an amount or a Latin name keeps its order in Arabic text.
"""

import re
from dataclasses import dataclass, field

from taawun.core.text import FSI, PDI

from . import placeholders


@dataclass(frozen=True)
class Paragraph:
    """One paragraph. `style`: title, subtitle, heading, subheading, body, item, reference,
    total."""

    text: str
    style: str = "body"


@dataclass(frozen=True)
class Table:
    """A table with a header row; `numeric` are the columns of figures (aligned at the end)."""

    header: tuple
    rows: tuple
    numeric: tuple = ()
    widths: tuple = ()  # each column's share of the page's width (the DOCX; the PDF lays out)


@dataclass(frozen=True)
class Signatures:
    """One signature block per party: (name, representative) and the line to sign on."""

    parties: tuple
    label: str


@dataclass
class Convention:
    """The whole document in one language."""

    language: str
    title: list = field(default_factory=list)  # Paragraphs: the title, then the subtitles
    pieces: list = field(default_factory=list)
    name: str = ""  # the document's name (its metadata title)
    reference: str = ""
    issuer: str = ""  # the commune, in the running head

    @property
    def rtl(self):
        return self.language == "ar"


def segments(text):
    """`text` as (piece, isolated) pairs: the record's values (between FSI and PDI) apart from
    the template's own words."""
    parts = []
    for piece in re.split(f"({FSI}[^{PDI}]*{PDI})", text):
        if not piece:
            continue
        if piece.startswith(FSI):
            parts.append((piece[1:-1], True))
        else:
            parts.append((piece, False))
    return parts


def plain(text):
    """`text` without its isolation marks (for metadata, file names and tests)."""
    return text.replace(FSI, "").replace(PDI, "")


def read(rendered, blocks):
    """The pieces of a rendered template: headings, items, paragraphs, and each block marker
    replaced by its block's pieces."""
    pieces = []
    for raw in rendered.splitlines():
        line = raw.strip()
        if not line:
            continue
        marker = placeholders.SENTINEL.fullmatch(line)
        if marker:
            block = blocks.get(marker.group(1))
            pieces.extend(block.content if block else [])
            continue
        line = placeholders.SENTINEL.sub("", line)  # never inline once checked; dropped if so
        if line.startswith("# "):
            pieces.append(Paragraph(line[2:].strip(), "heading"))
        elif line.startswith("- "):
            pieces.append(Paragraph(line[2:].strip(), "item"))
        else:
            pieces.append(Paragraph(line))
    return pieces


def title_lines(rendered):
    lines = [line.strip() for line in rendered.splitlines() if line.strip()]
    return [Paragraph(line, "title" if n == 0 else "subtitle") for n, line in enumerate(lines)]


def filename(reference, language, extension):
    """`CONV-2025-017-convention-ar.docx`: only characters every browser and mail client keep."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", plain(reference)).strip("-.") or "agreement"
    return f"{safe}-convention-{language}.{extension}"

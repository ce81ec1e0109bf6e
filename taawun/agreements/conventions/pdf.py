"""The convention as a PDF (WeasyPrint through core.pdf), and as the HTML of the template's
preview: one body template (agreements/includes/_convention_body.html) for both.

Each isolated value becomes a <bdi> (document.segments), so the text's direction never reorders
a reference, an amount or a name of the other script; WeasyPrint shapes the Arabic with
HarfBuzz, in Amiri (the packaged font whose glyphs keep the text layer true: agreement_sheet.css
says why), and the PDF is tagged (PDF/UA) in the document's language.
"""

from pathlib import Path

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join

from taawun.core import pdf
from taawun.territory.models import CommuneProfile

from .document import Paragraph, Signatures, Table, plain, segments

STYLESHEET = Path(__file__).resolve().parents[1] / "static" / "agreements" / "convention.css"


def html_text(text):
    """`text` as HTML: escaped, each isolated value in a <bdi>."""
    return format_html_join(
        "",
        "{}",
        (
            (format_html("<bdi>{}</bdi>", piece) if isolated else piece,)
            for piece, isolated in segments(text)
        ),
    )


def html_pieces(convention):
    """The body template's pieces: each a kind and its text already in HTML."""
    pieces = []
    for piece in convention.pieces:
        if isinstance(piece, Paragraph):
            pieces.append(
                {"kind": "paragraph", "style": piece.style, "html": html_text(piece.text)}
            )
        elif isinstance(piece, Table):
            pieces.append(
                {
                    "kind": "table",
                    "header": [html_text(cell) for cell in piece.header],
                    "rows": [
                        [
                            {
                                "lines": [html_text(line) for line in cell.split("\n")],
                                "numeric": index in piece.numeric,
                            }
                            for index, cell in enumerate(row)
                        ]
                        for row in piece.rows
                    ],
                }
            )
        elif isinstance(piece, Signatures):
            pieces.append({"kind": "signatures", "parties": piece.parties, "label": piece.label})
    return pieces


def body_context(convention):
    return {
        "convention": convention,
        "title": [{"style": p.style, "html": html_text(p.text)} for p in convention.title],
        "pieces": html_pieces(convention),
        "levels": (1, 2, 3),  # the headings' levels: the title, the articles, the parties
    }


def stylesheet(convention, generated_at):
    commune = CommuneProfile.current()
    rules = render_to_string(
        "agreements/convention_pdf.css",
        {
            **pdf.font_urls(),
            "rtl": convention.rtl,
            "issuer": convention.issuer,
            "reference": plain(convention.reference),
            **pdf.page_footer(commune, generated_at),
        },
    )
    return STYLESHEET.read_text(encoding="utf-8") + "\n" + rules


def render(convention, *, base_url):
    """The PDF's bytes (a core.pdf.PdfFile), in the convention's language."""
    generated_at = timezone.now()
    with translation.override(convention.language):
        html = render_to_string("agreements/convention.html", body_context(convention))
        return pdf.render(html, stylesheet(convention, generated_at), base_url=base_url)

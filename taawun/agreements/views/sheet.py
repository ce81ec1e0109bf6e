"""The agreement sheet: a printable page and its PDF, in the reader's language.

Both views share one context (`sheet_context`) and one template; the PDF adds page rules
and local fonts (agreement_sheet.css), and WeasyPrint may read nothing but local files of the
project, the virtualenv and the system's font folders: never a URL.
"""

import re
from pathlib import Path

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.views.generic import DetailView

from taawun.core import pdf
from taawun.core.bars import bar_class, bar_stylesheet
from taawun.core.views import RoleRequiredMixin
from taawun.territory.models import CommuneProfile

from ..selectors import agreement_detail_queryset, party_totals
from .register import scoped

SHEET_CSS = Path(__file__).resolve().parent.parent / "static" / "agreements" / "sheet.css"
# The page's web font is a subset served from /static/; the PDF declares whole local fonts.
FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")


def sheet_context(agreement):
    """What the page and the PDF show: built once here, so both always say the same."""
    totals = party_totals(agreement)
    for row in totals["rows"]:
        row["bar"] = bar_class(row["percent"])
        row["lines"] = [
            {"obligation": o, "bar": bar_class(o.percent_delivered)} for o in row["obligations"]
        ]
    return {
        "agreement": agreement,
        "parties": totals,
        "total_bar": bar_class(totals["percent"]),
        "events": agreement.events.select_related("by", "partner"),
        "commune": CommuneProfile.current(),
        "generated_at": timezone.now(),
    }


class AgreementSheetView(RoleRequiredMixin, DetailView):
    """The sheet as a standalone page, with a print stylesheet."""

    permission = "agreements.view_agreement"
    permission_object = True
    template_name = "agreements/agreement_sheet.html"
    context_object_name = "agreement"

    def get_queryset(self):
        return agreement_detail_queryset(scoped(self.request.user))

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), **sheet_context(self.object)}


class AgreementSheetPdfView(AgreementSheetView):
    """The same sheet as an A4 PDF, shown inline by the browser."""

    permission = "agreements.view_agreement"
    permission_object = True

    def render_to_response(self, context, **response_kwargs):
        html = render_to_string(self.template_name, {**context, "pdf": True}, self.request)
        pdf = render_pdf(html, context, base_url=self.request.build_absolute_uri())
        response = HttpResponse(pdf, content_type="application/pdf")
        name = pdf_filename(context["agreement"].reference, translation.get_language())
        response["Content-Disposition"] = f'inline; filename="{name}"'
        return response


def pdf_filename(reference, language):
    """`CONV-2025-001-ar.pdf`: only characters every browser and mail client keep."""
    safe = re.sub(r"[^A-Za-z0-9._-]+", "-", reference).strip("-.") or "agreement"
    return f"{safe}-{language}.pdf"


def pdf_stylesheet(context):
    """The bar lengths and the page's stylesheet without its web font, then the PDF's fonts and
    page rules."""
    screen = bar_stylesheet() + "\n" + FONT_FACE.sub("", SHEET_CSS.read_text(encoding="utf-8"))
    rules = render_to_string(
        "agreements/agreement_sheet.css",
        {
            **pdf.font_urls(),
            "rtl": translation.get_language_bidi(),
            "agreement": context["agreement"],
            "commune": context["commune"],
            **pdf.page_footer(context["commune"], context["generated_at"]),
        },
    )
    return screen + "\n" + rules


def render_pdf(html, context, *, base_url):
    return pdf.render(html, pdf_stylesheet(context), base_url=base_url)

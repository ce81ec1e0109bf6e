"""The agreement sheet: a printable page and its PDF, in the reader's language.

Both views share one context (`sheet_context`) and one template; the PDF adds page rules
and local fonts (agreement_sheet.css), and WeasyPrint may read nothing but local files of the
project, the virtualenv and the system's font folders: never a URL.
"""

import re
import sys
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.views.generic import DetailView
from fontpkg_amiri import __file__ as amiri_package
from fontpkg_noto_sans_arabic import __file__ as font_package

from taawun.core.views import RoleRequiredMixin
from taawun.territory.models import CommuneProfile

from .selectors import agreement_detail_queryset, party_totals
from .views import scoped

SHEET_CSS = Path(__file__).resolve().parent / "static" / "agreements" / "sheet.css"
# The page's web font is a subset served from /static/; the PDF declares whole local fonts.
FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}")
# Where fontconfig keeps the system's fonts (`local()` in agreement_sheet.css).
SYSTEM_FONT_DIRS = ["/usr/share/fonts", "/usr/local/share/fonts"]


def bar_class(percent):
    """`w-0` … `w-100` in steps of ten: the page's CSP forbids inline widths."""
    step = int((min(max(percent, 0), 100) + 5) // 10) * 10
    return f"w-{step}"


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
        "events": agreement.events.select_related("by"),
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


# PDF rendering ------------------------------------------------------------------------------


def local_path(url, roots):
    """The file `url` names, if it is a local file under one of `roots`; ValueError otherwise.

    A sheet is built from data people typed in: it must never make the server fetch a URL.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or parts.netloc not in {"", "localhost"}:
        raise ValueError(f"the sheet only reads local files, not {url}")
    path = Path(url2pathname(parts.path)).resolve()
    if not any(path.is_relative_to(Path(root).resolve()) for root in roots):
        raise ValueError(f"the sheet only reads files of the application, not {path}")
    return path


def allowed_roots():
    return [
        settings.BASE_DIR,
        sys.prefix,
        packaged_font().parent,
        amiri("Regular").parent,
        *SYSTEM_FONT_DIRS,
    ]


@cache
def packaged_font():
    """The packaged Noto Sans Arabic: one variable TTF holding every weight."""
    return next((Path(font_package).resolve().parent / "files").glob("NotoSansArabic*.ttf"))


@cache
def amiri(style):
    """Amiri, the packaged Naskh font whose glyphs keep the PDF's Arabic text searchable."""
    return Path(amiri_package).resolve().parent / "files" / f"Amiri-{style}.ttf"


def pdf_stylesheet(context):
    """The page's stylesheet without its web font, then the PDF's fonts and page rules."""
    screen = FONT_FACE.sub("", SHEET_CSS.read_text(encoding="utf-8"))
    pdf = render_to_string(
        "agreements/agreement_sheet.css",
        {
            "font": packaged_font().as_uri(),
            "arabic_regular": amiri("Regular").as_uri(),
            "arabic_bold": amiri("Bold").as_uri(),
            "rtl": translation.get_language_bidi(),
            "agreement": context["agreement"],
            "commune": context["commune"],
        },
    )
    return screen + "\n" + pdf


def render_pdf(html, context, *, base_url):
    # WeasyPrint takes most of a second to import (and logs as it does): load it for PDFs only.
    from weasyprint import CSS, HTML
    from weasyprint.text.fonts import FontConfiguration
    from weasyprint.urls import URLFetcher

    roots = allowed_roots()

    class LocalFileFetcher(URLFetcher):
        def fetch(self, url, headers=None):
            local_path(url, roots)
            return super().fetch(url, headers)

    fonts = FontConfiguration()
    fetcher = LocalFileFetcher(allowed_protocols={"file"}, allow_redirects=False)
    stylesheet = CSS(string=pdf_stylesheet(context), font_config=fonts, url_fetcher=fetcher)
    document = HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    return document.write_pdf(stylesheets=[stylesheet], font_config=fonts)

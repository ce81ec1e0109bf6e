"""The annual cooperation report on the portal: an index of years, a page and its PDF.

Public: every figure comes from the public managers (reports/annual.py), so anyone may read
it, signed in or not. The page is built from the register on each request; the PDF by the
worker, once per data version, year and language, and sent from storage (core.published).
The PDF follows the agreement sheet (agreements/sheet.py): the same template content, local
fonts only, and WeasyPrint may read nothing but local files of the application.
"""

from pathlib import Path

from django.conf import settings
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.views.generic import TemplateView

from taawun.core import published
from taawun.core.bars import bar_stylesheet
from taawun.core.pdf import font_urls, link_label, page_footer
from taawun.core.pdf import render as render_pdf

from ..annual import annual_report, is_reportable, years_with_data

REPORT_CSS = Path(__file__).resolve().parent.parent / "static" / "reports" / "annual.css"


KIND = "annual-report"


def pdf_key(year, language=None):
    """The key the year's PDF in `language` (the current one by default) is built under."""
    return f"{year}-{language or translation.get_language()}"


def pdf_label(year, built=None):
    """What a link to the year's PDF says: its pages and size once it is built."""
    row = published.current(KIND, pdf_key(year)) if built is None else built.get(pdf_key(year))
    return link_label(row)


def build_pdf(key):
    """The worker's build of one year's PDF in one language (`key` as `pdf_key()` makes it)."""
    year, language = key.split("-", 1)
    if language not in dict(settings.LANGUAGES) or not is_reportable(int(year)):
        raise ValueError(f"No annual report {key}.")
    with translation.override(language):
        return report_pdf(annual_report(int(year)))


def years_ahead():
    """This year and last year, those that have a report."""
    this_year = timezone.localdate().year
    return [year for year in (this_year, this_year - 1) if is_reportable(year)]


def register_files():
    """Called from the app's ready(): the PDFs of this year and last year in every language
    are rebuilt after every change; another year's once someone asks for it."""
    published.register(
        KIND,
        build=build_pdf,
        ahead=lambda: [pdf_key(y, code) for y in years_ahead() for code, _ in settings.LANGUAGES],
        content_type="application/pdf",
        disposition=lambda key: f'inline; filename="annual-report-{key}.pdf"',
    )


class AnnualIndexView(TemplateView):
    """The years a report exists for, newest first, with a link to the latest."""

    template_name = "reports/annual_index.html"

    def get_context_data(self, **kwargs):
        years = years_with_data()
        built = published.built(KIND)
        return {
            **super().get_context_data(**kwargs),
            "years": years,
            "pdfs": [(year, pdf_label(year, built)) for year in years],
        }


class AnnualReportView(TemplateView):
    """One year's report as a page of the portal (an explanation when nothing happened)."""

    template_name = "reports/annual_report.html"

    def get_context_data(self, **kwargs):
        year = self.kwargs["year"]
        if not is_reportable(year):
            raise Http404("No report for this year.")
        return {
            **super().get_context_data(**kwargs),
            **annual_report(year),
            "pdf_label": pdf_label(year),
        }


class AnnualReportPdfView(AnnualReportView):
    """The same report as an A4 PDF, shown inline by the browser."""

    pdf_template_name = "reports/annual_pdf.html"

    def get(self, request, *args, **kwargs):
        # The same public PDF for every reader until the data changes, built by the worker
        # (WeasyPrint takes seconds) and sent from storage; while a newer one builds, the
        # previous one (core.published).
        year = kwargs.get("year")
        if not is_reportable(year):
            raise Http404("No report for this year.")
        return published.serve(request, KIND, pdf_key(year))


def report_pdf(context, *, request=None):
    """The PDF of a report (`annual_report(year)`'s context), for a request or, built by the
    worker (core.published), for none: its links then lead to settings.SITE_URL."""
    html = render_to_string(
        AnnualReportPdfView.pdf_template_name, {**context, "pdf": True}, request
    )
    base_url = request.build_absolute_uri() if request else settings.SITE_URL.rstrip("/") + "/"
    return render_pdf(html, report_stylesheet(context), base_url=base_url)


def report_stylesheet(context):
    """The bar lengths and the page's stylesheet, then the PDF's fonts, basics and page rules."""
    screen = bar_stylesheet() + "\n" + REPORT_CSS.read_text(encoding="utf-8")
    pdf = render_to_string(
        "reports/annual_pdf.css",
        {
            **font_urls(),
            "rtl": translation.get_language_bidi(),
            "year": context["year"],
            "commune": context["commune"],
            **page_footer(context["commune"], context.get("generated_at") or timezone.now()),
        },
    )
    return screen + "\n" + pdf

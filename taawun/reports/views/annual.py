"""The annual cooperation report on the portal: an index of years, a page and its PDF.

Public: every figure comes from the public managers (reports/annual.py), so anyone may read
it, signed in or not. The page is built from the register on each request; the PDF once per
data version, year and language (core.renders).
The PDF follows the agreement sheet (agreements/sheet.py): the same template content, local
fonts only, and WeasyPrint may read nothing but local files of the application.
"""

import time
from pathlib import Path

from django.conf import settings
from django.http import Http404, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from taawun.core.bars import bar_stylesheet
from taawun.core.pdf import font_urls, link_label, page_footer
from taawun.core.pdf import render as render_pdf
from taawun.core.renders import described, rendered

from ..annual import annual_report, is_reportable, years_with_data

REPORT_CSS = Path(__file__).resolve().parent.parent / "static" / "reports" / "annual.css"


def pdf_name(year, language=None):
    """The name the year's PDF in `language` (the current one by default) is kept under."""
    return f"annual-report:{year}:{language or translation.get_language()}"


def pdf_label(year):
    """What a link to the year's PDF says: its pages and size once it is rendered."""
    return link_label(described(pdf_name(year)))


class AnnualIndexView(TemplateView):
    """The years a report exists for, newest first, with a link to the latest."""

    template_name = "reports/annual_index.html"

    def get_context_data(self, **kwargs):
        years = years_with_data()
        return {
            **super().get_context_data(**kwargs),
            "years": years,
            "pdfs": [(year, pdf_label(year)) for year in years],
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
        # The same public PDF for every reader until the data changes: rendered once per data
        # version, year and language (WeasyPrint takes seconds) by one request at a time, the
        # others served the previous version's file or waiting for it (core.renders).
        year = kwargs.get("year")
        if not is_reportable(year):
            raise Http404("No report for this year.")
        timing = {}

        def build():
            started = time.perf_counter()
            pdf = self.build_pdf(self.get_context_data(**kwargs))
            timing["dur"] = (time.perf_counter() - started) * 1000
            return pdf

        result = rendered(pdf_name(year), build)
        if result is None:  # another request is still rendering it, and there is no older file
            response = HttpResponse(
                _("The report is being prepared. Please try again in a few seconds."),
                status=503,
                content_type="text/plain; charset=utf-8",
            )
            response["Retry-After"] = "10"
            return response
        response = self.pdf_response(result.content, year)
        if timing:
            # How long WeasyPrint took, for whoever watches the portal's response times.
            response["Server-Timing"] = f"pdf;dur={timing['dur']:.0f}"
        return response

    def pdf_response(self, pdf, year):
        response = HttpResponse(pdf, content_type="application/pdf")
        name = f"annual-report-{year}-{translation.get_language()}.pdf"
        response["Content-Disposition"] = f'inline; filename="{name}"'
        return response

    def build_pdf(self, context):
        return report_pdf(context, request=self.request)


def report_pdf(context, *, request=None):
    """The PDF of a report (`annual_report(year)`'s context), for a request or, rendered ahead
    (reports.tasks), for none: its links then lead to settings.SITE_URL."""
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

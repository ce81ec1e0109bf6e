"""The partner brief ("/ar/manage/partners/<pk>/brief/"): a page and its A4 PDF in the
reader's language (Arabic or French), for the commune's people."""

import re

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.utils import translation
from django.views.generic import TemplateView

from taawun.agreements.views.sheet import FONT_FACE, SHEET_CSS
from taawun.core import pdf
from taawun.core.bars import bar_stylesheet
from taawun.core.views import RoleRequiredMixin
from taawun.partners.models import Partner
from taawun.territory.models import CommuneProfile

from ..brief import partner_brief


class PartnerBriefView(RoleRequiredMixin, TemplateView):
    permission = "reports.view_alignment"
    template_name = "reports/brief.html"

    def get_context_data(self, **kwargs):
        partner = get_object_or_404(Partner.objects.all(), pk=self.kwargs["pk"])
        return super().get_context_data(
            **partner_brief(partner), commune=CommuneProfile.current(), **kwargs
        )


class PartnerBriefPdfView(PartnerBriefView):
    def render_to_response(self, context, **response_kwargs):
        html = render_to_string(self.template_name, {**context, "pdf": True}, self.request)
        screen = bar_stylesheet() + "\n" + FONT_FACE.sub("", SHEET_CSS.read_text(encoding="utf-8"))
        rules = render_to_string(
            "reports/brief.css",
            {
                **pdf.font_urls(),
                "rtl": translation.get_language_bidi(),
                "partner": context["partner"],
                "commune": context["commune"],
                **pdf.page_footer(context["commune"], context["generated_at"]),
            },
        )
        content = pdf.render(
            html, screen + "\n" + rules, base_url=self.request.build_absolute_uri()
        )
        response = HttpResponse(content, content_type="application/pdf")
        slug = re.sub(r"[^A-Za-z0-9-]+", "-", context["partner"].slug).strip("-") or "partner"
        response["Content-Disposition"] = (
            f'inline; filename="brief-{slug}-{translation.get_language()}.pdf"'
        )
        return response

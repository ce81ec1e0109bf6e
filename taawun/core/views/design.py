"""The design system's page: each component of the shell, as it looks in Arabic and in French."""

from django import forms
from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .mixins import RoleRequiredMixin


class SampleForm(forms.Form):
    """A field in error, as every form shows one."""

    reference = forms.CharField(
        label=_("Reference"), max_length=20, help_text=_("For example 12/2025.")
    )


class DesignView(RoleRequiredMixin, TemplateView):
    """The components of the shell, once per reading direction (staff only)."""

    permission = "core.view_design"
    template_name = "core/design.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # One bound form per language, its ids prefixed so the two never clash: the error
        # summary and the field in error are the ones every form page includes.
        context["samples"] = [
            (code, SampleForm(data={}, auto_id=f"design-{code}-%s")) for code in ("ar", "fr")
        ]
        context["page_obj"] = Paginator(range(60), 20).get_page(2)
        context["rows"] = [
            ("2025-031", "ⴰⵡⵔⵉⵔ — Aourir", 1_250_000),
            ("XM-DAC-41114-PROJECT-00123", "أورير", 73_000_000),
        ]
        return context

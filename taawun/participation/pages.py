"""A portal page with one form (signing up, proposing, reporting, asking for information): GET
shows it; a refused POST shows it again with its error summary, "nothing was saved", and 400."""

from django.contrib import messages
from django.template.response import TemplateResponse
from django.views import View

from taawun.core.forms import error_summary
from taawun.core.views.records import NOT_SAVED


class FormPage(View):
    template_name = None

    def page_context(self):
        """What the page shows beside the form."""
        return {}

    def render(self, form, status=200):
        context = {"form": form, **error_summary(form), **self.page_context()}
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def refused(self, form):
        messages.error(self.request, NOT_SAVED)
        return self.render(form, status=400)

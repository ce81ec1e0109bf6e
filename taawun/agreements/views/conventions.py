"""The convention drafted from an agreement (DOCX and PDF, Arabic and French), and the templates
it is drafted from: their list, and a template's page, where it is edited and previewed on an
agreement before it is saved.

Whoever may see an agreement in the workspace may draft its convention (its scoped queryset:
a representative only its own organisation's); the document holds nothing only the commune's
people read (conventions.context). The PDF is rendered in the request, as the agreement sheet's:
a convention of a few pages takes well under a second (measured with the demo's agreements),
unlike the annual report, rendered ahead by a task.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, TemplateView

from taawun.core.concurrency import StaleEdit, carry_version, seen_version, stale_context
from taawun.core.forms import error_summary
from taawun.core.views import NOT_SAVED, RoleRequiredMixin, add_service_error
from taawun.core.views.records import saved_message

from .. import services
from ..choices import ConventionLanguage
from ..conventions import docx, pdf, placeholders
from ..conventions.context import build
from ..conventions.document import filename
from ..forms import ConventionTemplateForm
from ..models import Agreement, AgreementKind, ConventionTemplate
from ..selectors import convention_queryset
from .register import scoped

# The kind whose template stands in for a kind that has none yet in a language.
FALLBACK_KIND = "other"


def template_for(kind, language):
    """`kind`'s template in `language`, else the fallback kind's; None when neither exists."""
    templates = ConventionTemplate.objects.filter(
        kind__code__in=[kind.code, FALLBACK_KIND], language=language
    ).select_related("kind")
    found = {template.kind.code: template for template in templates}
    return found.get(kind.code) or found.get(FALLBACK_KIND)


class ConventionView(RoleRequiredMixin, DetailView):
    """The convention of one agreement, in one language and format."""

    permission = "agreements.view_agreement"
    permission_object = True

    def get_queryset(self):
        return convention_queryset(scoped(self.request.user))

    def get(self, request, *args, **kwargs):
        agreement = self.object = self.get_object()
        language, fmt = kwargs["language"], kwargs["fmt"]
        template = template_for(agreement.kind, language)
        if template is None:
            raise Http404("no convention template in this language")
        try:
            convention = build(agreement, template)
        except ValidationError:
            # A template written around its page (the page refuses what cannot be read).
            messages.error(
                request,
                _("The convention template of this kind cannot be read: correct it first."),
            )
            return redirect(agreement.get_manage_url())
        if fmt == "docx":
            content, content_type, disposition = (
                docx.render(convention),
                docx.CONTENT_TYPE,
                "attachment",
            )
        else:
            content = pdf.render(convention, base_url=request.build_absolute_uri())
            content_type, disposition = "application/pdf", "inline"
        response = HttpResponse(content, content_type=content_type)
        name = filename(agreement.reference, language, fmt)
        response["Content-Disposition"] = f'{disposition}; filename="{name}"'
        return response


def placeholders_help():
    """What the template's page lists beside the text: each placeholder as it is written."""
    return {
        "values": [(f"{{{{ {name} }}}}", help) for name, help in placeholders.VALUES.items()]
        + [(f"{{% if {name} %}}", help) for name, help in placeholders.CONDITIONS.items()],
        "blocks": [(f"{{{{ {name} }}}}", help) for name, help in placeholders.BLOCKS.items()],
        "syntax": {
            "value": "{{ reference }}",
            "block": "{{ obligations }}",
            "condition": "{% if committee %} … {% else %} … {% endif %}",
        },
    }


class ConventionTemplateListView(RoleRequiredMixin, TemplateView):
    """Every kind of agreement with its template in each language (or none yet)."""

    permission = "agreements.change_conventiontemplate"
    template_name = "agreements/convention_template_list.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        templates = {(t.kind_id, t.language): t for t in ConventionTemplate.objects.all()}
        context["convention_languages"] = ConventionLanguage.choices
        context["rows"] = [
            {
                "kind": kind,
                "templates": [
                    {"language": code, "template": templates.get((kind.pk, code))}
                    for code in ConventionLanguage.values
                ],
            }
            for kind in AgreementKind.objects.order_by("name_fr")
        ]
        return context


class ConventionTemplateEditView(RoleRequiredMixin, View):
    """A kind's template in one language: edit it, or preview it on an agreement (the unsaved
    text rendered, nothing saved). A kind without a template starts from the fallback's text."""

    permission = "agreements.change_conventiontemplate"
    template_name = "agreements/convention_template_form.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        if kwargs["language"] not in ConventionLanguage.values:
            raise Http404("not a language conventions are drafted in")
        self.language = kwargs["language"]

    def load(self):
        self.kind = get_object_or_404(AgreementKind, code=self.kwargs["kind"])
        self.record = ConventionTemplate.objects.filter(
            kind=self.kind, language=self.language
        ).first()

    def agreements(self):
        return scoped(self.request.user).order_by("-created_at", "-pk")

    def make_form(self, data=None):
        initial = {"legal_references": getattr(self.kind, f"legal_references_{self.language}")}
        source = self.record or template_for(self.kind, self.language)
        if source is not None:
            initial.update(title=source.title, body=source.body)
        initial["preview_agreement"] = (
            self.agreements().filter(kind=self.kind).values_list("pk", flat=True).first()
        )
        form = ConventionTemplateForm(
            data, initial=initial, language=self.language, agreements=self.agreements()
        )
        return carry_version(form, self.record)

    def render_page(self, form, status=200, **context):
        context = {
            "form": form,
            "kind": self.kind,
            "record": self.record,
            "language": self.language,
            "language_label": ConventionLanguage(self.language).label,
            "title": _("Convention template"),
            "cancel_url": reverse("agreements:convention-templates"),
            **placeholders_help(),
            **error_summary(form),
            **context,
        }
        return render(self.request, self.template_name, context, status=status)

    def get(self, request, kind, language):
        self.load()
        return self.render_page(self.make_form())

    def post(self, request, kind, language):
        self.load()
        form = self.make_form(request.POST)
        if not form.is_valid():
            messages.error(request, NOT_SAVED)
            return self.render_page(form, status=400)
        data = form.cleaned_data
        if "preview" in request.POST:
            return self.preview(form, data)
        try:
            saved = services.convention_template_save(
                kind=self.kind,
                language=self.language,
                title=data["title"],
                body=data["body"],
                legal_references=data["legal_references"],
                by=request.user,
                expected_version=seen_version(form),
            )
        except StaleEdit as stale:
            return self.render_page(form, status=409, **stale_context(form, stale))
        except ValidationError as error:
            add_service_error(form, error)
            messages.error(request, NOT_SAVED)
            return self.render_page(form, status=400)
        messages.success(request, saved_message(saved))
        return redirect("agreements:convention-templates")

    def preview(self, form, data):
        agreement = data["preview_agreement"] or self.agreements().filter(kind=self.kind).first()
        if agreement is None:
            agreement = self.agreements().first()
        if agreement is None:
            form.add_error("preview_agreement", _("There is no agreement to preview on yet."))
            return self.render_page(form, status=400)
        agreement = convention_queryset(Agreement.objects.filter(pk=agreement.pk)).get()
        # The references as typed, not yet saved: the preview shows the page as it would be.
        setattr(agreement.kind, f"legal_references_{self.language}", data["legal_references"])
        unsaved = ConventionTemplate(kind=self.kind, language=self.language)
        convention = build(agreement, unsaved, title=data["title"], body=data["body"])
        preview = {**pdf.body_context(convention), "levels": (2, 3, 4)}
        return self.render_page(form, preview=preview, preview_agreement=agreement)

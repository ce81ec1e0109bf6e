"""Applications in the workspace: an association's representative drafts one (the project, its
budget lines, its documents), submits it before the deadline or withdraws it; the commune reads
every one, screens it and its reviewers score it. Each association sees only its own."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView

from taawun.accounts.permissions import can
from taawun.core.files import private_file_response
from taawun.core.forms import cleaned
from taawun.core.views import RecordActionView, RecordFormView, RoleRequiredMixin

from .. import services
from ..forms import (
    ApplicationForm,
    BudgetFormSet,
    DeclareForm,
    DocumentForm,
    ScoreForm,
    ScreenForm,
)
from ..models import Application, ApplicationDocument, BudgetLine, Review
from .calls import calls_for


class ApplicantOnlyMixin:
    """The pages of an applicant: its association's representative only, by the rule itself
    (a superuser, who may do anything else, applies in no association's name)."""

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not can(request.user, "grants.apply"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def applications_for(user):
    return Application.objects.visible_to(user).select_related("call", "association", "locality")


class ApplicationDetailView(RoleRequiredMixin, DetailView):
    permission = "grants.view_application"
    permission_object = True
    template_name = "grants/application_detail.html"
    context_object_name = "application"

    def get_queryset(self):
        return applications_for(self.request.user).prefetch_related(
            "budget_lines", "documents__requirement", "reports__documents"
        )

    def get_context_data(self, **kwargs):
        application, user = self.object, self.request.user
        lines = list(application.budget_lines.all())
        context = {
            "reports": list(application.reports.all()),
            "lines": lines,
            "totals": application.totals(lines),
            "breaches": services.rule_breaches(application) if application.state == "draft" else [],
            "criteria": list(application.call.criteria.all()),
        }
        if user.has_perm("grants.review_application"):
            context["reviews"] = services.visible_reviews(application, user)
            for review in context["reviews"]:
                review.points = review.total(context["criteria"])
            context["my_review"] = Review.objects.filter(
                application=application, reviewer=user
            ).first()
        return super().get_context_data(**context, **kwargs)


class ApplyView(ApplicantOnlyMixin, RecordFormView):
    """A new draft application to a call, in the representative's association's name."""

    permission = "grants.apply"
    form_class = ApplicationForm
    template_name = "grants/form.html"
    title = gettext_lazy("Apply to the call")
    parent_form_kwarg = "call"

    def get_parent_queryset(self):
        return calls_for(self.request.user)

    def save(self, form):
        return services.application_save(by=self.request.user, call=self.parent, **cleaned(form))

    def saved(self, record):
        messages.success(self.request, _("Your draft is saved: add its budget and documents."))
        return redirect(record.get_manage_url())


class ApplicationEditView(ApplicantOnlyMixin, RecordFormView):
    permission = "grants.apply"
    form_class = ApplicationForm
    template_name = "grants/form.html"
    title = gettext_lazy("Edit the application")
    parent_field = "call"
    parent_form_kwarg = "call"

    def get_parent_queryset(self):
        return calls_for(self.request.user)

    def get_record_queryset(self):
        return Application.objects.visible_to(self.request.user)

    def get_success_url(self):
        return self.record.get_manage_url()

    def save(self, form):
        return services.application_save(
            by=self.request.user,
            application=self.record,
            expected_version=self.expected_version,
            **cleaned(form),
        )


class OwnApplicationMixin(ApplicantOnlyMixin, RoleRequiredMixin):
    """An association's own draft, for its representative (others are 404)."""

    permission = "grants.apply"

    def get_application(self):
        return get_object_or_404(
            Application.objects.visible_to(self.request.user), pk=self.kwargs["pk"]
        )


class BudgetView(OwnApplicationMixin, View):
    template_name = "grants/budget.html"

    def render(self, application, formset, status=200):
        context = {"application": application, "formset": formset, "title": _("Budget")}
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request, pk):
        application = self.get_application()
        lines = BudgetLine.objects.filter(application=application)
        return self.render(application, BudgetFormSet(queryset=lines))

    def post(self, request, pk):
        application = self.get_application()
        formset = BudgetFormSet(request.POST, queryset=BudgetLine.objects.none())
        if formset.is_valid():
            rows = [
                form.cleaned_data
                for form in formset.forms
                if form.cleaned_data
                and not form.cleaned_data.get("DELETE")
                and form.cleaned_data.get("label")
            ]
            try:
                services.budget_set(application=application, lines=rows, by=request.user)
            except ValidationError as error:
                formset._non_form_errors = formset.error_class(error.messages)
            else:
                messages.success(request, _("The budget is saved."))
                return redirect(application.get_manage_url())
        messages.error(request, _("Nothing was saved: correct what is marked."))
        return self.render(application, formset, status=400)


class DocumentJoinView(ApplicantOnlyMixin, RecordFormView):
    permission = "grants.apply"
    form_class = DocumentForm
    template_name = "grants/form.html"
    title = gettext_lazy("Join a document")
    parent_form_kwarg = "parent"

    def get_parent_queryset(self):
        return Application.objects.visible_to(self.request.user).select_related("call")

    def save(self, form):
        data = form.cleaned_data
        return services.document_join(
            application=self.parent,
            upload=data["upload"],
            title=data.get("title", ""),
            requirement=data.get("requirement"),
            by=self.request.user,
        )

    def saved(self, record):
        messages.success(self.request, _("The document is joined."))
        return redirect(self.parent.get_manage_url())


@login_required
def application_document(request, pk):
    """A joined document, for whoever may see its application (others: 404)."""
    document = get_object_or_404(
        ApplicationDocument.objects.filter(
            application__in=Application.objects.visible_to(request.user)
        ),
        pk=pk,
    )
    return private_file_response(document.file, content_type=document.content_type)


class SubmitView(ApplicantOnlyMixin, RecordActionView):
    permission = "grants.apply"

    def get_queryset(self):
        return Application.objects.visible_to(self.request.user)

    def act(self, application):
        services.application_submit(application=application, by=self.request.user)
        application.refresh_from_db()
        return _("Your application is submitted. Receipt number: %(reference)s.") % {
            "reference": application.reference
        }


class WithdrawView(ApplicantOnlyMixin, RecordActionView):
    permission = "grants.apply"

    def get_queryset(self):
        return Application.objects.visible_to(self.request.user)

    def act(self, application):
        services.application_withdraw(application=application, by=self.request.user)
        return _("The application is withdrawn.")


class ScreenView(RecordFormView):
    permission = "grants.screen_application"
    form_class = ScreenForm
    template_name = "grants/form.html"
    title = gettext_lazy("Eligibility screening")

    def get_parent_queryset(self):
        return Application.objects.visible_to(self.request.user).select_related("call")

    def save(self, form):
        return services.application_screen(
            application=self.parent,
            eligible=form.cleaned_data["eligible"],
            reasons=form.cleaned_data["screening_reasons"],
            by=self.request.user,
        )


class ReviewView(RoleRequiredMixin, View):
    """A reviewer's page for one application: first the declaration of interests, then the
    scores, once."""

    permission = "grants.review_application"
    template_name = "grants/review.html"

    def setup_review(self):
        self.application = get_object_or_404(
            applications_for(self.request.user), pk=self.kwargs["pk"]
        )
        if not self.request.user.has_perm("grants.review_application", self.application):
            raise PermissionDenied  # the call names its reviewers, and not this one
        self.review = Review.objects.filter(
            application=self.application, reviewer=self.request.user
        ).first()
        self.criteria = list(self.application.call.criteria.all())

    def form(self, data=None):
        if self.review is None:
            return DeclareForm(data)
        return ScoreForm(data, criteria=self.criteria)

    def render(self, form, status=200):
        context = {
            "application": self.application,
            "review": self.review,
            "form": form,
            "title": _("Review"),
        }
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request, pk):
        self.setup_review()
        return self.render(self.form())

    def post(self, request, pk):
        self.setup_review()
        form = self.form(request.POST)
        if form.is_valid():
            try:
                with transaction.atomic():
                    if self.review is None:
                        services.review_declare(
                            application=self.application,
                            by=request.user,
                            conflict=form.cleaned_data["conflict"],
                            note=form.cleaned_data["conflict_note"],
                        )
                    else:
                        services.review_submit(
                            review=self.review,
                            scores=form.scores(),
                            comment=form.cleaned_data["comment"],
                            by=request.user,
                        )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved."))
                return redirect(self.application.get_manage_url())
        return self.render(form, status=400)

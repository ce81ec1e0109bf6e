"""Petitions in the workspace: the list with the legal countdown, a petition's page (the proxy
private, the signatures counted against the threshold), its deposit, the paper signatures, the
bureau's decision and its place on a session's agenda."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views import View
from django.views.generic import DetailView, ListView

from taawun.core.forms import cleaned
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.tabular import csv_response
from taawun.core.views import (
    ImportCommitView,
    ImportPreviewView,
    RecordFormView,
    RoleRequiredMixin,
    StandaloneRecordMixin,
)

from .. import imports, services
from ..choices import PetitionKind, PetitionState
from ..forms import (
    AdmitForm,
    PetitionForm,
    PlaceForm,
    RefuseForm,
    SignaturesForm,
    WithdrawPetitionForm,
)
from ..models import Petition, petition_threshold


class PetitionListView(RoleRequiredMixin, ListView):
    permission = "participation.view_petition"
    template_name = "participation/petition_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        rows = Petition.objects.visible_to(self.request.user).select_related("association")
        if self.request.GET.get("state") in PetitionState.values:
            rows = rows.filter(state=self.request.GET["state"])
        return rows.order_by("-deposited_on", "-number")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            states=PetitionState.choices, today=timezone.localdate(), **kwargs
        )


class PetitionDetailView(RoleRequiredMixin, DetailView):
    permission = "participation.view_petition"
    permission_object = True
    template_name = "participation/petition_detail.html"
    context_object_name = "petition"

    def get_queryset(self):
        return Petition.objects.visible_to(self.request.user).select_related(
            "association", "session_point__session", "committee"
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            valid=self.object.signatures.count(),
            threshold=petition_threshold(),
            today=timezone.localdate(),
            **kwargs,
        )


class PetitionFormMixin(StandaloneRecordMixin):
    template_name = "participation/petition_form.html"
    anchor_success_url = False
    list_url_name = "participation:petition-list"
    permission = "participation.handle_petition"

    def get_record_queryset(self):
        return Petition.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("petition", self.record)
        return super().get_context_data(**kwargs)


class PetitionDepositView(PetitionFormMixin, RecordFormView):
    form_class = PetitionForm
    title = gettext_lazy("Record a petition deposited with the president")
    initial = {"deposited_on": timezone.localdate, "kind": PetitionKind.CITIZENS}

    def save(self, form):
        return services.petition_deposit(by=self.request.user, **cleaned(form))


class SignaturesView(PetitionFormMixin, RecordFormView):
    form_class = SignaturesForm
    title = gettext_lazy("Enter signatures from the paper sheets")

    def save(self, form):
        result = services.petition_sign(
            petition=self.record, rows=form.cleaned_data["rows"], by=self.request.user
        )
        self.success_message = _(
            "%(added)s signatures added, %(duplicates)s already counted, %(refused)s lines "
            "refused (no valid national ID number)."
        ) % {
            "added": result["added"],
            "duplicates": result["duplicates"],
            "refused": len(result["refused"]),
        }
        return self.record


class AdmitView(PetitionFormMixin, RecordFormView):
    form_class = AdmitForm
    title = gettext_lazy("Declare the petition admissible")

    def save(self, form):
        return services.petition_admit(
            petition=self.record, by=self.request.user, **form.cleaned_data
        )


class RefuseView(PetitionFormMixin, RecordFormView):
    form_class = RefuseForm
    title = gettext_lazy("Declare the petition not admissible")

    def save(self, form):
        return services.petition_refuse(
            petition=self.record,
            reasons=form.cleaned_data["inadmissibility_reasons"],
            by=self.request.user,
        )


class PlaceView(PetitionFormMixin, RecordFormView):
    form_class = PlaceForm
    title = gettext_lazy("Put the petition on a session's agenda")

    def save(self, form):
        return services.petition_place(
            petition=self.record, by=self.request.user, **form.cleaned_data
        )


class WithdrawView(PetitionFormMixin, RecordFormView):
    form_class = WithdrawPetitionForm
    title = gettext_lazy("Record the petition's withdrawal")

    def save(self, form):
        return services.petition_withdraw(
            petition=self.record,
            reason=form.cleaned_data["withdrawal_reason"],
            by=self.request.user,
        )


class SignatureImportMixin(RoleRequiredMixin):
    """One petition's signature import: the rule asked of the role, the petition taken among
    those the user sees (others are 404), its own staging key in the session."""

    permission = "participation.handle_petition"

    def get_object(self, queryset=None):
        if not hasattr(self, "_permission_object"):
            self._permission_object = get_object_or_404(
                Petition.objects.visible_to(self.request.user), pk=self.kwargs["pk"]
            )
        return self._permission_object

    @property
    def session_key(self):
        return f"petition-signatures-{self.kwargs['pk']}"


class SignatureImportView(SignatureImportMixin, ImportPreviewView):
    template_name = "participation/petition_import.html"
    columns = imports.COLUMNS

    def preview(self, header, rows):
        preview, self.staged = imports.preview_signatures(self.get_object(), header, rows)
        return preview

    def stage(self, header, rows):
        return {"header": [], "rows": self.staged}

    def get_context_data(self, **kwargs):
        return super().get_context_data(petition=self.get_object(), **kwargs)


class SignatureImportCommitView(SignatureImportMixin, ImportCommitView):
    def post(self, request, *args, **kwargs):
        try:
            return super().post(request, *args, **kwargs)
        except ValidationError as error:  # the bureau decided since the preview
            messages.error(request, " ".join(error.messages))
            return redirect(self.done_url)

    @property
    def retry_url(self):
        return reverse("participation:petition-import", args=[self.kwargs["pk"]])

    @property
    def done_url(self):
        return self.get_object().get_manage_url()

    def run(self, header, rows):
        self.result = services.petition_sign(
            petition=self.get_object(), rows=rows, by=self.request.user, hashed=True
        )
        return self.result["added"]

    def done_message(self, count):
        return ngettext(
            "%(count)s signature was added; %(duplicates)s already counted.",
            "%(count)s signatures were added; %(duplicates)s already counted.",
            count,
        ) % {"count": count, "duplicates": self.result["duplicates"]}


class SignatureTemplateView(SignatureImportMixin, View):
    """The signature sheet's two columns, to fill in a spreadsheet."""

    def get(self, request, pk):
        self.get_object()
        return csv_response("signatures-template.csv", imports.COLUMNS, [])

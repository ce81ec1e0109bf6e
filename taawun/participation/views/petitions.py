"""Petitions in the workspace: the list with the legal countdown, a petition's page (the proxy
private, the signatures counted against the threshold), its deposit, the paper signatures, the
bureau's decision and its place on a session's agenda."""

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import DetailView, ListView

from taawun.core.forms import cleaned
from taawun.core.views import RecordFormView, RoleRequiredMixin, StandaloneRecordMixin

from .. import services
from ..choices import PetitionKind, PetitionState
from ..forms import AdmitForm, PetitionForm, PlaceForm, RefuseForm, SignaturesForm
from ..models import Petition, petition_threshold


class PetitionListView(RoleRequiredMixin, ListView):
    permission = "participation.view_petition"
    template_name = "participation/petition_list.html"
    paginate_by = 50

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
            "association", "session_point__session"
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
            petition=self.record, session=form.cleaned_data["session"], by=self.request.user
        )

"""The records that belong to an agreement: parties, obligations, deliveries, amendments and
documents (forms on core's RecordFormView), and applying an amendment (core's
RecordActionView); waiving an obligation has its confirmation page among the steps (steps.py).
Each writes through its service, which asks the lifecycle whether the agreement's stage allows
it."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy

from taawun.core.views import RecordActionView, RecordFormView

from .. import services
from ..forms import AmendmentForm, DeliveryForm, DocumentForm, ObligationForm, PartyForm
from ..models import Agreement, Amendment, Obligation, Party
from .register import scoped


class AgreementRecordFormView(RecordFormView):
    """A form for a record of an agreement, on the agreement's page template."""

    permission = "agreements.change_agreement"
    template_name = "agreements/child_form.html"

    def agreement(self):
        parent = self.parent
        if isinstance(parent, Agreement):
            return parent
        if isinstance(parent, Party):
            return parent.agreement
        return parent.party.agreement

    def get_success_url(self):
        return self.agreement().get_manage_url()

    def get_context_data(self, **kwargs):
        kwargs.setdefault("agreement", self.agreement())
        return super().get_context_data(**kwargs)


class PartyCreateView(AgreementRecordFormView):
    title = gettext_lazy("Add a party")
    form_class = PartyForm
    parent_form_kwarg = "agreement"

    def get_parent_queryset(self):
        return scoped(self.request.user)

    def save(self, form):
        return services.party_save(agreement=self.parent, by=self.request.user, **form.cleaned_data)


class ObligationCreateView(AgreementRecordFormView):
    title = gettext_lazy("Add an obligation")
    form_class = ObligationForm
    parent_form_kwarg = "party"

    def get_parent_queryset(self):
        return Party.objects.select_related("agreement", "partner").filter(
            agreement__in=scoped(self.request.user)
        )

    def save(self, form):
        return services.obligation_save(
            party=self.parent,
            obligation=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            **form.cleaned_data,
        )


class ObligationUpdateView(ObligationCreateView):
    title = gettext_lazy("Edit the obligation")
    parent_field = "party"

    def get_record_queryset(self):
        return Obligation.objects.select_related("party__agreement", "party__partner")


class DeliveryCreateView(AgreementRecordFormView):
    """Record a delivery with its proof (the commune's staff; a partner declares its own payments
    instead, payments.py)."""

    permission = "core.view_workspace"
    title = gettext_lazy("Record a delivery")
    form_class = DeliveryForm

    def get_parent_queryset(self):
        return Obligation.objects.visible_to(self.request.user).select_related(
            "party__agreement", "party__partner"
        )

    def check_parent_permission(self):
        if not self.request.user.has_perm("agreements.record_delivery", self.load()):
            raise PermissionDenied

    def get_context_data(self, **kwargs):
        kwargs.setdefault("party", self.parent.party)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.delivery_record(
            obligation=self.parent, by=self.request.user, **form.cleaned_data
        )


class AmendmentCreateView(AgreementRecordFormView):
    title = gettext_lazy("Add an amendment")
    form_class = AmendmentForm
    parent_form_kwarg = "agreement"

    def get_parent_queryset(self):
        return scoped(self.request.user)

    def get_initial(self):
        return {"number": self.parent.amendments.count() + 1}

    def save(self, form):
        return services.amendment_save(
            agreement=self.parent, by=self.request.user, **form.cleaned_data
        )


class DocumentCreateView(AgreementRecordFormView):
    title = gettext_lazy("Add a document")
    form_class = DocumentForm
    parent_form_kwarg = "agreement"

    def get_parent_queryset(self):
        return scoped(self.request.user)

    def save(self, form):
        data = form.cleaned_data
        return services.document_add(
            agreement=self.parent,
            upload=data["file"],
            title_ar=data["title_ar"],
            title_fr=data["title_fr"],
            title_en=data["title_en"],
            category=data["category"],
            is_public=data["is_public"],
            previous=data["previous"],
            by=self.request.user,
        )


class AmendmentApplyView(RecordActionView):
    permission = "agreements.change_agreement"
    parent_field = "agreement"

    def get_queryset(self):
        return Amendment.objects.filter(agreement__in=scoped(self.request.user)).select_related(
            "agreement"
        )

    def act(self, amendment):
        services.amendment_apply(amendment=amendment, by=self.request.user)

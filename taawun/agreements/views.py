from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.core import permissions
from taawun.core.history import HistoryView
from taawun.core.i18n import localized
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RoleRequiredMixin

from . import services
from .choices import MAIN_LINE, Stage
from .filters import AgreementFilter
from .forms import (
    AgreementForm,
    AmendmentForm,
    ApprovalForm,
    CloseForm,
    DeliberationForm,
    DeliveryForm,
    DocumentForm,
    ObligationForm,
    PartyForm,
    SendOnForm,
    SignatureForm,
    SuspendForm,
    VisaForm,
)
from .models import Agreement, Amendment, Document, Obligation, Party
from .selectors import agreement_detail_queryset, party_totals


def scoped(user):
    return Agreement.objects.visible_to(user)


class AgreementListView(RoleRequiredMixin, FilterView):
    permission = "agreements.view_agreement"
    filterset_class = AgreementFilter
    template_name = "agreements/agreement_list.html"
    paginate_by = 25
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return (
            scoped(self.request.user)
            .select_related("kind")
            .prefetch_related(Prefetch("parties", queryset=Party.objects.select_related("partner")))
            .with_totals()
            .order_by("-created_at", "-pk")
        )

    def get_template_names(self):
        if self.request.htmx and not self.request.htmx.history_restore_request:
            return ["agreements/agreement_list.html#results"]
        return [self.template_name]


class AgreementDetailView(RoleRequiredMixin, DetailView):
    permission = "agreements.view_agreement"
    permission_object = True
    template_name = "agreements/agreement_detail.html"
    context_object_name = "agreement"

    def get_queryset(self):
        return agreement_detail_queryset(scoped(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        agreement = self.object
        context["parties"] = party_totals(agreement)
        context["main_line"] = [
            s for s in MAIN_LINE if s != Stage.VISA_PENDING or agreement.needs_visa
        ]
        context["events"] = agreement.events.select_related("by")
        context["documents"] = agreement.documents.select_related("next_version")
        context["amendments"] = agreement.amendments.prefetch_related("changes")
        context["Stage"] = Stage
        context["commune_partner_id"] = services.commune_partner_id()
        stage = agreement.stage
        context["can_add_party"] = stage in {Stage.DRAFT, Stage.COMMITTEE, Stage.AGENDA}
        context["can_approve"] = stage in {
            Stage.COMMITTEE,
            Stage.AGENDA,
            Stage.COUNCIL_APPROVED,
            Stage.PARTNER_APPROVALS,
        }
        context["can_sign"] = stage in {Stage.SIGNATURES, Stage.VISA_PENDING}
        context["can_amend"] = stage in {Stage.SIGNATURES, Stage.IN_FORCE, Stage.SUSPENDED}
        context["can_deliver"] = stage in {Stage.IN_FORCE, Stage.SUSPENDED, Stage.COMPLETED}
        context["forms"] = {
            "deliberation": DeliberationForm(),
            "send_on": SendOnForm(initial={"on": timezone.localdate()}),
            "visa": VisaForm(),
            "suspend": SuspendForm(initial={"on": timezone.localdate()}),
            "close": CloseForm(),
            "approval": ApprovalForm(),
            "signature": SignatureForm(),
        }
        return context


class AgreementCreateView(RoleRequiredMixin, View):
    permission = "agreements.add_agreement"
    template_name = "agreements/agreement_form.html"

    def get(self, request):
        return render(request, self.template_name, {"form": AgreementForm()})

    def post(self, request):
        form = AgreementForm(request.POST)
        if form.is_valid():
            try:
                agreement = services.agreement_create(form=form, by=request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The agreement was created as a draft."))
                return redirect(agreement.get_manage_url())
        messages.error(request, _("Nothing was saved: please correct the errors below."))
        return render(request, self.template_name, {"form": form}, status=400)


class AgreementUpdateView(RoleRequiredMixin, View):
    permission = "agreements.change_agreement"
    template_name = "agreements/agreement_form.html"

    def get_agreement(self, pk):
        return get_object_or_404(scoped(self.request.user), pk=pk)

    def get(self, request, pk):
        agreement = self.get_agreement(pk)
        return render(
            request,
            self.template_name,
            {"form": AgreementForm(instance=agreement), "agreement": agreement},
        )

    def post(self, request, pk):
        agreement = self.get_agreement(pk)
        form = AgreementForm(request.POST, instance=agreement)
        if form.is_valid():
            try:
                services.agreement_update(form=form, by=request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("The agreement was saved."))
                return redirect(agreement.get_manage_url())
        messages.error(request, _("Nothing was saved: please correct the errors below."))
        return render(
            request, self.template_name, {"form": form, "agreement": agreement}, status=400
        )


class AgreementHistoryView(RoleRequiredMixin, HistoryView):
    permission = "agreements.view_agreement"
    permission_object = True

    def get_queryset(self):
        return scoped(self.request.user).prefetch_related("parties")

    def related_histories(self, agreement):
        party_label = _("party")
        obligation_label = _("obligation")
        return [
            (
                Party.history.filter(agreement_id=agreement.pk).select_related("partner"),
                lambda r: f"{party_label}: {r.partner}",
            ),
            (
                Obligation.history.filter(party__agreement_id=agreement.pk).select_related(
                    "party__partner"
                ),
                lambda r: f"{obligation_label}: {r.party.partner} — {r.amount} {r.currency}",
            ),
            (
                Amendment.history.filter(agreement_id=agreement.pk),
                lambda r: f"{r.number}. {localized(r, 'title')}",
            ),
            (Document.history.filter(agreement_id=agreement.pk), lambda r: r.title),
        ]


# Lifecycle steps --------------------------------------------------------------------------------


class StepView(RoleRequiredMixin, View):
    """One lifecycle step: a page with its form (GET), the service call (POST).

    STEPS maps the step's name to (title, form class or None, function(agreement, data, user)).
    A refusal re-renders the form with the reason, status 400; nothing changes.
    """

    permission = "agreements.change_agreement"
    template_name = "agreements/step_form.html"
    STEPS = {
        "submit": (
            gettext_lazy("Send to the committee"),
            None,
            lambda a, d, u: services.submit_to_committee(agreement=a, by=u),
        ),
        "committee-done": (
            gettext_lazy("Committee review done"),
            None,
            lambda a, d, u: services.committee_done(agreement=a, by=u),
        ),
        "deliberation": (
            gettext_lazy("Record the council's deliberation"),
            DeliberationForm,
            lambda a, d, u: services.record_deliberation(agreement=a, by=u, **d),
        ),
        "open-approvals": (
            gettext_lazy("Ask the partners for their approvals"),
            None,
            lambda a, d, u: services.open_partner_approvals(agreement=a, by=u),
        ),
        "finish-approvals": (
            gettext_lazy("All parties have approved"),
            SendOnForm,
            lambda a, d, u: services.finish_approvals(agreement=a, by=u, **d),
        ),
        "visa": (
            gettext_lazy("Record the governor's answer"),
            VisaForm,
            lambda a, d, u: services.record_visa(agreement=a, by=u, **d),
        ),
        "tacit-visa": (
            gettext_lazy("Record the tacit visa"),
            None,
            lambda a, d, u: services.record_tacit_visa(agreement=a, by=u),
        ),
        "suspend": (
            gettext_lazy("Suspend"),
            SuspendForm,
            lambda a, d, u: services.suspend(agreement=a, by=u, **d),
        ),
        "resume": (
            gettext_lazy("Resume"),
            None,
            lambda a, d, u: services.resume(agreement=a, by=u),
        ),
        "close": (
            gettext_lazy("Close the agreement"),
            CloseForm,
            lambda a, d, u: services.close(agreement=a, by=u, **d),
        ),
    }

    def setup_step(self, pk, step):
        if step not in self.STEPS:
            raise Http404
        agreement = get_object_or_404(scoped(self.request.user), pk=pk)
        return agreement, self.STEPS[step]

    def get(self, request, pk, step):
        agreement, (title, form_class, _action) = self.setup_step(pk, step)
        form = form_class(initial=self.initial(agreement, step)) if form_class else None
        return render(
            request,
            self.template_name,
            {"agreement": agreement, "title": title, "form": form, "step": step},
        )

    def initial(self, agreement, step):
        if step in {"finish-approvals", "suspend"}:
            return {"on": timezone.localdate()}
        return {}

    def post(self, request, pk, step):
        agreement, (title, form_class, action) = self.setup_step(pk, step)
        form = form_class(request.POST) if form_class else None
        if form is None or form.is_valid():
            try:
                action(agreement, form.cleaned_data if form else {}, request.user)
            except ValidationError as error:
                if form is None:
                    messages.error(request, " ".join(error.messages))
                    return redirect(agreement.get_manage_url())
                form.add_error(None, error)
            else:
                messages.success(request, _("Done: %(step)s.") % {"step": title})
                return redirect(agreement.get_manage_url())
        agreement.refresh_from_db()
        return render(
            request,
            self.template_name,
            {"agreement": agreement, "title": title, "form": form, "step": step},
            status=400,
        )


class PartyStepView(StepView):
    """Steps about one party: its approval and its signature."""

    STEPS = {
        "approval": (
            gettext_lazy("Record the party's approval"),
            ApprovalForm,
            lambda p, d, u: services.record_approval(party=p, by=u, **d),
        ),
        "sign": (
            gettext_lazy("Record the party's signature"),
            SignatureForm,
            lambda p, d, u: services.sign(party=p, by=u, **d),
        ),
    }

    def setup_step(self, pk, step):
        if step not in self.STEPS:
            raise Http404
        party = get_object_or_404(
            Party.objects.select_related("agreement__kind", "partner").filter(
                agreement__in=scoped(self.request.user)
            ),
            pk=pk,
        )
        self.party = party
        return party, self.STEPS[step]

    def get(self, request, pk, step):
        party, (title, form_class, _action) = self.setup_step(pk, step)
        return render(
            request,
            self.template_name,
            {
                "agreement": party.agreement,
                "party": party,
                "title": title,
                "form": form_class(),
                "step": step,
            },
        )

    def post(self, request, pk, step):
        party, (title, form_class, action) = self.setup_step(pk, step)
        form = form_class(request.POST)
        if form.is_valid():
            try:
                action(party, form.cleaned_data, request.user)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Done: %(step)s.") % {"step": title})
                return redirect(party.agreement.get_manage_url())
        return render(
            request,
            self.template_name,
            {
                "agreement": party.agreement,
                "party": party,
                "title": title,
                "form": form,
                "step": step,
            },
            status=400,
        )


# Parties, obligations, deliveries, amendments, documents -----------------------------------------


class ChildFormView(RoleRequiredMixin, View):
    """A form for a record that belongs to an agreement (party, obligation, amendment, document)."""

    permission = "agreements.change_agreement"
    template_name = "agreements/child_form.html"
    title = ""

    def parent(self, pk):
        raise NotImplementedError

    def build(self, parent, data=None, files=None):
        raise NotImplementedError

    def save(self, form):
        raise NotImplementedError

    def agreement_of(self, parent):
        return parent if isinstance(parent, Agreement) else parent.agreement

    def respond(self, parent, form, status=200):
        return render(
            self.request,
            self.template_name,
            {
                "agreement": self.agreement_of(parent),
                "parent": parent,
                "form": form,
                "title": self.title,
            },
            status=status,
        )

    def get(self, request, pk):
        parent = self.parent(pk)
        return self.respond(parent, self.build(parent))

    def post(self, request, pk):
        parent = self.parent(pk)
        form = self.build(parent, request.POST, request.FILES)
        if form.is_valid():
            try:
                self.save(form)
            except ValidationError as error:
                form.add_error(None, error)
            else:
                messages.success(request, _("Saved."))
                return redirect(self.agreement_of(parent).get_manage_url())
        messages.error(request, _("Nothing was saved: please correct the errors below."))
        return self.respond(parent, form, status=400)


class PartyCreateView(ChildFormView):
    title = gettext_lazy("Add a party")

    def parent(self, pk):
        return get_object_or_404(scoped(self.request.user), pk=pk)

    def build(self, agreement, data=None, files=None):
        return PartyForm(data, agreement=agreement)

    def save(self, form):
        return services.party_save(form=form, by=self.request.user)


class ObligationCreateView(ChildFormView):
    title = gettext_lazy("Add an obligation")

    def parent(self, pk):
        return get_object_or_404(
            Party.objects.select_related("agreement", "partner").filter(
                agreement__in=scoped(self.request.user)
            ),
            pk=pk,
        )

    def build(self, party, data=None, files=None):
        return ObligationForm(data, party=party)

    def save(self, form):
        return services.obligation_save(form=form, by=self.request.user)


class ObligationUpdateView(ObligationCreateView):
    title = gettext_lazy("Edit the obligation")

    def parent(self, pk):
        self.obligation = get_object_or_404(
            Obligation.objects.select_related("party__agreement", "party__partner").filter(
                party__agreement__in=scoped(self.request.user)
            ),
            pk=pk,
        )
        return self.obligation.party

    def build(self, party, data=None, files=None):
        return ObligationForm(data, party=party, instance=self.obligation)


class DeliveryCreateView(ChildFormView):
    """Record a delivery with its proof: staff for any party, a representative for its own."""

    permission = "core.view_workspace"
    title = gettext_lazy("Record a delivery")

    def parent(self, pk):
        obligation = get_object_or_404(
            Obligation.objects.visible_to(self.request.user).select_related(
                "party__agreement", "party__partner"
            ),
            pk=pk,
        )
        if not permissions.can(self.request.user, "agreements.record_delivery", obligation):
            raise PermissionDenied
        self.obligation = obligation
        return obligation.party

    def build(self, party, data=None, files=None):
        return DeliveryForm(data, files)

    def save(self, form):
        return services.delivery_record(
            obligation=self.obligation, by=self.request.user, **form.cleaned_data
        )


class AmendmentCreateView(ChildFormView):
    title = gettext_lazy("Add an amendment")

    def parent(self, pk):
        return get_object_or_404(scoped(self.request.user), pk=pk)

    def build(self, agreement, data=None, files=None):
        initial = {"number": agreement.amendments.count() + 1}
        return AmendmentForm(data, agreement=agreement, initial=initial)

    def save(self, form):
        return services.amendment_save(form=form, by=self.request.user)


class DocumentCreateView(ChildFormView):
    title = gettext_lazy("Add a document")

    def parent(self, pk):
        return get_object_or_404(scoped(self.request.user), pk=pk)

    def build(self, agreement, data=None, files=None):
        return DocumentForm(data, files, agreement=agreement)

    def save(self, form):
        data = form.cleaned_data
        return services.document_add(
            agreement=form.instance.agreement,
            upload=data["file"],
            title=data["title"],
            category=data["category"],
            is_public=data["is_public"],
            previous=data["previous"],
            by=self.request.user,
        )


class SimpleActionView(RoleRequiredMixin, View):
    """POST-only actions on a child record: waive an obligation, apply an amendment."""

    permission = "agreements.change_agreement"
    http_method_names = ["post"]

    def post(self, request, pk, action):
        if action == "waive":
            obligation = get_object_or_404(
                Obligation.objects.filter(party__agreement__in=scoped(request.user)).select_related(
                    "party__agreement"
                ),
                pk=pk,
            )
            agreement, call = (
                obligation.party.agreement,
                (lambda: services.obligation_waive(obligation=obligation, by=request.user)),
            )
        elif action == "apply":
            amendment = get_object_or_404(
                Amendment.objects.filter(agreement__in=scoped(request.user)), pk=pk
            )
            agreement, call = (
                amendment.agreement,
                (lambda: services.amendment_apply(amendment=amendment, by=request.user)),
            )
        else:
            raise Http404
        try:
            call()
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Saved."))
        return redirect(agreement.get_manage_url())


class DocumentDownloadView(RoleRequiredMixin, View):
    permission = "agreements.view_agreement"

    def get(self, request, pk):
        document = get_object_or_404(
            Document.objects.filter(agreement__in=scoped(request.user)), pk=pk
        )
        return document_response(document)


def document_response(document):
    """Send a stored document through the storage API, with its checked content type."""
    handle = document.file.storage.open(document.file.name, "rb")
    response = FileResponse(
        handle, content_type=document.content_type, filename=document.file.name.rsplit("/", 1)[-1]
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response

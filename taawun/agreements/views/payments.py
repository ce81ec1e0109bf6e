"""Payments a partner declares and the commune's finance staff decide.

- PaymentDeclareView: a representative says a tranche of its own organisation was paid, with
  the proof (core's RecordFormView: the file is kept across a validation error);
- PaymentListView: the declarations — every one for the staff, awaiting ones first; its own
  organisation's for a representative, with the state and the reason of a refusal;
- PaymentDecisionView: finance's page to confirm (a Delivery is recorded with the declared
  proof) or refuse with a reason.

Each writes through agreements.services.payments; a refusal is a message, nothing changes.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import ListView, TemplateView

from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RoleRequiredMixin, add_service_error

from .. import lifecycle, services
from ..choices import DeclarationState
from ..forms import PaymentDeclarationForm, PaymentRefusalForm
from ..models import Obligation, PaymentDeclaration
from ..rules import payment_declarant
from .records import AgreementRecordFormView


class PaymentDeclareView(AgreementRecordFormView):
    """A representative declares that its organisation paid a tranche, with the proof."""

    permission = "core.view_workspace"
    title = gettext_lazy("Declare a payment")
    template_name = "agreements/payment_form.html"
    form_class = PaymentDeclarationForm
    success_message = gettext_lazy(
        "Your payment was declared. It counts once the commune's finance staff confirm it."
    )
    anchor_success_url = False

    def get_parent_queryset(self):
        # A representative reaches only its own organisation's obligations (others are 404).
        return Obligation.objects.visible_to(self.request.user).select_related(
            "party__agreement__kind", "party__partner"
        )

    def check_parent_permission(self):
        if not payment_declarant(self.request.user, self.load()):
            raise PermissionDenied

    def refusal(self):
        return lifecycle.refusal(self.parent.party.agreement, "deliver", self.parent)

    def get(self, request, *args, **kwargs):
        self.check_parent_permission()
        if reason := self.refusal():
            messages.error(request, reason)
            return redirect(self.get_success_url())
        return super().get(request, *args, **kwargs)

    def get_success_url(self):
        return f"{self.agreement().get_manage_url()}#obligation-{self.parent.pk}"

    def get_context_data(self, **kwargs):
        kwargs.setdefault("party", self.parent.party)
        kwargs.setdefault("obligation", self.parent)
        return super().get_context_data(**kwargs)

    def save(self, form):
        return services.payment_declare(
            obligation=self.parent, by=self.request.user, **form.cleaned_data
        )


def declarations_for(queryset):
    """Declarations with what their rows show, in one query."""
    return queryset.select_related(
        "obligation__party__agreement", "obligation__party__partner", "proof", "declared_by"
    )


class PaymentListView(RoleRequiredMixin, ListView):
    permission = "agreements.view_paymentdeclaration"
    template_name = "agreements/payment_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def state(self):
        state = self.request.GET.get("state", "")
        return state if state in DeclarationState.values else ""

    def get_queryset(self):
        declarations = PaymentDeclaration.objects.visible_to(self.request.user)
        if state := self.state():
            declarations = declarations.filter(state=state)
        awaiting_first = Case(
            When(state=DeclarationState.PENDING, then=Value(0)),
            default=Value(1),
            output_field=IntegerField(),
        )
        return declarations_for(declarations).order_by(awaiting_first, "-declared_at", "-pk")

    def get_context_data(self, **kwargs):
        kwargs.update(
            states=DeclarationState.choices,
            state=self.state(),
            decide=self.request.user.has_perm("agreements.decide_payment"),
        )
        return super().get_context_data(**kwargs)


class PaymentDecisionView(RoleRequiredMixin, TemplateView):
    """Finance confirms (`decision="confirm"`) or refuses (`decision="refuse"`, a reason
    required) one declaration. GET shows the facts and the proof; POST decides."""

    permission = "agreements.decide_payment"
    template_name = "agreements/payment_decision.html"
    decision = "confirm"

    def load(self):
        self.declaration = get_object_or_404(
            declarations_for(PaymentDeclaration.objects.visible_to(self.request.user)),
            pk=self.kwargs["pk"],
        )
        if not self.request.user.has_perm("agreements.decide_payment", self.declaration):
            raise PermissionDenied
        return self.declaration

    def list_url(self):
        return reverse("agreements:payment-list")

    def get_context_data(self, **kwargs):
        refuse = self.decision == "refuse"
        kwargs.update(
            declaration=self.declaration,
            obligation=self.declaration.obligation,
            agreement=self.declaration.obligation.party.agreement,
            refuse=refuse,
            title=_("Refuse the payment") if refuse else _("Confirm the payment"),
        )
        if refuse:
            kwargs.setdefault("form", PaymentRefusalForm())
        return super().get_context_data(**kwargs)

    def get(self, request, *args, **kwargs):
        self.load()
        if self.declaration.state != DeclarationState.PENDING:
            messages.error(request, _("This payment declaration has already been decided."))
            return redirect(self.list_url())
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        self.load()
        form = None
        try:
            if self.decision == "refuse":
                form = PaymentRefusalForm(request.POST)
                if not form.is_valid():
                    return self.render_to_response(self.get_context_data(form=form), status=400)
                services.payment_refuse(
                    declaration=self.declaration, by=request.user, **form.cleaned_data
                )
                messages.success(request, _("The payment was refused; its declarant is told why."))
            else:
                services.payment_confirm(declaration=self.declaration, by=request.user)
                messages.success(request, _("The payment was confirmed and recorded as delivered."))
        except ValidationError as error:
            if form is None:
                for message in error.messages:
                    messages.error(request, message)
                return redirect(self.list_url())
            add_service_error(form, error)
            return self.render_to_response(self.get_context_data(form=form), status=400)
        return redirect(self.list_url())

"""The lifecycle steps, one view for all of them, driven by `lifecycle.STEPS`.

GET shows the step's page with its form; POST calls the step's service with the form's data.
A refusal re-renders the form with the reason (status 400), or, for a step without a form,
goes back to the agreement with the reason; nothing changes.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from taawun.core.views import RoleRequiredMixin, add_service_error

from .. import lifecycle
from ..models import Agreement, Obligation, Party


def step_form(step, data=None):
    """The step's form (None for a step without one), dated today where it asks for a day."""
    form_class = step.form_class
    if form_class is None:
        return None
    if data is not None:
        return form_class(data)
    return form_class(initial={"on": timezone.localdate()} if step.dated_today else None)


class StepView(RoleRequiredMixin, TemplateView):
    """A step about the agreement (`subject="agreement"`, the URL names the agreement) or about
    one of its parties (`subject="party"`, the URL names the party)."""

    permission = "agreements.change_agreement"
    template_name = "agreements/step_form.html"
    subject = "agreement"

    def load(self):
        step = lifecycle.STEPS.get(self.kwargs["step"])
        if step is None or step.route != self.subject:
            raise Http404
        scope = Agreement.objects.visible_to(self.request.user)
        if self.subject == "party":
            record = get_object_or_404(
                Party.objects.select_related("agreement__kind", "partner").filter(
                    agreement__in=scope
                ),
                pk=self.kwargs["pk"],
            )
            agreement = record.agreement
        else:
            record = agreement = get_object_or_404(
                scope.select_related("kind"), pk=self.kwargs["pk"]
            )
        if not self.request.user.has_perm(step.rule, agreement):
            raise PermissionDenied
        self.step, self.record, self.agreement = step, record, agreement

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            agreement=self.agreement,
            party=self.record if self.subject == "party" else None,
            step=self.step.name,
            title=self.step.title,
            refusal=lifecycle.refusal(
                self.agreement, self.step, self.record if self.subject != "agreement" else None
            ),
        )
        return context

    def get(self, request, *args, **kwargs):
        self.load()
        return self.render_to_response(self.get_context_data(form=step_form(self.step)))

    def post(self, request, *args, **kwargs):
        self.load()
        step = self.step
        form = step_form(step, request.POST)
        if form is None or form.is_valid():
            data = form.cleaned_data if form is not None else {}
            try:
                step.function(**{self.subject: self.record}, by=request.user, **data)
            except ValidationError as error:
                if form is None:
                    messages.error(request, " ".join(error.messages))
                    return redirect(self.agreement.get_manage_url())
                add_service_error(form, error)
            else:
                messages.success(request, _("Done: %(step)s.") % {"step": step.title})
                return redirect(self.agreement.get_manage_url())
        self.agreement.refresh_from_db()
        if self.subject == "agreement":
            self.record = self.agreement
        return self.render_to_response(self.get_context_data(form=form), status=400)


class ObligationWaiverView(StepView):
    """Waive an obligation, or undo its waiver (`step`: "waive" or "undo-waiver").

    GET shows what is waived (the party, the obligation, its value in MAD) and asks for the
    reason; POST takes the step with it. A step the lifecycle refuses (the obligation was
    delivered meanwhile, the agreement ended) goes back to the agreement with the reason; a
    missing reason is a 400 with the message beside the field. Nothing changes in either case.
    """

    template_name = "agreements/waiver_form.html"
    subject = "obligation"
    step = "waive"

    def load(self):
        step = lifecycle.STEPS[self.step_name]
        obligation = get_object_or_404(
            Obligation.objects.select_related("party__agreement__kind", "party__partner").filter(
                party__agreement__in=Agreement.objects.visible_to(self.request.user)
            ),
            pk=self.kwargs["pk"],
        )
        agreement = obligation.party.agreement
        if not self.request.user.has_perm(step.rule, agreement):
            raise PermissionDenied
        self.step, self.record, self.agreement = step, obligation, agreement

    def setup(self, request, *args, **kwargs):
        self.step_name = self.step  # given by as_view(step=…); load() puts the Step in its place
        super().setup(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            obligation=self.record,
            party=self.record.party,
            undo=self.step.name == "undo-waiver",
        )
        return context

    def post(self, request, *args, **kwargs):
        self.load()
        reason = lifecycle.refusal(self.agreement, self.step, self.record)
        if reason:
            messages.error(request, reason)
            return redirect(self.agreement.get_manage_url())
        form = step_form(self.step, request.POST)
        if form.is_valid():
            try:
                self.step.function(obligation=self.record, by=request.user, **form.cleaned_data)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Done: %(step)s.") % {"step": self.step.title})
                return redirect(self.agreement.get_manage_url())
        return self.render_to_response(self.get_context_data(form=form), status=400)

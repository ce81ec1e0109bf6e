from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, UpdateView

from taawun.core.concurrency import StaleEdit, carry_version, seen_version, stale_context
from taawun.core.history import HistoryView
from taawun.core.views import NOT_SAVED, RoleRequiredMixin, add_service_error
from taawun.core.views.records import SAVED

from . import services
from .forms import CommuneProfileForm, DomainForm, LocalityForm, NeighbourForm, PacAxisForm
from .models import CommuneProfile, Domain, Locality, NeighbouringCollectivity, PacAxis


class VersionedUpdateMixin:
    """An UpdateView whose form carries the record's version: a save made from an older copy
    answers 409 with the other person's values beside the user's (core.concurrency)."""

    def get_form(self, form_class=None):
        return carry_version(super().get_form(form_class), self.object)

    def save(self, form, expected_version):
        raise NotImplementedError

    def form_valid(self, form):
        try:
            self.save(form, seen_version(form))
        except StaleEdit as stale:
            context = self.get_context_data(form=form, **stale_context(form, stale))
            return self.render_to_response(context, status=409)
        except ValidationError as error:
            add_service_error(form, error)
            return self.form_invalid(form)
        messages.success(self.request, SAVED)
        return redirect(reverse("territory:index"))

    def form_invalid(self, form):
        messages.error(self.request, NOT_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)


# The territory's reference lists, edited the same way: kind in the URL -> model and form.
REGISTERS = {
    "localities": (Locality, LocalityForm, gettext_lazy("Localities")),
    "neighbours": (
        NeighbouringCollectivity,
        NeighbourForm,
        gettext_lazy("Neighbouring collectivities"),
    ),
    "domains": (Domain, DomainForm, gettext_lazy("Domains")),
    "axes": (PacAxis, PacAxisForm, gettext_lazy("Action-programme axes")),
}


def _register(kind):
    try:
        return REGISTERS[kind]
    except KeyError:
        raise Http404 from None


class TerritoryView(RoleRequiredMixin, TemplateView):
    permission = "territory.view_locality"
    template_name = "territory/territory.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["localities"] = Locality.objects.in_reading_order()
        context["neighbours"] = NeighbouringCollectivity.objects.select_related("partner")
        context["domains"] = Domain.objects.all()
        context["axes"] = PacAxis.objects.all()
        context["profile"] = CommuneProfile.current()
        return context


class RegisterEditView(RoleRequiredMixin, VersionedUpdateMixin, UpdateView):
    """Create (no pk) or edit one entry of a territory register."""

    permission = "territory.change_locality"
    template_name = "territory/register_form.html"

    def dispatch(self, request, *args, **kwargs):
        self.model, self.form_class, self.title = _register(kwargs["kind"])
        return super().dispatch(request, *args, **kwargs)

    def get_object(self, queryset=None):
        if "pk" not in self.kwargs:
            return self.model()
        return get_object_or_404(self.model, pk=self.kwargs["pk"])

    def save(self, form, expected_version):
        services.register_entry_save(
            model=self.model,
            entry=self.object,
            by=self.request.user,
            expected_version=expected_version,
            **form.cleaned_data,
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = self.title
        context["kind"] = self.kwargs["kind"]
        return context


class RegisterHistoryView(RoleRequiredMixin, HistoryView):
    permission = "territory.view_locality"

    def dispatch(self, request, *args, **kwargs):
        self.model = _register(kwargs["kind"])[0]
        return super().dispatch(request, *args, **kwargs)


class CommuneProfileView(RoleRequiredMixin, VersionedUpdateMixin, UpdateView):
    permission = "territory.change_communeprofile"
    form_class = CommuneProfileForm
    template_name = "territory/register_form.html"

    def get_object(self, queryset=None):
        # From the database, not the layout's cached copy: the form carries its version.
        return CommuneProfile.objects.filter(pk=1).first() or CommuneProfile.current()

    def save(self, form, expected_version):
        services.commune_profile_save(
            by=self.request.user, expected_version=expected_version, **form.cleaned_data
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Commune profile")
        return context

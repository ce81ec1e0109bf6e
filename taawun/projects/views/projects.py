"""The register of projects and a project's page, its form and its history."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.core.bars import bar_class
from taawun.core.concurrency import StaleEdit, carry_version, seen_version, stale_context
from taawun.core.forms import cleaned, error_summary, formset_rows
from taawun.core.history import HistoryView
from taawun.core.i18n import amount, localized
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import NOT_SAVED, HtmxFragmentMixin, RoleRequiredMixin, add_service_error
from taawun.core.views.records import ReturnToRowMixin

from .. import rules, services
from ..choices import Measure
from ..filters import ProjectFilter
from ..forms import LocationFormSet, ParticipantFormSet, ProjectForm
from ..models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    Milestone,
    Project,
    Transaction,
    Update,
)
from ..selectors import key_figures, project_detail_queryset, project_money_by_partner


def scoped(user):
    """Every project for the commune; a representative's own projects only (others are 404)."""
    return Project.objects.visible_to(user)


def day(value):
    return date_format(value, "SHORT_DATE_FORMAT")


def indicator_rows(indicators):
    """Each indicator with its periods and the bar lengths of target and actual.

    Both bars of an indicator share one scale (its largest target or actual), so a period
    that beats its target shows a longer actual bar.
    """
    rows = []
    for indicator in indicators:
        periods = list(indicator.periods.all())
        figures = [v for p in periods for v in (p.target, p.actual) if v is not None]
        scale = max(figures, default=None)
        rows.append(
            {
                "indicator": indicator,
                "chart": indicator.measure != Measure.QUALITATIVE and bool(scale),
                "periods": [
                    {
                        "period": period,
                        "target_step": bar_class(period.target, scale),
                        "actual_step": bar_class(period.actual, scale),
                        "values": list(period.values.all()),
                    }
                    for period in periods
                ],
            }
        )
    return rows


# The register and the project's page ---------------------------------------------------------


class ProjectListView(RoleRequiredMixin, HtmxFragmentMixin, FilterView):
    permission = "projects.view_project"
    filterset_class = ProjectFilter
    template_name = "projects/project_list.html"
    paginate_by = 25
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return scoped(self.request.user).order_by("code")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["totals"] = key_figures(self.object_list)
        return context


class ProjectDetailView(RoleRequiredMixin, DetailView):
    permission = "projects.view_project"
    template_name = "projects/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return project_detail_queryset(scoped(self.request.user))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        project = self.object
        context["money"] = project_money_by_partner(project)
        context["indicators"] = indicator_rows(project.indicators.all())
        # The updates not made public are the commune's (issue 10 #2, rules.py).
        staff = self.request.user.has_perm("projects.view_staff_only")
        context["updates"] = [u for u in project.updates.all() if staff or u.is_public]
        context["objectives"] = [
            (_("Social"), project.social_weight, bar_class(project.social_weight, 100)),
            (_("Economic"), project.economic_weight, bar_class(project.economic_weight, 100)),
            (
                _("Environmental"),
                project.environmental_weight,
                bar_class(project.environmental_weight, 100),
            ),
        ]
        return context


class ProjectFormView(ReturnToRowMixin, RoleRequiredMixin, View):
    """Create or edit a project with its places and participants, all or nothing; once saved,
    "Saved: <project>" and back to the list it was opened from, at its row (core's
    ReturnToRowMixin), else to the project's page."""

    template_name = "projects/project_form.html"
    anchor_success_url = False  # the project's own page

    def project(self):
        raise NotImplementedError

    def get_success_url(self):
        return self.saved_record.get_manage_url()

    def get_cancel_url(self):
        project = self.project_edited
        fallback = project.get_manage_url() if project.pk else reverse("projects:list")
        return self.get_next_url() or fallback

    def get(self, request, pk=None):
        project = self.project_edited = self.project()
        return self.render_form(
            project,
            carry_version(ProjectForm(instance=project), project),
            LocationFormSet(instance=project, prefix="locations"),
            ParticipantFormSet(instance=project, prefix="participants"),
        )

    def post(self, request, pk=None):
        project = self.project_edited = self.project()
        creating = project.pk is None
        form = carry_version(ProjectForm(request.POST, instance=project), project)
        locations = LocationFormSet(request.POST, instance=project, prefix="locations")
        participants = ParticipantFormSet(request.POST, instance=project, prefix="participants")
        # Validate all three so every error shows at once.
        valid = [form.is_valid(), locations.is_valid(), participants.is_valid()]
        if all(valid):
            version = seen_version(form)
            data = {
                **cleaned(form),
                "locations": formset_rows(locations),
                "participants": formset_rows(participants),
                "by": request.user,
            }
            try:
                if creating:
                    saved = services.project_create(**data)
                else:
                    saved = services.project_update(
                        project=project, expected_version=version, **data
                    )
            except StaleEdit as stale:
                return self.render_form(
                    project, form, locations, participants, 409, **stale_context(form, stale)
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                return self.saved(saved)
        messages.error(request, NOT_SAVED)
        return self.render_form(project, form, locations, participants, status=400)

    def render_form(self, project, form, locations, participants, status=200, **context):
        context = {
            "project": project if project.pk else None,
            "form": form,
            "locations": locations,
            "participants": participants,
            "next": self.get_next_url(),
            "cancel_url": self.get_cancel_url(),
            **error_summary(form, locations, participants),
            **context,
        }
        return render(self.request, self.template_name, context, status=status)


class ProjectCreateView(ProjectFormView):
    permission = "projects.add_project"

    def project(self):
        return Project()


class ProjectUpdateView(ProjectFormView):
    permission = "projects.change_project"

    def project(self):
        return get_object_or_404(scoped(self.request.user), pk=self.kwargs["pk"])


class ProjectHistoryView(RoleRequiredMixin, HistoryView):
    permission = "projects.view_project"
    staff_only_fields = rules.STAFF_ONLY_FIELDS
    staff_only_permission = "projects.view_staff_only"

    def get_queryset(self):
        return scoped(self.request.user)

    def related_histories(self, project):
        # Each subject reads only relations selected here, so the page's query count is fixed.
        labels = {
            "contribution": _("funding plan"),
            "milestone": _("milestone"),
            "update": _("update"),
            "indicator": _("indicator"),
            "period": _("period"),
        }
        indicators = Indicator.history.filter(project_id=project.pk).values("id")
        updates = Update.history.filter(project_id=project.pk)
        if not self.sees_staff_only():  # the updates not made public are the commune's
            public = Update.objects.filter(project_id=project.pk, is_public=True)
            updates = updates.filter(id__in=public.values("pk"))
        return [
            (
                Contribution.history.filter(project_id=project.pk).select_related("partner"),
                lambda r: f"{labels['contribution']}: {r.partner} — {amount(r.amount, r.currency)}",
            ),
            (
                Transaction.history.filter(project_id=project.pk).select_related("provider"),
                lambda r: (
                    f"{r.get_type_display()}: {r.provider} — {amount(r.amount, r.currency)}"
                    f" ({day(r.date)})"
                ),
            ),
            (
                Milestone.history.filter(project_id=project.pk),
                lambda r: f"{labels['milestone']}: {localized(r, 'title')}",
            ),
            (
                updates,
                lambda r: f"{labels['update']}: {localized(r, 'title')}",
            ),
            (
                Indicator.history.filter(project_id=project.pk),
                lambda r: f"{labels['indicator']}: {localized(r, 'name')}",
            ),
            (
                IndicatorPeriod.history.filter(indicator_id__in=indicators).select_related(
                    "indicator"
                ),
                lambda r: (
                    f"{labels['period']}: {localized(r.indicator, 'name')}"
                    f" {day(r.period_start)} – {day(r.period_end)}"
                ),
            ),
        ]

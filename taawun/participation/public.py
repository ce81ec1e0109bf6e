"""The public pages of residents' priorities ("/ar/priorities/"): the list with its filters, a
priority's page with the commune's answer and the chain to the projects that answer it (their
agreements, money, progress and indicators), proposing and supporting.

Nothing personal is shown: a priority names the association that proposed it, never a
resident; supports are a count. A drafted answer is not public: until it is published the
priority reads "not answered yet"."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView
from django_filters.views import FilterView

from taawun.accounts.permissions import can
from taawun.agreements.models import Agreement
from taawun.core import ratelimit
from taawun.core.files import private_file_response
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import HtmxFragmentMixin, SlugRedirectMixin
from taawun.core.views.records import add_service_error
from taawun.projects.models import Indicator, Project
from taawun.territory.maps import CommuneMapMixin

from . import services
from .choices import Moderation
from .filters import PublicPriorityFilter
from .forms import FlagForm, ProposeForm
from .models import Priority, PriorityProject, Support
from .pages import FormPage


class PublicPriorityListView(CommuneMapMixin, HtmxFragmentMixin, FilterView):
    """Published priorities: filters, a map of every match (the API's GeoJSON), and cards."""

    filterset_class = PublicPriorityFilter
    template_name = "participation/public/priority_list.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator
    # What a cluster of the map says (map.js puts its count in place of {count}).
    extra_context = {
        "map_cluster_label": gettext_lazy("Priorities here: {count}. Zoom in to see them.")
    }

    def get_queryset(self):
        return Priority.public_objects.select_related("locality", "domain", "association").order_by(
            "-published_at", "-pk"
        )


def public_links():
    """The links of a priority to public projects, with what the chain shows of each: its
    public agreements and their parties, and its indicators with their periods."""
    agreements = Agreement.public_objects.prefetch_related("parties__partner").order_by(
        "-council_date", "-pk"
    )
    return (
        PriorityProject.objects.filter(project__in=Project.public_objects.all())
        .select_related("project")
        .prefetch_related(
            Prefetch("project__agreements", queryset=agreements, to_attr="public_agreements"),
            Prefetch(
                "project__indicators",
                queryset=Indicator.objects.prefetch_related("periods").order_by("pk"),
            ),
        )
        .order_by("pk")
    )


class PublicPriorityDetailView(SlugRedirectMixin, DetailView):
    template_name = "participation/public/priority_detail.html"
    context_object_name = "priority"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Priority.public_objects.select_related(
                "locality", "domain", "pac_axis", "association", "merged_into"
            ).prefetch_related(Prefetch("links", queryset=public_links(), to_attr="public_links")),
            pk=self.kwargs["pk"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        priority = self.object
        context["supported"] = (
            user.is_authenticated and Support.objects.filter(priority=priority, user=user).exists()
        )
        context["can_support"] = can(user, "participation.support_priority", priority)
        context["support_open"] = priority.support_is_open()
        for link in priority.public_links:
            link.timeline = timeline(priority, link.project)
        # the public meetings of public committees where partners discussed it
        context["raised"] = list(
            priority.agenda_items.filter(
                meeting__visibility="public", meeting__committee__is_public=True
            )
            .exclude(meeting__status="cancelled")
            .select_related("meeting__committee")
            .order_by("-meeting__starts_at")[:20]
        )
        return context


def timeline(priority, project):
    """The chain's dated steps, oldest first: the priority published and answered, the
    project's agreements (in force, or else deliberated), its work started and ended."""
    steps = [
        (priority.published_at and timezone.localdate(priority.published_at), "published", None),
        (
            priority.answer_published_at and timezone.localdate(priority.answer_published_at),
            "answered",
            None,
        ),
        *(
            (agreement.entered_into_force_on or agreement.council_date, "signed", agreement)
            for agreement in project.public_agreements
        ),
        (project.actual_start, "started", None),
        (project.actual_end, "ended", None),
    ]
    dated = [(day, kind, agreement) for day, kind, agreement in steps if day]
    return [
        {"date": day, "kind": kind, "agreement": agreement}
        for day, kind, agreement in sorted(dated, key=lambda step: step[0])
    ]


def _photo_readers(user):
    """The priorities whose photo `user` may see: the published ones, their own, every one for
    the commune's people."""
    if user.has_perm("participation.view_priority"):
        return Priority.objects.all()
    mine = Q(author=user) if user.is_authenticated else Q(pk__in=[])
    return Priority.objects.filter(Q(moderation=Moderation.PUBLISHED) | mine)


def priority_photo(request, pk):
    """A priority's photo, through the view that checks the reader (the file is private)."""
    priority = get_object_or_404(_photo_readers(request.user).exclude(photo=""), pk=pk)
    return private_file_response(priority.photo)


RECEIVED_RESIDENT = gettext_lazy(
    "Thank you: your priority is received. It will be public once the commune has read it; "
    "follow it from your account."
)
RECEIVED = gettext_lazy(
    "Thank you: your priority is received. It will be public once the commune has read it."
)


class ProposeView(FormPage):
    """A resident (or an association's representative) proposes a priority; it is published
    once an editor has read it."""

    template_name = "participation/public/propose.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not can(request.user, "participation.propose_priority"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        locality = getattr(getattr(request.user, "resident", None), "locality", None)
        return self.render(
            ProposeForm(initial={"language": request.LANGUAGE_CODE, "locality": locality})
        )

    def post(self, request):
        form = ProposeForm(request.POST, request.FILES)
        if form.is_valid():
            data = {name: form.cleaned_data[name] for name in ProposeForm.Meta.fields}
            try:
                services.priority_propose(
                    by=request.user, photo=form.cleaned_data.get("photo"), **data
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                if request.user.role == "resident":
                    messages.success(request, RECEIVED_RESIDENT)
                    return redirect("residents:me")
                messages.success(request, RECEIVED)  # an association's representative
                return redirect("priorities:list")
        return self.refused(form)


class SupportView(View):
    """POST: the signed-in resident supports the priority, once."""

    http_method_names = ["post"]

    def post(self, request, pk):
        priority = get_object_or_404(Priority.public_objects.all(), pk=pk)
        if not request.user.is_authenticated:
            return redirect_to_login(priority.get_absolute_url())
        try:
            services.priority_support(priority=priority, by=request.user)
        except PermissionDenied:
            messages.error(
                request, _("Only a resident with a confirmed account can support a priority.")
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Thank you: your support is counted."))
        return redirect(priority.get_absolute_url() + "#support")


class FlagView(FormPage):
    """Anyone reports a published priority to the moderators."""

    template_name = "participation/public/flag.html"

    def get_priority(self, pk):
        return get_object_or_404(Priority.public_objects.all(), pk=pk)

    def page_context(self):
        return {"priority": self.priority}

    def get(self, request, pk):
        self.priority = self.get_priority(pk)
        return self.render(FlagForm())

    def post(self, request, pk):
        priority = self.priority = self.get_priority(pk)
        form = FlagForm(request.POST)
        if form.is_valid():
            try:
                services.priority_flag(
                    priority=priority,
                    reason=form.cleaned_data["reason"],
                    note=form.cleaned_data["note"],
                    address=ratelimit.client_address(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Thank you: the moderators will read your report."))
                return redirect(priority.get_absolute_url())
        return self.refused(form)

"""The workspace search (issue 10 #11): every register the signed-in person may see, each
through its own scope (`visible_to`, the apps' rules), so a partner's representative finds its
own organisation's records only and never a staff-only note or an internal update."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from taawun.agreements.filters import AgreementFilter
from taawun.agreements.models import Agreement
from taawun.core.i18n import localized_field_name
from taawun.core.search import SearchForm, matching, ranked
from taawun.core.views import RoleRequiredMixin
from taawun.partners.models import Partner
from taawun.projects.models import Project, Update
from taawun.territory.models import Locality

# Each register shows at most this many rows, with a link to its full filtered list.
PER_KIND = 10


def _group(title, rows, label, url, more_url):
    """One register's results: at most PER_KIND rows (one more is read to know if there are
    others), `label` and `url` of each row, and the full list's address."""
    rows = list(rows[: PER_KIND + 1])
    return {
        "title": title,
        "results": [(label(row), url(row)) for row in rows[:PER_KIND]],
        "more": len(rows) > PER_KIND,
        "more_url": more_url,
    }


def search_workspace(request, text):
    """The groups of results for `text`: five queries at most."""
    user = request.user
    query = urlencode({"q": text})
    groups = []
    if user.has_perm("partners.view_partner"):
        partners = Partner.objects.visible_to(user).order_by(localized_field_name("name"), "pk")
        groups.append(
            _group(
                _("Partners"),
                partners.search(text),
                lambda p: p.name,
                lambda p: reverse("partners:detail", kwargs={"pk": p.pk}),
                f"{reverse('partners:list')}?{query}",
            )
        )
    if user.has_perm("agreements.view_agreement"):
        # The register's own search: reference, title and the parties' names and acronyms.
        found = AgreementFilter(
            data={"q": text},
            queryset=Agreement.objects.visible_to(user).order_by("reference", "pk"),
            request=request,
        ).qs
        groups.append(
            _group(
                _("Agreements"),
                found,
                lambda a: f"{a.reference} — {a.title}",
                lambda a: a.get_manage_url(),
                f"{reverse('agreements:list')}?{query}",
            )
        )
    if user.has_perm("projects.view_project"):
        projects = Project.objects.visible_to(user)
        groups.append(
            _group(
                _("Projects"),
                projects.order_by("code", "pk").search(text),
                lambda p: f"{p.code} — {p.title}",
                lambda p: reverse("projects:detail", kwargs={"pk": p.pk}),
                f"{reverse('projects:list')}?{query}",
            )
        )
        updates = Update.objects.filter(project__in=projects.values("pk")).filter(
            matching(Update, text)
        )
        if not user.has_perm("projects.view_staff_only"):  # internal updates are the commune's
            updates = updates.filter(is_public=True)
        groups.append(
            _group(
                _("News"),
                ranked(updates.select_related("project").order_by("-date", "-pk"), text),
                lambda u: u.title,
                # The update itself: its article on the project's page (id="update-<pk>").
                lambda u: (
                    reverse("projects:detail", kwargs={"pk": u.project_id}) + f"#update-{u.pk}"
                ),
                None,
            )
        )
    if user.has_perm("territory.view_locality"):
        localities = Locality.objects.filter(matching(Locality, text))
        groups.append(
            _group(
                _("Localities"),
                ranked(localities.order_by(localized_field_name("name"), "pk"), text),
                lambda place: place.name,
                lambda place: reverse("territory:index"),
                reverse("territory:index"),
            )
        )
    return groups


class WorkspaceSearchView(RoleRequiredMixin, TemplateView):
    permission = "reports.view_dashboard"
    template_name = "reports/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET) if "q" in self.request.GET else SearchForm()
        form.fields["q"].label = _("Search the workspace")
        context["form"] = form
        if form.is_bound and form.is_valid():
            groups = search_workspace(self.request, form.cleaned_data["q"])
            context.update(
                query=form.cleaned_data["q"],
                groups=groups,
                found=sum(len(group["results"]) for group in groups),
            )
        return context

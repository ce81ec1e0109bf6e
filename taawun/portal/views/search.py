"""The site-wide public search: partners, agreements, projects, localities and news, from the
public managers only, so an unpublished record is never found."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from taawun.agreements.models import Agreement
from taawun.core.i18n import localized_field_name
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.search import SearchForm, matching, ranked
from taawun.partners.models import Partner
from taawun.projects.models import Project, Update
from taawun.territory.models import Locality

from .residents import public_updates

# Each register gives at most this many rows: the search stays bounded whatever is typed.
PER_KIND = 50


def search_public(text):
    """(kind, label, url) of every public record matching `text`: at most PER_KIND per
    register, five queries."""
    results = []
    partners = Partner.public_objects.order_by(localized_field_name("name"), "pk").search(text)
    for partner in partners[:PER_KIND]:
        results.append((_("Partner"), partner.name, partner.get_absolute_url()))
    agreements = Agreement.public_objects.order_by("reference", "pk").search(text)
    for agreement in agreements[:PER_KIND]:
        label = f"{agreement.reference} — {agreement.title}"
        results.append((_("Agreement"), label, agreement.get_absolute_url()))
    projects = Project.public_objects.order_by("code", "pk").search(text)
    for project in projects[:PER_KIND]:
        results.append(
            (_("Project"), f"{project.code} — {project.title}", project.get_absolute_url())
        )
    localities = ranked(
        Locality.objects.filter(matching(Locality, text)).order_by(
            localized_field_name("name"), "pk"
        ),
        text,
    )
    for locality in localities[:PER_KIND]:
        url = reverse("portal:locality-detail", kwargs={"slug": locality.slug})
        results.append((_("Locality"), locality.name, url))
    updates = public_updates().filter(matching(Update, text))
    for update in ranked(updates.order_by("-date", "-pk"), text)[:PER_KIND]:
        results.append((_("News"), update.title, update.project.get_absolute_url()))
    return results


class SearchView(TemplateView):
    template_name = "portal/search.html"
    paginate_by = 20
    paginator_class = VersionedCountPaginator  # over a list: as Django's

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = SearchForm(self.request.GET) if "q" in self.request.GET else SearchForm()
        context["form"] = form
        if form.is_bound and form.is_valid():
            results = search_public(form.cleaned_data["q"])
            page = self.paginator_class(results, self.paginate_by).get_page(
                self.request.GET.get("page")
            )
            context.update(query=form.cleaned_data["q"], results=page, page_obj=page)
        return context

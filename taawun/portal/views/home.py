"""The home page: what the cooperation is, what it costs, who pays and what it has done."""

from django.views.generic import TemplateView

from taawun.agreements.choices import Stage
from taawun.agreements.filters import IN_FORCE_QUERY
from taawun.agreements.models import Agreement
from taawun.core.bars import bar_class
from taawun.core.caching import versioned
from taawun.partners.models import Partner
from taawun.projects.models import Project, ProjectLocation
from taawun.projects.selectors import key_figures, objectives_balance
from taawun.territory.maps import CommuneMapMixin

from .residents import map_context, public_updates


class HomeView(CommuneMapMixin, TemplateView):
    """What the cooperation is, what it costs, who pays and what it has done, on one light page.

    Every figure starts from a public manager; the map's markers come from the public GeoJSON.
    """

    template_name = "portal/home.html"
    updates_shown = 5
    examples_shown = 3

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(versioned("home", self.figures))
        context["updates"] = public_updates()[: self.updates_shown]
        context["in_force_query"] = IN_FORCE_QUERY
        return context

    def figures(self):
        """The figures over every public record: computed once per change of the data."""
        projects = Project.public_objects.all()
        places = map_context(ProjectLocation.objects.filter(project__in=projects))
        return {
            "figures": key_figures(projects),
            "partner_count": Partner.public_objects.count(),
            "agreements_in_force": Agreement.public_objects.filter(stage=Stage.IN_FORCE).count(),
            "locality_count": ProjectLocation.objects.filter(project__in=projects)
            .values("locality")
            .distinct()
            .count(),
            "objectives": objectives_on_the_ground(projects, self.examples_shown),
            "map_bounds": places["map_bounds"],
        }


# The seed's three flagged objectives; sustainable development is read from the weights.
OBJECTIVE_FLAGS = {
    "expertise": "expertise_exchange",
    "integration": "integration",
    "innovation": "innovation",
}


def objectives_on_the_ground(projects, examples):
    """For each of the seed's four objectives, what the public projects do for it: the
    budget-weighted social/economic/environmental balance, and for the other three how many
    projects carry the objective with the largest few as examples. 1 + 3 queries."""
    balance = objectives_balance(projects)
    dimensions = [
        {"key": key, "percent": balance[key], "bar": bar_class(balance[key])}
        for key in ("social", "economic", "environmental")
    ]
    flagged = [
        {
            "key": key,
            "count": balance[key],
            "examples": list(
                projects.filter(**{field: True})
                .only("pk", "code", "title_ar", "title_fr", "title_en")
                .order_by("-budget", "pk")[:examples]
            ),
        }
        for key, field in OBJECTIVE_FLAGS.items()
    ]
    return {"count": balance["count"], "dimensions": dimensions, "flagged": flagged}

"""The authorization matrix's entries for funding opportunities and bids (merged into
tests/test_authorization.py's MATRIX): the commune's people read them, its editors write them;
representatives and residents have none of it; the portal shows the public opportunities."""

from tests.roles import DENIED, everyone, expect

COMMUNE_READS = expect(DENIED, commune=200)
EDITORS_WRITE = expect(DENIED, editors=200)
MATRIX = {
    "funding:opportunity-list": ("get", None, COMMUNE_READS),
    "funding:opportunity-create": ("get", None, EDITORS_WRITE),
    "funding:opportunity-detail": ("get", "opportunity", COMMUNE_READS),
    "funding:opportunity-edit": ("get", "opportunity", EDITORS_WRITE),
    "funding:deadline-add": ("get", "opportunity", EDITORS_WRITE),
    "funding:bid-create": ("get", "opportunity_project", EDITORS_WRITE),
    "funding:bid-detail": ("get", "bid", COMMUNE_READS),
    "funding:bid-step": ("post", "bid_step", expect(DENIED, editors=302)),
    "funding:bid-award": ("get", "bid", EDITORS_WRITE),
    "opportunities:list": ("get", None, everyone(200)),
    "opportunities:calendar": ("get", None, everyone(200)),
    "opportunities:detail": ("get", "public_opportunity_slug", everyone(200)),
    "api:opportunity-list": ("get", None, everyone(200)),
    "api:opportunity-detail": ("get", "opportunity", everyone(200)),
}


def objects(*, project, partner):
    """An open public opportunity of `partner` with a deadline and a bid for `project`."""
    import datetime

    from django.utils import timezone

    from taawun.funding.models import Bid, Deadline, FundingOpportunity

    opportunity = FundingOpportunity.objects.create(
        donor=partner, programme_ar="برنامج", programme_fr="Programme test", summary_ar="م",
        summary_fr="R", currency="EUR", state="open", is_public=True,
    )  # fmt: skip
    Deadline.objects.create(
        opportunity=opportunity, due_at=timezone.now() + datetime.timedelta(days=90)
    )
    bid = Bid.objects.create(opportunity=opportunity, project=project, amount=1000, currency="EUR")
    return {
        "opportunity": {"pk": opportunity.pk},
        "opportunity_project": {"pk": opportunity.pk, "project": project.pk},
        "bid": {"pk": bid.pk},
        "bid_step": {"pk": bid.pk, "step": "submit"},
        "public_opportunity_slug": lambda: {"pk": opportunity.pk, "slug": opportunity.slug},
    }

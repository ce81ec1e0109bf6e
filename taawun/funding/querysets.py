from taawun.core.querysets import ScopedQuerySet

from .choices import OpportunityState


class OpportunityQuerySet(ScopedQuerySet):
    search_fields = ("programme_*", "reference", "summary_*")

    def public(self):
        """On the portal: the opportunities the commune chose to show, not archived."""
        return self.filter(is_public=True).exclude(state=OpportunityState.ARCHIVED)


class BidQuerySet(ScopedQuerySet):
    pass

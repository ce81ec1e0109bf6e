from taawun.core.querysets import ScopedQuerySet

from .choices import ApplicationState, CallState

# A call's results are public from the step "results" on.
RESULTS_PUBLISHED = (CallState.RESULTS, CallState.ARCHIVED)


class CallQuerySet(ScopedQuerySet):
    search_fields = ("reference", "title_*")

    def public(self):
        """A call is public once published: its page stays after it closes."""
        return self.exclude(state=CallState.DRAFT)

    def with_rules(self):
        """With what a call's page and the API show of its rules: its themes, localities,
        scoring grid and documents to join (each in its order), in four queries."""
        return self.prefetch_related("domains", "localities", "criteria", "required_documents")


class ApplicationQuerySet(ScopedQuerySet):
    search_fields = ("reference", "title")

    def submitted(self):
        return self.exclude(state__in=[ApplicationState.DRAFT, ApplicationState.WITHDRAWN])

    def awards(self):
        """The public awards: the selected applications of the calls whose results are
        published — never one not selected, on the reserve list or still under review."""
        return self.filter(state=ApplicationState.SELECTED, call__state__in=RESULTS_PUBLISHED)

from taawun.core.querysets import ScopedQuerySet

from .choices import ApplicationState, CallState


class CallQuerySet(ScopedQuerySet):
    search_fields = ("reference", "title_*")

    def public(self):
        """A call is public once published: its page stays after it closes."""
        return self.exclude(state=CallState.DRAFT)


class ApplicationQuerySet(ScopedQuerySet):
    search_fields = ("reference", "title")

    def submitted(self):
        return self.exclude(state__in=[ApplicationState.DRAFT, ApplicationState.WITHDRAWN])

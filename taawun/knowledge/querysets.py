from taawun.core.querysets import ScopedQuerySet

from .choices import PracticeState, ReplicationState


class PracticeQuerySet(ScopedQuerySet):
    search_fields = ("title_*", "summary_*", "problem_*")

    def public(self):
        """On the portal: the published cards only, never a draft, a card submitted by a
        partner and waiting for the commune, or one validated and not yet published."""
        return self.filter(state=PracticeState.PUBLISHED)


class ReplicationQuerySet(ScopedQuerySet):
    def counted(self):
        """The replications the card counts: every one but those abandoned."""
        return self.exclude(state=ReplicationState.ABANDONED)


class MissionQuerySet(ScopedQuerySet):
    search_fields = ("title_*", "places_*")

    def public(self):
        """On the portal: the missions the commune chose to show, once approved."""
        return self.filter(is_public=True).exclude(state__in=["idea", "planned"])


class TrainingQuerySet(ScopedQuerySet):
    search_fields = ("title_*", "trainer")

"""Atom feed of the public news of projects, one per language.

XML 1.0 cannot carry C0 control characters: text stored before the text rule (core.text) is
written without them, so a feed answers whatever the database holds. The commune's name is
isolated in the feed's title (plain text: FSI … PDI).
"""

from django.contrib.syndication.views import Feed
from django.db.models import Count
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from taawun.core.text import isolate, strip_controls
from taawun.projects.models import Update
from taawun.territory.models import CommuneProfile


class UpdatesFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, language):
        if language not in {"ar", "fr", "en"}:
            raise Http404
        translation.activate(language)
        self.language = language
        return language

    def title(self, language):
        return _("News of the cooperation projects — %(name)s") % {
            "name": isolate(CommuneProfile.current().name)
        }

    def link(self, language):
        return f"/{language}/news/"

    def subtitle(self, language):
        return _("Public updates of the commune's cooperation projects.")

    def items(self, language):
        return (
            Update.objects.filter(is_public=True, project__is_public=True)
            .select_related("project")
            .order_by("-date", "-pk")[:50]
        )

    def item_title(self, item):
        return strip_controls(item.title)

    def item_description(self, item):
        return strip_controls(item.body)

    def item_link(self, item):
        return item.project.get_absolute_url() + f"#update-{item.pk}"

    def item_pubdate(self, item):
        from datetime import datetime, time

        from django.utils import timezone

        return timezone.make_aware(datetime.combine(item.date, time(12)))


class PriorityAnswersFeed(UpdatesFeed):
    """The commune's published answers to residents' priorities, newest first: what it said
    about what residents asked (participation). No author, no supporter."""

    def title(self, language):
        return _("Answers to residents' priorities — %(name)s") % {
            "name": isolate(CommuneProfile.current().name)
        }

    def link(self, language):
        return f"/{language}/priorities/"

    def subtitle(self, language):
        return _("The commune's public answers to the priorities residents proposed.")

    def items(self, language):
        from taawun.participation.models import Priority

        return (
            Priority.public_objects.filter(answer_published_at__isnull=False)
            .select_related("locality")
            .order_by("-answer_published_at", "-pk")[:50]
        )

    def item_title(self, item):
        return strip_controls(f"{item.title} — {item.get_answer_state_display()}")

    def item_description(self, item):
        return strip_controls(item.answer)

    def item_link(self, item):
        return item.get_absolute_url() + "#answer"

    def item_pubdate(self, item):
        return item.answer_published_at


class RecordsFeed(UpdatesFeed):
    """A feed of records with their own public page, dated by their creation and last change."""

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.created_at

    def item_updateddate(self, item):
        return item.updated_at


class PracticesFeed(RecordsFeed):
    """The published good practices, the last changed first: what the commune learned and
    who replicated it (exchange of expertise). A card is in it only once published."""

    def title(self, language):
        return _("Good practices — %(name)s") % {"name": isolate(CommuneProfile.current().name)}

    def link(self, language):
        return f"/{language}/practices/"

    def subtitle(self, language):
        return _(
            "Practices of the commune and its partners worth repeating, and who repeated them."
        )

    def items(self, language):
        from taawun.knowledge.models import Practice
        from taawun.knowledge.public_practices import COUNTED

        return (
            Practice.objects.public()
            .annotate(replicated=Count("replications", filter=COUNTED, distinct=True))
            .order_by("-updated_at", "-pk")[:50]
        )

    def item_title(self, item):
        return strip_controls(item.title)

    def item_description(self, item):
        replicated = ngettext(
            "replicated %(counter)s time", "replicated %(counter)s times", item.replicated
        ) % {"counter": item.replicated}
        return strip_controls(f"{item.summary or item.problem}\n({replicated})")


class OpportunitiesFeed(RecordsFeed):
    """The funding opportunities the commune shows, the newest first, with the donor (named
    only when its record is published) and the next deadline in Morocco's time."""

    def title(self, language):
        return _("Funding opportunities — %(name)s") % {
            "name": isolate(CommuneProfile.current().name)
        }

    def link(self, language):
        return f"/{language}/opportunities/"

    def subtitle(self, language):
        return _(
            "Programmes of donors the commune and its partners may apply to, with their deadlines."
        )

    def items(self, language):
        from taawun.funding.public import public_opportunities

        return public_opportunities().order_by("-created_at", "-pk")[:50]

    def item_title(self, item):
        return strip_controls(f"{item.programme} — {item.get_state_display()}")

    def item_description(self, item):
        from django.utils import formats, timezone

        from taawun.funding.matching import next_deadline
        from taawun.partners.selectors import public_partner_name

        lines = [str(public_partner_name(item.donor)), item.summary]
        deadline = next_deadline(item)
        if deadline:
            moment = timezone.localtime(deadline.due_at)
            lines.append(
                _("Next deadline: %(date)s (Morocco time)")
                % {"date": formats.date_format(moment, "DATETIME_FORMAT")}
            )
        return strip_controls("\n".join(line for line in lines if line))

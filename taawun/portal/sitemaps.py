"""sitemap.xml: the public pages in each language, with hreflang alternates."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from taawun.agreements.models import Agreement
from taawun.coordination.models import Committee, Meeting
from taawun.council.models import CouncilSession
from taawun.funding.models import FundingOpportunity
from taawun.grants.models import Call
from taawun.knowledge.models import Mission, Practice
from taawun.participation.models import Petition, Priority
from taawun.partners.models import Partner
from taawun.projects.models import Project
from taawun.territory.models import Locality


class I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class StaticPages(I18nSitemap):
    changefreq = "weekly"
    priority = 0.8

    def items(self):
        return [
            "portal:home",
            "portal:partner-list",
            "portal:agreement-list",
            "portal:project-list",
            "coordination-public:committee-list",
            "council-public:session-list",
            "priorities:list",
            "information:register",
            "petitions:list",
            "calls:list",
            "practices:list",
            "missions:list",
            "opportunities:list",
            "report:alignment",
            "information:transparency",
            "open-data",
            "portal:locality-list",
            "portal:news",
            "portal:how",
            "portal:accessibility",
            "portal:legal",
            "portal:personal-data",
        ]

    def location(self, name):
        return reverse(name)


class Partners(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Partner.public_objects.order_by("pk").only("pk", "name_fr", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class Agreements(I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Agreement.public_objects.order_by("pk").only("pk", "title_fr", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class Projects(I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return Project.public_objects.order_by("pk").only("pk", "title_fr", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class Committees(I18nSitemap):
    """Published committees (coordination's public pages)."""

    changefreq = "monthly"

    def items(self):
        return Committee.public_objects.order_by("pk").only(
            "pk", "name_ar", "name_fr", "name_en", "updated_at"
        )

    def lastmod(self, obj):
        return obj.updated_at


class Meetings(I18nSitemap):
    """The public meetings of published committees: agenda, approved minutes, decisions."""

    changefreq = "weekly"

    def items(self):
        return Meeting.objects.public().order_by("pk").only("pk", "updated_at")

    def location(self, obj):
        return reverse("coordination-public:meeting-detail", kwargs={"pk": obj.pk})

    def lastmod(self, obj):
        return obj.updated_at


class CouncilSessions(I18nSitemap):
    """Published council sessions: their agenda and outcomes."""

    changefreq = "monthly"

    def items(self):
        return CouncilSession.public_objects.order_by("pk").only(
            "pk", "name_ar", "name_fr", "name_en", "updated_at"
        )

    def lastmod(self, obj):
        return obj.updated_at


class Priorities(I18nSitemap):
    """Published residents' priorities, with their answers."""

    changefreq = "weekly"

    def items(self):
        return Priority.public_objects.order_by("pk").only("pk", "title", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class Petitions(I18nSitemap):
    """Petitions to the council, but the withdrawn ones."""

    changefreq = "weekly"

    def items(self):
        return Petition.objects.public().order_by("pk").only("pk", "reference", "updated_at")

    def lastmod(self, obj):
        return obj.updated_at


class Calls(I18nSitemap):
    """Calls for projects once published: their rules, deadline and results."""

    changefreq = "weekly"

    def items(self):
        return (
            Call.objects.public()
            .order_by("pk")
            .only("pk", "title_ar", "title_fr", "title_en", "updated_at")
        )

    def lastmod(self, obj):
        return obj.updated_at


class Practices(I18nSitemap):
    """Published good-practice cards."""

    changefreq = "monthly"

    def items(self):
        return (
            Practice.objects.public()
            .order_by("pk")
            .only("pk", "title_ar", "title_fr", "title_en", "updated_at")
        )

    def lastmod(self, obj):
        return obj.updated_at


class Opportunities(I18nSitemap):
    """The funding opportunities the commune shows."""

    changefreq = "weekly"

    def items(self):
        return (
            FundingOpportunity.objects.public()
            .order_by("pk")
            .only("pk", "programme_ar", "programme_fr", "programme_en", "updated_at")
        )

    def lastmod(self, obj):
        return obj.updated_at


class Missions(I18nSitemap):
    """The exchange missions the commune shows, once approved."""

    changefreq = "monthly"

    def items(self):
        return (
            Mission.objects.public()
            .order_by("pk")
            .only("pk", "title_ar", "title_fr", "title_en", "updated_at")
        )

    def lastmod(self, obj):
        return obj.updated_at


class Localities(I18nSitemap):
    """Each locality's page ("my neighbourhood"), in every language."""

    changefreq = "weekly"

    def items(self):
        return Locality.objects.order_by("pk").only("pk", "slug", "updated_at")

    def location(self, obj):
        return reverse("portal:locality-detail", kwargs={"slug": obj.slug})

    def lastmod(self, obj):
        return obj.updated_at


SITEMAPS = {
    "pages": StaticPages,
    "partners": Partners,
    "agreements": Agreements,
    "projects": Projects,
    "localities": Localities,
    "committees": Committees,
    "meetings": Meetings,
    "council-sessions": CouncilSessions,
    "priorities": Priorities,
    "petitions": Petitions,
    "calls": Calls,
    "practices": Practices,
    "opportunities": Opportunities,
    "missions": Missions,
}

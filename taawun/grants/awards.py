"""The awards of calls for projects as open data, in the 360Giving Data Standard's terms: one
grant per selected application of a call whose results are published (`Application.objects.
awards()`), read by the API (/api/v1/grants/) and the open dataset (/open-data/grants.*).

What an award says is what the results on the call's page say — the association, the project,
its place, its dates, the amount and the call — and nothing of the application behind it: no
score, rank, review, budget line, document, screening reason or contact, and no application
that was not selected. The association is named by the one rule of every public output
(partners.selectors.public_partner_name): an unpublished or archived partner is "a partner not
published", without an identifier.
"""

from django.utils import timezone

from taawun.core.tabular import utc_text
from taawun.partners.selectors import public_partner_name
from taawun.territory.models import CommuneProfile
from taawun.territory.selectors import commune_identifier

from .models import Application

CURRENCY = "MAD"
CHUNK = 2000


def public_awards():
    """The awards with what they show, in a fixed number of queries: the newest results first,
    then in the order of the receipts."""
    return (
        Application.objects.awards()
        .select_related("call", "association", "locality")
        .only(
            "reference",
            "title",
            "summary",
            "awarded",
            "starts_on",
            "ends_on",
            "updated_at",
            "call__reference",
            "call__title_ar",
            "call__title_fr",
            "call__title_en",
            "call__results_published_at",
            "association__name_ar",
            "association__name_fr",
            "association__name_en",
            "association__iati_identifier",
            "association__is_public",
            "association__archived_at",
            "locality__name_ar",
            "locality__name_fr",
            "locality__name_en",
            "locality__latitude",
            "locality__longitude",
        )
        .order_by("-call__results_published_at", "call_id", "number", "pk")
    )


def award_identifier(application, funder_id=None):
    """The grant's identifier: the commune's organisation identifier (as in its IATI files)
    and the application's receipt number, "XI-IATI-TAAWUN-DS-2026-0007"."""
    return f"{funder_id or commune_identifier()}-{application.reference}"


def recipient_identifier(partner, funder_id=None):
    """The association's organisation identifier: its registered IATI identifier, else one
    under the commune's prefix; None when the partner is not published."""
    if partner is None or not partner.is_published:
        return None
    return partner.iati_identifier or f"{funder_id or commune_identifier()}-ORG-{partner.pk}"


def award_date(application):
    """The day the call's results were published, in Morocco's calendar."""
    published = application.call.results_published_at
    return timezone.localtime(published).date() if published else None


def funder(profile=None):
    """{"id", "name"} of the commune, its name in the reader's language."""
    profile = profile or CommuneProfile.current()
    return {"id": commune_identifier(profile), "name": str(profile.name)}


# The open dataset: 360Giving's spreadsheet columns, so its tools read the file as it is.
GRANT_HEADER = [
    "Identifier",
    "Title",
    "Description",
    "Currency",
    "Amount Awarded",
    "Award Date",
    "Planned Dates:Start Date",
    "Planned Dates:End Date",
    "Recipient Org:Identifier",
    "Recipient Org:Name",
    "Funding Org:Identifier",
    "Funding Org:Name",
    "Grant Programme:Code",
    "Grant Programme:Title",
    "Beneficiary Location:Name",
    "Beneficiary Location:Latitude",
    "Beneficiary Location:Longitude",
    "Last Modified",
]


def grant_table(awards):
    """The rows of `awards` (public_awards() or a part of it), names in French as in the other
    datasets; an unpublished association's name is left empty."""
    profile = CommuneProfile.current()
    funder_id = commune_identifier(profile)

    def rows():
        for a in awards.iterator(chunk_size=CHUNK):
            yield [
                award_identifier(a, funder_id),
                a.title,
                a.summary,
                CURRENCY,
                a.awarded,
                award_date(a),
                a.starts_on,
                a.ends_on,
                recipient_identifier(a.association, funder_id),
                public_partner_name(a.association, "name_fr", unpublished=""),
                funder_id,
                profile.name_fr,
                a.call.reference,
                a.call.title_fr,
                a.locality.name_fr,
                a.locality.latitude,
                a.locality.longitude,
                utc_text(a.updated_at),
            ]

    return GRANT_HEADER, rows()

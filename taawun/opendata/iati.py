"""IATI 2.03 files of the commune: its public activities and its organisation file.

Written one activity at a time, so memory does not grow with the number of projects; every
code comes from the official codelists in taawun/core/iati. Elements follow the schema's order.
"""

from decimal import Decimal
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone

from taawun.agreements.models import Agreement, Document
from taawun.core import iati
from taawun.core.text import strip_controls
from taawun.projects.models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    Participant,
    Project,
    ProjectLocation,
    Transaction,
)
from taawun.territory.models import CommuneProfile
from taawun.territory.selectors import commune_identifier

from .budgets import yearly_budgets, yearly_totals

VERSION = "2.03"
LANGUAGES = ("fr", "ar", "en")  # French first: the default xml:lang of the file
EPSG_4326 = "http://www.opengis.net/def/crs/EPSG/0/4326"
DOCUMENT_CATEGORY = {"signed": "A09", "amendment": "A09", "annex": "A11", "deliberation": "A11"}
MIME = {
    "application/pdf",
    "image/png",
    "image/jpeg",
    "image/webp",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/msword",
}


def escape(value):
    # Text stored before the text rule may hold characters XML 1.0 cannot carry: dropped.
    return _escape(strip_controls(str(value)))


def attrs(**values):
    return "".join(
        f" {name.replace('_', '-')}={quoteattr(strip_controls(str(value)))}"
        for name, value in values.items()
        if value not in (None, "")
    )


def narratives(obj, base):
    """<narrative> per language that has text; the first (French) without xml:lang."""
    parts = []
    for code in LANGUAGES:
        text = (getattr(obj, f"{base}_{code}", "") or "").strip()
        if text:
            lang = "" if code == "fr" else f' xml:lang="{code}"'
            parts.append(f"<narrative{lang}>{escape(text)}</narrative>")
    return "".join(parts) or "<narrative/>"


def name_narratives(partner):
    return narratives(partner, "name")


def org_identifier(profile):
    """The reporting organisation: the profile's identifier, else settings.COMMUNE_IATI_ID."""
    return commune_identifier(profile)


def activity_identifier(profile, project):
    return f"{org_identifier(profile)}-{project.code}"


def _money(value):
    return f"{Decimal(value):.2f}"


def org_element(tag, partner, **extra):
    ref = partner.iati_identifier if partner is not None else ""
    type_code = partner.iati_type if partner is not None else ""
    body = name_narratives(partner) if partner is not None else "<narrative/>"
    return f"<{tag}{attrs(ref=ref, type=type_code, **extra)}>{body}</{tag}>"


def public_projects():
    """Public projects with everything the file needs, prefetched in a fixed number of queries."""
    return (
        Project.public_objects.select_related("owner", "pac_axis")
        .prefetch_related(
            "domains",
            Prefetch("participants", queryset=Participant.objects.select_related("partner")),
            Prefetch("locations", queryset=ProjectLocation.objects.select_related("locality")),
            Prefetch(
                "transactions",
                queryset=Transaction.objects.select_related("provider", "receiver").order_by(
                    "date", "pk"
                ),
            ),
            Prefetch(
                "indicators",
                queryset=Indicator.objects.prefetch_related(
                    Prefetch("periods", queryset=IndicatorPeriod.objects.prefetch_related("values"))
                ),
            ),
            Prefetch(
                "contributions",
                queryset=Contribution.objects.select_related("obligation__party__agreement"),
            ),
            Prefetch(
                "agreements",
                queryset=Agreement.public_objects.prefetch_related(
                    Prefetch("documents", queryset=Document.objects.filter(is_public=True))
                ),
            ),
        )
        .order_by("pk")
    )


def activity_xml(project, profile, commune, base_url):
    """One <iati-activity> element as text."""
    out = []
    updated = project.updated_at.isoformat(timespec="seconds")
    out.append(
        f"<iati-activity{attrs(last_updated_datetime=updated, default_currency='MAD', hierarchy=1)}"
        f' xml:lang="fr">'
    )
    out.append(
        f"<iati-identifier>{escape(activity_identifier(profile, project))}</iati-identifier>"
    )
    out.append(
        f"<reporting-org{attrs(ref=org_identifier(profile), type='11')}>"
        f"{narratives(profile, 'name')}</reporting-org>"
    )
    out.append(f"<title>{narratives(project, 'title')}</title>")
    if any(getattr(project, f"description_{c}") for c in LANGUAGES):
        out.append(f'<description type="1">{narratives(project, "description")}</description>')
    # Only organisations the commune publishes are named; the others are left out.
    participants = [p for p in project.participants.all() if _published(p.partner)]
    if not participants and commune is not None:
        participants = [Participant(partner=commune, role="2")]
    for participant in participants:
        out.append(org_element("participating-org", participant.partner, role=participant.role))
    out.append(f'<activity-status code="{project.status}"/>')
    dates = [
        ("1", project.planned_start),
        ("2", project.actual_start),
        ("3", project.planned_end),
        ("4", project.actual_end),
    ]
    written = [(code, day) for code, day in dates if day]
    if not written:
        written = [("1", project.created_at.date())]
    for code, day in written:
        out.append(f'<activity-date type="{code}" iso-date="{day.isoformat()}"/>')
    out.append('<activity-scope code="7"/>')  # sub-national: one municipality
    out.append('<recipient-country code="MA" percentage="100"/>')
    for location in project.locations.all():
        out.append(
            f"<location{attrs(ref=f'{project.code}-{location.locality.slug}')}>"
            f"<name>{narratives(location.locality, 'name')}</name>"
            f'<point srsName="{EPSG_4326}"><pos>{location.latitude} {location.longitude}</pos></point>'
            '<exactness code="1"/></location>'
        )
    out.extend(sectors(project))
    for budget in yearly_budgets(project):  # one per year: IATI refuses longer periods
        start, end = budget.start.isoformat(), budget.end.isoformat()
        out.append(
            f'<budget type="1" status="{budget.status}">'
            f'<period-start iso-date="{start}"/><period-end iso-date="{end}"/>'
            f'<value currency="MAD" value-date="{start}">{_money(budget.value)}</value>'
            "</budget>"
        )
    for tx in project.transactions.all():
        out.append(
            "<transaction>"
            f'<transaction-type code="{tx.type}"/>'
            f'<transaction-date iso-date="{tx.date.isoformat()}"/>'
            f'<value currency="{tx.currency}" value-date="{tx.date.isoformat()}">{_money(tx.amount)}</value>'
            + (
                f"<description>{narratives(tx, 'description')}</description>"
                if tx.description
                else ""
            )
            + (org_element("provider-org", tx.provider) if _published(tx.provider) else "")
            + (org_element("receiver-org", tx.receiver) if _published(tx.receiver) else "")
            + "</transaction>"
        )
    for agreement in project.agreements.all():
        for document in agreement.documents.all():
            if document.content_type not in MIME:
                continue
            url = base_url + reverse("portal:agreement-document", kwargs={"pk": document.pk})
            out.append(
                f"<document-link{attrs(format=document.content_type, url=url)}>"
                f"<title>{narratives(document, 'title')}</title>"
                f'<category code="{DOCUMENT_CATEGORY.get(document.category, "A11")}"/>'
                f'<document-date iso-date="{document.created_at.date().isoformat()}"/>'
                "</document-link>"
            )
    for indicator in project.indicators.all():
        out.append(result_xml(indicator))
    out.append("</iati-activity>")
    return "".join(out)


def _published(partner):
    """Named in public (the rule of partners.selectors.public_partner_name)."""
    return partner is not None and partner.is_published


def sectors(project):
    """DAC 5-digit (vocabulary 1) and SDG goals (7), split evenly; the PAC axis (99)."""
    domains = list(project.domains.all())
    out = []
    for vocabulary, codes in (
        ("1", sorted({d.dac_code for d in domains})),
        ("7", sorted({str(d.sdg_goal) for d in domains})),
    ):
        codes = [
            c for c in codes if iati.is_code("Sector" if vocabulary == "1" else "UNSDG-Goals", c)
        ]
        for code, share in zip(codes, split_100(len(codes)), strict=True):
            out.append(f'<sector vocabulary="{vocabulary}" code="{code}" percentage="{share}"/>')
    if project.pac_axis_id:
        axis = project.pac_axis
        out.append(
            f'<sector vocabulary="99" code="PAC-{axis.number}" percentage="100">'
            f"{narratives(axis, 'name')}</sector>"
        )
    return out


def split_100(count):
    if not count:
        return []
    base = (Decimal(100) / count).quantize(Decimal("0.01"))
    shares = [base] * count
    shares[-1] = Decimal(100) - base * (count - 1)
    return [format(share.normalize(), "f") for share in shares]


def result_xml(indicator):
    out = [f"<result{attrs(type=indicator.result_type, aggregation_status=0)}>"]
    out.append(f"<title>{narratives(indicator, 'name')}</title>")
    ascending = 1
    out.append(f"<indicator{attrs(measure=indicator.measure, ascending=ascending)}>")
    out.append(f"<title>{narratives(indicator, 'name')}</title>")
    if indicator.baseline is not None and indicator.baseline_year:
        out.append(
            f"<baseline{attrs(year=indicator.baseline_year, value=_number(indicator.baseline))}/>"
        )
    for period in indicator.periods.all():
        out.append(
            "<period>"
            f'<period-start iso-date="{period.period_start.isoformat()}"/>'
            f'<period-end iso-date="{period.period_end.isoformat()}"/>'
        )
        values = list(period.values.all())
        for kind in ("target", "actual"):
            total = getattr(period, kind)
            if total is not None:
                out.append(f"<{kind}{attrs(value=_number(total))}/>")
            for value in values:
                part = getattr(value, kind)
                if part is None:
                    continue
                dims = f'<dimension name="sex" value="{value.sex}"/>'
                if value.age_group:
                    dims += f'<dimension name="age" value="{value.age_group}"/>'
                out.append(f"<{kind}{attrs(value=_number(part))}>{dims}</{kind}>")
        out.append("</period>")
    out.append("</indicator></result>")
    return "".join(out)


def _number(value):
    value = Decimal(value)
    return str(value.quantize(Decimal(1))) if value == value.to_integral() else str(value)


def activities_file(base_url):
    """Generator of the activity file's text, one activity at a time."""
    profile = CommuneProfile.current()
    commune = profile.partner if profile.partner_id else None
    now = timezone.now().isoformat(timespec="seconds")
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    yield f'<iati-activities version="{VERSION}" generated-datetime="{now}">\n'
    for project in public_projects().iterator(chunk_size=200):
        yield activity_xml(project, profile, commune, base_url) + "\n"
    yield "</iati-activities>\n"


def organisation_file(base_url):
    """The commune's organisation file: identity, yearly total budget of its public projects
    (the sum of their activities' budgets of each year)."""
    profile = CommuneProfile.current()
    identifier = org_identifier(profile)
    now = timezone.now().isoformat(timespec="seconds")
    yearly = yearly_totals(Project.public_objects.exclude(budget=0).order_by("pk"))
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n',
        f'<iati-organisations version="{VERSION}" generated-datetime="{now}">\n',
        f'<iati-organisation{attrs(last_updated_datetime=now, default_currency="MAD")} xml:lang="fr">',
        f"<organisation-identifier>{escape(identifier)}</organisation-identifier>",
        f"<name>{narratives(profile, 'name')}</name>",
        f"<reporting-org{attrs(ref=identifier, type='11')}>{narratives(profile, 'name')}</reporting-org>",
    ]
    for row in yearly:
        if not row["total"]:
            continue
        year = row["year"]
        parts.append(
            '<total-budget status="1">'
            f'<period-start iso-date="{year}-01-01"/><period-end iso-date="{year}-12-31"/>'
            f'<value currency="MAD" value-date="{year}-01-01">{_money(row["total"])}</value>'
            "</total-budget>"
        )
    parts.append("</iati-organisation>\n</iati-organisations>\n")
    yield from parts

"""What a convention template may name, read from the agreement in the document's language.

Only the terms of the convention: its parties and their representatives, its object, each
party's contributions, the committee that follows it, its dates and amendments. Nothing of what
only the commune's people read (`rules.STAFF_ONLY_FIELDS`: the internal notes, who recorded a
payment) nor of how the agreement is carried out (deliveries, payments), since a partner's
representative drafts the same document. The words the application adds (table headings, "Total
for …") are interface strings, translated into the document's language.
"""

from decimal import Decimal

from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from taawun.core.i18n import amount, localized
from taawun.core.text import isolate, strip_controls
from taawun.territory.models import CommuneProfile

from ..choices import AmendmentStatus, ObligationKind, ObligationStatus
from . import placeholders
from .document import Convention, Paragraph, Signatures, Table, plain, read, title_lines
from .placeholders import BLANK, Blank, Block

DASH = "—"


def value(text):
    """A record's value for the template: each line isolated, or dots to fill in by hand."""
    text = strip_controls(str(text or "")).strip()
    if not text:
        return Blank(BLANK)
    return "\n".join(isolate(line) if line.strip() else "" for line in text.splitlines())


def day(when):
    return date_format(when, "DATE_FORMAT") if when else ""


def joined(names):
    return pgettext("list separator", ", ").join(name for name in names if name)


def _obligations(agreement):
    """{party: [obligations]} of the terms: a waived contribution is no longer one."""
    return {
        party: [o for o in party.obligations.all() if o.status != ObligationStatus.WAIVED]
        for party in agreement.parties.all()
    }


def _contribution(obligation):
    label = obligation.get_kind_display()
    if obligation.kind == ObligationKind.IN_KIND and obligation.in_kind_type:
        label = f"{label} — {obligation.get_in_kind_type_display()}"
    description = obligation.description
    return f"{label}\n{description}" if description else label


def _money(obligation):
    shown = amount(obligation.amount, obligation.currency)
    if obligation.currency != "MAD":
        shown = f"{shown} ({amount(obligation.mad_value)})"
    return shown


def _year(obligation):
    year = obligation.due_year or (obligation.due_date.year if obligation.due_date else None)
    return str(year) if year else DASH


def obligations_block(by_party):
    pieces, total = [], Decimal("0")
    header = (_("Contribution"), _("Tranche"), _("Year"), _("Due by"), _("Amount"))
    for party, obligations in by_party.items():
        if not obligations:
            continue
        rows = tuple(
            (
                _contribution(o),
                str(o.tranche) if o.tranche else DASH,
                _year(o),
                day(o.due_date) or DASH,
                _money(o),
            )
            for o in obligations
        )
        committed = sum((o.mad_value for o in obligations), Decimal("0"))
        total += committed
        name = party.partner.name
        pieces.append(Paragraph(isolate(name), "subheading"))
        widths = (0.34, 0.11, 0.1, 0.2, 0.25)
        pieces.append(Table(header, rows, numeric=(1, 2, 3, 4), widths=widths))
        pieces.append(
            Paragraph(
                _("Total for %(party)s: %(amount)s")
                % {"party": isolate(name), "amount": isolate(amount(committed))},
                "total",
            )
        )
    if pieces:
        pieces.append(
            Paragraph(
                _("Total of the contributions: %(amount)s") % {"amount": isolate(amount(total))},
                "total",
            )
        )
    return pieces, total


def parties_block(parties):
    pieces = []
    for party in parties:
        name, role = isolate(party.partner.name), party.get_role_display()
        if party.representative:
            text = _("%(name)s (%(role)s), represented by %(representative)s") % {
                "name": name,
                "role": role,
                "representative": isolate(party.representative),
            }
        else:
            text = _("%(name)s (%(role)s)") % {"name": name, "role": role}
        pieces.append(Paragraph(text, "item"))
    return pieces


def committee_block(agreement):
    """The committees founded by the agreement (coordination.Committee.agreement), still sitting:
    their name, mandate and the organisations sitting on them (never the people: their names
    and contacts are personal data, and the committee's own page shows them to whom it may)."""
    committees = getattr(agreement, "committees", None)
    if committees is None:
        return []
    today, pieces = timezone.localdate(), []
    for committee in committees.all():
        if committee.dissolved_on and committee.dissolved_on <= today:
            continue
        pieces.append(Paragraph(isolate(committee.name), "subheading"))
        for line in (committee.mandate or "").splitlines():
            if line.strip():
                pieces.append(Paragraph(isolate(line.strip())))
        members = []
        for membership in committee.memberships.all():
            if not membership.in_office(today):
                continue
            who = membership.partner.name if membership.partner_id else membership.service
            if who and who not in members:
                members.append(who)
        if members:
            names = joined(isolate(name) for name in members)
            pieces.append(Paragraph(_("Members: %(organisations)s") % {"organisations": names}))
    return pieces


def amendments_block(agreement):
    return [
        Paragraph(
            _("%(amendment)s (%(date)s): %(title)s")
            % {
                "amendment": str(amendment),
                "date": isolate(day(amendment.dated)),
                "title": isolate(amendment.title),
            },
            "item",
        )
        for amendment in agreement.amendments.all()
        if amendment.status == AmendmentStatus.APPROVED
    ]


def signatures_block(parties):
    if not parties:
        return []
    return [
        Signatures(
            parties=tuple((party.partner.name, party.representative) for party in parties),
            label=_("Signature and stamp"),
        )
    ]


def references_block(kind, language):
    text = getattr(kind, f"legal_references_{language}", "") or ""
    return [Paragraph(line.strip(), "reference") for line in text.splitlines() if line.strip()]


def template_context(agreement, language):
    """The values and blocks a template may name, in `language` (call inside an override)."""
    commune = CommuneProfile.current()
    by_party = _obligations(agreement)
    parties = list(by_party)
    obligations, total = obligations_block(by_party)
    parent = agreement.parent
    values = {
        "commune": value(localized(commune, "name")),
        "reference": value(agreement.reference),
        "title": value(agreement.title),
        "kind": value(agreement.kind.name),
        "object": value(agreement.object),
        "party_names": Blank(BLANK)
        if not parties
        else joined(isolate(p.partner.name) for p in parties),
        "start_date": value(day(agreement.start_date)),
        "end_date": value(day(agreement.end_date)),
        "duration_months": value(agreement.effective_duration_months),
        "renewal": value(agreement.get_renewal_display()),
        "council_session": value(agreement.council_session),
        "council_date": value(day(agreement.council_date)),
        "council_decision_number": value(agreement.council_decision_number),
        "framework": value(f"{parent.reference} — {parent.title}" if parent else ""),
        "localities": value(joined(locality.name for locality in agreement.localities.all())),
        "domains": value(joined(domain.name for domain in agreement.domains.all())),
        "total": value(amount(total) if parties else ""),
        "needs_visa": agreement.kind.needs_governor_visa,
    }
    blocks = {
        "legal_references": references_block(agreement.kind, language),
        "parties": parties_block(parties),
        "obligations": obligations,
        "committee": committee_block(agreement),
        "amendments": amendments_block(agreement),
        "signatures": signatures_block(parties),
    }
    return values, {name: Block(name, pieces) for name, pieces in blocks.items()}


def build(agreement, template, *, title=None, body=None):
    """The convention of `agreement` written from `template` (or from the `title` and `body`
    given, for a preview of an unsaved text), in the template's language."""
    language = template.language
    with translation.override(language):
        values, blocks = template_context(agreement, language)
        context = {**values, **blocks}
        rendered_title = placeholders.render(template.title if title is None else title, context)
        rendered_body = placeholders.render(template.body if body is None else body, context)
        heading = title_lines(rendered_title)
        commune = _("Commune of %(name)s") % {"name": localized(CommuneProfile.current(), "name")}
        return Convention(
            language=language,
            title=heading,
            pieces=read(rendered_body, blocks),
            name=plain(heading[0].text) if heading else agreement.reference,
            reference=agreement.reference,
            issuer=commune,
        )

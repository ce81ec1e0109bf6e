"""The open dataset of funding opportunities the commune shows: donor, programme, rules and
the next deadline in UTC (never a bid)."""

from django.utils import timezone

from taawun.partners.selectors import public_partner_name

HEADER = [
    "id", "donor", "programme_fr", "programme_ar", "instrument", "state", "currency",
    "min_amount", "max_amount", "min_cofinancing_pct", "max_funding_rate_pct", "lead_kind",
    "lead_country", "domains", "pac_axes", "next_deadline_utc", "deadline_tz", "url",
    "illustrative", "source",
]  # fmt: skip


def opportunity_table(opportunities):
    opportunities = (
        opportunities.select_related("donor")
        .prefetch_related("deadlines", "domains", "pac_axes")
        .order_by("pk")
    )
    now = timezone.now()

    def rows():
        for o in opportunities:
            ahead = sorted(
                (d for d in o.deadlines.all() if d.due_at >= now), key=lambda d: d.due_at
            )
            nxt = ahead[0] if ahead else None
            donor = public_partner_name(o.donor, "name_fr", unpublished="")
            yield [
                o.pk, donor, o.programme_fr, o.programme_ar, o.instrument, o.state,
                o.currency, o.min_amount, o.max_amount, o.min_cofinancing, o.max_funding_rate,
                o.lead_kind, o.lead_country.code if o.lead_country else "",
                "; ".join(d.code for d in o.domains.all()),
                "; ".join(str(a.number) for a in o.pac_axes.all()),
                nxt.due_at.isoformat() if nxt else "", nxt.tzid if nxt else "", o.url,
                o.illustrative, o.source,
            ]  # fmt: skip

    return HEADER, rows()

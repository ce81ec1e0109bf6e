"""Builds a demo agreement through the agreements services, in the order a commune takes the steps.

The services refuse dates in the future, so the data dates the steps of the last weeks relative to
the day the demo is loaded; `stage_since` is the one direct update (the services date a stage "now").
"""

from django.utils import timezone

from taawun.agreements import services
from taawun.agreements.choices import Stage, VisaOutcome
from taawun.agreements.forms import AgreementForm, AmendmentForm, ObligationForm, PartyForm
from taawun.agreements.lifecycle import CLOSED, MAIN_LINE
from taawun.agreements.models import Agreement, AgreementKind
from taawun.territory.models import Domain, Locality, PacAxis
from taawun.territory.selectors import commune_partner

from .base import DemoError, _iso, _valid

_RANK = {stage: index for index, stage in enumerate(MAIN_LINE)}
_AFTER_FORCE = len(MAIN_LINE)  # suspended and the closing stages come after "in force"


def _rank(stage):
    return _RANK.get(stage, _AFTER_FORCE)


class AgreementBuilder:
    def __init__(self, *, partners, officer, finance):
        self.partners = partners  # {demo French name: Partner}
        self.officer = officer
        self.finance = finance
        self.commune = commune_partner()
        self.domains = dict(Domain.objects.values_list("code", "pk"))
        self.localities = dict(Locality.objects.values_list("slug", "pk"))
        self.axes = dict(PacAxis.objects.values_list("number", "pk"))

    def build(self, row):
        target = row["stage"]

        def beyond(stage):
            return _rank(target) > _rank(stage)

        agreement = self.create(row)
        obligations = self.add_parties(agreement, row)
        if beyond(Stage.DRAFT):
            services.submit_to_committee(agreement=agreement, by=self.officer)
        if beyond(Stage.COMMITTEE):
            services.committee_done(agreement=agreement, by=self.officer)
        if target == Stage.REJECTED:
            # Voted down: the deliberation is the last step of the file.
            services.record_deliberation(agreement=agreement, by=self.officer, **row["council"])
            return self.finish(agreement, row, target)
        if beyond(Stage.AGENDA):
            services.record_deliberation(agreement=agreement, by=self.officer, **row["council"])
        if beyond(Stage.COUNCIL_APPROVED):
            services.open_partner_approvals(agreement=agreement, by=self.officer)
            self.approvals(agreement, row)
        if beyond(Stage.PARTNER_APPROVALS):
            visa = row.get("visa", {})
            services.finish_approvals(
                agreement=agreement, on=visa.get("submitted") or row.get("sent_on"), by=self.officer
            )
            if beyond(Stage.VISA_PENDING) and agreement.stage == Stage.VISA_PENDING:
                if visa.get("tacit"):
                    services.record_tacit_visa(agreement=agreement, by=self.officer)
                else:
                    services.record_visa(
                        agreement=agreement,
                        outcome=VisaOutcome.GRANTED,
                        decided_on=visa["granted"],
                        by=self.officer,
                    )
        if beyond(Stage.VISA_PENDING):
            self.signatures(agreement, row)
        if target == Stage.IN_FORCE or target == Stage.SUSPENDED or target in CLOSED:
            obligations += self.amendments(agreement, row)
            self.deliveries(obligations)
        if row.get("suspend"):
            services.suspend(
                agreement=agreement,
                reason=row["suspend"],
                on=row.get("suspended_on"),
                by=self.officer,
            )
        if row.get("close"):
            outcome, day, reason = row["close"]
            services.close(
                agreement=agreement, outcome=outcome, on=day, reason=reason, by=self.officer
            )
        return self.finish(agreement, row, target)

    def finish(self, agreement, row, target):
        if row.get("stage_since"):
            # The services date each stage "now"; this file has waited in committee for months,
            # which the stuck-files alert should show. A direct update, for the demo only.
            since = timezone.make_aware(row["stage_since"])
            Agreement.objects.filter(pk=agreement.pk).update(stage_since=since)
        agreement.refresh_from_db()
        if agreement.stage != target:
            raise DemoError(f"ended at the stage {agreement.stage!r} instead of {target!r}")
        return agreement

    # --- steps ---

    def create(self, row):
        kind = AgreementKind.objects.get(code=row["kind"])
        parent = None
        if row.get("parent"):
            parent = Agreement.objects.filter(reference=row["parent"]).first()
        data = {
            key: row.get(key, "")
            for key in (
                "reference",
                "title_ar",
                "title_fr",
                "title_en",
                "object_ar",
                "object_fr",
                "object_en",
                "internal_notes",
            )
        }
        data.update(
            kind=kind.pk,
            parent=parent.pk if parent else "",
            domains=[self.domains[code] for code in row["domains"]],
            localities=[self.localities[slug] for slug in row["localities"]],
            pac_axis=self.axes.get(row.get("pac_axis"), ""),
            start_date=_iso(row.get("start_date")),
            end_date=_iso(row.get("end_date")),
            duration_months=row.get("duration_months", ""),
            renewal=row.get("renewal", "none"),
            is_public="on" if row.get("is_public", True) else "",
        )
        form = _valid(AgreementForm(data=data))
        return services.agreement_create(
            commune_role=row["commune"]["role"], by=self.officer, **form.cleaned_data
        )

    def add_parties(self, agreement, row):
        """The commune's representative, the other parties, then what each party owes."""
        commune = row["commune"]
        own = self.party(agreement, None)
        data = {
            "partner": own.partner_id,
            "role": own.role,
            "representative_ar": commune["representative_ar"],
            "representative_fr": commune["representative_fr"],
        }
        form = _valid(PartyForm(data=data, instance=own, agreement=agreement))
        services.party_save(agreement=agreement, party=own, by=self.officer, **form.cleaned_data)
        for spec in row["parties"]:
            data = {
                "partner": self.partner(spec["partner"]).pk,
                "role": spec["role"],
                "representative_ar": spec["representative_ar"],
                "representative_fr": spec["representative_fr"],
            }
            form = _valid(PartyForm(data=data, agreement=agreement))
            services.party_save(agreement=agreement, by=self.officer, **form.cleaned_data)
        created = []
        for spec in [commune, *row["parties"]]:
            for obligation in spec["obligations"]:
                created.append(self.obligation(agreement, spec["partner"], obligation))
        return created

    def obligation(self, agreement, partner, spec, amendment=None):
        data = {
            key: spec[key]
            for key in (
                "kind",
                "in_kind_type",
                "description_ar",
                "description_fr",
                "description_en",
                "currency",
            )
        }
        data.update(
            amount=str(spec["amount"]),
            tranche=spec["tranche"] or "",
            due_date=_iso(spec["due_date"]),
            due_year=spec["due_year"] or "",
        )
        party = self.party(agreement, partner)
        form = _valid(ObligationForm(data=data, party=party))
        obligation = services.obligation_save(
            party=party, added_by_amendment=amendment, by=self.officer, **form.cleaned_data
        )
        return obligation, spec["paid"]

    def approvals(self, agreement, row):
        steps = [spec for spec in row["parties"] if spec["approval"]]
        for spec in sorted(steps, key=lambda spec: spec["approval"][2]):
            body, number, day = spec["approval"]
            services.record_approval(
                party=self.party(agreement, spec["partner"]),
                body=body,
                decision_number=number,
                approved_on=day,
                by=self.officer,
            )

    def signatures(self, agreement, row):
        steps = [spec for spec in [row["commune"], *row["parties"]] if spec["signed"]]
        for spec in sorted(steps, key=lambda spec: spec["signed"][0]):  # stable: commune first
            day, signatory = spec["signed"]
            services.sign(
                party=self.party(agreement, spec["partner"]),
                signed_on=day,
                signatory=signatory,
                by=self.officer,
            )

    def amendments(self, agreement, row):
        created = []
        for spec in row.get("amendments", []):
            data = {
                "number": spec["number"],
                "dated": _iso(spec["dated"]),
                "title_ar": spec["title_ar"],
                "title_fr": spec["title_fr"],
                "title_en": spec["title_en"],
                "council_date": _iso(spec.get("council_date")),
                "council_decision_number": spec.get("council_decision_number", ""),
                "new_start_date": _iso(spec.get("new_start_date")),
                "new_end_date": _iso(spec.get("new_end_date")),
            }
            form = _valid(AmendmentForm(data=data, agreement=agreement))
            amendment = services.amendment_save(
                agreement=agreement, by=self.officer, **form.cleaned_data
            )
            for partner, obligation in spec.get("obligations", []):
                created.append(self.obligation(agreement, partner, obligation, amendment))
            if spec["apply"]:
                services.amendment_apply(amendment=amendment, by=self.officer)
        return created

    def deliveries(self, obligations):
        for obligation, paid in obligations:
            for day, value, note in paid:
                services.delivery_record(
                    obligation=obligation,
                    delivered_on=day,
                    mad_value=obligation.outstanding_mad if value is None else value,
                    note=note,
                    by=self.finance,
                )

    # --- helpers ---

    def party(self, agreement, partner_name):
        """The party, read afresh (the services change parties behind our back)."""
        partner = self.commune if partner_name is None else self.partner(partner_name)
        party = agreement.parties.get(partner=partner)
        party.agreement = agreement  # the same instance the services move from stage to stage
        return party

    def partner(self, name):
        if name not in self.partners:
            raise DemoError(f"{name!r} is not one of the demo partners")
        return self.partners[name]

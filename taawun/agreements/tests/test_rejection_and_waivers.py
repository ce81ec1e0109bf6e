"""A council's vote against is recorded (issue 10 #3), and waiving an obligation is a confirmed,
reasoned, undoable act (issue 10 #4)."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements import lifecycle, services
from taawun.agreements.choices import CouncilRejection, EventAction, ObligationStatus, Stage
from taawun.agreements.models import Agreement, AgreementKind, Event, Obligation
from taawun.agreements.tests.factories import (
    AgreementFactory,
    ObligationFactory,
    PartyFactory,
    kind,
)
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


# The council votes against ----------------------------------------------------------------------


def on_the_agenda(commune, rule=CouncilRejection.REJECTED):
    agreement_kind = kind("partnership")
    agreement_kind.council_rejection = rule
    agreement_kind.save()
    agreement = AgreementFactory(kind=agreement_kind, stage=Stage.AGENDA)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement, partner=PartnerFactory(name_fr="Région"))
    return agreement


def deliberate(agreement, votes_for=20, votes_against=30, abstaining=1, by=None):
    return services.record_deliberation(
        agreement=agreement,
        session_ar="الدورة الاستثنائية لشهر دجنبر",
        session_fr="Session extraordinaire de décembre",
        held_on=timezone.localdate() - timedelta(days=1),
        decision_number="61/2026",
        votes_for=votes_for,
        votes_against=votes_against,
        votes_abstaining=abstaining,
        by=by,
    )


def test_the_kinds_of_the_migrations_end_a_rejected_file(db):
    assert set(AgreementKind.objects.values_list("council_rejection", flat=True)) == {
        CouncilRejection.REJECTED
    }


def test_a_vote_against_is_recorded_with_its_figures_and_ends_the_file(commune, users):
    agreement = on_the_agenda(commune)
    deliberate(agreement, by=users["officer"])

    agreement.refresh_from_db()
    assert agreement.stage == Stage.REJECTED
    assert (agreement.votes_for, agreement.votes_against, agreement.votes_abstaining) == (20, 30, 1)
    assert agreement.council_decision_number == "61/2026"
    assert agreement.council_session_fr == "Session extraordinaire de décembre"
    assert agreement.council_session_ar == "الدورة الاستثنائية لشهر دجنبر"
    assert agreement.council_date == timezone.localdate() - timedelta(days=1)
    event = agreement.events.get(action=EventAction.REJECTION)
    assert event.detail == "61/2026"
    assert event.on == agreement.council_date
    assert event.by == users["officer"]
    assert event.facts == {
        "session_ar": "الدورة الاستثنائية لشهر دجنبر",
        "session_fr": "Session extraordinaire de décembre",
        "votes_for": 20,
        "votes_against": 30,
        "votes_abstaining": 1,
    }
    # The commune did not approve it.
    assert not agreement.parties.filter(partner=commune, approval_date__isnull=False).exists()
    # Nothing can be done to a rejected file any more.
    assert lifecycle.available_steps(agreement) == []
    assert not lifecycle.allows(agreement, "obligation", agreement.parties.first())
    assert agreement not in Agreement.objects.stuck(days=0)


def test_a_tie_is_not_an_approval(commune):
    agreement = on_the_agenda(commune)
    deliberate(agreement, votes_for=15, votes_against=15)
    agreement.refresh_from_db()
    assert agreement.stage == Stage.REJECTED


def test_a_kind_may_send_a_rejected_file_back_to_draft(commune):
    agreement = on_the_agenda(commune, rule=CouncilRejection.DRAFT)
    deliberate(agreement)

    agreement.refresh_from_db()
    assert agreement.stage == Stage.DRAFT
    assert agreement.council_date is None  # the next deliberation fills them
    assert agreement.votes_against is None
    assert agreement.events.get(action=EventAction.REJECTION).facts["votes_against"] == 30
    # Reworked, it goes round again and the council approves it this time.
    services.submit_to_committee(agreement=agreement)
    services.committee_done(agreement=agreement)
    deliberate(agreement, votes_for=30, votes_against=2)
    agreement.refresh_from_db()
    assert agreement.stage == Stage.COUNCIL_APPROVED
    assert list(
        agreement.events.filter(
            action__in=[EventAction.REJECTION, EventAction.DELIBERATION]
        ).values_list("action", flat=True)
    ) == [EventAction.REJECTION, EventAction.DELIBERATION]


def test_the_register_shows_a_rejected_agreement_as_it_shows_published_decisions(commune):
    """PUBLISHED (the stages from the deliberation on) includes "rejected": the vote is a public
    decision. Sent back to draft, the file is internal again; unpublished, it stays hidden."""
    rejected = on_the_agenda(commune)
    deliberate(rejected)
    hidden = AgreementFactory(stage=Stage.REJECTED, is_public=False)
    back_to_draft = on_the_agenda(commune, rule=CouncilRejection.DRAFT)
    deliberate(back_to_draft)

    assert Stage.REJECTED in lifecycle.PUBLISHED
    public = set(Agreement.public_objects.values_list("pk", flat=True))
    assert rejected.pk in public
    assert hidden.pk not in public
    assert back_to_draft.pk not in public


def test_the_deliberation_form_records_a_rejection_and_the_timeline_shows_it(client_for, commune):
    agreement = on_the_agenda(commune)
    client = client_for("officer")
    response = client.post(
        url("agreements:step", pk=agreement.pk, step="deliberation"),
        {
            "session_ar": "الدورة الاستثنائية لشهر دجنبر",
            "session_fr": "Session extraordinaire de décembre",
            "held_on": (timezone.localdate() - timedelta(days=1)).isoformat(),
            "decision_number": "61/2026",
            "votes_for": "20",
            "votes_against": "30",
            "votes_abstaining": "1",
        },
    )
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.stage == Stage.REJECTED
    page = client.get(url("agreements:detail", pk=agreement.pk)).content.decode()
    assert "The council voted against" in page
    assert "Votes: <bdi>20</bdi> for, <bdi>30</bdi> against, <bdi>1</bdi> abstaining" in page
    assert "Rejected by the council" in page
    assert "The council voted against this agreement: the file ends here." in page


# Waiving an obligation ------------------------------------------------------------------------


def in_force_obligation(commune, **extra):
    agreement = AgreementFactory(kind=kind("partnership"), stage=Stage.IN_FORCE)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    party = PartyFactory(agreement=agreement, partner=PartnerFactory(name_fr="Région"))
    return ObligationFactory(
        party=party, amount=Decimal("150000"), mad_value=Decimal("150000"), tranche=3, **extra
    )


def test_the_waive_button_leads_to_a_confirmation_page_styled_as_destructive(client_for, commune):
    obligation = in_force_obligation(commune)
    client = client_for("officer")
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id)).content.decode()
    waive = url("agreements:obligation-waive", pk=obligation.pk)
    assert f'<a class="danger" href="{waive}">' in page
    assert f'action="{waive}"' not in page  # no one-click form beside "Edit" any more

    confirm = client.get(waive)
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "150,000.00" in html and "MAD" in html
    assert "Région" in html and "tranche" in html
    assert 'name="reason"' in html
    assert 'class="danger"' in html
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE  # GET changes nothing


def test_waiving_without_a_reason_is_a_400_with_the_message_and_changes_nothing(
    client_for, commune
):
    obligation = in_force_obligation(commune)
    response = client_for("officer").post(
        url("agreements:obligation-waive", pk=obligation.pk), {"reason": "   "}
    )
    assert response.status_code == 400
    assert "Give the reason: it is kept on the agreement" in response.content.decode()
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE
    assert not Event.objects.filter(action=EventAction.WAIVED).exists()


def test_waiving_with_a_reason_waives_and_the_timeline_and_history_keep_it(
    client_for, commune, users
):
    obligation = in_force_obligation(commune)
    client = client_for("officer")
    response = client.post(
        url("agreements:obligation-waive", pk=obligation.pk),
        {"reason": "Avenant n° 2: la région finance autrement"},
    )
    assert response.status_code == 302
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.WAIVED
    event = Event.objects.get(action=EventAction.WAIVED)
    assert event.detail == "Avenant n° 2: la région finance autrement"
    assert event.by == users["officer"]
    assert event.facts["mad"] == "150000.00" and event.facts["obligation"] == obligation.pk
    assert obligation.history.first().history_change_reason == event.detail
    page = client.get(response["Location"]).content.decode()
    assert "Obligation waived" in page
    assert "Avenant n° 2: la région finance autrement" in page
    assert "Obligation of <bdi>150,000.00</bdi> MAD" in page


def test_the_service_requires_a_reason(commune, users):
    obligation = in_force_obligation(commune)
    with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
        services.obligation_waive(obligation=obligation, reason="", by=users["officer"])
    assert refused.value.messages == ["Give the reason why this obligation is waived."]
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE


def test_an_officer_undoes_a_waiver_with_a_reason(client_for, commune, users):
    obligation = in_force_obligation(commune)
    services.obligation_waive(obligation=obligation, reason="Erreur de saisie?", by=users["admin"])
    client = client_for("officer")
    page = client.get(url("agreements:detail", pk=obligation.party.agreement_id)).content.decode()
    undo = url("agreements:obligation-unwaive", pk=obligation.pk)
    assert undo in page
    assert url("agreements:obligation-waive", pk=obligation.pk) not in page

    assert client.post(undo, {"reason": ""}).status_code == 400
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.WAIVED

    response = client.post(undo, {"reason": "Waived by mistake"})
    assert response.status_code == 302
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE
    event = Event.objects.get(action=EventAction.WAIVER_UNDONE)
    assert (event.detail, event.by) == ("Waived by mistake", users["officer"])
    shown = client.get(response["Location"]).content.decode()
    assert "Waiver undone: the obligation is due again" in shown


def test_undoing_follows_the_lifecycle(commune, users):
    obligation = in_force_obligation(commune)
    with pytest.raises(services.TransitionRefused):  # not waived
        services.obligation_unwaive(obligation=obligation, reason="x")
    services.obligation_waive(obligation=obligation, reason="x")
    agreement = obligation.party.agreement
    Agreement.objects.filter(pk=agreement.pk).update(stage=Stage.TERMINATED)
    with translation.override("en"), pytest.raises(services.TransitionRefused) as refused:
        services.obligation_unwaive(obligation=Obligation.objects.get(pk=obligation.pk), reason="x")
    assert "closed" in refused.value.messages[0]
    assert Obligation.objects.get(pk=obligation.pk).status == ObligationStatus.WAIVED


@pytest.mark.parametrize("role", ["finance", "council", "partner", "association"])
def test_only_editors_waive_or_undo(client_for, commune, role):
    obligation = in_force_obligation(commune)
    client = client_for(role)
    for name in ("agreements:obligation-waive", "agreements:obligation-unwaive"):
        address = url(name, pk=obligation.pk)
        assert client.get(address).status_code == 403
        assert client.post(address, {"reason": "x"}).status_code == 403
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE
    assert not Event.objects.filter(action=EventAction.WAIVED).exists()


@pytest.mark.parametrize("role", ["admin", "officer"])
def test_editors_reach_both_pages(client_for, commune, role):
    obligation = in_force_obligation(commune)
    client = client_for(role)
    assert client.get(url("agreements:obligation-waive", pk=obligation.pk)).status_code == 200
    undo = client.get(url("agreements:obligation-unwaive", pk=obligation.pk))
    assert undo.status_code == 200  # the page says why there is nothing to undo
    assert "This obligation is not waived" in undo.content.decode()
    assert 'name="reason"' not in undo.content.decode()


def test_anonymous_users_are_sent_to_sign_in(client, commune):
    obligation = in_force_obligation(commune)
    response = client.post(url("agreements:obligation-waive", pk=obligation.pk), {"reason": "x"})
    assert response.status_code == 302 and "login" in response["Location"]
    obligation.refresh_from_db()
    assert obligation.status == ObligationStatus.DUE

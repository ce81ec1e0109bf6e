"""The representative's home (reports.workplace): only its own organisation's records."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.coordination.models import ActionItem, Attendance, Meeting
from taawun.coordination.tests.factories import CommitteeFactory, MembershipFactory
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.tests.factories import ProjectFactory


def partner_world(partner, n=1, label="X"):
    """`n` of each thing the home lists, for `partner`: agreements awaiting its signature with
    a late obligation, overdue action items, upcoming meetings it is invited to, projects."""
    today = timezone.localdate()
    start = timezone.now() + timedelta(days=10)
    for i in range(n):
        agreement = AgreementFactory(stage="in_force", title_fr=f"Convention {label} {i}")
        party = PartyFactory(agreement=agreement, partner=partner)
        ObligationFactory(party=party, due_date=today - timedelta(days=5), tranche=1)
        signing = AgreementFactory(stage="signatures", title_fr=f"Signature {label} {i}")
        PartyFactory(agreement=signing, partner=partner)
        project = ProjectFactory(title_fr=f"Projet {label} {i}", owner=partner)
        project.agreements.add(agreement)
        committee = CommitteeFactory(name_fr=f"Comité {label} {i}")
        member = MembershipFactory(committee=committee, partner=partner)
        meeting = Meeting.objects.create(
            committee=committee, starts_at=start, ends_at=start + timedelta(hours=2)
        )
        Attendance.objects.create(meeting=meeting, membership=member)
        ActionItem.objects.create(
            committee=committee, meeting=meeting, title_ar="إجراء",
            title_fr=f"Action {label} {i}", owner_partner=partner,
            due_on=today - timedelta(days=1),
        )  # fmt: skip


@pytest.fixture
def worlds(db, users):
    indh = users["partner"].partner
    other = PartnerFactory(name_fr="Autre partenaire")
    partner_world(indh, label="INDH")
    partner_world(other, label="AUTRE")
    return indh, other


def test_the_home_lists_only_its_own_organisations_records(client, users, worlds):
    client.force_login(users["partner"])
    with translation.override("en"):
        response = client.get(reverse("reports:dashboard"))
    assert response.status_code == 200
    assert response.templates[0].name == "reports/partner_home.html"
    page = response.content.decode()
    for what in ("Convention INDH 0", "Signature INDH 0", "Projet INDH 0", "Action INDH 0"):
        assert what in page
    assert "Comité INDH 0" in page
    assert "AUTRE" not in page
    context = response.context
    assert context["agreements"]["count"] == 2 and context["agreements"]["awaited"] == 1
    assert [a.awaits_signature for a in context["agreements"]["rows"]].count(True) == 1
    assert context["obligations"]["count"] == 1 and context["obligations"]["late"] == 1
    assert context["actions"]["count"] == 1 and context["projects"]["count"] == 1
    assert context["meetings"]["count"] == 1
    assert "your signature" in page and "overdue" in page and "late" in page
    meeting = context["meetings"]["rows"][0]
    with translation.override("en"):
        assert reverse("coordination:meeting-calendar", args=[meeting.pk]) in page
        assert reverse("coordination:attendance-reply", args=[meeting.own_attendance.pk]) in page


def test_the_home_has_an_empty_state_for_every_section(client, users, db):
    client.force_login(users["partner"])
    with translation.override("en"):
        page = client.get(reverse("reports:dashboard")).content.decode()
    assert "party to no agreement" in page and "Nothing is due" in page
    assert "no open action item" in page
    assert "No upcoming meeting" in page and "No project of your organisation" in page


def test_staff_keep_the_dashboard(client, users, worlds):
    client.force_login(users["officer"])
    response = client.get(reverse("reports:dashboard"))
    assert response.templates[0].name == "reports/dashboard.html"


def test_the_home_reads_in_arabic_right_to_left(client, users, worlds):
    client.force_login(users["partner"])
    with translation.override("ar"):
        response = client.get(reverse("reports:dashboard"))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'lang="ar"' in page and 'dir="rtl"' in page
    with translation.override("ar"):
        for heading in ("Awaited from you",):
            translated = translation.gettext(heading)
            assert translated != heading and translated in page

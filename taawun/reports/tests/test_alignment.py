"""The alignment matrix against sums made by hand, at a constant number of queries whatever the
data's size; its flags; who reads it; its public version without names; the partner brief and
its Arabic PDF (its agreements, its money by year and its open obligations, in pdftotext)."""

import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.participation.models import Priority
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.services.money import contribution_save
from taawun.projects.tests.factories import ProjectFactory
from taawun.reports.alignment import alignment
from taawun.reports.brief import partner_brief
from taawun.territory.models import PacAxis
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def grow(n, axis, partner, commune):
    """Row `n` on `axis`: an agreement where `partner` commits 100,000 MAD in cash and 20,000
    in kind (the commune's own 50,000 left out), and a project of 500,000 MAD whose plan holds
    100,000 (400,000 still to find)."""
    agreement = AgreementFactory(pac_axis=axis, title_ar=f"اتفاقية التعاون {n}")
    party = PartyFactory(agreement=agreement, partner=partner)
    ObligationFactory(party=party, amount=100000, due_date=date(2027, 6, 30))
    ObligationFactory(party=party, kind="in_kind", in_kind_type="staff", amount=20000)
    ObligationFactory(party=PartyFactory(agreement=agreement, partner=commune), amount=50000)
    project = ProjectFactory(pac_axis=axis, budget=Decimal("500000"))
    contribution_save(project=project, partner=commune, kind="cash", amount=Decimal("100000"),
                      currency="MAD")  # fmt: skip
    return project


@pytest.fixture
def world(commune, users):
    one = PacAxis.objects.create(number=1, name_ar="البنيات", name_fr="Infrastructures")
    two = PacAxis.objects.create(number=2, name_ar="الخدمات", name_fr="Services sociaux")
    partner = PartnerFactory(name_fr="INDH test brief", name_ar="المبادرة الوطنية")
    sport = DomainFactory(code="sport-m")
    partner.domains.set([sport])
    project = grow(0, one, partner, commune)
    project.domains.set([sport])
    # An axis with no partner: a priority strongly supported that no project answers.
    Priority.objects.create(
        title="Terrain de proximité", description="D", language="fr", domain=sport,
        pac_axis=two, moderation="published", paper_supports=64, locality=LocalityFactory(),
    )  # fmt: skip
    # A partner's commitment outside any axis.
    outside = AgreementFactory(pac_axis=None)
    ObligationFactory(party=PartyFactory(agreement=outside, partner=partner), amount=7000)
    return {"one": one, "two": two, "partner": partner, "commune": commune}


def counted(public=False):
    with CaptureQueriesContext(connection) as queries:
        rows, totals = alignment(public=public)
    return rows, totals, len(queries)


def test_the_matrix_equals_the_sums_made_by_hand_at_a_constant_query_count(world):
    rows, totals, few = counted()
    one, two, outside = rows
    assert (one.money, one.in_kind, one.agreements, one.partners) == (100000, 20000, 1, 1)
    assert one.next_due == date(2027, 6, 30)
    assert (one.projects, one.budget, one.gap) == (1, 500000, 400000)
    assert one.flags == [] and one.interested == []  # committed on it: not "interested"
    assert two.money == 0 and two.priorities == 1 and two.supports == 64
    assert two.unanswered_strong == 1
    assert two.flags == ["no_partner_no_opportunity", "strong_priority_without_project"]
    assert outside.axis is None and outside.money == 7000
    assert outside.flags == ["commitments_outside_axes"]
    assert (totals.money, totals.gap, totals.agreements) == (107000, 400000, 2)
    for n in range(1, 10):
        grow(n, world["one"], PartnerFactory(), world["commune"])
    rows, totals, many = counted()
    assert few == many, f"{few} queries with 1 row, {many} with 10"
    assert rows[0].money == 100000 * 10 and rows[0].gap == 400000 * 10
    assert rows[0].partners == 10


def test_the_commune_reads_the_matrix_a_partner_does_not_the_public_sees_no_name(
    client, world, users
):
    client.force_login(users["partner"])
    assert client.get(reverse("reports:alignment")).status_code == 403
    assert (
        client.get(reverse("reports:partner-brief", args=[world["partner"].pk])).status_code == 403
    )
    client.force_login(users["council"])
    page = client.get(reverse("reports:alignment")).content.decode()
    assert "No partner has committed and no open opportunity" in page
    assert "Strongly supported priorities that no project answers" in page
    csv = b"".join(client.get(reverse("reports:alignment-export", args=["csv"])).streaming_content)
    assert b"no_partner_no_opportunity" in csv and b"400000" in csv
    xlsx = client.get(reverse("reports:alignment-export", args=["xlsx"]))
    # read as the siblings read their workbooks (response.close() would fire request_finished,
    # which closes the database connection in the middle of the test on PostgreSQL)
    assert xlsx.status_code == 200 and b"".join(xlsx.streaming_content).startswith(b"PK")
    assert client.get(reverse("reports:alignment-export", args=["pdf"])).status_code == 404
    client.logout()
    public = client.get(reverse("report:alignment")).content.decode()
    assert "Infrastructures" in public and "INDH test brief" not in public


def pdf_text(content, tmp_path):
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed: the PDF's text is not checked")
    path = tmp_path / "brief.pdf"
    path.write_bytes(content)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    # as a reader compares it: no bidi marks, every kind of space one space
    return re.sub(
        r"[\s\xa0\u202f]+", " ", re.sub("[\u200e\u200f\u202a-\u202e\u2066-\u2069]", "", text)
    )


def test_the_partner_brief_in_arabic_lists_agreements_money_by_year_and_open_obligations(
    client, world, users, tmp_path
):
    brief = partner_brief(world["partner"])
    assert [a.title_ar for a in brief["agreements"]][0].startswith("اتفاقية")
    assert dict(brief["years"])[2027]["partner"] == Decimal("100000")
    client.force_login(users["officer"])
    with translation.override("ar"):
        url = reverse("reports:partner-brief-pdf", args=[world["partner"].pk])
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content, tmp_path)
    # its agreements (Arabic titles, references), its money in 2027, its open obligations
    on_axis, outside = sorted(brief["agreements"], key=lambda a: a.pac_axis_id is None)
    assert "اتفاقية التعاون" in text and on_axis.reference in text
    assert "المبادرة الوطنية" in text
    # committed in 2027, on the year's row; the open obligation outside any axis (pdftotext
    # gives a row's cells in either direction)
    assert "2027 100 000" in text or "100 000 2027" in text
    assert f"{outside.reference} 7 000" in text or f"7 000 {outside.reference}" in text
    page = client.get(reverse("reports:partner-brief", args=[world["partner"].pk])).content.decode()
    assert "Obligations open, on both sides" in page or "الالتزامات" in page
    partner_page = client.get(world["partner"].get_manage_url()).content.decode()
    assert reverse("reports:partner-brief", args=[world["partner"].pk]) in partner_page

"""Names people typed are isolated wherever they are shown (core.templatetags.bidi): a partner
named with U+202E (stored before the text rule) cannot reverse the figures of a dashboard alert
("MAD" read "DAM", "2026" read "6202"), nor of the alerts e-mail."""

import io
from datetime import timedelta

import lxml.html
import pytest
from django.core.management import call_command
from django.template import Context, Template
from django.urls import reverse
from django.utils import timezone, translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory, ObligationFactory, PartyFactory
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db

RLO, FSI, PDI = "\u202e", "\u2068", "\u2069"
SPOOF = f"Riad{RLO} du Village"


@pytest.fixture
def spoofed(commune):
    """An overdue obligation of a partner whose stored name holds U+202E (written directly)."""
    partner = PartnerFactory(name_fr="Riad du Village", name_ar="رياض القرية")
    Partner.objects.filter(pk=partner.pk).update(name_fr=SPOOF, name_ar=f"رياض{RLO} القرية")
    agreement = AgreementFactory(stage=Stage.IN_FORCE, reference="CONV-2026-019")
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    party = PartyFactory(agreement=agreement, partner=partner)
    ObligationFactory(party=party, due_date=timezone.localdate() - timedelta(days=40))
    return partner


@pytest.mark.parametrize("lang", ["ar", "fr"])
def test_the_dashboard_alert_keeps_its_figures_outside_the_isolated_name(client_for, spoofed, lang):
    with translation.override(lang):
        page = client_for("council").get(reverse("reports:dashboard")).content.decode()
    root = lxml.html.fromstring(page)
    (line,) = [
        li
        for li in root.xpath("//section[@class='alerts']//li[@class='alert']")
        if "CONV-2026-019" in li.text_content()
    ]
    names = [
        b for b in line.iter("bdi") if "Riad" in b.text_content() or "رياض" in b.text_content()
    ]
    assert len(names) == 1, lxml.html.tostring(line, encoding="unicode")
    name = names[0]
    # The control character is not written out; the name stands alone in its element.
    assert RLO not in name.text_content() and name.text_content().strip() in {
        "Riad du Village",
        "رياض القرية",
    }
    assert len(name) == 0  # no child: nothing else inside the isolated name
    # The figures and the currency are after it, outside it.
    after = (name.tail or "") + "".join(
        lxml.html.tostring(e, encoding="unicode", method="text") for e in name.itersiblings()
    )
    assert ("درهم" if lang == "ar" else "MAD") in after  # the dirham named in the interface
    assert any(b.text_content().strip() for b in line.iter("bdi") if b is not name)  # the amount


def test_the_alerts_email_wraps_the_name_in_first_strong_isolate(spoofed):
    out = io.StringIO()
    call_command("send_alerts", "--dry-run", stdout=out)
    digest = out.getvalue()
    assert RLO not in digest
    assert f"{FSI}رياض القرية{PDI}" in digest and f"{FSI}Riad du Village{PDI}" in digest
    line = next(row for row in digest.splitlines() if "Riad du Village" in row)
    assert line.index(PDI) < line.index("MAD")


def test_the_filters_isolate_and_drop_controls():
    html = Template("{% load bidi %}<p>{{ name|bdi }}: 2026 MAD</p>").render(
        Context({"name": f"<b>{SPOOF}</b>"})
    )
    assert html == "<p><bdi>&lt;b&gt;Riad du Village&lt;/b&gt;</bdi>: 2026 MAD</p>"
    with translation.override("en"):
        inside = Template(
            "{% load bidi i18n %}{% blocktranslate with name=n|bdi %}Commune of {{ name }}{% endblocktranslate %}"
        ).render(Context({"n": "أورير"}))
    assert inside == "Commune of <bdi>أورير</bdi>"
    text = Template(
        "{% load bidi %}{% autoescape off %}{{ name|isolate }}{% endautoescape %}"
    ).render(Context({"name": SPOOF}))
    assert text == f"{FSI}Riad du Village{PDI}"
    assert (
        Template("{% load bidi %}[{{ n|bdi }}{{ n|isolate }}]").render(Context({"n": ""})) == "[]"
    )


def test_the_partner_list_and_agreement_page_isolate_names(client_for, spoofed):
    client = client_for("officer")
    with translation.override("fr"):
        listing = client.get(reverse("partners:list")).content.decode()
    assert "<bdi>Riad du Village</bdi>" in listing
    agreement = spoofed.parties.get().agreement
    with translation.override("fr"):
        page = client.get(reverse("agreements:detail", args=[agreement.pk])).content.decode()
    assert "<bdi>Riad du Village</bdi>" in page
    assert RLO not in page

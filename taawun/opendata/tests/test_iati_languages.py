"""The IATI file names a transaction and a document in each language that has text
(issue 10 #9), one <narrative> per language, and still validates against the schema."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from taawun.agreements import services as agreements
from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.opendata.tests.test_iati import fetch, portfolio, schema  # noqa: F401  (a fixture)
from taawun.projects.models import Transaction

pytestmark = pytest.mark.django_db

XML = "{http://www.w3.org/XML/1998/namespace}lang"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def narratives(element):
    return [(n.get(XML), n.text) for n in element.findall("narrative")]


def test_a_bilingual_transaction_has_one_narrative_per_language(client, portfolio):  # noqa: F811
    Transaction.objects.filter(project=portfolio, type="3").update(
        description_ar="الدفعة الأولى", description_en="First payment"
    )
    root = fetch(client, "/open-data/iati/activities.xml")
    schema("iati-activities-schema.xsd").assertValid(root)
    [description] = root.xpath("//transaction[transaction-type/@code='3']/description")
    assert narratives(description) == [
        (None, "Premier versement"),
        ("ar", "الدفعة الأولى"),
        ("en", "First payment"),
    ]
    # The commitment has no description: no empty element.
    assert not root.xpath("//transaction[transaction-type/@code='11']/description")


def test_a_transaction_described_in_arabic_only_says_so(client, portfolio):  # noqa: F811
    Transaction.objects.filter(project=portfolio, type="3").update(
        description_ar="الدفعة الأولى", description_fr=""
    )
    root = fetch(client, "/open-data/iati/activities.xml")
    schema("iati-activities-schema.xsd").assertValid(root)
    [description] = root.xpath("//transaction[transaction-type/@code='3']/description")
    assert narratives(description) == [("ar", "الدفعة الأولى")]


def test_a_public_document_is_titled_in_each_language(client, portfolio, commune):  # noqa: F811
    agreement = AgreementFactory(stage=Stage.IN_FORCE, is_public=True)
    portfolio.agreements.add(agreement)
    agreements.document_add(
        agreement=agreement,
        upload=SimpleUploadedFile("scan.pdf", PDF, content_type="application/pdf"),
        title_ar="الاتفاقية الموقعة",
        title_fr="Convention signée",
        category="signed",
        is_public=True,
    )
    root = fetch(client, "/open-data/iati/activities.xml")
    schema("iati-activities-schema.xsd").assertValid(root)
    [title] = root.xpath("//document-link/title")
    assert narratives(title) == [(None, "Convention signée"), ("ar", "الاتفاقية الموقعة")]

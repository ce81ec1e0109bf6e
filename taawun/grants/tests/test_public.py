"""What the public sees of calls for projects: their pages in the three languages (a draft is
no page), the rules and the scoring grid, the deadline in Morocco's time with a countdown, the
results once published — the selected applications only — and the same awards in the API and
the open dataset, in 360Giving's terms, with nothing of the applications behind them."""

import csv
import io
import json
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from taawun.grants import services
from taawun.grants.public import deadline

from .awarded import SECRETS, call_with_results

pytestmark = pytest.mark.django_db

LANGUAGES = ("ar", "fr", "en")


@pytest.fixture
def results(users, commune):
    return call_with_results(users["officer"])


def page(client, call, language):
    with translation.override(language):
        url = call.get_absolute_url()
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def streamed(response):
    return b"".join(response.streaming_content)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_list_and_a_calls_page_answer_in_each_language(client, call, language):
    with translation.override(language):
        listing, address = client.get(reverse("calls:list")), call.get_absolute_url()
    assert listing.status_code == 200
    assert address in listing.content.decode()
    text = page(client, call, language)
    assert call.reference in text and call.legal_basis.split(" ;")[0] in text
    with translation.override(language):
        labels = [str(c.label) for c in call.criteria.all()]
        labels += [str(d.label) for d in call.required_documents.all()]
    for label in labels:
        assert label.replace("'", "&#x27;") in text


def test_a_draft_call_has_no_page_and_is_not_listed(client, users, call):
    draft = services.call_create(
        by=users["officer"],
        title_ar="مسودة",
        title_fr="Appel-Brouillon-Secret",
        description_ar="م",
        description_fr="Brouillon",
        legal_basis="—",
        envelope=Decimal("1000"),
        min_grant=Decimal("10"),
        max_grant=Decimal("100"),
        applicant_kinds=["association"],
        opens_at=timezone.now(),
        closes_at=timezone.now() + timedelta(days=3),
    )
    with translation.override("fr"):
        assert client.get(reverse("calls:detail", args=[draft.pk, draft.slug])).status_code == 404
        assert client.get(reverse("calls:detail", args=[draft.pk])).status_code == 404
        assert "Appel-Brouillon-Secret" not in client.get(reverse("calls:list")).content.decode()
    assert client.get(f"/api/v1/calls/{draft.pk}/").status_code == 404
    assert "Appel-Brouillon-Secret" not in client.get("/api/v1/calls/").content.decode()


def test_an_old_slug_redirects_to_the_calls_address(client, call):
    with translation.override("fr"):
        response = client.get(reverse("calls:detail", args=[call.pk, "ancien-titre"]))
        assert response.status_code == 301 and response.url == call.get_absolute_url()


def test_an_open_call_counts_down_to_its_deadline_in_moroccos_time(client, call):
    text = page(client, call, "en")
    assert "Closes in <bdi>20</bdi> days" in text
    assert "(time in Morocco)" in text
    assert reverse("grants:apply", kwargs={"pk": call.pk}) in text
    with time_machine.travel(call.closes_at - timedelta(hours=1)):
        text = page(client, call, "en")
        assert "Closes today at" in text or "Closes in <bdi>1</bdi> day," in text
        assert "urgent" in text
    with time_machine.travel(call.closes_at + timedelta(minutes=1)):
        text = page(client, call, "en")  # not closed by the daily command yet: closed all the same
        assert "Closed on" in text and "Closes in" not in text
        assert reverse("grants:apply", kwargs={"pk": call.pk}) not in text


def test_the_deadline_reads_moroccos_calendar():
    class Call:
        state = "published"
        opens_at = timezone.make_aware(datetime(2026, 3, 1, 9))
        closes_at = timezone.make_aware(datetime(2026, 3, 31, 23, 59))

        def is_open(self, now):
            return self.opens_at <= now < self.closes_at

    # 23:30 in Morocco, 22:30 in UTC: the last day but one, whatever the server's zone.
    late_evening = timezone.make_aware(datetime(2026, 3, 30, 23, 30))
    assert deadline(Call(), late_evening) == {"phase": "open", "days": 1, "urgent": True}
    assert deadline(Call(), Call.opens_at - timedelta(days=2)) == {"phase": "upcoming"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_results_show_the_selected_applications_only(client, results, language):
    text = page(client, results["call"], language)
    selected = results["selected"]
    with translation.override(language):
        place = str(selected.locality.name)
    assert f'id="award-{selected.pk}"' in text
    assert selected.title in text and "Association Tifawin" in text and place in text
    assert text.count('id="award-') == 1
    for secret in [*SECRETS, "officer@example.org", str(selected.score)]:
        assert secret not in text, secret


def test_the_results_name_an_unpublished_association_the_public_way(client, results):
    association = results["selected"].association
    association.is_public = False
    association.save()
    text = page(client, results["call"], "en")
    assert "Tifawin" not in text and "a partner not published" in text
    grant = client.get("/api/v1/grants/", HTTP_ACCEPT_LANGUAGE="en").json()["results"][0]
    assert grant["recipientOrganization"] == [{"id": None, "name": "a partner not published"}]
    (row,) = json.loads(streamed(client.get("/open-data/grants.json")))
    assert (row["Recipient Org:Identifier"], row["Recipient Org:Name"]) == (None, "")


def test_the_calls_api_gives_the_rules_grid_and_documents(client, call):
    body = client.get("/api/v1/calls/").json()
    assert body["count"] == 1
    item = client.get(f"/api/v1/calls/{call.pk}/").json()
    assert item["reference"] == call.reference and item["state"] == "published"
    assert item["envelope"] == "200000.00" and item["applicant_kinds"] == ["association"]
    assert [c["points"] for c in item["criteria"] if not c["eliminatory"]] == [
        20,
        15,
        20,
        15,
        15,
        10,
        5,
    ]
    assert all(c["points"] is None for c in item["criteria"] if c["eliminatory"])
    assert item["documents"] and {"label_fr", "required"} <= set(item["documents"][0])
    assert "guidance_fr" not in item["criteria"][0]


def test_the_grants_api_gives_the_awards_in_360giving_terms(client, results, settings):
    settings.COMMUNE_IATI_ID = "XI-TAAWUN"
    selected, call = results["selected"], results["call"]
    body = client.get("/api/v1/grants/", HTTP_ACCEPT_LANGUAGE="fr").json()
    assert body["count"] == 1
    grant = body["results"][0]
    assert grant["identifier"] == f"XI-TAAWUN-{selected.reference}"
    assert grant["title"] == "Plage propre" and grant["currency"] == "MAD"
    assert grant["amountAwarded"] == 30000.0
    assert grant["awardDate"] == timezone.localdate(call.results_published_at).isoformat()
    assert grant["plannedDates"] == [{"startDate": "2027-01-15", "endDate": "2027-06-30"}]
    association = selected.association
    assert grant["recipientOrganization"] == [
        {"id": f"XI-TAAWUN-ORG-{association.pk}", "name": association.name}
    ]
    assert grant["fundingOrganization"][0]["id"] == "XI-TAAWUN"
    assert grant["grantProgramme"][0]["code"] == call.reference
    assert grant["beneficiaryLocation"][0]["name"] == "Tamraght"
    assert client.get(f"/api/v1/grants/{selected.pk}/").status_code == 200
    assert client.get(f"/api/v1/grants/{results['not_selected'].pk}/").status_code == 404


def keys(value):
    """Every key of a JSON document, however deep."""
    if isinstance(value, dict):
        return set(value) | {k for v in value.values() for k in keys(v)}
    if isinstance(value, list):
        return {k for v in value for k in keys(v)}
    return set()


PRIVATE_KEYS = {
    "score", "rank", "reviews", "reviewer", "comment", "scores", "budget_lines", "requested",
    "own_cash", "documents_joined", "screening_reasons", "contact", "email", "phone", "women",
    "men", "founded_on", "guidance_fr", "guidance_ar",
}  # fmt: skip


def test_the_awards_carry_no_application_data(client, results):
    grants = client.get("/api/v1/grants/").json()
    call = client.get(f"/api/v1/calls/{results['call'].pk}/").json()
    dataset = json.loads(streamed(client.get("/open-data/grants.json")))
    assert set(grants["results"][0]) == {
        "id", "identifier", "title", "description", "currency", "amountAwarded", "awardDate",
        "plannedDates", "recipientOrganization", "fundingOrganization", "grantProgramme",
        "beneficiaryLocation", "lastModified",
    }  # fmt: skip
    assert not keys(grants) & PRIVATE_KEYS and not keys(call) & PRIVATE_KEYS
    outputs = [json.dumps(d, ensure_ascii=False) for d in (grants, call, dataset)]
    outputs.append(streamed(client.get("/open-data/grants.csv")).decode("utf-8-sig"))
    for text in outputs:
        for secret in [*SECRETS, "officer@example.org"]:
            assert secret not in text, secret


def test_no_award_is_public_before_the_results(client, users, commune):
    results = call_with_results(users["officer"])
    call = results["call"]
    call.state = "review"  # as it was a moment before the results
    call.save()
    assert client.get("/api/v1/grants/").json()["count"] == 0
    assert streamed(client.get("/open-data/grants.json")) == b"[]\n"
    assert results["selected"].title not in page(client, call, "fr")


def test_the_open_dataset_holds_the_awards_in_three_formats(client, results, settings):
    settings.COMMUNE_IATI_ID = "XI-TAAWUN"
    selected = results["selected"]
    text = streamed(client.get("/open-data/grants.csv")).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 1
    row = rows[0]
    assert row["Identifier"] == f"XI-TAAWUN-{selected.reference}"
    assert row["Amount Awarded"] in {"30000.00", "30000"}
    assert row["Recipient Org:Name"] == "Association Tifawin"
    assert row["Grant Programme:Code"] == results["call"].reference
    assert row["Beneficiary Location:Name"] == "Tamraght" and row["Currency"] == "MAD"
    (item,) = json.loads(streamed(client.get("/open-data/grants.json")))
    assert item["Identifier"] == row["Identifier"] and item["Funding Org:Identifier"] == "XI-TAAWUN"
    xlsx = streamed(client.get("/open-data/grants.xlsx"))
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        sheets = b"".join(archive.read(n) for n in archive.namelist() if n.endswith(".xml"))
    assert selected.reference.encode() in sheets
    listing = client.get(reverse("open-data")).content.decode()
    assert "/open-data/grants.csv" in listing and "/api/v1/calls/" in listing


def test_the_sitemap_and_the_footer_lead_to_the_calls(client, call):
    sitemap = client.get("/sitemap.xml").content.decode()
    with translation.override("ar"):
        assert call.get_absolute_url() in sitemap
        assert reverse("calls:list") in sitemap
        home = client.get(reverse("portal:home")).content.decode()
        assert f'href="{reverse("calls:list")}"' in home

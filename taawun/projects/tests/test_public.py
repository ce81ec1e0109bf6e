"""The public side of projects: the list with its map and places, each project's page."""

import re
from datetime import date
from decimal import Decimal

import pytest
from django.contrib.staticfiles.storage import ManifestStaticFilesStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.template.defaultfilters import floatformat
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory
from taawun.core.forms import cleaned
from taawun.core.staticfinders import XStaticFinder
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import services
from taawun.projects.forms import TransactionForm
from taawun.projects.models import (
    Indicator,
    IndicatorPeriod,
    Milestone,
    Participant,
    Project,
    Update,
)
from taawun.projects.tests.factories import LocationFactory, ProjectFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

pytestmark = pytest.mark.django_db
D = Decimal


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def record(project, type, provider, amount, day=date(2025, 3, 1)):
    form = TransactionForm(
        data={
            "type": type,
            "date": day.isoformat(),
            "provider": provider.pk,
            "amount": str(amount),
            "currency": "MAD",
        },
        project=project,
    )
    assert form.is_valid(), form.errors
    return services.transaction_save(project=project, **cleaned(form))


def full_project(latitude="30.48300", longitude="-9.63300", **fields):
    """A project with everything its public page shows: place, money, results and news."""
    project = ProjectFactory(**fields)
    LocationFactory(
        project=project,
        locality=LocalityFactory(latitude=D(latitude), longitude=D(longitude)),
    )
    project.domains.add(DomainFactory(code="water"))
    funder = PartnerFactory()
    Participant.objects.create(project=project, partner=funder, role="1")
    record(project, "11", funder, 400_000)
    record(project, "3", funder, 150_000)
    Milestone.objects.create(
        project=project, title_ar="دراسة", title_fr="Étude", planned_date=date(2025, 6, 1)
    )
    Update.objects.create(
        project=project,
        date=date(2025, 7, 1),
        title_ar="خبر",
        title_fr="Chantier ouvert",
        is_public=True,
    )
    Update.objects.create(
        project=project,
        date=date(2025, 7, 2),
        title_ar="داخلي",
        title_fr="Note interne du chantier",
        is_public=False,
    )
    indicator = Indicator.objects.create(
        project=project,
        name_ar="تلاميذ",
        name_fr="Élèves transportés",
        result_type="1",
        measure="1",
    )
    IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start=date(2025, 1, 1),
        period_end=date(2025, 12, 31),
        target=D("200"),
        actual=D("150"),
    )
    project.agreements.add(
        AgreementFactory(stage=Stage.IN_FORCE, title_fr="Convention publique"),
        AgreementFactory(stage=Stage.DRAFT, title_fr="Convention en préparation"),
    )
    return project


@pytest.fixture
def hidden(commune):
    return full_project(title_fr="Projet confidentiel", code="HID-01", is_public=False)


@pytest.fixture
def shown(commune):
    return full_project(title_fr="Transport scolaire", code="PUB-01")


def test_a_project_that_is_not_public_answers_404_with_or_without_its_slug(client, hidden):
    assert client.get(url("portal:project-detail", pk=hidden.pk)).status_code == 404
    detail = url("portal:project-detail", pk=hidden.pk, slug=hidden.slug)
    assert client.get(detail).status_code == 404


def test_the_list_and_its_places_show_public_projects_only(client, shown, hidden):
    page = client.get(url("portal:project-list", lang="fr")).content.decode()
    assert "Transport scolaire" in page
    assert "Projet confidentiel" not in page and "HID-01" not in page
    assert page.count(shown.get_absolute_url()) >= 2  # a card and the list of places


def test_a_public_project_page_redirects_to_its_slug(client, shown):
    response = client.get(url("portal:project-detail", pk=shown.pk))
    assert response.status_code == 301
    assert response["Location"] == shown.get_absolute_url()


def test_the_public_page_shows_money_by_partner(client, shown, commune):
    record(shown, "11", commune, 100_000)
    region = PartnerFactory(name_fr="Région Souss-Massa")
    record(shown, "11", region, 250_000)
    record(shown, "3", region, 50_000)
    with translation.override("fr"):
        response = client.get(shown.get_absolute_url())
        page = response.content.decode()
        amounts = [floatformat(value, "0g") for value in (250_000, 50_000, 750_000, 200_000)]
    assert response.status_code == 200
    money = {row["partner"].name_fr: row for row in response.context["money"]}
    assert money["Région Souss-Massa"]["committed"] == D("250000")
    assert money["Région Souss-Massa"]["disbursed"] == D("50000")
    assert "Région Souss-Massa" in page and "Commune d&#x27;Aourir" in page
    for amount in amounts:  # the region's row and the totals (750 000 committed, 200 000 paid)
        assert f"<bdi>{amount}</bdi>" in page


def test_the_public_page_shows_public_news_and_agreements_only(client, shown):
    page = client.get(fr_url(shown)).content.decode()
    assert "Chantier ouvert" in page
    assert "Note interne du chantier" not in page
    assert "Convention publique" in page
    assert "Convention en préparation" not in page


def test_public_news_shows_its_photo_with_the_caption_as_text(client, shown, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    news = Update.objects.create(
        project=shown,
        date=date(2025, 9, 1),
        title_ar="الحافلة",
        title_fr="Le car est arrivé",
        photo=SimpleUploadedFile("car.jpg", b"not read by the page", content_type="image/jpeg"),
        photo_caption="Le car devant l'école",
        is_public=True,
    )
    with translation.override("fr"):
        page = client.get(shown.get_absolute_url()).content.decode()
        photo = reverse("portal:update-photo", kwargs={"pk": news.pk})
    assert f'<img src="{photo}" alt="Le car devant' in page
    assert "<figcaption><bdi>Le car devant l&#x27;école</bdi></figcaption>" in page


def test_indicators_show_actual_against_target_with_a_meter_and_no_inline_style(client, shown):
    page = client.get(shown.get_absolute_url()).content.decode()
    assert re.search(r'<meter class="gauge" min="0" max="200(\.00)?" value="150(\.00)?"', page)
    assert "<progress" in page
    assert "style=" not in page
    assert not re.search(r"<script(?![^>]*\bsrc=)", page), "inline script"


def test_filters_narrow_the_cards_and_the_places(client, shown, commune):
    other = full_project(title_fr="Assainissement", code="PUB-02", status="4")
    page = client.get(url("portal:project-list", lang="fr"), {"status": "4"}).content.decode()
    assert "Assainissement" in page and fr_url(other) in page
    assert "Transport scolaire" not in page


def test_an_htmx_filter_returns_the_cards_and_the_places_out_of_band(client, shown):
    response = client.get(url("portal:project-list"), headers={"HX-Request": "true"})
    page = response.content.decode()
    assert "<html" not in page
    assert 'id="results"' in page
    assert re.search(r'<section id="places"[^>]*hx-swap-oob="true"', page)


def test_a_history_restore_gets_the_whole_page_not_the_fragment(client, shown):
    headers = {"HX-Request": "true", "HX-History-Restore-Request": "true"}
    page = client.get(url("portal:project-list"), headers=headers).content.decode()
    assert "<html" in page and 'id="project-map"' in page
    assert page.count('id="places"') == 1 and "hx-swap-oob" not in page


def test_a_filter_naming_nothing_known_shows_no_project_rather_than_an_error(client, shown):
    response = client.get(url("portal:project-list"), {"domain": "99999", "year": "x"})
    assert response.status_code == 200
    assert response.context["places"] == []
    assert "Transport scolaire" not in response.content.decode()


def test_only_the_map_page_allows_the_tile_servers_images(client, shown):
    listing = client.get(url("portal:project-list"))["Content-Security-Policy"]
    detail = client.get(shown.get_absolute_url())["Content-Security-Policy"]
    assert "img-src 'self' data: https://tile.openstreetmap.org" in listing
    assert "tile.openstreetmap.org" not in detail
    assert "connect-src 'self'" in listing


def test_the_map_element_is_left_to_right_and_names_the_geojson_endpoint(client, shown):
    page = client.get(url("portal:project-list")).content.decode()
    assert re.search(r'<div id="project-map" class="project-map" dir="ltr"', page)
    assert 'data-geojson="/api/v1/projects/geojson/"' in page
    assert 'data-bounds="30.48300,-9.63300,30.48300,-9.63300"' in page


def test_the_public_navigation_links_to_the_projects(client):
    page = client.get(url("portal:home")).content.decode()
    assert f'href="{url("portal:project-list")}"' in page


def queries(client, path):
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


@pytest.mark.parametrize(
    ("name", "budget"), [("portal:project-list", 10), ("portal:project-detail", 11)]
)
def test_public_pages_run_the_same_few_queries_for_few_and_many_projects(
    client, commune, name, budget
):
    first = full_project()
    path = url(name, pk=first.pk, slug=first.slug) if name.endswith("detail") else url(name)
    for _n in range(2):
        full_project()
    few = queries(client, path)
    for _n in range(12):
        full_project()
    # the first project gains more of everything too
    for _n in range(5):
        record(first, "11", PartnerFactory(), 1000)
        Update.objects.create(
            project=first, date=date(2025, 8, 1), title_ar="خ", title_fr="N", is_public=True
        )
    many = queries(client, path)
    assert few == many <= budget


def test_the_map_files_come_from_the_xstatic_packages_and_survive_the_manifest(tmp_path):
    finder = XStaticFinder()
    assert finder.check() == []
    assert finder.find("leaflet/leaflet.js").endswith("leaflet.js")
    assert finder.find("leaflet-markercluster/leaflet.markercluster-src.js")
    assert finder.find("leaflet/images/../leaflet.js") == []
    # the minified cluster script names a source map its package lacks: it is not published
    assert finder.find("leaflet-markercluster/leaflet.markercluster.js") == []
    storage = ManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    paths = {}
    for path, source in finder.list([]):
        name = f"{source.prefix}/{path}"
        with source.open(path) as handle:
            storage.save(name, handle)
        paths[name] = (storage, name)
    assert {"leaflet/leaflet.css", "leaflet/images/marker-icon.png"} <= set(paths)
    results = storage.post_process(paths)
    errors = [result for _name, _hashed, result in results if isinstance(result, Exception)]
    assert errors == []


def test_projects_start_from_the_public_manager(shown, hidden):
    assert list(Project.public_objects.all()) == [shown]


def fr_url(record):
    """The record's public address on a French page (its slug in French)."""
    with translation.override("fr"):
        return record.get_absolute_url()

"""No input may cause a server error (issue 11 #5): every value of the security review's `year`
fuzzing against every URL of its list, anonymous and officer; ids beyond 64 bits in the multiple
choices of the partner, project and agreement forms; an agreement starting near the year 9999.

A bad filter is a 400 naming the field in the API and in the exports (checked before anything
streams, never an empty 200 file); a page answers 200 with the filter's message beside the form
and an empty list."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.agreements.tests.factories import AgreementFactory, kind
from taawun.core.bounds import YEAR_MAX, YEAR_MIN, add_months
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db

BAD_YEARS = ["0", "0.0", "-1", "-10000", "10000", "1e20", "99999999999999999999", "abc", "2025.5"]
PAGES = ["portal:agreement-list", "portal:project-list"]
WORKSPACE_PAGES = ["agreements:list", "projects:list"]
API = ["/api/v1/agreements/", "/api/v1/projects/", "/api/v1/projects/geojson/"]
EXPORTS = [
    ("projects:projects-export", "csv"),
    ("projects:projects-export", "xlsx"),
    ("projects:transactions-export", "csv"),
    ("projects:transactions-export", "xlsx"),
]


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def records(commune):
    AgreementFactory(title_fr="Convention témoin", start_date=date(2025, 1, 1))
    ProjectFactory(code="PRJ-TEMOIN", title_fr="Projet témoin")


@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize("name", PAGES)
@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_bad_year_on_a_public_register_is_a_message_beside_the_filter(
    client, records, name, lang, year
):
    response = client.get(url(name, lang), {"year": year})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'class="errorlist"' in page
    assert "témoin" not in page  # the list is empty until the filter is corrected


@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize("name", WORKSPACE_PAGES)
def test_a_bad_year_on_a_workspace_register_is_a_message_beside_the_filter(
    client_for, records, name, year
):
    response = client_for("officer").get(url(name), {"year": year})
    assert response.status_code == 200
    page = response.content.decode()
    assert "A filter is wrong" in page and "Year: " in page


@pytest.mark.parametrize("role", [None, "officer"])
@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize("path", API)
def test_a_bad_year_in_the_api_is_a_400_naming_the_field(client_for, records, path, year, role):
    response = client_for(role).get(path, {"year": year})
    assert response.status_code == 400
    assert "year" in response.json()


@pytest.mark.parametrize("year", BAD_YEARS)
@pytest.mark.parametrize(("name", "fmt"), EXPORTS)
def test_a_bad_year_in_an_export_is_a_400_before_anything_streams(
    client_for, records, name, fmt, year
):
    response = client_for("officer").get(url(name, fmt=fmt), {"year": year})
    assert response.status_code == 400
    assert not response.streaming
    text = response.content.decode()
    assert response["Content-Type"].startswith("text/plain")
    assert "Year:" in text and "filter is wrong" in text


@pytest.mark.parametrize(("name", "fmt"), [*EXPORTS, ("partners:export", "csv")])
def test_a_bad_choice_in_an_export_is_a_400_too(client_for, records, name, fmt):
    response = client_for("officer").get(url(name, fmt=fmt), {"status": "nonsense"})
    assert response.status_code == 400


@pytest.mark.parametrize("year", [str(YEAR_MIN), "2025", str(YEAR_MAX)])
def test_a_good_year_still_filters_everywhere(client_for, records, year):
    officer = client_for("officer")
    for name in PAGES:
        assert client_for(None).get(url(name), {"year": year}).status_code == 200
    for path in API:
        assert officer.get(path, {"year": year}).status_code == 200
    for name, fmt in EXPORTS:
        response = officer.get(url(name, fmt=fmt), {"year": year})
        assert response.status_code == 200
        assert b"".join(response.streaming_content if response.streaming else [response.content])


def test_the_year_2025_finds_the_agreement_and_the_csv_has_its_row(client_for, records):
    officer = client_for("officer")
    page = officer.get(url("agreements:list", "fr"), {"year": "2025"}).content.decode()
    assert "Convention témoin" in page
    response = officer.get(url("projects:projects-export", fmt="csv"), {"year": "2025"})
    assert "PRJ-TEMOIN" in b"".join(response.streaming_content).decode()


# Ids beyond 64 bits in multiple choices ------------------------------------------------------

HUGE = str(2**66)


def _form_cases():
    from taawun.agreements.forms import AgreementForm
    from taawun.partners.forms import PartnerForm
    from taawun.projects.forms import ProjectForm

    return [
        (PartnerForm, "domains"),
        (ProjectForm, "agreements"),
        (ProjectForm, "domains"),
        (AgreementForm, "domains"),
        (AgreementForm, "localities"),
    ]


@pytest.mark.parametrize("value", [HUGE, "99999999999999999999", str(-(2**64))])
@pytest.mark.parametrize("case", range(5))
def test_an_id_beyond_64_bits_is_the_fields_error(commune, case, value):
    form_class, field = _form_cases()[case]
    form = form_class(data={field: [value]})
    assert not form.is_valid()
    assert field in form.errors
    assert "not one of the available choices" in str(form.errors[field])


@pytest.mark.parametrize(
    ("name", "field"),
    [
        ("agreements:create", "domains"),
        ("agreements:create", "localities"),
        ("projects:create", "agreements"),
        ("projects:create", "domains"),
    ],
)
def test_the_forms_answer_400_to_an_id_beyond_64_bits(client_for, commune, name, field):
    response = client_for("officer").post(url(name), {field: "99999999999999999999"})
    assert response.status_code == 400


def test_the_partner_edit_answers_400_to_an_id_beyond_64_bits(client_for, commune):
    from taawun.partners.tests.factories import PartnerFactory

    partner = PartnerFactory()
    response = client_for("officer").post(
        url("partners:update", pk=partner.pk), {"domains": "99999999999999999999"}
    )
    assert response.status_code == 400


# An end date past the calendar -----------------------------------------------------------------


def test_an_agreement_starting_in_9999_with_a_duration_is_refused_with_a_message(
    client_for, commune
):
    from taawun.agreements.models import Agreement

    response = client_for("officer").post(
        url("agreements:create"),
        {
            "reference": "FAR-9999",
            "kind": kind("twinning").pk,
            "renewal": "none",
            "title_ar": "بعيدة",
            "title_fr": "Lointaine",
            "object_ar": "موضوع",
            "object_fr": "Objet",
            "start_date": "9999-06-01",
            "duration_months": "12",
        },
    )
    assert response.status_code == 400
    assert "after the year 9999" in response.content.decode()
    assert not Agreement.objects.filter(reference="FAR-9999").exists()


def test_add_months_keeps_the_last_day_and_refuses_the_overflow():
    from django.core.exceptions import ValidationError

    assert add_months(date(2025, 1, 31), 1) == date(2025, 2, 28)
    assert add_months(date(9999, 1, 1), 11) == date(9999, 12, 1)
    with pytest.raises(ValidationError):
        add_months(date(9999, 6, 1), 12)


@pytest.mark.parametrize("name", PAGES)
def test_the_filters_message_comes_with_an_htmx_swap_of_the_results(client, records, name):
    response = client.get(url(name), {"year": "10000"}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "A filter is wrong" in fragment and "Year: " in fragment

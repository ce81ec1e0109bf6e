"""The form patterns on the three registers' own forms (partner, project, agreement), as on the
record forms (core's ReturnToRowMixin): once saved, "Saved: <the record>" names it in the
reader's language, set apart in <bdi>; the list the form was opened from (`?next=`, this site
only) is where the reader goes back, at the record's row; and a formset's errors are listed in
the page's error summary, each linked to its field, the title starting with "Error:"."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from taawun.agreements.models import Agreement
from taawun.agreements.tests.factories import AgreementFactory, kind
from taawun.core.views.records import SAVED_NAMED
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Project
from taawun.projects.tests.factories import ProjectFactory
from taawun.projects.tests.pages import project_data

pytestmark = pytest.mark.django_db
FORGED = ("https://evil.example/manage/", "//evil.example/x", "javascript:alert(1)")


def url(name, lang="fr", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def partner_data():
    return {
        "kind": "association",
        "name_ar": "جمعية أمواج تامراغت",
        "name_fr": "Association Amwaj Tamraght",
        "status": "active",
        "country": "MA",
        "city": "Tamraght",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }


def agreement_data():
    return {
        "reference": "JUM-2026-07",
        "kind": kind("twinning").pk,
        "renewal": "tacit",
        "title_ar": "توأمة أورير ولاكانو",
        "title_fr": "Jumelage Aourir Lacanau",
        "object_ar": "تبادل الخبرات",
        "object_fr": "Échanges",
    }


# (create URL, list URL, POST data, the saved record)
REGISTERS = {
    "partner": (
        "partners:create",
        "partners:list",
        partner_data,
        lambda: Partner.objects.order_by("pk").last(),
    ),
    "project": (
        "projects:create",
        "projects:list",
        project_data,
        lambda: Project.objects.order_by("pk").last(),
    ),
    "agreement": (
        "agreements:create",
        "agreements:list",
        agreement_data,
        lambda: Agreement.objects.order_by("pk").last(),
    ),
}


def saved_message(record, lang="fr"):
    with translation.override(lang):
        return str(SAVED_NAMED).format(name=f"<bdi>{escape(str(record))}</bdi>")


@pytest.mark.parametrize("register", REGISTERS)
def test_a_saved_register_record_is_named_in_the_readers_language_and_found_at_its_row(
    client_for, commune, register
):
    create, listing, data, last = REGISTERS[register]
    listed = f"{url(listing)}?q=a&page=2"
    client = client_for("officer")
    form = client.get(url(create), {"next": listed}).content.decode()
    assert f'name="next" value="{escape(listed)}"' in form
    assert f'href="{escape(listed)}">' in form  # cancel goes back to the list too
    response = client.post(url(create), {**data(), "next": listed})
    assert response.status_code == 302
    record = last()
    assert response["Location"] == f"{listed}#{register}-{record.pk}"
    with translation.override("fr"):
        name = str(record)
    assert "Aourir" in name or "Amwaj" in name or "Transport" in name  # the French label
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [saved_message(record)]
    # the list's row carries the id the anchor names, ungrouped whatever its size (PostgreSQL's
    # ids pass 999 in a long run: "partner-3 241" in French was the bug); the record searched by
    # its name, as the collation decides where it falls in the whole list
    row = client.get(url(listing), {"q": name.split(" — ")[0]}).content.decode()
    assert f'<tr id="{register}-{record.pk}">' in row


@pytest.mark.parametrize("register", REGISTERS)
def test_an_off_site_next_is_ignored_and_the_record_page_opens(client_for, commune, register):
    create, _listing, data, last = REGISTERS[register]
    client = client_for("officer")
    for n, forged in enumerate(FORGED):
        fields = data()
        for key in ("reference", "name_fr", "name_ar", "code"):  # each record its own
            if key in fields:
                fields[key] = f"{fields[key]} {n}"
        response = client.post(url(create), {**fields, "next": forged})
        assert response.status_code == 302, response.content.decode()[:2000]
        assert response["Location"] == last().get_manage_url()


def test_an_edit_goes_back_to_the_list_it_came_from_and_names_the_record_in_arabic(
    client_for, commune
):
    agreement = AgreementFactory(title_ar="اتفاقية الماء", title_fr="Convention de l'eau")
    listed = url("agreements:list", lang="ar") + "?sort=-start"
    client = client_for("officer")
    edit = url("agreements:update", lang="ar", pk=agreement.pk)
    form = client.get(edit, {"next": listed}).context["form"]
    data = {"next": listed, "version": agreement.version}
    for name, value in form.initial.items():
        if isinstance(value, list):
            data[name] = [getattr(item, "pk", item) for item in value]
        elif value not in (None, "", False):
            data[name] = value
    response = client.post(edit, data)
    assert response.status_code == 302, response.context["form"].errors
    assert response["Location"] == f"{listed}#agreement-{agreement.pk}"
    agreement.refresh_from_db()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages == [saved_message(agreement, "ar")]
    assert "اتفاقية الماء" in messages[0]


# Formset errors in the summary -----------------------------------------------------------------


def summary_of(page):
    start = page.index('id="error-summary"')
    return page[start : page.index("</div>", start)]


def test_a_contact_row_in_error_is_listed_in_the_summary_linked_to_its_field(client_for, commune):
    data = {
        **partner_data(),
        "contacts-TOTAL_FORMS": "1",
        "contacts-0-name": "Khadija Ait Lahcen",
        "contacts-0-email": "khadija@",
    }
    response = client_for("officer").post(url("partners:create", lang="en"), data)
    assert response.status_code == 400
    page = response.content.decode()
    assert re.search(r"<title>Error: ", page)
    summary = summary_of(page)
    assert '<a href="#id_contacts-0-email">' in summary
    assert 'id="id_contacts-0-email"' in page  # the link lands on the input
    assert not Partner.objects.filter(name_fr="Association Amwaj Tamraght").exists()


def test_a_project_whose_only_error_is_in_a_formset_still_says_error(client_for, commune):
    # The project's own fields are fine: only the participant row is wrong (no partner).
    data = project_data(
        **{
            "participants-TOTAL_FORMS": "1",
            "participants-0-role": "1",
            "participants-0-partner": "",
        }
    )
    response = client_for("officer").post(url("projects:create", lang="en"), data)
    assert response.status_code == 400
    assert not response.context["form"].errors
    page = response.content.decode()
    assert page.split("<title>")[1].startswith("Error: ")
    assert '<a href="#id_participants-0-partner">' in summary_of(page)
    assert not Project.objects.exists()


def test_a_formsets_own_error_is_listed_in_the_summary(client_for, commune):
    partner = PartnerFactory()
    data = project_data(
        **{
            "participants-TOTAL_FORMS": "2",
            "participants-0-partner": partner.pk,
            "participants-0-role": "1",
            "participants-1-partner": partner.pk,
            "participants-1-role": "1",
        }
    )
    response = client_for("officer").post(url("projects:create", lang="en"), data)
    assert response.status_code == 400
    participants = response.context["participants"]
    assert participants.non_form_errors()
    summary = summary_of(response.content.decode())
    for error in participants.non_form_errors():
        assert escape(error) in summary


def test_a_project_edit_with_a_place_in_error_keeps_the_summary_on_the_edit_page(
    client_for, commune
):
    project = ProjectFactory()
    data = project_data(
        code=project.code,
        version=project.version,
        **{"locations-TOTAL_FORMS": "1", "locations-0-locality": "999999"},
    )
    response = client_for("officer").post(url("projects:update", lang="en", pk=project.pk), data)
    assert response.status_code == 400
    assert '<a href="#id_locations-0-locality">' in summary_of(response.content.decode())


def test_a_periods_value_row_in_error_is_listed_in_the_summary(client_for, commune):
    from taawun.projects.models import Indicator

    indicator = Indicator.objects.create(
        project=ProjectFactory(),
        name_ar="مؤشر",
        name_fr="Indicateur",
        result_type="1",
        measure="1",
        disaggregation="sex",
    )
    data = {
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "target": "100",
        "values-TOTAL_FORMS": "1",
        "values-INITIAL_FORMS": "0",
        "values-0-sex": "",  # a part without its category
        "values-0-target": "50",
    }
    address = url("projects:period-create", lang="en", pk=indicator.pk)
    response = client_for("officer").post(address, data)
    assert response.status_code == 400
    assert not response.context["form"].errors
    page = response.content.decode()
    assert page.split("<title>")[1].startswith("Error: ")
    assert '<a href="#id_values-0-sex">' in summary_of(page)
    assert not indicator.periods.exists()

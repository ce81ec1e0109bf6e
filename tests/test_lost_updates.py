"""Two people edit one record at the same time: the second save is refused with the first one's
change shown, and nothing of the first is lost (issue 11 #4, review finding 10).

Pages: each person loads the edit form, changes one field and saves what the page holds, as a
browser would; the second gets 409 with who changed what, their input kept, and a form that
now carries the current version. The API: ETag / If-Match, 412. The services: expected_version.
"""

from decimal import Decimal

import lxml.html
import pytest
from django.urls import reverse
from django.utils import translation

from taawun.agreements.tests.factories import AgreementFactory
from taawun.core.concurrency import StaleEdit, advance
from taawun.partners import services as partner_services
from taawun.partners.models import Partner
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects import services as project_services
from taawun.projects.models import Milestone
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import LocalityFactory

pytestmark = pytest.mark.django_db


def url(name, lang="en", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def form_data(response):
    """What the page's edit form sends as it stands (its inputs, checked boxes, chosen options
    and text areas), as a browser would submit it."""
    assert response.status_code in (200, 409), response.status_code
    root = lxml.html.fromstring(response.content.decode())
    (form,) = root.xpath("//form[@method='post'][.//input[@name='version']]")
    textareas = {t.name for t in form.xpath(".//textarea")}
    data = {}
    for name, value in form.form_values():
        if name in textareas and value.startswith("\n"):
            value = value[1:]  # the newline after <textarea>, which browsers drop
        data.setdefault(name, []).append(value)
    return data


def differences(response):
    """{field label: (saved now, your input)} from the refused page's comparison table."""
    root = lxml.html.fromstring(response.content.decode())
    rows = {}
    for row in root.xpath("//section[contains(@class, 'stale-edit')]//tbody/tr"):
        label = row.xpath("string(th/text())").strip()
        theirs, yours = (cell.text_content().strip() for cell in row.xpath("td"))
        rows[label] = (theirs, yours)
    return rows


def two_editors_race(client_for, edit_url, first_change, second_change):
    """A (the officer) and B (the admin) open the same form; A saves first_change, then B saves
    second_change from the page B loaded before A's save. Returns B's answer."""
    a, b = client_for("officer"), client_for("admin")
    form_a, form_b = form_data(a.get(edit_url)), form_data(b.get(edit_url))
    saved = a.post(edit_url, {**form_a, **first_change})
    assert saved.status_code == 302, [
        e.text_content()
        for e in lxml.html.fromstring(saved.content.decode()).xpath(
            "//*[contains(@class, 'errorlist')]"
        )
    ]
    return b, b.post(edit_url, {**form_b, **second_change})


def assert_refused_with_the_first_change(response, label, theirs, yours):
    assert response.status_code == 409
    page = response.content.decode()
    assert "officer changed this record on" in page
    assert "nothing was saved" in page
    assert differences(response)[label] == (theirs, yours)


# Pages ---------------------------------------------------------------------------------------


def test_the_second_editor_of_a_partner_is_refused_and_sees_the_first_ones_change(client_for):
    partner = PartnerFactory(city="Aourir", address="Rue 1")
    edit = url("partners:update", pk=partner.pk)
    b, refused = two_editors_race(
        client_for, edit, {"city": "Tamraght"}, {"address": "Avenue Hassan II"}
    )
    assert_refused_with_the_first_change(refused, "City", "Tamraght", "Aourir")
    partner.refresh_from_db()
    assert (partner.city, partner.address, partner.version) == ("Tamraght", "Rue 1", 2)

    # B's input is still in the form, which now carries the current version: saving again,
    # having seen A's change, goes through.
    again = form_data(refused)
    assert again["address"] == ["Avenue Hassan II"] and again["version"] == ["2"]
    again["city"] = ["Tamraght"]
    assert b.post(edit, again).status_code == 302
    partner.refresh_from_db()
    assert (partner.city, partner.address, partner.version) == ("Tamraght", "Avenue Hassan II", 3)


def test_the_refusal_is_in_the_readers_language(client_for):
    partner = PartnerFactory(city="Aourir")
    edit = url("partners:update", lang="fr", pk=partner.pk)
    _b, refused = two_editors_race(client_for, edit, {"city": "Tamraght"}, {"city": "Agadir"})
    assert refused.status_code == 409
    assert 'lang="fr"' in refused.content.decode()


def test_the_second_editor_of_an_agreement_is_refused_and_sees_the_first_ones_change(
    client_for, commune
):
    agreement = AgreementFactory(title_fr="Convention initiale", internal_notes="")
    edit = url("agreements:update", pk=agreement.pk)
    _b, refused = two_editors_race(
        client_for,
        edit,
        {"title_fr": "Convention modifiée par A"},
        {"internal_notes": "Note de B"},
    )
    assert refused.status_code == 409
    assert "officer changed this record on" in refused.content.decode()
    assert ("Convention modifiée par A", "Convention initiale") in differences(refused).values()
    assert form_data(refused)["internal_notes"] == ["Note de B"]
    agreement.refresh_from_db()
    assert agreement.title_fr == "Convention modifiée par A" and agreement.internal_notes == ""


def test_the_second_editor_of_a_project_is_refused_and_sees_the_first_ones_change(client_for):
    project = ProjectFactory(title_fr="Projet initial", budget=Decimal("1000000"))
    edit = url("projects:update", pk=project.pk)
    _b, refused = two_editors_race(
        client_for, edit, {"title_fr": "Projet renommé par A"}, {"budget": "2000000"}
    )
    assert refused.status_code == 409
    assert "officer changed this record on" in refused.content.decode()
    assert ("Projet renommé par A", "Projet initial") in differences(refused).values()
    assert form_data(refused)["budget"] == ["2000000"]
    project.refresh_from_db()
    assert project.title_fr == "Projet renommé par A" and project.budget == Decimal("1000000")


def test_the_records_of_a_project_are_checked_the_same_way(client_for):
    """RecordFormView (every child record's form) carries the version in one place."""
    project = ProjectFactory()
    milestone = Milestone.objects.create(
        project=project, title_ar="دراسة", title_fr="Étude", planned_date="2026-06-30"
    )
    edit = url("projects:milestone-update", pk=milestone.pk)
    _b, refused = two_editors_race(
        client_for, edit, {"title_fr": "Étude technique"}, {"planned_date": "2026-09-30"}
    )
    assert refused.status_code == 409
    assert ("Étude technique", "Étude") in differences(refused).values()
    milestone.refresh_from_db()
    assert milestone.title_fr == "Étude technique" and str(milestone.planned_date) == "2026-06-30"


def test_the_territory_registers_are_checked_the_same_way(client_for):
    locality = LocalityFactory(population=1000)
    edit = url("territory:update", kind="localities", pk=locality.pk)
    _b, refused = two_editors_race(client_for, edit, {"population": "1200"}, {"population": "900"})
    assert refused.status_code == 409
    locality.refresh_from_db()
    assert locality.population == 1200


def test_a_form_without_a_version_is_saved_unchecked_as_before(client_for):
    """An older page or a script that sends no version: the edit is not checked (documented)."""
    partner = PartnerFactory(city="Aourir")
    edit = url("partners:update", pk=partner.pk)
    officer = client_for("officer")
    data = form_data(officer.get(edit))
    del data["version"]
    assert officer.post(edit, {**data, "city": "Tamraght"}).status_code == 302
    partner.refresh_from_db()
    assert (partner.city, partner.version) == ("Tamraght", 2)


# The API -------------------------------------------------------------------------------------


def test_the_api_sends_the_version_as_etag_and_refuses_a_stale_if_match_with_412(client_for):
    partner = PartnerFactory(city="Aourir")
    officer = client_for("officer")
    detail = f"/api/v1/partners/{partner.pk}/"
    read = officer.get(detail)
    assert read["ETag"] == '"1"' and read.json()["version"] == 1

    changed = officer.patch(
        detail, {"city": "Tamraght"}, content_type="application/json", headers={"If-Match": '"1"'}
    )
    assert changed.status_code == 200
    assert changed["ETag"] == '"2"' and changed.json()["version"] == 2

    stale = officer.patch(
        detail, {"city": "Agadir"}, content_type="application/json", headers={"If-Match": '"1"'}
    )
    assert stale.status_code == 412
    assert stale.json()["version"] == 2 and stale["ETag"] == '"2"'
    partner.refresh_from_db()
    assert (partner.city, partner.version) == ("Tamraght", 2)

    put = officer.put(
        detail,
        {**officer.get(detail).json(), "city": "Agadir"},
        content_type="application/json",
        headers={"If-Match": '"1"'},
    )
    assert put.status_code == 412


def test_the_api_writes_without_if_match_unless_the_body_names_a_stale_version(client_for):
    partner = PartnerFactory(city="Aourir")
    officer = client_for("officer")
    detail = f"/api/v1/partners/{partner.pk}/"
    plain = officer.patch(detail, {"city": "Tamraght"}, content_type="application/json")
    assert plain.status_code == 200 and plain["ETag"] == '"2"'
    stale = officer.patch(detail, {"city": "Agadir", "version": 1}, content_type="application/json")
    assert stale.status_code == 409 and stale.json()["version"] == 2
    current = officer.patch(
        detail, {"city": "Agadir", "version": 2}, content_type="application/json"
    )
    assert current.status_code == 200 and current.json()["version"] == 3
    partner.refresh_from_db()
    assert partner.city == "Agadir"


def test_a_malformed_if_match_matches_no_version(client_for):
    partner = PartnerFactory()
    response = client_for("officer").patch(
        f"/api/v1/partners/{partner.pk}/",
        {"city": "Tamraght"},
        content_type="application/json",
        headers={"If-Match": "W/whatever"},
    )
    assert response.status_code == 412


def test_agreement_and_project_details_carry_their_version_as_etag(client_for, commune):
    agreement, project = AgreementFactory(), ProjectFactory()
    officer = client_for("officer")
    assert officer.get(f"/api/v1/agreements/{agreement.pk}/")["ETag"] == '"1"'
    assert officer.get(f"/api/v1/projects/{project.pk}/")["ETag"] == '"1"'


# The services --------------------------------------------------------------------------------


def test_an_update_service_refuses_a_version_that_is_no_longer_current(users):
    partner = PartnerFactory(city="Aourir", address="Rue 1")
    copy = Partner.objects.get(pk=partner.pk)  # the second editor's, loaded at version 1
    partner_services.partner_update(
        partner=partner, by=users["officer"], expected_version=1, city="Tamraght"
    )
    assert partner.version == 2

    with pytest.raises(StaleEdit) as refused:
        partner_services.partner_update(
            partner=copy, by=users["admin"], expected_version=1, address="Avenue Hassan II"
        )
    stale = refused.value
    assert stale.current.city == "Tamraght" and stale.current_version == 2
    assert stale.changed_fields == ["city"] and stale.changed_by == users["officer"]
    assert Partner.objects.get(pk=partner.pk).address == "Rue 1"

    # The guarded UPDATE decides, not the copy in memory.
    copy.version = 2
    with pytest.raises(StaleEdit):
        partner_services.partner_update(partner=copy, expected_version=1, address="x")

    # Internal callers (None) are not checked and still move the version on.
    partner_services.partner_update(partner=copy, address="Avenue Hassan II")
    assert Partner.objects.values_list("version", flat=True).get(pk=partner.pk) == 3


def test_a_new_record_starts_at_version_1_and_each_save_moves_it_on(users):
    project = ProjectFactory()
    milestone = project_services.milestone_save(
        project=project,
        title_ar="دراسة",
        title_fr="Étude",
        planned_date="2026-06-30",
        by=users["officer"],
    )
    assert milestone.version == 1
    project_services.milestone_save(milestone=milestone, expected_version=1, title_fr="Étude 2")
    assert Milestone.objects.get().version == 2
    with pytest.raises(StaleEdit):
        project_services.milestone_save(milestone=milestone, expected_version=1, title_fr="x")
    assert Milestone.objects.get().title_fr == "Étude 2"


def test_a_record_deleted_meanwhile_is_a_stale_edit_without_current(users):
    partner = PartnerFactory()
    ghost = Partner.objects.get(pk=partner.pk)
    Partner.objects.filter(pk=partner.pk).delete()
    with translation.override("en"), pytest.raises(StaleEdit) as refused:
        advance(ghost, 1)
    assert refused.value.current is None
    assert "deleted" in refused.value.messages[0]


def test_an_edit_opened_before_a_lifecycle_step_or_an_amendment_is_stale(users, commune):
    from taawun.agreements import services as agreement_services
    from taawun.agreements.choices import Stage
    from taawun.agreements.models import Agreement
    from taawun.agreements.tests.factories import PartyFactory

    agreement = AgreementFactory(stage=Stage.DRAFT)
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement)
    seen = Agreement.objects.get(pk=agreement.pk).version
    agreement_services.submit_to_committee(agreement=agreement, by=users["officer"])
    assert Agreement.objects.get(pk=agreement.pk).version == seen + 1
    with pytest.raises(StaleEdit):
        agreement_services.agreement_update(
            agreement=Agreement.objects.get(pk=agreement.pk),
            expected_version=seen,
            title_fr="Titre d'un formulaire ouvert avant l'étape",
        )
    stored = Agreement.objects.get(pk=agreement.pk)
    assert (stored.stage, stored.title_fr) == (Stage.COMMITTEE, agreement.title_fr)

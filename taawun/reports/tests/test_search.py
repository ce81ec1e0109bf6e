"""The workspace search (issue 10 #11): each register through the reader's scope."""

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
from taawun.partners.tests.factories import PartnerFactory
from taawun.projects.models import Update
from taawun.projects.tests.factories import ProjectFactory

pytestmark = pytest.mark.django_db


def search(client, text):
    with translation.override("fr"):
        url = reverse("reports:search")
    return client.get(url, {"q": text})


def test_a_representative_finds_only_its_own_organisation_and_no_internal_note(
    client_for, users, commune
):
    own = users["partner"].partner
    other = PartnerFactory(name_fr="Zeta Rivale", acronym="ZETA")
    mine = AgreementFactory(stage=Stage.IN_FORCE, title_fr="Zeta commune accord")
    theirs = AgreementFactory(stage=Stage.IN_FORCE, title_fr="Zeta autre accord")
    PartyFactory(agreement=mine, partner=own)
    PartyFactory(agreement=theirs, partner=other)
    project = ProjectFactory(owner=own)
    Update.objects.create(project=project, date="2025-05-01", title_fr="Zeta note interne")
    Update.objects.create(
        project=project, date="2025-05-02", title_fr="Zeta nouvelle publique", is_public=True
    )
    page = search(client_for("partner"), "Zeta")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Zeta commune accord" in html
    assert "Zeta autre accord" not in html and "Zeta Rivale" not in html
    assert "Zeta note interne" not in html and "Zeta nouvelle publique" in html
    # by the other party's acronym: nothing of another organisation
    assert "Zeta autre accord" not in search(client_for("partner"), "ZETA").content.decode()
    # the commune's officer finds all of it, the other party by its acronym too
    officer = search(client_for("officer"), "zeta").content.decode()
    for text in ("Zeta commune accord", "Zeta autre accord", "Zeta Rivale", "Zeta note interne"):
        assert text in officer
    # an agreement's internal notes are never searched
    mine.internal_notes = "Secretissime"
    mine.save()
    assert not search(client_for("partner"), "Secretissime").context["found"]


@pytest.mark.parametrize("text", ["a", " ", "x" * 101])
def test_a_query_out_of_bounds_gets_a_message_not_a_500(client_for, text):
    page = search(client_for("officer"), text)
    assert page.status_code == 200
    assert 'aria-invalid="true"' in page.content.decode()
    assert page.context["form"].errors


def test_each_register_shows_at_most_ten_with_a_link_to_the_full_list(client_for):
    for n in range(12):
        PartnerFactory(name_fr=f"Cooperative Omega {n:02}")
    page = search(client_for("officer"), "Omega")
    partners = next(g for g in page.context["groups"] if g["more_url"].startswith("/fr/manage/p"))
    assert len(partners["results"]) == 10 and partners["more"]
    assert "?q=Omega" in page.content.decode()


def test_the_workspace_navigation_links_the_search(client_for):
    with translation.override("fr"):
        dashboard = client_for("officer").get(reverse("reports:dashboard")).content.decode()
        assert reverse("reports:search") in dashboard


def test_a_news_item_found_links_to_the_update_itself_on_its_project_page(client_for, commune):
    project = ProjectFactory()
    news = Update.objects.create(
        project=project, date="2025-05-02", title_fr="Puits Tamrit inauguré", is_public=True
    )
    client = client_for("officer")
    page = search(client, "Tamrit")
    with translation.override("fr"):
        target = f"{reverse('projects:detail', kwargs={'pk': project.pk})}#update-{news.pk}"
    assert f'<a href="{target}">' in page.content.decode()
    # the anchor names the update's own article there
    project_page = client.get(target.split("#")[0]).content.decode()
    assert f'id="update-{news.pk}"' in project_page

"""Project news can be corrected and removed by the commune's editors (services update_edit and
update_delete, through core's RecordFormView and RecordActionView); the public feed follows."""

from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from taawun.projects import services
from taawun.projects.models import Update

from .pages import png, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(project, users):
    project.is_public = True
    project.save()
    return services.update_post(
        project=project,
        by=users["officer"],
        date=date(2025, 5, 10),
        title_ar="تسليم الحافلة",
        title_fr="Livraison du bus",
        body_fr="Le bus est arrivé.",
        photo=SimpleUploadedFile("bus.png", png(), content_type="image/png"),
        is_public=True,
    )


def edit_data(**changes):
    data = {
        "date": "2025-05-10",
        "title_ar": "تسليم الحافلة",
        "title_fr": "Livraison du bus scolaire",
        "body_fr": "Le bus est arrivé à l'école.",
        "photo_caption": "",
        "is_public": "on",
    }
    return {**data, **changes}


def feed(client, language="fr"):
    response = client.get(f"/open-data/updates-{language}.atom")
    assert response.status_code == 200
    return response.content.decode()


def test_an_officer_corrects_an_update_and_the_feed_follows(client_for, news, users):
    client = client_for("officer")
    assert "Livraison du bus" in feed(client_for(None))
    page = client.get(url("projects:update-edit", pk=news.pk))
    assert page.status_code == 200 and "Livraison du bus" in page.content.decode()
    response = client.post(url("projects:update-edit", pk=news.pk), edit_data())
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.title_fr == "Livraison du bus scolaire"
    assert news.photo  # kept when no new file is sent
    assert news.history.latest().history_user == users["officer"]
    assert "Livraison du bus scolaire" in feed(client_for(None))


def test_a_bad_correction_is_explained_and_changes_nothing(client_for, news):
    client = client_for("officer")
    response = client.post(
        url("projects:update-edit", lang="en", pk=news.pk),
        edit_data(title_ar="", title_fr="Livraison\u202e du bus"),
    )
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "title_ar" in errors and "U+202E" in " ".join(errors["title_fr"])
    news.refresh_from_db()
    assert news.title_fr == "Livraison du bus"


def test_an_officer_deletes_an_update_its_photo_and_its_feed_entry(
    client_for, news, django_capture_on_commit_callbacks
):
    storage, photo = news.photo.storage, news.photo.name
    assert storage.exists(photo)
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for("officer").post(url("projects:update-delete", pk=news.pk))
    assert response.status_code == 302
    assert response.url == news.project.get_manage_url()
    assert not Update.objects.filter(pk=news.pk).exists()
    assert not storage.exists(photo)
    assert "Livraison du bus" not in feed(client_for(None))
    assert Update.history.filter(id=news.pk, history_type="-").exists()


@pytest.mark.parametrize("role", ["finance", "council", "partner"])
def test_others_can_neither_correct_nor_delete(client_for, news, role):
    client = client_for(role)
    assert client.get(url("projects:update-edit", pk=news.pk)).status_code in (403, 404)
    response = client.post(url("projects:update-edit", pk=news.pk), edit_data(title_fr="X"))
    assert response.status_code in (403, 404)
    assert client.post(url("projects:update-delete", pk=news.pk)).status_code in (403, 404)
    news.refresh_from_db()
    assert news.title_fr == "Livraison du bus"


def test_the_project_page_offers_edit_and_delete_to_editors_only(client_for, news):
    edit, delete = (
        url("projects:update-edit", pk=news.pk),
        url("projects:update-delete", pk=news.pk),
    )
    page = client_for("officer").get(url("projects:detail", pk=news.project.pk)).content.decode()
    assert edit in page and delete in page
    page = client_for("council").get(url("projects:detail", pk=news.project.pk)).content.decode()
    assert edit not in page and delete not in page

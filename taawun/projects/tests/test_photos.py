"""The photos of project news are private files: kept outside every served folder under names
nobody can guess, sent by the workspace to those who see the project and by the portal only for
public news of public projects (security review, finding 1)."""

import re
from datetime import date
from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from taawun.core.tests.media import served_media  # noqa: F401  (a fixture)
from taawun.projects import services
from taawun.projects.models import Project
from taawun.projects.tests.factories import ProjectFactory

from .pages import png, url

pytestmark = pytest.mark.django_db
PHOTO = png()


@pytest.fixture
def project(users, commune):
    """A public project owned by the representative's organisation."""
    project = ProjectFactory(owner=users["partner"].partner, title_fr="Transport scolaire")
    assert Project.public_objects.filter(pk=project.pk).exists()
    return project


def post(project, *, is_public, name="secret-photo.png"):
    return services.update_post(
        project=project,
        date=date(2025, 5, 10),
        title_ar="تسليم الحافلة",
        title_fr="Livraison du bus",
        photo=SimpleUploadedFile(name, PHOTO, content_type="image/png"),
        photo_caption="Le bus",
        is_public=is_public,
    )


@pytest.fixture
def internal(project):
    return post(project, is_public=False)


def test_a_photo_is_kept_in_the_private_storage_under_a_name_nobody_can_guess(
    internal, project, settings
):
    assert internal.photo.storage.location == storages["private"].location
    stored = Path(internal.photo.path).resolve()
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    again = post(project, is_public=False)
    for name in (internal.photo.name, again.photo.name):
        assert "secret" not in name and "photo" not in name.rsplit("/", 1)[-1]
        assert re.search(r"[0-9a-f]{32}", name) and name.endswith(".png")
    assert internal.photo.name != again.photo.name


@pytest.mark.parametrize("debug", [True, False], ids=["debug", "production"])
def test_the_stored_path_of_a_photo_is_not_served(debug, internal, client, settings, request):
    if debug:
        request.getfixturevalue("served_media")
    assert client.get(settings.MEDIA_URL + internal.photo.name).status_code == 404
    old_style = f"{settings.MEDIA_URL}projects/{internal.project_id}/updates/secret-photo.png"
    assert client.get(old_style).status_code == 404


@pytest.mark.parametrize("role", ["officer", "council"])
def test_the_workspace_sends_internal_photos_to_the_commune(role, internal, client_for):
    response = client_for(role).get(url("projects:update-photo", pk=internal.pk))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == PHOTO


def test_a_representative_gets_the_public_photos_of_its_projects_only(
    internal, project, client_for
):
    public = post(project, is_public=True)
    partner = client_for("partner")
    response = partner.get(url("projects:update-photo", pk=public.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PHOTO
    # Internal news is the commune's; another organisation sees nothing of the project.
    assert partner.get(url("projects:update-photo", pk=internal.pk)).status_code == 404
    other = client_for("association")
    assert other.get(url("projects:update-photo", pk=public.pk)).status_code == 404


def test_strangers_and_the_portal_get_no_internal_photo(internal, client_for):
    anonymous = client_for(None)
    assert anonymous.get(url("projects:update-photo", pk=internal.pk)).status_code == 302
    assert anonymous.get(url("portal:update-photo", pk=internal.pk)).status_code == 404


def test_the_portal_sends_the_photo_of_public_news_of_a_public_project(project, client):
    update = post(project, is_public=True)
    response = client.get(url("portal:update-photo", pk=update.pk))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PHOTO
    Project.objects.filter(pk=project.pk).update(is_public=False)
    assert client.get(url("portal:update-photo", pk=update.pk)).status_code == 404


def test_pages_show_the_photo_through_the_checked_views(project, client_for):
    update = post(project, is_public=True)
    workspace = client_for("officer").get(project.get_manage_url()).content.decode()
    assert f'src="{url("projects:update-photo", pk=update.pk)}"' in workspace
    news = client_for(None).get(url("portal:news", lang="fr")).content.decode()
    assert f'src="{url("portal:update-photo", lang="fr", pk=update.pk)}"' in news
    assert "/media/" not in workspace and "/media/" not in news


def test_the_internal_redirect_answers_without_the_body(internal, client_for, settings):
    settings.PRIVATE_MEDIA_SERVER = "nginx"
    response = client_for("officer").get(url("projects:update-photo", pk=internal.pk))
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == settings.PRIVATE_MEDIA_INTERNAL_URL + internal.photo.name
    assert response.content == b""

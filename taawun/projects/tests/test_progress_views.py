"""The progress of a project from its pages: updates with photos, milestones, indicators and
their periods, and the funding plan."""

from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from taawun.projects.models import (
    Contribution,
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Milestone,
    Update,
)

from .pages import png, url

pytestmark = pytest.mark.django_db


def update_data(photo, **changes):
    data = {
        "date": "2025-05-10",
        "title_ar": "تسليم الحافلة",
        "title_fr": "Livraison du bus",
        "photo": photo,
        "photo_caption": "Le bus devant l'école",
        "is_public": "on",
    }
    return {**data, **changes}


def test_an_update_is_posted_with_its_photo(client_for, project, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    client = client_for("officer")
    photo = SimpleUploadedFile("bus.png", png(), content_type="image/png")
    response = client.post(url("projects:update-create", pk=project.pk), update_data(photo))
    assert response.status_code == 302
    update = Update.objects.get()
    assert update.photo.name.startswith("projects/updates/")  # private, under a random name
    page = client.get(response.url).content.decode()
    assert "تسليم الحافلة" in page
    assert f'src="{url("projects:update-photo", pk=update.pk)}"' in page


def test_a_file_that_is_not_an_image_is_refused_as_a_photo(client_for, project, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    fake = SimpleUploadedFile("bus.jpg", b"MZ\x90\x00" + b"\x00" * 300, content_type="image/jpeg")
    response = client_for("officer").post(
        url("projects:update-create", lang="en", pk=project.pk), update_data(fake)
    )
    assert response.status_code == 400
    assert "Upload a valid image" in response.content.decode()
    assert not Update.objects.exists()


def test_a_photo_over_the_size_limit_is_refused_with_the_limit(
    client_for, project, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    settings.PHOTO_MAX_BYTES = 1024 * 1024
    big = SimpleUploadedFile("big.png", png() + b"\x00" * (1024 * 1024), content_type="image/png")
    response = client_for("officer").post(
        url("projects:update-create", lang="en", pk=project.pk), update_data(big)
    )
    assert response.status_code == 400
    assert "the limit is 1 MB" in response.content.decode()
    assert not Update.objects.exists()


def test_milestones_are_added_and_edited_by_the_officer_only(client_for, project):
    officer = client_for("officer")
    data = {
        "title_ar": "الدراسة",
        "title_fr": "Étude",
        "planned_date": "2025-03-01",
        "progress": "40",
        "status": "under_way",
    }
    assert (
        client_for("finance")
        .post(url("projects:milestone-create", pk=project.pk), data)
        .status_code
        == 403
    )
    assert officer.post(url("projects:milestone-create", pk=project.pk), data).status_code == 302
    milestone = Milestone.objects.get()
    data.update(progress="100", status="done", actual_date="2025-04-01")
    assert officer.post(url("projects:milestone-update", pk=milestone.pk), data).status_code == 302
    milestone.refresh_from_db()
    assert milestone.progress == 100
    bad = {**data, "progress": "140"}
    assert officer.post(url("projects:milestone-update", pk=milestone.pk), bad).status_code == 400


def test_indicator_periods_chart_actual_against_target(client_for, project):
    client = client_for("officer")
    response = client.post(
        url("projects:indicator-create", pk=project.pk),
        {
            "name_ar": "عدد التلاميذ المنقولين",
            "name_fr": "Élèves transportés",
            "result_type": "1",
            "measure": "1",
            "disaggregation": "none",
        },
    )
    assert response.status_code == 302
    indicator = Indicator.objects.get()
    periods = url("projects:period-create", pk=indicator.pk)
    for start, end, target, actual in (
        ("2025-01-01", "2025-12-31", "200", "150"),
        ("2026-01-01", "2026-12-31", "400", "100"),
    ):
        data = {"period_start": start, "period_end": end, "target": target, "actual": actual}
        assert client.post(periods, data).status_code == 302
    page = client.get(url("projects:detail", pk=project.pk)).content.decode()
    # one scale per indicator (400): 200 → 50 %, 150 → 40 %, 400 → 100 %, 100 → 30 %
    assert 'class="hbar target bar-50"' in page and 'class="hbar actual bar-40"' in page
    assert 'class="hbar target bar-100"' in page and 'class="hbar actual bar-30"' in page
    assert "style=" not in page
    # the same start twice is refused, and a period ending before it starts
    again = {"period_start": "2025-01-01", "period_end": "2025-06-30", "target": "1"}
    assert client.post(periods, again).status_code == 400
    wrong = {"period_start": "2027-12-01", "period_end": "2027-01-01"}
    assert client.post(periods, wrong).status_code == 400
    assert IndicatorPeriod.objects.count() == 2


def test_a_period_of_a_disaggregated_indicator_keeps_its_parts_by_sex(client_for, project):
    indicator = Indicator.objects.create(
        project=project,
        name_ar="مستفيدون",
        name_fr="Bénéficiaires",
        result_type="2",
        measure="1",
        disaggregation="sex",
    )
    data = {
        "period_start": "2025-01-01",
        "period_end": "2025-12-31",
        "target": "100",
        "actual": "90",
        "values-TOTAL_FORMS": "2",
        "values-INITIAL_FORMS": "0",
        "values-0-sex": "female",
        "values-0-target": "50",
        "values-0-actual": "55",
        "values-1-sex": "male",
        "values-1-target": "50",
        "values-1-actual": "35",
    }
    client = client_for("officer")
    response = client.post(url("projects:period-create", pk=indicator.pk), data)
    assert response.status_code == 302
    assert sorted(IndicatorValue.objects.values_list("sex", "actual")) == [
        ("female", Decimal("55.00")),
        ("male", Decimal("35.00")),
    ]
    page = client.get(url("projects:detail", lang="fr", pk=project.pk)).content.decode()
    assert "Bénéficiaires" in page


def test_the_funding_plan_takes_cash_and_in_kind(client_for, project, lacanau):
    client = client_for("officer")
    create = url("projects:contribution-create", pk=project.pk)
    for kind, amount in (("cash", "300000"), ("in_kind", "50000")):
        data = {"partner": lacanau.pk, "kind": kind, "amount": amount, "currency": "MAD"}
        assert client.post(create, data).status_code == 302
    project.refresh_from_db()
    assert project.planned_mad == Decimal("350000") and project.in_kind_mad == Decimal("50000")
    assert client.post(create, {"kind": "cash", "currency": "MAD"}).status_code == 400
    contribution = Contribution.objects.get(kind="in_kind")
    assert client.post(url("projects:contribution-delete", pk=contribution.pk)).status_code == 302
    project.refresh_from_db()
    assert project.in_kind_mad == 0

"""Trainings: attendance never more than the training lasted; the capacity figures — people
trained once a year whatever their trainings, hours, hours per person, by sex and by service —
against sums made by hand; the commune's people only."""

from datetime import date
from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import translation

from taawun.knowledge import services
from taawun.knowledge.capacity import capacity

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def training(by, title, hours, day, state="done"):
    return services.training_save(
        by=by, title_ar="تكوين", title_fr=title, theme="procurement", starts_on=day, ends_on=day,
        hours=Decimal(hours), state=state,
    )  # fmt: skip


def test_the_capacity_figures_equal_the_sums_made_by_hand(users):
    officer = users["officer"]
    procurement = training(officer, "Marchés publics", "12", date(2026, 3, 10))
    projects = training(officer, "Gestion de projet", "6", date(2026, 6, 2))
    planned = training(officer, "Outils numériques", "8", date(2027, 1, 20), state="planned")
    with pytest.raises(ValidationError, match="More hours attended than the training lasted"):
        services.participant_save(by=officer, training=projects, name="Salma", sex="female",
                                  category="staff", hours_attended=Decimal("7"))  # fmt: skip
    people = [
        # (training, person, sex, service, hours): Amina follows both, counted once
        (procurement, "Amina", "female", "Service financier", "12"),
        (procurement, "Brahim", "male", "Service financier", "10"),
        (projects, "Amina", "female", "Service financier", "6"),
        (projects, "Youssef", "male", "Division technique", "6"),
        (planned, "Hind", "female", "Division technique", None),  # not held: not counted
    ]
    for item, name, sex, service, hours in people:
        services.participant_save(
            by=officer, training=item, name=name, sex=sex, category="staff", service=service,
            hours_attended=Decimal(hours) if hours else None,
        )  # fmt: skip
    year = capacity()[2026]
    assert (year["people"], year["hours"]) == (3, Decimal("34"))
    assert year["per_person"] == Decimal("11.3")  # 34 / 3
    assert year["by_sex"] == {"female": (1, Decimal("18")), "male": (2, Decimal("16"))}
    assert year["by_service"] == {
        "Division technique": (1, Decimal("6")),
        "Service financier": (2, Decimal("28")),
    }
    assert 2027 not in capacity()
    with pytest.raises(PermissionDenied):
        training(users["council"], "Refusée", "2", date(2026, 1, 1))


def test_the_commune_reads_the_trainings_representatives_do_not(client, users):
    item = training(users["officer"], "Marchés publics", "12", date(2026, 3, 10))
    services.participant_save(by=users["officer"], training=item, name="Amina", sex="female",
                              category="staff", hours_attended=Decimal("12"))  # fmt: skip
    client.force_login(users["partner"])
    assert client.get(reverse("knowledge:training-list")).status_code == 403
    assert client.get(item.get_manage_url()).status_code in (403, 404)
    client.force_login(users["council"])
    page = client.get(reverse("knowledge:training-list")).content.decode()
    assert "Capacity, year by year" in page and "<bdi>12.0</bdi>" in page
    assert "Amina" in client.get(item.get_manage_url()).content.decode()
    client.force_login(users["officer"])
    response = client.post(
        reverse("knowledge:training-participant-add", args=[item.pk]),
        {"sex": "male", "category": "elected", "registration": "registered"},
    )
    assert response.status_code == 400  # a name or an account
    response = client.post(
        reverse("knowledge:training-participant-add", args=[item.pk]),
        {"name": "Omar", "sex": "male", "category": "elected", "registration": "registered",
         "hours_attended": "12"},
    )  # fmt: skip
    assert response.status_code == 302 and item.participants.count() == 2


def test_the_api_gives_the_capacity_figures_per_year_and_no_participant(client, users):
    officer = users["officer"]
    held = training(officer, "Marchés publics", "12", date(2025, 3, 10))
    for name, sex, hours in (("Amina-Secret", "female", "12"), ("Brahim", "male", "9")):
        services.participant_save(by=officer, training=held, name=name, sex=sex,
                                  category="staff", hours_attended=Decimal(hours))  # fmt: skip
    response = client.get("/api/v1/capacity/")
    assert response.status_code == 200 and "Amina-Secret" not in response.content.decode()
    assert response.json() == [
        {"year": 2025, "people": 2, "hours": "21.0", "per_person": "10.5",
         "by_sex": [{"sex": "female", "people": 1, "hours": "12.0"},
                    {"sex": "male", "people": 1, "hours": "9.0"}]},
    ]  # fmt: skip

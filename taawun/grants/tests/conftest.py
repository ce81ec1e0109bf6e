from datetime import date, timedelta
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from taawun.grants import services
from taawun.territory.tests.factories import LocalityFactory

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def pdf(name="piece.pdf"):
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


@pytest.fixture
def locality(db):
    return LocalityFactory(name_fr="Tamraght", name_ar="تامراغت")


@pytest.fixture
def call(users, commune, locality):
    """An open call: 200,000 MAD, grants of 10,000 to 50,000 MAD, at least 10% own
    contribution, at most 90% paid by the commune, associations of two years or more."""
    now = timezone.now()
    call = services.call_create(
        by=users["officer"],
        title_ar="طلب مشاريع الجمعيات 2026",
        title_fr="Appel à projets associatifs 2026",
        description_ar="دعم مشاريع الرياضة والبيئة والثقافة.",
        description_fr="Soutien aux projets de sport, d'environnement et de culture.",
        legal_basis="Délibération n° 12/2026 du 3 février 2026 ; circulaire D2185",
        envelope=Decimal("200000"),
        min_grant=Decimal("10000"),
        max_grant=Decimal("50000"),
        min_own_share=Decimal("10"),
        max_funding_rate=Decimal("90"),
        applicant_kinds=["association"],
        min_years=2,
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=20),
        localities=[locality],
    )
    return services.call_step(call=call, step="publish", by=users["officer"])


def draft(user, call, locality, **changes):
    fields = {
        "applicant_kind": "association",
        "founded_on": date(2015, 3, 1),
        "title": "Nettoyage de la plage de Tamraght",
        "summary": "Des journées de nettoyage avec les jeunes du douar, l'été.",
        "locality": locality,
        "women": 40,
        "men": 35,
        "girls": 60,
        "boys": 55,
        "starts_on": date(2026, 6, 1),
        "ends_on": date(2026, 9, 30),
        "no_double_funding": True,
        "data_notice": True,
        **changes,
    }
    return services.application_save(by=user, call=call, **fields)


def complete(user, call, locality, requested="30000", **changes):
    """A draft that meets every rule of the call: its budget and its documents."""
    application = draft(user, call, locality, **changes)
    services.budget_set(
        application=application,
        by=user,
        lines=[
            {"label": "Matériel", "requested": Decimal(requested), "own_cash": Decimal("2000")},
            {"label": "Encadrement", "own_in_kind": Decimal("3000")},
        ],
    )
    for requirement in call.required_documents.filter(required=True):
        services.document_join(
            application=application, upload=pdf(), title="", requirement=requirement, by=user
        )
    return application

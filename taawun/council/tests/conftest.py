from datetime import timedelta

import pytest
from django.utils import timezone

from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
from taawun.partners.tests.factories import PartnerFactory

from .factories import CouncilSessionFactory


@pytest.fixture
def session(db):
    """An ordinary session of February, last year: the past, so it may deliberate."""
    year = timezone.localdate().year - 1
    return CouncilSessionFactory(
        name_ar=f"الدورة العادية لشهر فبراير {year}",
        name_fr=f"Session ordinaire de février {year}",
        opens_on=timezone.localdate().replace(year=year, month=2, day=3),
    )


@pytest.fixture
def on_agenda(commune):
    """An agreement on the council's agenda, the commune one of its parties."""
    agreement = AgreementFactory(stage=Stage.AGENDA, title_fr="Convention de mise à niveau")
    PartyFactory(agreement=agreement, partner=commune, role="project_owner")
    PartyFactory(agreement=agreement, partner=PartnerFactory(name_fr="Région Souss-Massa"))
    return agreement


@pytest.fixture
def yesterday():
    return timezone.localdate() - timedelta(days=1)

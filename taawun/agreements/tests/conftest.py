import pytest

from taawun.partners.factories import PartnerFactory
from taawun.territory.models import CommuneProfile


@pytest.fixture
def commune(db):
    """The commune's own partner record, as the profile names it."""
    partner = PartnerFactory(name_fr="Commune d'Aourir", name_ar="جماعة أورير", kind="commune")
    CommuneProfile.objects.update_or_create(
        pk=1, defaults={"name_ar": "أورير", "name_fr": "Aourir", "partner": partner}
    )
    return partner

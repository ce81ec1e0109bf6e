"""Record ids past 999 are written as they are, never grouped like figures ("12 345"): the
thousand separator is on for numbers (USE_THOUSAND_SEPARATOR) and a form would send the
grouped text back as an id that does not exist."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_name_search_offers_ids_past_999_ungrouped(client, language):
    from taawun.partners.tests.factories import PartnerFactory

    PartnerFactory(id=12345, name_fr="Fondation Argane", name_ar="مؤسسة أركان")
    with translation.override(language):
        url = reverse("core:choices", args=["partners"])
    html = client.get(url, {"q": "Argane"}).content.decode()
    assert '<option value="12345">' in html
    checkboxes = client.get(url, {"q": "Argane", "checkboxes": "partners"}).content.decode()
    assert 'value="12345"' in checkboxes

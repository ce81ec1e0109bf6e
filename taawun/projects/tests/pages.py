"""What the tests of the project pages share: addresses, form data and the records they use."""

import io
import re

from django.urls import reverse
from django.utils import translation
from PIL import Image


def url(name, lang="ar", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def figure(page, name):
    """The digits of a key figure on the project's page (separators differ by language)."""
    match = re.search(rf'data-figure="{name}">(.*?)</span>', page, re.S)
    assert match, f"no figure {name}"
    return re.sub(r"\D", "", match.group(1))


def tx_data(provider, **changes):
    data = {
        "type": "11",
        "date": "2025-02-01",
        "provider": provider.pk,
        "amount": "500000",
        "currency": "MAD",
        "description_fr": "",
        "override_reason": "",
    }
    return {**data, **changes}


def png(size=(4, 3)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (11, 93, 91)).save(buffer, "PNG")
    return buffer.getvalue()


def record(client, project, data, lang="ar"):
    return client.post(url("projects:transaction-create", lang=lang, pk=project.pk), data)


def project_data(**changes):
    data = {
        "code": "PRJ-NEW",
        "title_ar": "النقل المدرسي",
        "title_fr": "Transport scolaire",
        "status": "2",
        "budget": "1200000",
        "planned_start": "2025-01-01",
        "planned_end": "2026-12-31",
        "progress": "10",
        "social_weight": "50",
        "economic_weight": "30",
        "environmental_weight": "20",
        "is_public": "on",
        "locations-TOTAL_FORMS": "0",
        "locations-INITIAL_FORMS": "0",
        "participants-TOTAL_FORMS": "0",
        "participants-INITIAL_FORMS": "0",
    }
    return {**data, **changes}

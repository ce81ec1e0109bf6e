"""A record's id in a page is a number of the machine, never a figure for the reader: a row's
anchor (`#partner-3241`), an element id or a form value stays "3241" in every language, where
the reader's figures are grouped ("3 241" in French, "3,241" in English). The return-to-row
pattern and every aria-labelledby depend on it."""

import re
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from taawun.partners.tests.factories import PartnerFactory

ROOT = Path(__file__).resolve().parents[1] / "taawun"
# `{{ something.pk }}` or `{{ something.id }}` printed as is: localized, hence grouped (a
# widget's `attrs.id` is the form field's HTML id, a string).
BARE_ID = re.compile(r"\{\{ *[a-z_][a-z_0-9.]*(?<!attrs)\.(?:pk|id) *\}\}")


def test_no_template_prints_a_record_id_as_a_localized_number():
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted(ROOT.rglob("templates/**/*.html"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BARE_ID.search(line)
    ]
    assert offenders == [], "use |unlocalize (load l10n) for ids: " + ", ".join(offenders)


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["ar", "fr", "en"])
def test_a_row_anchor_past_a_thousand_is_not_grouped(client_for, lang):
    partner = PartnerFactory(pk=12345, name_fr="Association Tifawin", name_ar="جمعية تيفاوين")
    with translation.override(lang):
        listing = reverse("partners:list")
    page = client_for("officer").get(listing).content.decode()
    assert f'<tr id="partner-{partner.pk}">' in page

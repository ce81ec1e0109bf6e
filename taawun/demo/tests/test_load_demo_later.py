"""`manage.py load_demo` years after the demo was written: its own load, at another date."""

import io
from datetime import date

import pytest
from django.core.management import call_command

from taawun.agreements.choices import Stage
from taawun.agreements.models import Agreement

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_demo_agreements_still_load_years_later(time_machine):
    """Steps of the last weeks are dated from today: the demo must not break as time passes."""
    time_machine.move_to(date(2029, 3, 15))
    load_demo()
    assert set(Agreement.objects.values_list("stage", flat=True)) == set(Stage.values)
    assert Agreement.objects.visa_due(5).exists()
    assert Agreement.objects.expiring(90).exists()

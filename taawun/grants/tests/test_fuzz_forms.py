"""Property test: no input makes the grants forms answer a server error, and a refused form
writes nothing: the call, the application, its budget, the screening, the review and the
selection, each field drawn from text (control and bidi characters, Arabic, very long),
numbers far out of range and made-up ids. Deterministic for CI."""

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import given

from taawun.grants import services
from taawun.grants.models import Application, BudgetLine, Call
from taawun.participation.tests.test_fuzz_forms import FUZZ, VALUES, form

from .conftest import complete, draft

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

CALL = ["title_ar", "title_fr", "description_ar", "description_fr", "legal_basis", "envelope",
        "min_grant", "max_grant", "min_own_share", "max_funding_rate", "applicant_kinds",
        "min_years", "opens_at", "closes_at", "localities"]  # fmt: skip
APPLICATION = ["applicant_kind", "founded_on", "title", "summary", "locality", "women", "men",
               "girls", "boys", "starts_on", "ends_on", "no_double_funding", "data_notice",
               "version"]  # fmt: skip
LINE = ["form-0-label", "form-0-requested", "form-0-own_cash", "form-0-own_in_kind",
        "form-0-other_funders", "form-TOTAL_FORMS", "form-INITIAL_FORMS"]  # fmt: skip


def client(user):
    signed = Client()
    signed.force_login(user)
    return signed


@FUZZ
@given(data=form(CALL))
def test_the_call_form_answers_any_input_without_a_server_error(users, commune, data):
    before = Call.objects.count()
    response = client(users["officer"]).post(reverse("grants:call-create"), data)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert Call.objects.count() == before


@FUZZ
@given(data=form(APPLICATION), line=form(LINE), reasons=VALUES, choice=VALUES)
def test_the_application_forms_answer_any_input_without_a_server_error(
    users, call, locality, data, line, reasons, choice
):
    association = client(users["association"])
    before = Application.objects.count()
    response = association.post(reverse("grants:apply", args=[call.pk]), data)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert Application.objects.count() == before
    mine = draft(users["association"], call, locality, title="Brouillon")
    lines = BudgetLine.objects.filter(application=mine).count()
    response = association.post(reverse("grants:budget", args=[mine.pk]), line)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert BudgetLine.objects.filter(application=mine).count() == lines
    response = association.post(reverse("grants:application-edit", args=[mine.pk]), data)
    assert response.status_code in {302, 400, 409}
    officer = client(users["officer"])
    response = officer.post(
        reverse("grants:screen", args=[mine.pk]),
        {"eligible": choice, "screening_reasons": reasons},
    )
    assert response.status_code in {302, 400}
    response = officer.post(reverse("grants:review", args=[mine.pk]), {"conflict": choice})
    assert response.status_code in {302, 400}
    response = officer.post(
        reverse("grants:selection", args=[call.pk]), {f"amount_{mine.pk}": reasons}
    )
    assert response.status_code in {302, 400}


def test_a_submitted_application_refuses_any_change_without_a_server_error(users, call, locality):
    application = complete(users["association"], call, locality)
    services.application_submit(application=application, by=users["association"])
    association = client(users["association"])
    for name in ("budget", "application-edit", "document-join"):
        response = association.post(reverse(f"grants:{name}", args=[application.pk]), {})
        assert response.status_code in {400, 409}, name
    application.refresh_from_db()
    assert application.state == "submitted"

"""Requests for information (Law 31-13): 20 working days to answer, weekends and Morocco's
public holidays not counted, extendable once by 20 (3 and 3 when urgent); answered, partly or
refused on a ground; the public register never names the requester."""

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import translation

from taawun.core.workdays import add_working_days, working_days_between
from taawun.participation import services
from taawun.participation.models import InformationRequest
from taawun.territory.models import PublicHoliday

pytestmark = pytest.mark.django_db


def file(**changes):
    data = {
        "requester_name": "Fatima Requérante",
        "requester_contact": "fatima.requerante@example.ma",
        "subject": "Le texte de la convention de transport scolaire et son budget",
        "received_on": date(2026, 7, 27),  # a Monday
        **changes,
    }
    return services.request_file(**data)


def test_the_holidays_of_morocco_are_data():
    days = PublicHoliday.objects.days(date(2026, 1, 1), date(2026, 12, 31))
    for fixed in ((1, 11), (1, 14), (5, 1), (7, 30), (8, 14), (8, 20), (8, 21), (11, 6), (11, 18)):
        assert date(2026, *fixed) in days
    assert PublicHoliday.objects.filter(day__year=2026, estimated=True).exists()  # the lunar ones


def test_the_delay_skips_weekends_and_public_holidays():
    request = file()
    # From Monday 27 July 2026: 30 July (Throne Day), 14, 20, 21 August (holidays), 25 and 26
    # August (the Mawlid, estimated) and the weekends are not counted.
    holidays = PublicHoliday.objects.days()
    assert request.due_on == add_working_days(date(2026, 7, 27), 20, holidays)
    assert request.due_on == date(2026, 9, 1)
    assert working_days_between(date(2026, 7, 27), request.due_on, holidays) == 20
    without_holidays = add_working_days(date(2026, 7, 27), 20)
    assert without_holidays == date(2026, 8, 24)


def test_an_extension_adds_twenty_working_days_once(users):
    request = file()
    services.request_extend(request=request, reason="Documents aux archives", by=users["officer"])
    holidays = PublicHoliday.objects.days()
    assert request.due_on == add_working_days(date(2026, 7, 27), 40, holidays)
    assert request.extended
    with translation.override("en"), pytest.raises(ValidationError, match="already extended"):
        services.request_extend(request=request, reason="Encore", by=users["officer"])
    with pytest.raises(PermissionDenied):
        services.request_extend(request=file(), reason="x", by=users["partner"])


def test_an_urgent_request_is_due_in_three_working_days_and_three_more():
    request = file(urgent=True, received_on=date(2026, 11, 13))  # a Friday; 18 Nov a holiday
    assert request.due_on == date(2026, 11, 19)  # Mon 16, Tue 17, (Wed 18 holiday), Thu 19


def test_references_follow_each_other_per_year():
    first, second = file(), file()
    next_year = file(received_on=date(2027, 1, 4))
    assert (first.reference, second.reference, next_year.reference) == (
        "DI-2026-0001",
        "DI-2026-0002",
        "DI-2027-0001",
    )


def test_an_answer_a_partial_answer_and_a_refusal(users):
    officer = users["officer"]
    request = file()
    with pytest.raises(ValidationError):
        services.request_answer(request=request, by=officer, state="refused", refusal_ground="")
    services.request_answer(
        request=request, by=officer, state="refused", refusal_ground="private_life",
        answered_on=date(2026, 8, 3),
    )  # fmt: skip
    assert request.answered_on == date(2026, 8, 3) and not request.is_overdue()
    partly = file()
    with pytest.raises(ValidationError):
        services.request_answer(
            request=partly, by=officer, state="partly", answer="", refusal_ground="economic"
        )
    services.request_answer(
        request=partly, by=officer, state="partly", answer="La convention est jointe.",
        refusal_ground="economic", answered_on=date(2026, 9, 10),
    )  # fmt: skip
    assert partly.is_overdue()  # answered after its due day
    late = file(received_on=date(2026, 1, 5))
    assert late.is_overdue(today=date(2026, 3, 1))
    assert InformationRequest.objects.overdue(today=date(2026, 3, 1)).filter(pk=late.pk).exists()


def test_anyone_files_a_request_and_gets_its_reference_the_register_names_no_one(client):
    from django.urls import reverse

    page = client.get(reverse("information:file"))
    assert page.status_code == 200
    response = client.post(
        reverse("information:file"),
        {
            "requester_name": "Hassan Demandeur",
            "requester_contact": "hassan.demandeur@example.ma",
            "subject": "Les procès-verbaux de la commission de suivi du transport scolaire",
            "website": "",
        },
        follow=True,
    )
    assert response.status_code == 200
    filed = InformationRequest.objects.get()
    assert filed.reference in response.content.decode()
    register = client.get(reverse("information:register")).content.decode()
    assert filed.reference in register
    for private in ("Hassan Demandeur", "hassan.demandeur@example.ma", "procès-verbaux"):
        assert private not in register
    refused = client.post(reverse("information:file"), {"requester_name": "", "subject": ""})
    assert refused.status_code == 400 and InformationRequest.objects.count() == 1


def test_the_officer_extends_and_answers_from_the_workspace(client, users):
    from django.urls import reverse

    request = file()
    client.force_login(users["officer"])
    detail = client.get(reverse("participation:request-detail", kwargs={"pk": request.pk}))
    assert "fatima.requerante@example.ma" in detail.content.decode()  # private, for staff
    extend = reverse("participation:request-extend", kwargs={"pk": request.pk})
    assert client.post(extend, {"extension_reason": ""}).status_code == 400
    assert client.post(extend, {"extension_reason": "Archives à consulter"}).status_code == 302
    request.refresh_from_db()
    assert request.extended
    answer = reverse("participation:request-answer", kwargs={"pk": request.pk})
    response = client.post(
        answer,
        {
            "state": "answered",
            "answer": "La convention est jointe en PDF.",
            "refusal_ground": "",
            "public_summary_ar": "نص اتفاقية النقل المدرسي",
            "public_summary_fr": "Texte de la convention de transport scolaire",
            "answered_on": "2026-08-10",
            "version": request.version,
        },
    )
    assert response.status_code == 302, response.content.decode()[:500]
    request.refresh_from_db()
    assert request.state == "answered" and request.answered_on == date(2026, 8, 10)
    client.logout()
    with translation.override("fr"):
        register = client.get(reverse("information:register")).content.decode()
    assert "Texte de la convention de transport scolaire" in register
    assert "Fatima" not in register
    client.force_login(users["partner"])
    assert client.get(reverse("participation:request-list")).status_code == 403

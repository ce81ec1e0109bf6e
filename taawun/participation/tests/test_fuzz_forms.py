"""Property test: no input makes the participation forms answer a server error, and a refused
form writes nothing. Hypothesis draws every field from text (control and bidi characters,
Arabic, very long), numbers far out of range and made-up ids, for the sign-up, the proposal,
the support, the answer, the hiding and the paper supports. Deterministic for CI."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from taawun.participation.models import Priority, PriorityProject

from .factories import PriorityFactory, published

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

FUZZ = settings(
    max_examples=30,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
VALUES = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            "0",
            "-1",
            "1e20",
            str(2**66),
            "NaN",
            "\u202e",
            "ar",
            "fr",
            "planned",
            "rejected",
            "x" * 5000,
            "مصابيح",
            "\x00",
            "on",
            "duplicate",
            "answers",
        ]  # fmt: skip
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
)


def form(fields):
    return st.fixed_dictionaries(dict.fromkeys(fields, VALUES))


SIGN_UP = ["display_name", "email", "locality", "password1", "password2", "notice", "website"]
PROPOSE = ["title", "description", "language", "domain", "pac_axis", "locality", "latitude",
           "longitude", "website"]  # fmt: skip
ANSWER = ["answer_state", "rejection_reason", "merged_into", "answer_ar", "answer_fr",
          "answer_en", "version", "publish"]  # fmt: skip


def client(user=None):
    c = Client(raise_request_exception=False)
    if user is not None:
        c.force_login(user)
    return c


@FUZZ
@given(data=form(SIGN_UP))
def test_the_sign_up_answers_any_input_without_a_server_error(db, data):
    from taawun.accounts.models import User

    before = User.objects.count()
    response = client().post(reverse("residents:sign-up"), data)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert User.objects.count() == before


@FUZZ
@given(data=form(PROPOSE))
def test_a_proposal_answers_any_input_without_a_server_error(users, data):
    before = Priority.objects.count()
    response = client(users["resident"]).post(reverse("priorities:propose"), data)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert Priority.objects.count() == before


@FUZZ
@given(data=form(ANSWER))
def test_the_answer_form_answers_any_input_without_a_server_error(users, data):
    priority = published(PriorityFactory(), users["officer"])
    version = priority.version
    response = client(users["officer"]).post(
        reverse("participation:answer", kwargs={"pk": priority.pk}), data
    )
    assert response.status_code in {302, 400, 409}
    if response.status_code != 302:
        priority.refresh_from_db()
        assert priority.version == version


@FUZZ
@given(reason=VALUES, count=VALUES, project=VALUES, kind=VALUES)
def test_moderation_and_links_answer_any_input_without_a_server_error(
    users, reason, count, project, kind
):
    priority = published(PriorityFactory(), users["officer"])
    officer = client(users["officer"])
    for name, data in (
        ("participation:hide", {"reason": reason}),
        ("participation:paper-supports", {"paper_supports": count}),
        ("participation:link-create", {"project": project, "kind": kind}),
    ):
        response = officer.post(reverse(name, kwargs={"pk": priority.pk}), data)
        assert response.status_code in {302, 400}, name
    assert PriorityProject.objects.filter(priority=priority).count() <= 1
    flag = client().post(
        reverse("priorities:flag", kwargs={"pk": priority.pk}), {"reason": kind, "note": reason}
    )
    assert flag.status_code in {302, 400, 404}
    # supported, or not found once the hiding above took (a hidden priority is not public)
    support = client(users["resident"]).post(
        reverse("priorities:support", kwargs={"pk": priority.pk}), {"x": reason}
    )
    assert support.status_code in {302, 404}


REQUEST = ["requester_name", "requester_contact", "subject", "urgent", "website"]
REQUEST_ANSWER = ["state", "answer", "refusal_ground", "public_summary_ar", "public_summary_fr",
                  "answered_on", "version"]  # fmt: skip


@FUZZ
@given(data=form(REQUEST))
def test_a_request_for_information_answers_any_input_without_a_server_error(db, data):
    from taawun.participation.models import InformationRequest

    before = InformationRequest.objects.count()
    response = client().post(reverse("information:file"), data)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert InformationRequest.objects.count() == before


@FUZZ
@given(data=form(REQUEST_ANSWER), reason=VALUES)
def test_the_request_answer_and_extension_answer_any_input_without_a_server_error(
    users, data, reason
):
    from taawun.participation.services import request_file

    request = request_file(requester_name="R", requester_contact="r@x.ma", subject="Budget")
    officer = client(users["officer"])
    response = officer.post(
        reverse("participation:request-answer", kwargs={"pk": request.pk}), data
    )
    assert response.status_code in {302, 400, 409}
    response = officer.post(
        reverse("participation:request-extend", kwargs={"pk": request.pk}),
        {"extension_reason": reason},
    )
    assert response.status_code in {302, 400}


PETITION = ["kind", "association", "title", "object", "language", "proxy_name",
            "proxy_contact", "deposited_on", "version"]  # fmt: skip


@FUZZ
@given(data=form(PETITION), rows=VALUES, reasons=VALUES, session=VALUES, check=VALUES, sheet=VALUES)
def test_the_petition_forms_answer_any_input_without_a_server_error(
    users, data, rows, reasons, session, check, sheet
):
    from taawun.participation.models import Petition
    from taawun.participation.services import petition_deposit

    officer = client(users["officer"])
    before = Petition.objects.count()
    response = officer.post(reverse("participation:petition-create"), data)
    assert response.status_code in {302, 400}
    if response.status_code == 400:
        assert Petition.objects.count() == before
    petition = petition_deposit(
        by=users["officer"], kind="citizens", title="T", object="O", proxy_name="P",
        proxy_contact="p@x.ma",
    )  # fmt: skip
    for name, payload in (
        ("participation:petition-sign", {"rows": rows}),
        ("participation:petition-admit", {"association_over_three_years": check}),
        ("participation:petition-place", {"session": session, "committee": check}),
        ("participation:petition-refuse", {"inadmissibility_reasons": reasons}),
        ("participation:petition-withdraw", {"withdrawal_reason": reasons}),
    ):
        response = officer.post(reverse(name, kwargs={"pk": petition.pk}), payload)
        assert response.status_code in {302, 400}, name
    upload = SimpleUploadedFile("s.csv", f"full_name,national_id\n{sheet}\n".encode())
    response = officer.post(
        reverse("participation:petition-import", kwargs={"pk": petition.pk}), {"file": upload}
    )
    assert response.status_code in {200, 400}
    response = officer.post(
        reverse("participation:petition-import-commit", kwargs={"pk": petition.pk})
    )
    assert response.status_code == 302

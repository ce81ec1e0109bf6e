"""The workspace pages of calls and applications, as the people who use them: an association's
representative applies with a budget and documents and submits; another association's
application is out of reach; the officer drafts and publishes a call, screens, reviews and
selects within the envelope."""

from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone, translation

from taawun.accounts.tests.factories import UserFactory
from taawun.grants import services
from taawun.grants.models import Application, Call
from taawun.partners.tests.factories import PartnerFactory

from .awarded import selection_decision
from .conftest import complete, draft, pdf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def url(name, *args):
    return reverse(f"grants:{name}", args=args)


def test_an_association_applies_with_a_budget_and_documents_and_submits(
    client, users, call, locality
):
    client.force_login(users["association"])
    listing = client.get(url("call-list")).content.decode()
    assert call.reference in listing
    response = client.post(
        url("apply", call.pk),
        {
            "applicant_kind": "association",
            "founded_on": "2015-03-01",
            "title": "Nettoyage de la plage",
            "summary": "Avec les jeunes du douar.",
            "locality": locality.pk,
            "women": 10, "men": 10, "girls": 20, "boys": 20,
            "starts_on": "2026-06-01", "ends_on": "2026-09-30",
            "no_double_funding": "on", "data_notice": "on",
        },
    )  # fmt: skip
    application = Application.objects.get()
    assert response.status_code == 302 and response.url == application.get_manage_url()
    budget = {
        "form-TOTAL_FORMS": "2", "form-INITIAL_FORMS": "0",
        "form-0-label": "Matériel", "form-0-requested": "30000", "form-0-own_cash": "2000",
        "form-0-own_in_kind": "0", "form-0-other_funders": "0",
        "form-1-label": "Encadrement", "form-1-requested": "0", "form-1-own_cash": "0",
        "form-1-own_in_kind": "3000", "form-1-other_funders": "0",
    }  # fmt: skip
    assert client.post(url("budget", application.pk), budget).status_code == 302
    assert application.budget_lines.count() == 2
    page = client.get(application.get_manage_url()).content.decode()
    assert "Join this document" in page  # what is missing before submitting
    for requirement in call.required_documents.filter(required=True):
        response = client.post(
            url("document-join", application.pk),
            {"requirement": requirement.pk, "title": "", "upload": pdf()},
        )
        assert response.status_code == 302
    response = client.post(url("submit", application.pk))
    application.refresh_from_db()
    assert application.state == "submitted"
    follow = client.get(response.url).content.decode()
    assert application.reference in follow
    document = application.documents.first()
    assert client.get(url("document", document.pk)).status_code == 200


def test_a_bad_budget_or_a_late_submission_changes_nothing(client, users, call, locality):
    application = complete(users["association"], call, locality)
    client.force_login(users["association"])
    bad = {
        "form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "0",
        "form-0-label": "Matériel", "form-0-requested": "-5", "form-0-own_cash": "abc",
        "form-0-own_in_kind": "0", "form-0-other_funders": "0",
    }  # fmt: skip
    assert client.post(url("budget", application.pk), bad).status_code == 400
    assert application.budget_lines.count() == 2  # the lines before
    Call.objects.filter(pk=call.pk).update(closes_at=timezone.now() + timedelta(minutes=1))
    call.refresh_from_db()
    with time_machine.travel(call.closes_at + timedelta(minutes=5)):
        response = client.post(url("submit", application.pk))
        page = client.get(response.url).content.decode()
    assert "The call closed on" in page
    application.refresh_from_db()
    assert application.state == "draft"


def test_another_associations_application_is_out_of_reach(client, users, call, locality):
    other = UserFactory(
        username="assoc-imi-miki",
        role="association",
        partner=PartnerFactory(kind="association", name_fr="Association Imi Miki"),
    )
    theirs = complete(other, call, locality, title="Tournoi")
    document = theirs.documents.first()
    client.force_login(users["association"])
    for name in ("application-detail", "application-edit", "budget", "document-join"):
        assert client.get(url(name, theirs.pk)).status_code in (403, 404), name
    assert client.post(url("submit", theirs.pk)).status_code in (403, 404)
    assert client.post(url("withdraw", theirs.pk)).status_code in (403, 404)
    assert client.get(url("document", document.pk)).status_code == 404
    theirs.refresh_from_db()
    assert theirs.state == "draft"
    client.force_login(users["partner"])
    assert client.get(url("call-list")).status_code == 403


def test_the_officer_drafts_publishes_screens_reviews_and_selects(client, users, locality, commune):
    client.force_login(users["officer"])
    now = timezone.localtime()
    response = client.post(
        url("call-create"),
        {
            "title_ar": "طلب مشاريع 2026", "title_fr": "Appel à projets 2026",
            "description_ar": "دعم الجمعيات.", "description_fr": "Soutien aux associations.",
            "legal_basis": "Délibération n° 12/2026",
            "envelope": "50000", "min_grant": "10000", "max_grant": "40000",
            "min_own_share": "10", "max_funding_rate": "90",
            "applicant_kinds": ["association"], "min_years": "2",
            "opens_at": (now - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
            "closes_at": (now + timedelta(days=10)).strftime("%Y-%m-%dT%H:%M"),
            "localities": [locality.pk],
        },
    )  # fmt: skip
    call = Call.objects.get()
    assert response.status_code == 302 and call.state == "draft"
    assert client.post(url("call-step", call.pk, "publish")).status_code == 302
    call.refresh_from_db()
    assert call.state == "published"
    application = complete(users["association"], call, locality)
    services.application_submit(application=application, by=users["association"])
    client.post(url("call-step", call.pk, "close"))  # refused: open until its deadline
    call.refresh_from_db()
    assert call.state == "published"
    Call.objects.filter(pk=call.pk).update(closes_at=timezone.now() + timedelta(minutes=1))
    with time_machine.travel(timezone.now() + timedelta(minutes=2)):
        client.post(url("call-step", call.pk, "close"))
        client.post(url("call-step", call.pk, "review"))
    call.refresh_from_db()
    assert call.state == "review"
    response = client.post(url("screen", application.pk), {"eligible": "no"})
    assert response.status_code == 400  # the reasons are required
    client.post(url("screen", application.pk), {"eligible": "yes"})
    application.refresh_from_db()
    assert application.state == "eligible"
    client.post(url("review", application.pk), {"conflict": "no"})
    scores = {
        f"criterion_{c.pk}": ("yes" if c.eliminatory else c.weight) for c in call.criteria.all()
    }
    response = client.post(url("review", application.pk), {**scores, "comment": "Solide."})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.score == 100 and application.rank == 1
    page = client.get(url("selection", call.pk)).content.decode()
    assert "record the committee's meeting and its decision" in page  # none recorded yet
    decision = selection_decision(users["officer"])
    unnamed = client.post(url("selection", call.pk), {f"amount_{application.pk}": "30000"})
    assert unnamed.status_code == 400 and "This field is required" in unnamed.content.decode()
    chosen = {"decision": decision.pk}
    over = client.post(url("selection", call.pk), {**chosen, f"amount_{application.pk}": "60000"})
    assert over.status_code == 400 and "above the envelope" in over.content.decode()
    response = client.post(
        url("selection", call.pk), {**chosen, f"amount_{application.pk}": "30000"}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.state == "selected" and application.agreement.kind.code == "grant"
    page = client.get(call.get_manage_url()).content.decode()
    assert "Selection adopted by" in page and decision.committee.name_fr in page
    assert decision.meeting.get_manage_url() in page


def test_the_officer_names_the_reviewers_of_a_call(client, users, call):
    client.force_login(users["council"])
    assert client.get(url("call-reviewers", call.pk)).status_code == 403
    client.force_login(users["officer"])
    form = client.get(url("call-reviewers", call.pk)).content.decode()
    assert f'name="reviewers" value="{users["finance"].pk}"' in form
    assert f'name="reviewers" value="{users["association"].pk}"' not in form  # commune only
    refused = client.post(url("call-reviewers", call.pk), {"reviewers": [users["association"].pk]})
    assert refused.status_code == 400
    assert (
        client.post(
            url("call-reviewers", call.pk), {"reviewers": [users["finance"].pk]}
        ).status_code
        == 302
    )
    assert list(call.reviewers.all()) == [users["finance"]]
    page = client.get(call.get_manage_url()).content.decode()
    assert "Reviewers" in page and "finance" in page.split("Reviewers", 1)[1][:400]


def test_an_association_does_not_see_the_reviews(client, users, call, locality):
    application = draft(users["association"], call, locality)
    client.force_login(users["association"])
    page = client.get(application.get_manage_url()).content.decode()
    assert "Reviews" not in page
    assert client.get(url("review", application.pk)).status_code == 403
    assert client.get(url("screen", application.pk)).status_code == 403
    assert client.get(url("selection", call.pk)).status_code == 403


def test_the_association_files_its_report_and_the_commune_decides(client, users, call, locality):
    application = complete(users["association"], call, locality)
    services.application_submit(application=application, by=users["association"])
    Call.objects.filter(pk=call.pk).update(state="review")
    Application.objects.filter(pk=application.pk).update(state="selected", awarded=30000)
    application.refresh_from_db()
    (final, financial) = services.schedule_reports(application)
    client.force_login(users["association"])
    page = client.get(application.get_manage_url()).content.decode()
    assert url("report-file", final.pk) in page
    response = client.post(url("report-file", financial.pk), {"narrative": "Fait."})
    assert response.status_code == 400  # the expense statement is missing
    response = client.post(
        url("report-file", financial.pk),
        {"narrative": "Dépenses conformes.", "expenses": "34800", "statement": pdf("etat.pdf")},
    )
    assert response.status_code == 302
    financial.refresh_from_db()
    assert financial.state == "submitted"
    piece = financial.documents.get()
    assert client.get(url("report-document", piece.pk)).status_code == 200
    assert client.get(url("report-decide", financial.pk)).status_code == 403
    client.force_login(users["officer"])
    response = client.post(url("report-decide", financial.pk), {"verdict": "rejected"})
    assert response.status_code == 400  # the remarks are required
    response = client.post(url("report-decide", financial.pk), {"verdict": "accepted"})
    assert response.status_code == 302
    financial.refresh_from_db()
    assert financial.state == "accepted"
    other = UserFactory(
        username="assoc-y",
        role="association",
        partner=PartnerFactory(kind="association", name_fr="Association Y"),
    )
    client.force_login(other)
    assert client.get(url("report-file", final.pk)).status_code == 404
    assert client.get(url("report-document", piece.pk)).status_code == 404

"""A person's calendar feed: a secret address, no sign-in, revocable; it lists the due dates
the person may see (a representative: its organisation's only), in their language, in a
bounded number of queries."""

from datetime import date

import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from taawun.accounts import services
from taawun.accounts.models import CalendarFeed
from taawun.agreements.choices import Stage
from taawun.agreements.tests.factories import (
    AgreementFactory,
    ObligationFactory,
    PartyFactory,
    kind,
)
from taawun.partners.tests.factories import PartnerFactory

pytestmark = pytest.mark.django_db


def feed_url(feed):
    return reverse("calendar-feed", args=[feed.token])


def obligation_of(partner, *, tranche=1, due=date(2026, 6, 30), stage=Stage.IN_FORCE):
    agreement = AgreementFactory(kind=kind("partnership"), stage=stage)
    party = PartyFactory(agreement=agreement, partner=partner)
    return ObligationFactory(party=party, tranche=tranche, due_date=due)


def read(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return list(icalendar.Calendar.from_ical(response.content).walk("VEVENT"))


def test_the_address_needs_no_sign_in_and_lists_the_due_dates(client, users):
    obligation = obligation_of(PartnerFactory(name_fr="Conseil régional Souss-Massa"))
    feed = services.feed_create(user=users["officer"])
    (event,) = read(client.get(feed_url(feed)))
    assert event["UID"] == f"obligation-{obligation.pk}@localhost"
    assert event.decoded("DTSTART") == date(2026, 6, 30)
    assert str(event["URL"]).endswith(
        f"/manage/agreements/{obligation.party.agreement_id}/#obligation-{obligation.pk}"
    )


def test_an_unknown_or_malformed_address_answers_404(client, users):
    feed = services.feed_create(user=users["officer"])
    assert client.get(reverse("calendar-feed", args=["nothing.here"])).status_code == 404
    assert client.get(reverse("calendar-feed", args=[feed.selector])).status_code == 404
    forged = f"{feed.selector}.{'x' * len(feed.verifier)}"
    assert client.get(reverse("calendar-feed", args=[forged])).status_code == 404


def test_a_revoked_address_answers_404_and_the_new_one_works(client, users):
    old = services.feed_create(user=users["officer"])
    assert client.get(feed_url(old)).status_code == 200
    new = services.feed_revoke(user=users["officer"])
    assert new.token != old.token
    assert client.get(feed_url(old)).status_code == 404
    assert client.get(feed_url(new)).status_code == 200
    services.feed_revoke(user=users["officer"], renew=False)
    assert client.get(feed_url(new)).status_code == 404
    assert services.live_feed(users["officer"]) is None


def test_asking_twice_gives_the_same_address(users):
    first = services.feed_create(user=users["partner"])
    assert services.feed_create(user=users["partner"]) == first
    assert CalendarFeed.objects.filter(user=users["partner"]).count() == 1


def test_an_inactive_persons_address_answers_404(client, users):
    feed = services.feed_create(user=users["council"])
    users["council"].is_active = False
    users["council"].save()
    assert client.get(feed_url(feed)).status_code == 404


def test_a_representatives_feed_lists_only_its_organisations_obligations(client, users):
    own = obligation_of(users["partner"].partner)
    other = obligation_of(PartnerFactory(name_fr="Agence urbaine d'Agadir"))
    ended = obligation_of(users["partner"].partner, stage=Stage.TERMINATED)
    uids = {
        str(e["UID"])
        for e in read(client.get(feed_url(services.feed_create(user=users["partner"]))))
    }
    assert uids == {f"obligation-{own.pk}@localhost"}
    staff = {
        str(e["UID"])
        for e in read(client.get(feed_url(services.feed_create(user=users["finance"]))))
    }
    assert staff == {f"obligation-{own.pk}@localhost", f"obligation-{other.pk}@localhost"}
    assert f"obligation-{ended.pk}@localhost" not in staff


def test_the_feed_is_in_the_persons_language(client, users):
    obligation_of(PartnerFactory(name_fr="Université Ibn Zohr", name_ar="جامعة ابن زهر"), tranche=2)
    officer = services.profile_update(user=users["officer"], language="fr")
    (event,) = read(client.get(feed_url(services.feed_create(user=officer))))
    assert str(event["SUMMARY"]).startswith("Échéance de la tranche 2")
    assert event["SUMMARY"].params["LANGUAGE"] == "fr"
    admin = users["admin"]  # Arabic, the default
    (event,) = read(client.get(feed_url(services.feed_create(user=admin))))
    assert "جامعة ابن زهر" in str(event["SUMMARY"])
    assert event["SUMMARY"].params["LANGUAGE"] == "ar"


@pytest.mark.parametrize("rows", [1, 12])
def test_the_feed_reads_a_bounded_number_of_queries(client, users, rows, django_assert_num_queries):
    for n in range(rows):
        obligation_of(users["partner"].partner, tranche=n + 1)
    feed = services.feed_create(user=users["partner"])
    # The feed with its person, then the obligations with their agreements and partners; then
    # coordination's source: the meetings, the action items (none here). Whatever the rows.
    with django_assert_num_queries(4):
        events = read(client.get(feed_url(feed)))
    assert len(events) == rows


def test_the_page_shows_the_address_and_revokes_it(client_for, users):
    client = client_for("officer")
    page = client.get(reverse("accounts:calendar"))
    assert page.status_code == 200 and not page.context["feed"]
    assert client.post(reverse("accounts:calendar"), {"action": "create"}).status_code == 302
    feed = services.live_feed(users["officer"])
    with translation.override("ar"):
        page = client.get(reverse("accounts:calendar")).content.decode()
    assert f"http://testserver{feed_url(feed)}" in page
    client.post(reverse("accounts:calendar"), {"action": "revoke"})
    assert services.live_feed(users["officer"]).token != feed.token
    assert client.post(reverse("accounts:calendar"), {"action": "other"}).status_code == 400


def test_nobody_reaches_anothers_address_from_the_page(client_for, users):
    feed = services.feed_create(user=users["officer"])
    page = client_for("partner").get(reverse("accounts:calendar")).content.decode()
    assert feed.verifier not in page

"""Residents' priorities: proposed, moderated, supported once, answered in public and traced to
the projects that answer them; photos without their metadata; nothing personal on the portal."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from taawun.accounts import services as accounts
from taawun.accounts.tests.test_notifications import run_queued
from taawun.participation import services
from taawun.participation.models import Priority
from taawun.projects.tests.factories import ProjectFactory
from taawun.territory.tests.factories import DomainFactory, LocalityFactory

from .factories import PriorityFactory, ResidentUserFactory

pytestmark = pytest.mark.django_db

GPS_IFD = 0x8825


def url(name, lang="fr", **kwargs):
    with translation.override(lang):
        return reverse(name, kwargs=kwargs)


def photo_with_gps(name="douar.jpg"):
    image = Image.new("RGB", (2400, 1200), (200, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (30.0, 29.0, 30.0), 3: "W", 4: (9.0, 38.0, 10.0)})
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, out.getvalue(), content_type="image/jpeg")


def proposal(**changes):
    return {
        "title": "Éclairage public au douar Tikida",
        "description": "Les ruelles sont sombres ; les élèves rentrent à pied le soir.",
        "language": "fr",
        "domain": DomainFactory(),
        "pac_axis": None,
        "locality": LocalityFactory(),
        "latitude": None,
        "longitude": None,
        **changes,
    }


def test_a_proposal_awaits_moderation_and_the_editors_are_told(users):
    officer = accounts.profile_update(user=users["officer"], language="fr")
    priority = services.priority_propose(by=users["resident"], **proposal())
    assert priority.moderation == "pending" and priority.author == users["resident"]
    assert not Priority.public_objects.filter(pk=priority.pk).exists()
    run_queued()
    told = {message.to[0] for message in mail.outbox}
    assert told == {users["admin"].email, officer.email}
    assert "Tikida" in mail.outbox[0].body


def test_the_photo_comes_back_without_its_metadata(users):
    upload = photo_with_gps()
    assert Image.open(io.BytesIO(upload.read())).getexif().get_ifd(GPS_IFD)  # the test's own
    upload.seek(0)
    priority = services.priority_propose(by=users["resident"], photo=upload, **proposal())
    with priority.photo.open("rb") as stored:
        image = Image.open(io.BytesIO(stored.read()))
    assert not image.getexif().get_ifd(GPS_IFD)
    assert len(image.getexif()) == 0
    assert max(image.size) == 1600  # no larger than a page needs
    assert priority.photo.name.endswith(".jpg") and "douar" not in priority.photo.name


def test_what_is_not_a_photo_is_refused_and_nothing_is_saved(client, users):
    client.force_login(users["resident"])
    data = {**proposal(), "domain": DomainFactory().pk, "locality": LocalityFactory().pk}
    data = {k: ("" if v is None else v) for k, v in data.items()}
    fake = SimpleUploadedFile("photo.jpg", b"%PDF-1.4 not a photo", content_type="image/jpeg")
    response = client.post(url("priorities:propose"), {**data, "photo": fake})
    assert response.status_code == 400
    assert not Priority.objects.exists()


def test_who_may_propose(users):
    with pytest.raises(PermissionDenied):
        services.priority_propose(by=users["partner"], **proposal())
    unconfirmed = ResidentUserFactory()
    unconfirmed.resident.email_confirmed_at = None
    unconfirmed.resident.save()
    with pytest.raises(PermissionDenied):
        services.priority_propose(by=unconfirmed, **proposal())
    by_association = services.priority_propose(by=users["association"], **proposal())
    assert by_association.association == users["association"].partner


def test_proposals_by_one_account_are_limited(users, settings):
    settings.PARTICIPATION_RATES = {**settings.PARTICIPATION_RATES, "propose": (2, 86400)}
    services.priority_propose(by=users["resident"], **proposal())
    services.priority_propose(by=users["resident"], **proposal())
    with translation.override("en"), pytest.raises(ValidationError, match="Too many attempts"):
        services.priority_propose(by=users["resident"], **proposal())
    assert Priority.objects.count() == 2


def test_publishing_opens_the_supports_and_hiding_needs_a_reason(users, settings):
    settings.PRIORITY_SUPPORT_DAYS = 30
    priority = PriorityFactory()
    with pytest.raises(ValidationError):
        services.priority_moderate(priority=priority, publish=False, by=users["officer"])
    with pytest.raises(PermissionDenied):
        services.priority_moderate(priority=priority, publish=True, by=users["finance"])
    services.priority_moderate(priority=priority, publish=True, by=users["officer"])
    today = timezone.localdate()
    assert (priority.support_opens_on, priority.support_closes_on) == (
        today,
        today + timedelta(days=30),
    )
    services.priority_moderate(
        priority=priority, publish=False, reason="Propos injurieux", by=users["officer"]
    )
    assert not Priority.public_objects.filter(pk=priority.pk).exists()
    assert priority.history.first().history_user == users["officer"]


def test_a_resident_supports_once_and_only_while_supports_are_open(client, users, priority):
    client.force_login(users["resident"])
    assert client.post(url("priorities:support", pk=priority.pk)).status_code == 302
    client.post(url("priorities:support", pk=priority.pk))
    priority.refresh_from_db()
    assert priority.supports_count == 1
    with translation.override("en"), pytest.raises(ValidationError, match="already support"):
        services.priority_support(priority=priority, by=users["resident"])
    late = ResidentUserFactory()
    with (
        time_machine.travel(timezone.now() + timedelta(days=400)),
        translation.override("en"),
        pytest.raises(ValidationError, match="closed"),
    ):
        services.priority_support(priority=priority, by=late)
    with pytest.raises(PermissionDenied):  # the commune's people do not support
        services.priority_support(priority=priority, by=users["officer"])
    hidden = PriorityFactory()
    with translation.override("en"), pytest.raises(ValidationError, match="not published"):
        services.priority_support(priority=hidden, by=late)


def test_the_public_page_counts_supports_and_names_no_resident(client, users, priority):
    supporter = ResidentUserFactory(email="supporter@example.ma")
    services.priority_support(priority=priority, by=supporter)
    page = client.get(priority.get_absolute_url()).content.decode()
    assert priority.title in page
    assert "1" in page
    for personal in (
        priority.author.resident.display_name,
        priority.author.email,
        supporter.resident.display_name,
        supporter.email,
    ):
        assert personal not in page


def test_an_unpublished_priority_and_its_photo_are_not_public(client, users):
    pending = services.priority_propose(by=users["resident"], photo=photo_with_gps(), **proposal())
    assert client.get(url("priorities:detail", pk=pending.pk)).status_code == 404
    assert client.get(url("priorities:photo", pk=pending.pk)).status_code == 404
    assert pending.title not in client.get(url("priorities:list")).content.decode()
    client.force_login(users["officer"])
    assert client.get(url("priorities:photo", pk=pending.pk)).status_code == 200
    client.force_login(users["resident"])  # the author sees their own photo
    assert client.get(url("priorities:photo", pk=pending.pk)).status_code == 200


def test_a_drafted_answer_is_not_public_and_publishing_tells_author_and_supporters(
    client, users, priority
):
    supporter = accounts.profile_update(user=ResidentUserFactory(), language="fr")
    services.priority_support(priority=priority, by=supporter)
    services.priority_answer(
        priority=priority,
        by=users["officer"],
        answer_state="under_study",
        answer_ar="قيد الدراسة مع المصالح التقنية.",
        answer_fr="À l'étude avec les services techniques.",
    )
    assert "services techniques" not in client.get(priority.get_absolute_url()).content.decode()
    run_queued()
    assert mail.outbox == []
    with translation.override("en"), pytest.raises(ValidationError, match="Arabic and in French"):
        services.priority_answer(
            priority=priority, by=users["officer"], publish=True, answer_state="planned",
            answer_ar="", answer_fr="Prévu",
        )  # fmt: skip
    services.priority_answer(
        priority=priority,
        by=users["officer"],
        publish=True,
        answer_state="planned",
        answer_ar="مبرمج في 2027.",
        answer_fr="Programmé pour 2027.",
    )
    page = client.get(url("priorities:detail", pk=priority.pk, slug=priority.slug)).content.decode()
    assert "Programmé pour 2027." in page
    run_queued()
    assert {m.to[0] for m in mail.outbox} == {supporter.email, priority.author.email}
    french = next(m for m in mail.outbox if m.to == [supporter.email])
    assert "Programmé pour 2027." in french.body


def test_a_rejection_needs_its_reason(users, priority):
    with pytest.raises(ValidationError):
        services.priority_answer(
            priority=priority, by=users["officer"], answer_state="rejected", rejection_reason=""
        )
    services.priority_answer(
        priority=priority,
        by=users["officer"],
        answer_state="rejected",
        rejection_reason="outside_competences",
    )
    assert priority.rejection_reason == "outside_competences"


def test_the_chain_shows_public_projects_their_progress_and_results(client, users, priority):
    from datetime import date

    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
    from taawun.partners.tests.factories import PartnerFactory
    from taawun.projects.models import Indicator, IndicatorPeriod

    shown = ProjectFactory(title_fr="Éclairage LED de Tikida", progress=60)
    agreement = AgreementFactory(
        reference="CONV-2025-099", stage="in_force", entered_into_force_on=date(2025, 6, 1)
    )
    PartyFactory(agreement=agreement, partner=PartnerFactory(name_fr="Région Souss-Massa"))
    PartyFactory(agreement=agreement, partner=PartnerFactory(name_fr="Caché", is_public=False))
    shown.agreements.add(agreement)
    indicator = Indicator.objects.create(
        project=shown, name_ar="نقط", name_fr="Points lumineux", result_type="1", measure="1"
    )
    IndicatorPeriod.objects.create(
        indicator=indicator,
        period_start="2025-01-01",
        period_end="2025-12-31",
        target=80,
        actual=48,
    )
    hidden = ProjectFactory(title_fr="Projet interne", is_public=False)
    services.priority_link_project(
        priority=priority, project=shown, kind="answers", by=users["officer"]
    )
    services.priority_link_project(
        priority=priority, project=hidden, kind="partly", by=users["officer"]
    )
    with pytest.raises(ValidationError):
        services.priority_link_project(
            priority=priority, project=shown, kind="answers", by=users["officer"]
        )
    page = client.get(url("priorities:detail", pk=priority.pk, slug=priority.slug)).content.decode()
    assert "Éclairage LED de Tikida" in page and 'value="60"' in page
    assert "Projet interne" not in page
    assert "CONV-2025-099" in page and "Région Souss-Massa" in page
    assert "Caché" not in page  # an unpublished partner is not named
    assert "Points lumineux" in page and "<bdi>48</bdi>" in page and "<bdi>80</bdi>" in page
    # the chain's steps in date order: the agreement (2025-06-01) before the priority's
    # publication (today)
    assert page.index("2025-06-01") < page.index(timezone.localdate().isoformat())
    # and the project's page lists the priority it answers, with its supports
    project_page = client.get(shown.get_absolute_url()).content.decode()
    assert priority.get_absolute_url() in project_page and 'id="priorities"' in project_page
    hidden_priority = PriorityFactory(title="Priorité non publiée")
    services.priority_link_project(
        priority=hidden_priority, project=shown, kind="answers", by=users["officer"]
    )
    assert "Priorité non publiée" not in client.get(shown.get_absolute_url()).content.decode()


def test_paper_supports_count_with_the_online_ones(users, priority):
    services.priority_paper_supports(priority=priority, count=35, by=users["officer"])
    services.priority_support(priority=priority, by=users["resident"])
    priority.refresh_from_db()
    assert priority.total_supports == 36


def test_the_answer_owed_from_the_threshold_with_its_due_date(users, priority, settings):
    settings.PRIORITY_ANSWER_THRESHOLD = 2
    settings.PRIORITY_ANSWER_DAYS = 60
    assert priority.answer_due_on is None
    services.priority_paper_supports(priority=priority, count=2, by=users["officer"])
    published_on = timezone.localdate(priority.published_at)
    assert priority.answer_due_on == published_on + timedelta(days=60)
    services.priority_answer(
        priority=priority, by=users["officer"], publish=True, answer_state="under_study",
        answer_ar="قيد الدراسة", answer_fr="À l'étude",
    )  # fmt: skip
    assert priority.answer_due_on is None


def test_a_support_makes_the_public_pages_newer(client, users, priority):
    from taawun.core import caching

    before = caching.data_version()
    with time_machine.travel(timezone.now() + timedelta(seconds=5)):
        services.priority_support(priority=priority, by=users["resident"])
        assert caching.data_version() > before


def test_the_dashboard_lists_what_awaits_the_commune(client, users, priority, settings):
    settings.PRIORITY_ANSWER_THRESHOLD = 1
    PriorityFactory(title="Priorité à modérer")
    services.priority_support(priority=priority, by=users["resident"])
    client.force_login(users["officer"])
    page = client.get(url("reports:dashboard")).content.decode()
    assert "?moderation=pending" in page
    assert priority.title in page
    client.force_login(users["partner"])
    assert "?moderation=pending" not in client.get(url("reports:dashboard")).content.decode()


def test_a_reader_reports_a_priority_and_the_moderators_see_it(client, users, priority, settings):
    page = url("priorities:flag", pk=priority.pk)
    assert client.get(page).status_code == 200
    assert client.post(page, {"reason": "nonsense", "website": ""}).status_code == 400
    response = client.post(
        page, {"reason": "personal", "note": "Un numéro de téléphone", "website": ""}
    )
    assert response.status_code == 302
    run_queued()
    assert {m.to[0] for m in mail.outbox} >= {users["officer"].email}
    client.force_login(users["officer"])
    listing = client.get(url("participation:list") + "?flagged=1").content.decode()
    assert priority.title in listing
    detail = client.get(url("participation:detail", pk=priority.pk)).content.decode()
    assert "Un numéro de téléphone" in detail
    # once moderated again, the report is read: no longer listed as new
    services.priority_moderate(
        priority=priority, publish=False, reason="Données", by=users["officer"]
    )
    services.priority_moderate(priority=priority, publish=True, by=users["officer"])
    assert (
        priority.title not in client.get(url("participation:list") + "?flagged=1").content.decode()
    )
    hidden = PriorityFactory()
    assert client.post(url("priorities:flag", pk=hidden.pk), {"reason": "spam"}).status_code == 404
    settings.PARTICIPATION_RATES = {**settings.PARTICIPATION_RATES, "flag": (1, 3600)}
    from django.core.cache import cache

    cache.clear()
    client.logout()
    assert client.post(page, {"reason": "spam", "website": ""}).status_code == 302
    assert client.post(page, {"reason": "spam", "website": ""}).status_code == 400


def test_a_priority_raised_in_a_public_meeting_is_cited_on_both_sides(client, users, priority):
    from taawun.coordination import services as coordination
    from taawun.coordination.tests.factories import CommitteeFactory, meeting_data

    committee = CommitteeFactory(is_public=True)
    meeting = coordination.meeting_save(
        committee=committee, by=users["officer"], **meeting_data(visibility="public")
    )
    internal = coordination.meeting_save(
        committee=committee, by=users["officer"], **meeting_data(visibility="internal", days=9)
    )
    for m in (meeting, internal):
        coordination.agenda_item_save(
            meeting=m, by=users["officer"], title_ar="أولوية الساكنة", title_fr="La priorité",
            kind="discussion", priority=priority,
        )  # fmt: skip
    page = client.get(priority.get_absolute_url()).content.decode()
    assert f"/meetings/{meeting.pk}/" in page and f"/meetings/{internal.pk}/" not in page
    public_meeting = client.get(
        reverse("coordination-public:meeting-detail", kwargs={"pk": meeting.pk})
    ).content.decode()
    assert priority.get_absolute_url() in public_meeting
    client.force_login(users["officer"])
    manage = client.get(url("participation:detail", pk=priority.pk)).content.decode()
    assert meeting.get_manage_url() in manage and internal.get_manage_url() in manage

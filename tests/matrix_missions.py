"""The authorization matrix's entries for exchange missions (merged into
tests/test_authorization.py's MATRIX): the commune's people read them, its editors write them;
the partner's representative reads the missions of its own agreements (the matrix's mission
serves such an agreement); the portal shows the published ones."""

from tests.roles import DENIED, everyone, expect

EDITORS = expect(DENIED, editors=200)
MATRIX = {
    "knowledge:mission-list": ("get", None, expect(DENIED, commune=200, reps=200)),
    "knowledge:mission-create": ("get", None, EDITORS),
    "knowledge:mission-detail": ("get", "mission", expect(DENIED, commune=200, partner=200)),
    "knowledge:mission-edit": ("get", "mission", EDITORS),
    "knowledge:mission-step": ("post", "mission_step", expect(DENIED, editors=302)),
    "knowledge:mission-member-add": ("get", "mission", EDITORS),
    "knowledge:mission-cost-add": ("get", "mission", EDITORS),
    "knowledge:mission-report": ("get", "mission", EDITORS),
    "knowledge:mission-follow-up": ("get", "mission", EDITORS),
    "knowledge:mission-report-file": ("get", "mission", expect(DENIED, commune=200)),
    "knowledge:training-list": ("get", None, expect(DENIED, commune=200)),
    "knowledge:training-create": ("get", None, EDITORS),
    "knowledge:training-detail": ("get", "training", expect(DENIED, commune=200)),
    "knowledge:training-edit": ("get", "training", EDITORS),
    "knowledge:training-participant-add": ("get", "training", EDITORS),
    "missions:list": ("get", None, everyone(200)),
    "missions:detail": ("get", "public_mission_slug", everyone(200)),
    "api:mission-list": ("get", None, everyone(200)),
    "api:mission-detail": ("get", "mission", everyone(200)),
}


def objects(*, project, partner):
    """A published, approved mission of an agreement the matrix's partner representative's
    organisation is party to, with a member and its signed report."""
    import datetime

    from django.core.files.base import ContentFile

    from taawun.accounts.models import User
    from taawun.agreements.tests.factories import AgreementFactory, PartyFactory
    from taawun.knowledge.models import Mission, MissionMember

    agreement = AgreementFactory()
    PartyFactory(agreement=agreement, partner=User.objects.get(username="partner").partner)
    mission = Mission.objects.create(
        kind="study_visit", direction="outgoing", title_ar="زيارة", title_fr="Visite",
        places_ar="م", places_fr="Lacanau", objectives_ar="م", objectives_fr="O",
        starts_on=datetime.date(2026, 5, 4), ends_on=datetime.date(2026, 5, 8),
        state="approved", is_public=True, agreement=agreement,
        report_file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="r.pdf"),
    )  # fmt: skip
    MissionMember.objects.create(mission=mission, name="M", sex="male", category="staff")
    from taawun.knowledge.models import Training

    training = Training.objects.create(
        title_ar="تكوين", title_fr="Formation", theme="procurement", hours=6,
        starts_on=datetime.date(2026, 3, 1), ends_on=datetime.date(2026, 3, 1),
    )  # fmt: skip
    return {
        "training": {"pk": training.pk},
        "mission": {"pk": mission.pk},
        "mission_step": {"pk": mission.pk, "step": "plan"},
        "public_mission_slug": lambda: {"pk": mission.pk, "slug": mission.slug},
    }

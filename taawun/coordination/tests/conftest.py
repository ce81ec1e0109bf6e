import pytest

from taawun.coordination import services
from taawun.partners.tests.factories import PartnerFactory

from .factories import CommitteeFactory, MembershipFactory, meeting_data


@pytest.fixture
def committee(db, users):
    """A steering committee of four voting members: the INDH test partner (the `partner`
    user's organisation), two others and the commune's service, and an observer."""
    committee = CommitteeFactory(name_fr="Comité de pilotage Aourir-centre")
    indh = users["partner"].partner
    MembershipFactory(committee=committee, partner=indh, person_name="Mme INDH", role="chair")
    MembershipFactory(committee=committee, person_name="M. Région")
    MembershipFactory(committee=committee, person_name="M. Omrane")
    MembershipFactory(
        committee=committee, partner=None, service="Division technique", person_name="Mme DT"
    )
    MembershipFactory(committee=committee, person_name="M. Observateur", role="observer",
                      voting=False)  # fmt: skip
    return committee


@pytest.fixture
def held_meeting(committee, users):
    """A meeting last week, held, with everyone voting present but one."""
    meeting = services.meeting_save(
        committee=committee, by=users["officer"], **meeting_data(visibility="public")
    )
    for member in committee.memberships.filter(voting=True).exclude(person_name="M. Omrane"):
        services.attendance_record(meeting=meeting, membership=member, presence="present")
    return services.meeting_mark_held(meeting=meeting, by=users["officer"])


@pytest.fixture
def stranger(db):
    return PartnerFactory(name_fr="Partenaire sans comité")

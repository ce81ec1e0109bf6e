"""The demo projects of the commune of Aourir, by programme; every date is before the end of
November 2026.

Content is data, not interface text: no gettext here. Sources are in domain.md (the mission's
domain notes). Two projects follow sourced facts (the Aourir-centre urban upgrading: 73 MDH,
ministry 22, Region 32, commune 19, held by Al Omrane; the INDH school-transport model); the "big
Tamraght stadium" file, the Taghazout summer festival, the localities and the places are real.
Everything else — projects, amounts, dates, milestones, transactions, indicator values — is
illustrative, and each project's description says which is which.

Each record holds what the ProjectBuilder needs; what is left out takes the usual value (public,
owned by the commune, no agreement, nothing recorded yet):

- "code", "status" (ActivityStatus), "owner" (a partner's French name, None for the commune),
  "agreements" (references), "domains" (codes), "pac_axis" (number), "budget", "beneficiaries",
  "planned" and "actual" ((start, end)), "progress", "weights" (social, economic, environmental),
  "flags", "is_public";
- "title", "description" and, when the sources differ from common.ILLUSTRATIVE, "sources": (Arabic,
  French, English); the description ends with the sources note;
- "places": [(locality slug, (Arabic, French description)[, north, east offsets in degrees])];
- "participants": [(partner, ParticipantRole)];
- "transactions": [(COMMITMENT | DISBURSEMENT | EXPENDITURE, day, partner, amount, note[, {"to":
  receiver, "currency", "in_kind": True, "reason"}])]; a commitment in kind is the valued
  contribution the partner committed, and a project without agreement takes its commitments as its
  funding plan;
- "plan": [(partner, amount, note[, {"currency", "in_kind"}])], lines not (yet) committed;
- "milestones": [(title, planned day[, actual day[, {"progress", "status"}]])];
- "updates": [(day, title, body[, {"public": False}])];
- "indicators": [{"name", "unit", "periods", "level", "measure", "baseline", "year", "by"}], a period
  being (start, end, target[, actual[, {"comment", "values"}]]); a (women and girls, men and boys)
  pair as target and actual counts people by sex.
"""

from . import (
    cleanliness,
    cleanliness_campaigns,
    coast,
    energy_and_water,
    festival_and_heritage,
    infrastructure,
    local_economy,
    roads_and_lighting,
    sanitation,
    school_transport,
    social_and_knowledge,
    sport,
    tourism,
)

PROJECTS = [
    *school_transport.PROJECTS,
    *sport.PROJECTS,
    *cleanliness.PROJECTS,
    *cleanliness_campaigns.PROJECTS,
    *festival_and_heritage.PROJECTS,
    *infrastructure.PROJECTS,
    *sanitation.PROJECTS,
    *roads_and_lighting.PROJECTS,
    *energy_and_water.PROJECTS,
    *coast.PROJECTS,
    *tourism.PROJECTS,
    *local_economy.PROJECTS,
    *social_and_knowledge.PROJECTS,
]

"""Writes on the territory: its reference registers and the commune profile.

Each service takes plain keyword data (model field names), checks it with `full_clean()` and
writes all or nothing: a ValidationError names the fields at fault and nothing changes.
"""

from django.db import transaction

from taawun.core.concurrency import advance
from taawun.core.history import assign, stamp

from .models import CommuneProfile, Domain, Locality, NeighbouringCollectivity, PacAxis

# The fields of each register that its form, the demo and commands may write.
REGISTER_FIELDS = {
    Locality: [
        "name_ar",
        "name_fr",
        "name_en",
        "slug",
        "kind",
        "population",
        "population_year",
        "latitude",
        "longitude",
        "description_ar",
        "description_fr",
        "description_en",
    ],
    NeighbouringCollectivity: [
        "name_ar",
        "name_fr",
        "name_en",
        "kind",
        "partner",
        "shares_boundary",
        "distance_km",
    ],
    Domain: ["code", "name_ar", "name_fr", "name_en", "dac_code", "sdg_goal"],
    PacAxis: ["number", "name_ar", "name_fr", "name_en"],
}
PROFILE_FIELDS = [
    "name_ar",
    "name_fr",
    "name_en",
    "name_zgh",
    "phone",
    "address_ar",
    "address_fr",
    "address_en",
    "iati_identifier",
    "population",
    "population_year",
    "website",
    "email",
    "logo",
    "partner",
    "outline",
]


@transaction.atomic
def register_entry_save(*, model, entry=None, by=None, expected_version=None, **fields):
    """Create an entry of a register (`model`: Locality, NeighbouringCollectivity, Domain or
    PacAxis), or change `entry` (from `expected_version`); only the fields given change."""
    if model not in REGISTER_FIELDS:
        raise TypeError(f"{model.__name__} is not a territory register")
    entry = advance(entry if entry is not None else model(), expected_version)
    assign(entry, fields, REGISTER_FIELDS[model])
    entry.full_clean()
    stamp(entry, by)
    entry.save()
    return entry


@transaction.atomic
def commune_profile_save(*, by=None, expected_version=None, **fields) -> CommuneProfile:
    """Change the commune profile (created on first save); only the fields given change.
    `expected_version`: the version the editor saw (another one: StaleEdit)."""
    profile = CommuneProfile.objects.filter(pk=1).first() or CommuneProfile(pk=1)
    advance(profile, expected_version)
    if profile._state.adding:
        current = CommuneProfile.current()  # the names from the settings until it is saved
        for name in ("name_ar", "name_fr", "name_en"):
            setattr(profile, name, getattr(current, name))
    assign(profile, fields, PROFILE_FIELDS)
    profile.full_clean()
    stamp(profile, by)
    profile.save()  # a signal forgets the cached profile
    return profile

"""Reads on the territory: the commune running the installation."""

from .models import CommuneProfile


def commune_partner_id():
    """The id of the commune's own partner record, or None until the profile names it."""
    return CommuneProfile.current().partner_id


def commune_partner():
    """The commune's own partner record, or None until the profile names it."""
    profile = CommuneProfile.current()
    return profile.partner if profile.partner_id else None

"""Who may see and change partners (accounts.permissions gathers this table)."""

from taawun.accounts.permissions import (
    EDITORS,
    has_role,
    is_representative,
    organisation_scope,
    own_organisation,
    sees_everything,
)


def view_partner(user, partner):
    """The commune sees every partner; a representative its own organisation."""
    if sees_everything(user):
        return True
    if partner is None:
        return is_representative(user)
    return own_organisation(user, partner.pk)


def change_partner(user, partner):
    """Editors change any partner; a representative its own organisation's record."""
    if has_role(user, EDITORS):
        return True
    return partner is not None and own_organisation(user, partner.pk)


# What only the commune's people read (staff and council; issue 10 #2): the representative
# of a partner never sees these fields of its own record, in the workspace pages, the API or
# the history — model name -> field names. Templates ask {% can "partners.view_staff_only" %}.
STAFF_ONLY_FIELDS = {
    "Partner": {"notes"},
}

RULES = {
    "partners.view_partner": view_partner,
    "partners.view_staff_only": lambda user, obj: sees_everything(user),
    "partners.add_partner": lambda user, obj: has_role(user, EDITORS),
    "partners.change_partner": change_partner,
    "partners.archive_partner": lambda user, obj: has_role(user, EDITORS),
    # Publishing is the commune's act, never a representative's (issue 10 #7).
    "partners.publish_partner": lambda user, obj: has_role(user, EDITORS),
    "partners.import_partner": lambda user, obj: has_role(user, EDITORS),
    "partners.export_partner": lambda user, obj: sees_everything(user),
    "partners.view_history": view_partner,
}

SCOPES = {
    "partners.view_partner": lambda user: organisation_scope(user, "pk"),
}

"""Who may see and change agreements (accounts.permissions gathers this table)."""

from taawun.accounts.permissions import (
    EDITORS,
    STAFF,
    has_role,
    is_representative,
    organisation_scope,
    own_organisation,
    sees_everything,
)


def view_agreement(user, agreement):
    """The commune sees every agreement; a representative those its organisation is party to."""
    if sees_everything(user):
        return True
    if agreement is None:
        return is_representative(user)
    return is_representative(user) and any(
        party.partner_id == user.partner_id for party in agreement.parties.all()
    )


def record_delivery(user, obligation):
    """Money: the finance officer records what each party paid; a partner its own proof."""
    if has_role(user, STAFF):
        return True
    return obligation is not None and own_organisation(user, obligation.party.partner_id)


RULES = {
    "agreements.view_agreement": view_agreement,
    "agreements.add_agreement": lambda user, obj: has_role(user, EDITORS),
    "agreements.change_agreement": lambda user, obj: has_role(user, EDITORS),
    "agreements.record_delivery": record_delivery,
}

SCOPES = {
    "agreements.view_agreement": lambda user: organisation_scope(user, "parties__partner_id"),
    "agreements.view_obligation": lambda user: organisation_scope(user, "party__partner_id"),
}

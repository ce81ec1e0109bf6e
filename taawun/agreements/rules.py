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


# What only the commune's people read (staff and council; issue 10 #2): a partner's
# representative never sees these fields, in the workspace pages, the API or the history —
# model name -> field names. "recorded by <user>" on the timeline is hidden from them too.
# Templates ask {% can "agreements.view_staff_only" %}; serializers drop the fields.
STAFF_ONLY_FIELDS = {
    "Agreement": {"internal_notes"},
    "Delivery": {"recorded_by"},
    "Document": {"uploaded_by"},
}

RULES = {
    "agreements.view_agreement": view_agreement,
    "agreements.view_staff_only": lambda user, obj: sees_everything(user),
    "agreements.add_agreement": lambda user, obj: has_role(user, EDITORS),
    "agreements.change_agreement": lambda user, obj: has_role(user, EDITORS),
    "agreements.publish_agreement": lambda user, obj: has_role(user, EDITORS),
    "agreements.record_delivery": record_delivery,
}

SCOPES = {
    "agreements.view_agreement": lambda user: organisation_scope(user, "parties__partner_id"),
    "agreements.view_obligation": lambda user: organisation_scope(user, "party__partner_id"),
}

"""Who may see and change agreements (accounts.permissions gathers this table)."""

from taawun.accounts.permissions import (
    EDITORS,
    STAFF,
    TREASURY,
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
    """Money: the commune's staff record what each party paid; a partner declares its own
    payments instead (declare_payment), which count once finance confirms them."""
    return has_role(user, STAFF)


def payment_declarant(user, obligation):
    """Who may declare a payment on `obligation`, whatever the agreement's stage: the commune's
    staff, or a representative of the obligation's own party."""
    return has_role(user, STAFF) or own_organisation(user, obligation.party.partner_id)


def declare_payment(user, obligation):
    """A representative declares a payment on its own organisation's obligation, once the
    agreement is at a stage where deliveries are allowed (lifecycle `require`)."""
    if obligation is None:
        return has_role(user, STAFF) or is_representative(user)
    if not payment_declarant(user, obligation):
        return False
    from .lifecycle import TransitionRefused, require

    try:
        require(obligation.party.agreement, "deliver", obligation)
    except TransitionRefused:
        return False
    return True


def view_payment_declaration(user, declaration):
    """The commune's staff see every payment declaration; a representative its own
    organisation's (the scope below)."""
    if has_role(user, STAFF):
        return True
    if declaration is None:
        return is_representative(user)
    return own_organisation(user, declaration.obligation.party.partner_id)


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
    # The convention templates (one per kind and language): edited by whoever edits agreements.
    "agreements.change_conventiontemplate": lambda user, obj: has_role(user, EDITORS),
    "agreements.record_delivery": record_delivery,
    "agreements.declare_payment": declare_payment,
    "agreements.decide_payment": lambda user, obj: has_role(user, TREASURY | STAFF),
    "agreements.view_paymentdeclaration": view_payment_declaration,
}

SCOPES = {
    "agreements.view_agreement": lambda user: organisation_scope(user, "parties__partner_id"),
    "agreements.view_obligation": lambda user: organisation_scope(user, "party__partner_id"),
    "agreements.view_paymentdeclaration": lambda user: organisation_scope(
        user, "obligation__party__partner_id"
    ),
}

"""Who may see and change projects (accounts.permissions gathers this table)."""

from django.db.models import Q

from taawun.accounts.permissions import (
    EDITORS,
    TREASURY,
    has_role,
    in_scope,
    is_representative,
    scope,
    sees_everything,
)


def project_scope(user):
    """Every project for the commune; for a representative, those its organisation takes part
    in: owns, participates in, contributes to, or provides money to."""
    if sees_everything(user):
        return Q()
    if not is_representative(user):
        return None
    from .models import Contribution, Participant, Project, Transaction

    partner = user.partner_id
    # One list of keys (a UNION), not four conditions OR'd: PostgreSQL reads an OR of
    # subqueries by scanning every project (40 ms among 100,000), the union by key.
    keys = (
        Project.objects.filter(owner_id=partner)
        .values("pk")
        .union(
            Participant.objects.filter(partner_id=partner).values("project_id"),
            Contribution.objects.filter(partner_id=partner).values("project_id"),
            Transaction.objects.filter(provider_id=partner).values("project_id"),
        )
    )
    return Q(pk__in=keys)


def transaction_scope(user):
    """The transactions of the projects the reader sees."""
    if sees_everything(user):
        return Q()
    projects = scope(user, "projects.view_project")
    if projects is None:
        return None
    from .models import Project

    return Q(project__in=Project.objects.filter(projects))


def view_project(user, project):
    if sees_everything(user):
        return True
    if project is None:
        return is_representative(user)
    return is_representative(user) and in_scope(user, "projects.view_project", project)


# What only the commune's people read (staff and council; issue 10 #2): a partner's
# representative never sees these fields, in the workspace pages, the API or the history —
# model name -> field names — nor the updates that are not public (`Update.is_public`).
# Templates ask {% can "projects.view_staff_only" %}; serializers drop the fields.
STAFF_ONLY_FIELDS = {
    "Transaction": {"override_reason", "recorded_by"},
}

RULES = {
    "projects.view_project": view_project,
    "projects.view_staff_only": lambda user, obj: sees_everything(user),
    "projects.add_project": lambda user, obj: has_role(user, EDITORS),
    "projects.change_project": lambda user, obj: has_role(user, EDITORS),
    "projects.publish_project": lambda user, obj: has_role(user, EDITORS),
    # The finance officer records commitments, disbursements and expenditure.
    "projects.record_transaction": lambda user, obj: has_role(user, TREASURY),
    "projects.import_transaction": lambda user, obj: has_role(user, TREASURY),
    "projects.export_project": lambda user, obj: sees_everything(user),
}

SCOPES = {
    "projects.view_project": project_scope,
    "projects.view_transaction": transaction_scope,
}

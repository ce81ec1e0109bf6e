"""The funding section of a project's page (core.panels)."""

from .matching import opportunities_for


def shortlist(request, project):
    """The open opportunities that fit the project, for the commune's people; None for the
    others (a partner's representative sees no bid work)."""
    if request is None or not request.user.has_perm("funding.view_fundingopportunity"):
        return None
    bids = list(project.bids.select_related("opportunity"))
    return {"project": project, "shortlist": opportunities_for(project), "bids": bids}

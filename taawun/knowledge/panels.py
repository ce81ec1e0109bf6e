"""The good practices section of a project's page (core.panels)."""

from .models import Practice


def project_practices(request, project):
    if request is None or not request.user.has_perm("knowledge.view_practice"):
        return None
    practices = list(Practice.objects.visible_to(request.user).filter(project=project))
    return {
        "project": project,
        "practices": practices,
        "can_write": request.user.has_perm("knowledge.propose_practice"),
    }

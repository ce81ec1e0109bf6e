"""The photo of a project's news, sent after the check (a private file: taawun.core.files)."""

from django.shortcuts import get_object_or_404
from django.views import View

from taawun.accounts.permissions import sees_everything
from taawun.core.files import private_file_response
from taawun.core.views import RoleRequiredMixin

from ..models import Project, Update


class UpdatePhotoView(RoleRequiredMixin, View):
    """For those who see the project; the photo of news that is not public, for the commune's
    people only (a representative never reads internal news: projects.rules)."""

    permission = "projects.view_project"

    def get(self, request, pk):
        updates = Update.objects.filter(project__in=Project.objects.visible_to(request.user))
        if not sees_everything(request.user):
            updates = updates.filter(is_public=True)
        update = get_object_or_404(updates.exclude(photo=""), pk=pk)
        return private_file_response(update.photo)

"""The admin shows the territory's registers and the commune profile read-only: every write
goes through territory.services, from the workspace's territory pages."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import CommuneProfile, Domain, Locality, NeighbouringCollectivity, PacAxis


class ReadOnlyAdmin(SimpleHistoryAdmin):
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


for model in (Locality, NeighbouringCollectivity, Domain, PacAxis, CommuneProfile):
    admin.site.register(model, ReadOnlyAdmin)

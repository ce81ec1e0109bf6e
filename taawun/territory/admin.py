from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import CommuneProfile, Domain, Locality, NeighbouringCollectivity, PacAxis

for model in (Locality, NeighbouringCollectivity, Domain, PacAxis, CommuneProfile):
    admin.site.register(model, SimpleHistoryAdmin)

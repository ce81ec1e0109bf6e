"""The admin shows partners and their contact people read-only: every write goes through the
services (partners.services), from the workspace pages, the API or an import."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Contact, Partner


class ReadOnly:
    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ContactInline(ReadOnly, admin.TabularInline):
    model = Contact
    extra = 0


@admin.register(Partner)
class PartnerAdmin(ReadOnly, SimpleHistoryAdmin):
    list_display = ["name_fr", "acronym", "kind", "country", "status", "is_public"]
    list_filter = ["kind", "status", "country", "is_public"]
    search_fields = ["name_ar", "name_fr", "name_en", "acronym"]
    inlines = [ContactInline]

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Contact, Partner


class ContactInline(admin.TabularInline):
    model = Contact
    extra = 0


@admin.register(Partner)
class PartnerAdmin(SimpleHistoryAdmin):
    list_display = ["name_fr", "acronym", "kind", "country", "status", "is_public"]
    list_filter = ["kind", "status", "country", "is_public"]
    search_fields = ["name_ar", "name_fr", "name_en", "acronym"]
    inlines = [ContactInline]

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from .models import User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "get_full_name", "role", "partner", "is_active"]
    list_filter = ["role", "is_active"]
    autocomplete_fields = ["partner"]
    fieldsets = [*BaseUserAdmin.fieldsets, (_("Role"), {"fields": ["role", "partner", "language"]})]

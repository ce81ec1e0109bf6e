"""What every register's API shares: the public rows for anyone, the reader's scope for the
signed-in (review §4.2, pair 11), and the optimistic concurrency of its writes (ETag,
If-Match, 412)."""

from functools import cache
from importlib import import_module

from django.apps import apps
from django.utils.module_loading import module_has_submodule
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers, status
from rest_framework.response import Response

from .concurrency import StaleEdit, etag, stale_edit, version_from_etag


class VersionField(serializers.IntegerField):
    """A record's `version` in the API: read, the current one; written (optional), the version
    the client's change starts from, refused with 409 when it is no longer current."""

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault(
            "help_text",
            _("The record's version. Sent back, the change is refused if it is no longer current."),
        )
        super().__init__(**kwargs)


@cache
def staff_only_fields(model):
    """The fields of `model` only the commune's people read: its app's rules.STAFF_ONLY_FIELDS
    (model name -> field names), found through the model's app, as core imports no app."""
    config = apps.get_app_config(model._meta.app_label)
    if not module_has_submodule(config.module, "rules"):
        return frozenset()
    rules = import_module(f"{config.name}.rules")
    return frozenset(getattr(rules, "STAFF_ONLY_FIELDS", {}).get(model.__name__, ()))


class StaffOnlyFieldsMixin:
    """For a ModelSerializer: leaves out of the representation the model's staff-only fields
    (issue 10 #2) unless the request's user may "<app>.view_staff_only". Nested serializers
    read the same request from the root's context, so each one uses the mixin too."""

    def to_representation(self, instance):
        data = super().to_representation(instance)
        model = self.Meta.model
        hidden = staff_only_fields(model)
        if hidden and not self.sees_staff_only(model._meta.app_label):
            for name in hidden:
                data.pop(name, None)
        return data

    def sees_staff_only(self, app_label):
        request = self.context.get("request")
        user = getattr(request, "user", None)
        return user is not None and user.has_perm(f"{app_label}.view_staff_only")


class VersionedViewSetMixin:
    """Optimistic concurrency on a register's API (core.concurrency).

    A detail response carries `ETag: "<version>"`. PUT and PATCH honour `If-Match`: when it
    names another version than the record's, the answer is 412 Precondition Failed with the
    current `version` (and ETag) in the body, nothing written. Without If-Match the write goes
    through as before, unless the body's `version` field names another version (409 Conflict).
    The viewset hands the service `expected_version=self.expected_version(serializer)`, and the
    service refuses atomically a change saved between the check and the write."""

    def get_object(self):
        if not hasattr(self, "_versioned_object"):
            record = super().get_object()
            self._versioned_object = record
            seen = self.if_match()
            if seen is not None and seen != getattr(record, "version", seen):
                raise stale_edit(record, seen)
        return self._versioned_object

    def if_match(self):
        if self.request.method not in ("PUT", "PATCH"):
            return None
        return version_from_etag(self.request.headers.get("If-Match"))

    def expected_version(self, serializer):
        """The version the client's change starts from: If-Match, else the body's `version`
        (None: neither, the write is not checked). Taken out of the validated data."""
        body = serializer.validated_data.pop("version", None)
        seen = self.if_match()
        return body if seen is None else seen

    def handle_exception(self, exc):
        if isinstance(exc, StaleEdit):
            code = status.HTTP_412_PRECONDITION_FAILED if self.if_match() is not None else 409
            response = Response(
                {"detail": exc.messages[0], "version": exc.current_version}, status=code
            )
            if exc.current is not None:
                response["ETag"] = etag(exc.current_version)
            return response
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        record = getattr(self, "_versioned_object", None)
        if record is not None and response.status_code < 300 and hasattr(record, "version"):
            response.setdefault("ETag", etag(record.version))
        return response


class PublicOrScopedViewSetMixin:
    """A viewset over a register (partners, agreements, projects) read by everyone.

    Anyone else than the commune's people and the representatives reads `model.public_objects`
    with `public_serializer_class`; a signed-in person with a role reads
    `model.objects.visible_to(user)` (the scope its app declares in rules.py) with
    `internal_serializer_class`.
    """

    model = None
    public_serializer_class = None
    internal_serializer_class = None

    def internal(self):
        """Signed in with a role: the workspace's scope, not the public register."""
        return self.request.user.has_perm("core.view_workspace")

    def scoped(self, model=None):
        """The rows of `model` (by default the viewset's) this reader may read."""
        model = model or self.model
        if self.internal():
            return model.objects.visible_to(self.request.user)
        return model.public_objects.all()

    def get_serializer_class(self):
        return self.internal_serializer_class if self.internal() else self.public_serializer_class

"""The two write views of the workspace: a form for a record that belongs to a parent, and a
POST-only action on one record. Both write through a service and turn its refusal (a
ValidationError) into a clear message, with nothing saved."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model
from django.forms import BaseModelForm
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic.base import ContextMixin, TemplateResponseMixin

from ..concurrency import StaleEdit, carry_version, seen_version, stale_context
from ..forms import discard_kept_uploads, error_summary, keep_uploads, restore_kept_uploads
from .mixins import RoleRequiredMixin

NOT_SAVED = _("Nothing was saved: please correct the errors below.")
SAVED = _("Saved.")
SAVED_NAMED = _("Saved: {name}")


def add_service_error(form, error):
    """Show a service's refusal on the fields it names, the rest above the form."""
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


def saved_message(record):
    """ "Saved: <the record>", its name in the reader's language set apart (<bdi>)."""
    return format_html(str(SAVED_NAMED), name=format_html("<bdi>{}</bdi>", str(record)))


class ReturnToRowMixin:
    """What every workspace form does once saved (GOV.UK / DSFR): say which record was saved,
    then go back to the list the form was opened from (`?next=`, a URL of this site only,
    carried by the form in a hidden field) at the record's row (`row_anchor`), or else to
    `get_success_url()`. RecordFormView is built on it, and so are the register forms
    (partners, agreements, projects), whose lists' rows carry the same ids."""

    success_message = SAVED
    # The id of the saved record's row on the page returned to: named by its model, since a
    # parent's page lists several kinds ("#obligation-12", "#transaction-40").
    row_anchor = "{model}-{pk}"
    # Whether the anchor is added to `get_success_url()` too (a parent's page lists the record;
    # a register record's own page does not).
    anchor_success_url = True

    def get_success_url(self):
        raise NotImplementedError

    def get_cancel_url(self):
        return self.get_next_url() or self.get_success_url()

    def get_next_url(self):
        """The list the form was opened from, when it is a URL of this site."""
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        safe = url.startswith("/") and url_has_allowed_host_and_scheme(
            url, allowed_hosts={self.request.get_host()}, require_https=self.request.is_secure()
        )
        return url.split("#")[0] if safe else ""

    def saved(self, record):
        """The answer to a saved form: the message naming the record, back at its row."""
        self.saved_record = record
        message = self.success_message
        if message == SAVED and record is not None:
            message = saved_message(record)
        messages.success(self.request, message)
        for warning in getattr(self, "warnings", ()):
            messages.warning(self.request, warning)
        next_url = self.get_next_url()
        url = next_url or self.get_success_url()
        anchored = next_url or self.anchor_success_url
        if anchored and record is not None and record.pk is not None and "#" not in url:
            url += "#" + self.row_anchor.format(model=record._meta.model_name, pk=record.pk)
        return redirect(url)


class RecordFormView(
    ReturnToRowMixin, RoleRequiredMixin, TemplateResponseMixin, ContextMixin, View
):
    """Create or edit a record that belongs to a parent (a party of an agreement, a milestone of
    a project…), through a service.

    The URL's `pk` names the parent (create) or, when `get_record_queryset()` returns records,
    the record (edit; its parent is `record.<parent_field>`). Either way the parent comes from
    `get_parent_queryset()` (scoped to the user: others are 404) and `permission` is asked about
    it (`parent_permission`, when set, is asked about the parent instead: e.g. every signed-in
    user reaches the view, only some may act on a given parent).

    A valid form goes to `save(form)`, which calls the service with `form.cleaned_data`, inside
    one transaction; a ValidationError from the service lands on the form's fields and the page
    answers 400 with NOT_SAVED, nothing written. An edit form carries the record's version
    (core.concurrency): `save()` passes `expected_version=self.expected_version` to the service,
    and a StaleEdit answers 409 with the other person's values beside the user's, the user's
    input kept and the form now carrying the current version. A file the form accepted is kept
    across any of these refusals (core.forms.keep_uploads), so it is not chosen again.

    Success: `success_message` ("Saved: <the record>" by default, the record being what `save()`
    returned, else the one edited; and any `self.warnings`), then back to the list the edit was
    opened from (`?next=`, a local URL with its page and filters, carried by the form) or else
    `get_success_url()` (the parent's manage page by default), at the record's row
    (`row_anchor`, "#obligation-<pk>").
    """

    template_name = "manage/form.html"
    form_class = None
    title = ""
    initial = {}  # field -> value or callable, for a new record
    parent_field = ""  # edit views: the record's link to its parent ("project", "party"…)
    parent_permission = ""  # the rule asked about the parent, when not `permission`
    parent_form_kwarg = ""  # when set, the form receives the parent under this keyword
    pk_url_kwarg = "pk"

    # Hooks -------------------------------------------------------------------------------

    def get_parent_queryset(self):
        """The parents this user may reach (e.g. `Project.objects.visible_to(user)`)."""
        raise NotImplementedError

    def get_record_queryset(self):
        """Edit views: the records the URL's pk may name (filtered to the parents above)."""
        return None

    def save(self, form):
        """Call the service with `form.cleaned_data`; raise ValidationError to refuse.

        May append to `self.warnings` (shown after the success message)."""
        raise NotImplementedError

    def get_success_url(self):
        return self.parent.get_manage_url()

    def get_formsets(self):
        """The formsets the page shows beside the form, listed in its error summary."""
        return []

    # Machinery ---------------------------------------------------------------------------

    def load(self):
        """Set `self.parent` and `self.record` (None on create) from the URL, once."""
        if hasattr(self, "parent"):
            return self.parent
        pk = self.kwargs[self.pk_url_kwarg]
        parents = self.get_parent_queryset()
        records = self.get_record_queryset()
        if records is None:
            self.record = None
            self.parent = get_object_or_404(parents, pk=pk)
        else:
            self.record = get_object_or_404(
                records.filter(**{f"{self.parent_field}__in": parents}), pk=pk
            )
            self.parent = getattr(self.record, self.parent_field)
        return self.parent

    def get_permission_object(self):
        return self.load()

    def dispatch(self, request, *args, **kwargs):
        self.warnings = []
        self.expected_version = None  # the version the editor saw (edit forms)
        return super().dispatch(request, *args, **kwargs)

    def check_parent_permission(self):
        # Also asked when `permission_object` is False: the rule about the kind of record
        # was asked before any query, this asks it about the parent found.
        rule = self.parent_permission or self.permission
        if not self.request.user.has_perm(rule, self.load()):
            raise PermissionDenied

    def get_initial(self):
        if self.record is not None:
            return {}
        return {name: value() if callable(value) else value for name, value in self.initial.items()}

    def get_form_kwargs(self):
        kwargs = {"initial": self.get_initial()}
        if self.request.method == "POST":
            files = restore_kept_uploads(self.request.POST, self.request.FILES, self.request.user)
            kwargs.update(data=self.request.POST, files=files)
        if self.record is not None and issubclass(self.form_class, BaseModelForm):
            kwargs["instance"] = self.record  # a plain form (a reason, a count) takes none
        if self.parent_form_kwarg:
            kwargs[self.parent_form_kwarg] = self.parent
        return kwargs

    def get_form(self):
        return carry_version(self.form_class(**self.get_form_kwargs()), self.record)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("parent", self.parent)
        kwargs.setdefault("record", self.record)
        kwargs.setdefault("title", self.title)
        kwargs.setdefault("cancel_url", self.get_cancel_url())
        kwargs.setdefault("next", self.get_next_url())
        if "form" in kwargs:
            kwargs.update(error_summary(kwargs["form"], *self.get_formsets()))
        return super().get_context_data(**kwargs)

    def get(self, request, *args, **kwargs):
        self.check_parent_permission()
        return self.render_to_response(self.get_context_data(form=self.get_form()))

    def post(self, request, *args, **kwargs):
        self.check_parent_permission()
        form = self.get_form()
        if form.is_valid():
            self.expected_version = seen_version(form)
            try:
                with transaction.atomic():
                    saved = self.save(form)
            except StaleEdit as stale:
                keep_uploads(form, request.user)
                context = self.get_context_data(form=form, **stale_context(form, stale))
                return self.render_to_response(context, status=409)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                discard_kept_uploads(request.POST, request.user)
                return self.saved(saved if isinstance(saved, Model) else self.record)
        keep_uploads(form, request.user)
        messages.error(request, NOT_SAVED)
        return self.render_to_response(self.get_context_data(form=form), status=400)


class StandaloneRecordMixin:
    """For a RecordFormView over a record with no parent (a committee, a council session): no URL
    pk creates one, a pk edits one of `get_record_queryset()` (scoped to the user: others are
    404), and the record stands as its own parent for the permission. Once saved, the record's
    manage page; `list_url_name` (a URL name) when there is no record to go to.
    """

    list_url_name = ""

    def load(self):
        if not hasattr(self, "parent"):
            pk = self.kwargs.get(self.pk_url_kwarg)
            self.record = None
            if pk is not None:
                self.record = get_object_or_404(self.get_record_queryset(), pk=pk)
            self.parent = self.record
        return self.parent

    def get_success_url(self):
        record = getattr(self, "saved_record", None) or self.record
        if record is None:
            return reverse(self.list_url_name)
        return record.get_manage_url()


class RecordActionView(RoleRequiredMixin, View):
    """A POST-only action on one record through a service: waive, apply, delete, archive.

    The URL's `pk` names the record, taken from `get_queryset()` (scoped to the user: others
    are 404); `permission` is asked about it. `act(record)` calls the service; a ValidationError
    becomes an error message and nothing changes. Either way the reader goes back to
    `get_success_url()` (the parent's page when `parent_field` is set, else the record's).
    `record_permission`, when set, is the rule asked about the record instead of `permission`.
    """

    http_method_names = ["post"]
    success_message = SAVED
    parent_field = ""
    record_permission = ""
    pk_url_kwarg = "pk"

    def get_queryset(self):
        raise NotImplementedError

    def act(self, record):
        """Call the service; raise ValidationError to refuse. May return a message to show
        instead of `success_message`."""
        raise NotImplementedError

    def get_object(self, queryset=None):
        if not hasattr(self, "object"):
            self.object = get_object_or_404(
                self.get_queryset() if queryset is None else queryset,
                pk=self.kwargs[self.pk_url_kwarg],
            )
        return self.object

    def get_success_url(self):
        target = getattr(self.object, self.parent_field) if self.parent_field else self.object
        return target.get_manage_url()

    def post(self, request, *args, **kwargs):
        record = self.get_object()
        if not request.user.has_perm(self.record_permission or self.permission, record):
            raise PermissionDenied
        try:
            with transaction.atomic():
                message = self.act(record)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, message or self.success_message)
        return redirect(self.get_success_url())

"""The "history" page of a record: who changed what, and when (django-simple-history)."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.formats import number_format
from django.utils.translation import pgettext, pgettext_lazy
from django.views.generic import DetailView

ACTIONS = {
    "+": pgettext_lazy("history action", "created"),
    "~": pgettext_lazy("history action", "changed"),
    "-": pgettext_lazy("history action", "deleted"),
}


def stamp(instance, by):
    """Name `by` as the author of the next history row of `instance` (services call it
    before saving or deleting; `None` leaves the row anonymous, as for the demo)."""
    if by is not None:
        instance._history_user = by
    return instance


def saved(instance, by):
    """full_clean(), the author of the history row, save(): the last step of a service."""
    instance.full_clean()
    stamp(instance, by)
    instance.save()
    return instance


def assign(instance, fields, allowed):
    """Set a service's keyword data on `instance` as a model form would (for a file field,
    None keeps the file and False clears it). Names outside `allowed` (or their `<name>_id`)
    are a programming error: TypeError."""
    accepted = set(allowed) | {f"{name}_id" for name in allowed}
    unknown = set(fields) - accepted
    if unknown:
        raise TypeError(f"{type(instance).__name__} does not take {', '.join(sorted(unknown))}")
    for name, value in fields.items():
        if name in allowed:
            instance._meta.get_field(name).save_form_data(instance, value)
        else:
            setattr(instance, name, value)
    return instance


@dataclass
class Change:
    field: str
    old: object
    new: object


@dataclass
class Entry:
    when: object
    who: object
    action: str
    subject: str
    changes: list = field(default_factory=list)


def _label(model, name):
    try:
        return str(model._meta.get_field(name).verbose_name)
    except Exception:  # a field since removed from the model
        return name


def _display(value, model=None, name=None):
    """A value as the reader's pages show it: a choice by its label, an amount formatted in
    the reader's language ("150 000", never "150000.00")."""
    if value is None or value == "":
        return "—"
    try:
        choices = dict(model._meta.get_field(name).flatchoices) if model else {}
    except Exception:  # a field since removed from the model
        choices = {}
    if value in choices:
        return choices[value]
    if isinstance(value, Decimal):
        places = 0 if value == value.to_integral_value() else None
        return number_format(value, decimal_pos=places, force_grouping=True)
    return value


def _m2m_snapshots(records, model):
    """{field name: {history_id: set of related ids}}: one query per many-to-many field,
    instead of one per record as simple-history's own diff would."""
    from simple_history.utils import get_m2m_reverse_field_name

    snapshots = {}
    fields = getattr(records[0], "_history_m2m_fields", []) if records else []
    ids = [r.history_id for r in records]
    for m2m in fields:
        through = getattr(records[0], m2m.name).model
        target = get_m2m_reverse_field_name(model._meta.get_field(m2m.name))
        rows = through.objects.filter(history_id__in=ids).values_list("history_id", target)
        by_record = {}
        for history_id, related_id in rows:
            by_record.setdefault(history_id, set()).add(related_id)
        snapshots[m2m.name] = by_record
    return snapshots


def _names(model, field_name, ids):
    """{pk: str(object)} for the objects a foreign key or many-to-many field points to."""
    related = model._meta.get_field(field_name).related_model
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    return {obj.pk: str(obj) for obj in related._default_manager.filter(pk__in=ids)}


def entries_for(history_queryset, model, subject="", hidden=frozenset(), show_who=True):
    """Turn history rows of one or more records into entries with field-level changes.

    `hidden`: fields whose changes this reader may not see (its app's STAFF_ONLY_FIELDS);
    `show_who`: False when the reader may not see who made each change.

    `subject` names the record: a string, or a function of the historical row (which should
    only follow relations the queryset has selected, so the page keeps a fixed query count).
    Related objects are named with one query per related model, whatever the number of edits.
    """
    records = list(
        history_queryset.select_related("history_user").order_by("history_date", "history_id")
    )
    snapshots = _m2m_snapshots(records, model)
    m2m_names = list(snapshots)
    previous = {}
    raw = []  # (entry, [(field, old, new, kind)])
    for record in records:
        entry = Entry(
            when=record.history_date,
            who=record.history_user if show_who else None,
            action=ACTIONS.get(record.history_type, record.history_type),
            subject=subject(record) if callable(subject) else (subject or str(record.instance)),
        )
        before = previous.get(record.id)
        changes = []
        if before is not None and record.history_type == "~":
            delta = record.diff_against(before, excluded_fields=m2m_names)
            for change in delta.changes:
                if change.field in hidden:
                    continue
                field = model._meta.get_field(change.field)
                kind = "fk" if field.is_relation else "value"
                changes.append((change.field, change.old, change.new, kind))
            for name, by_record in snapshots.items():
                if name in hidden:
                    continue
                old = by_record.get(before.history_id, set())
                new = by_record.get(record.history_id, set())
                if old != new:
                    changes.append((name, old, new, "m2m"))
        previous[record.id] = record
        raw.append((entry, changes))
    # Name the related objects, one query per related field.
    wanted = {}
    for _entry, changes in raw:
        for name, old, new, kind in changes:
            if kind == "fk":
                wanted.setdefault(name, set()).update({old, new})
            elif kind == "m2m":
                wanted.setdefault(name, set()).update(old | new)
    names = {name: _names(model, name, ids) for name, ids in wanted.items()}
    result = []
    for entry, changes in raw:
        for name, old, new, kind in changes:
            if kind == "fk":
                old, new = names[name].get(old, old), names[name].get(new, new)
            elif kind == "m2m":
                separator = pgettext("list separator", ", ")
                old = separator.join(sorted(names[name].get(i, str(i)) for i in old))
                new = separator.join(sorted(names[name].get(i, str(i)) for i in new))
            else:
                old, new = _display(old, model, name), _display(new, model, name)
            entry.changes.append(Change(_label(model, name), _display(old), _display(new)))
        result.append(entry)
    return result


class HistoryView(DetailView):
    """Generic history page; subclasses may add histories of dependent records."""

    template_name = "core/history.html"
    # The app's rules.STAFF_ONLY_FIELDS (model name -> field names) and the permission that
    # shows them, and who made each change: a reader without it sees neither.
    staff_only_fields = {}
    staff_only_permission = None

    def related_histories(self, obj):
        return []

    def sees_staff_only(self):
        permission = self.staff_only_permission
        return permission is None or self.request.user.has_perm(permission)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        staff = self.sees_staff_only()

        def entries(queryset, model, subject):
            hidden = frozenset() if staff else self.staff_only_fields.get(model.__name__, ())
            return entries_for(queryset, model, subject, hidden=hidden, show_who=staff)

        found = entries(obj.history.all(), obj.__class__, str(obj))
        for related in self.related_histories(obj):
            queryset, subject = related if isinstance(related, tuple) else (related, "")
            found += entries(queryset, queryset.model.instance_type, subject)
        found.sort(key=lambda e: e.when, reverse=True)
        context["entries"] = found
        context["show_who"] = staff
        return context

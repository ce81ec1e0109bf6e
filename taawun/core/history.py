"""The "history" page of a record: who changed what, and when (django-simple-history)."""

from dataclasses import dataclass, field

from django.utils.translation import pgettext_lazy
from django.views.generic import DetailView

ACTIONS = {
    "+": pgettext_lazy("history action", "created"),
    "~": pgettext_lazy("history action", "changed"),
    "-": pgettext_lazy("history action", "deleted"),
}


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


def _display(value):
    if value is None or value == "":
        return "—"
    if isinstance(value, list):  # many-to-many: list of through-row dicts
        return ", ".join(str(v) for v in value) or "—"
    return value


def entries_for(history_queryset, model, subject=""):
    """Turn history rows of one or more records into entries with field-level changes.

    `subject` names the record: a string, or a function of the historical row (which should
    only follow relations the queryset has selected, so the page keeps a fixed query count).
    """
    records = list(history_queryset.select_related("history_user").order_by("history_date"))
    previous = {}
    result = []
    for record in records:
        key = record.id  # the tracked record's primary key
        entry = Entry(
            when=record.history_date,
            who=record.history_user,
            action=ACTIONS.get(record.history_type, record.history_type),
            subject=subject(record) if callable(subject) else (subject or str(record.instance)),
        )
        before = previous.get(key)
        if before is not None and record.history_type == "~":
            delta = record.diff_against(before, foreign_keys_are_objs=False)
            for change in delta.changes:
                entry.changes.append(
                    Change(_label(model, change.field), _display(change.old), _display(change.new))
                )
        previous[key] = record
        result.append(entry)
    return result


class HistoryView(DetailView):
    """Generic history page; subclasses may add histories of dependent records."""

    template_name = "core/history.html"

    def related_histories(self, obj):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        obj = self.object
        entries = entries_for(obj.history.all(), obj.__class__, subject=str(obj))
        for related in self.related_histories(obj):
            queryset, subject = related if isinstance(related, tuple) else (related, "")
            entries += entries_for(queryset, queryset.model.instance_type, subject)
        entries.sort(key=lambda e: e.when, reverse=True)
        context["entries"] = entries
        return context

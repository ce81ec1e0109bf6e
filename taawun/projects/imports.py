"""Importing transactions from a spreadsheet: preview every row, then commit all or nothing.

The preview is the import itself, run inside a transaction that is always rolled back: each
row goes through TransactionForm and services.transaction_save exactly as a typed-in
transaction would, so a disbursement is measured against the commitments already recorded
*and* those of the rows above it in the file, and the preview can never disagree with the
commit.
"""

import re
from datetime import datetime

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from taawun.core.caching import rehearsal
from taawun.core.forms import cleaned
from taawun.core.tabular import ImportPreview, ImportRejected, ImportRow
from taawun.finance.models import MAD
from taawun.partners.models import Partner

from . import services
from .choices import TransactionType
from .forms import TransactionForm
from .models import Project

COLUMNS = [
    "project",
    "type",
    "date",
    "provider",
    "receiver",
    "amount",
    "currency",
    "description_ar",
    "description_fr",
    "description_en",
    "override_reason",
]
# Files made before descriptions had languages have one "description" column: read as French.
OLD_DESCRIPTION = "description"
REQUIRED_COLUMNS = {"project", "type", "date", "provider", "amount"}

# Words people write in the type column besides the codes and the interface's own labels.
TYPE_WORDS = {
    TransactionType.COMMITMENT: [
        "commitment",
        "engagement",
        "engagement entrant",
        "التزام",
        "الالتزام",
        "التزام وارد",
    ],
    TransactionType.DISBURSEMENT: [
        "disbursement",
        "décaissement",
        "decaissement",
        "صرف",
        "الصرف",
        "دفع",
    ],
    TransactionType.EXPENDITURE: [
        "expenditure",
        "expense",
        "dépense",
        "depense",
        "نفقة",
        "نفقات",
        "إنفاق",
        "الإنفاق",
    ],
}
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S")  # the last: XLSX date cells


def _key(text):
    """How names are compared: letter case and repeated spaces do not matter."""
    return " ".join(str(text).split()).casefold()


def _type_lookup():
    lookup = {}
    for value, label in TransactionType.choices:
        lookup[_key(value)] = value
        for code in ("ar", "fr", "en"):
            with translation.override(code):
                lookup[_key(label)] = value
        for word in TYPE_WORDS[value]:
            lookup[_key(word)] = value
    return lookup


class PartnerIndex:
    """Partners by French name, Arabic name or acronym; a name two partners share is ambiguous."""

    def __init__(self):
        self.by_key = {}
        for pk, name_fr, name_ar, acronym in Partner.objects.values_list(
            "pk", "name_fr", "name_ar", "acronym"
        ):
            for name in (name_fr, name_ar, acronym):
                if name.strip():
                    self.by_key.setdefault(_key(name), set()).add(pk)

    def resolve(self, text, column):
        """(the partner's pk, None) or ("", the reason it cannot be found)."""
        if not text.strip():
            return "", None
        found = self.by_key.get(_key(text), set())
        if len(found) == 1:
            return next(iter(found)), None
        if found:
            return "", _(
                "%(column)s: several partners are called “%(name)s”; write its acronym or its "
                "name in the other language."
            ) % {"column": column, "name": text}
        return "", _(
            "%(column)s: no partner is called “%(name)s”; write its French name, Arabic name "
            "or acronym as in the partners register."
        ) % {"column": column, "name": text}


def _date(text):
    text = text.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _amount(text):
    """1 250 000,50 / 1,250,000.50 / 1250000.5 → "1250000.50"; None when it can be read two ways.

    "1,250" is 1 250 in English and 1,25 in French: rather than guess an amount of money, the
    row is refused and the person asked to write it unambiguously.
    """
    text = re.sub(r"[\s\u00a0\u202f'’]", "", text)
    if "," in text and "." in text:
        decimal_mark = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        return text.replace(thousands, "").replace(decimal_mark, ".")
    for mark in (",", "."):
        if text.count(mark) > 1:  # only thousands separators
            return text.replace(mark, "")
    if re.fullmatch(r"-?\d{1,3}[.,]\d{3}", text):
        return None
    return text.replace(",", ".")


def _error_lines(error, form):
    """A ValidationError as "Field label: message" lines."""
    if not hasattr(error, "error_dict"):
        return list(error.messages)
    lines = []
    for name, messages in error.message_dict.items():
        label = form.fields[name].label if name in form.fields else ""
        for message in messages:
            lines.append(f"{label}: {message}" if label and name != NON_FIELD_ERRORS else message)
    return lines


def _form_data(values, projects, types, partners):
    """(project or None, TransactionForm data, {column: message} for what cannot be read)."""
    problems = {}
    code = values.get("project", "").strip()
    project = projects.get(code)
    if project is None:
        problems["project"] = (
            _("Project: no project has the code “%(code)s”.") % {"code": code}
            if code
            else _("Project: give the project's code.")
        )
    raw_date = values.get("date", "").strip()
    day = _date(raw_date)
    if raw_date and day is None:
        problems["date"] = _(
            "Date: “%(value)s” is not a date; write it as 2025-03-31 or 31/03/2025."
        ) % {"value": raw_date}
    amount = _amount(values.get("amount", ""))
    if amount is None:
        problems["amount"] = _(
            "Amount: “%(value)s” can be read two ways; write it without a thousands separator, "
            "for example 1250 or 1,25."
        ) % {"value": values["amount"]}
    data = {
        "type": types.get(_key(values.get("type", "")), values.get("type", "").strip()),
        "date": day.isoformat() if day else "",
        "amount": amount or "",
        "currency": (values.get("currency", "").strip() or MAD).upper(),
        "description_ar": values.get("description_ar", ""),
        "description_fr": values.get("description_fr", "") or values.get(OLD_DESCRIPTION, ""),
        "description_en": values.get("description_en", ""),
        "override_reason": values.get("override_reason", ""),
    }
    for name, label in (("provider", _("Provider")), ("receiver", _("Receiver"))):
        data[name], message = partners.resolve(values.get(name, ""), label)
        if message:
            problems[name] = message
    return project, data, problems


def _check_and_save(header, rows, by):
    """Save every row that can be saved and report each row's errors and warnings."""
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        return ImportPreview(
            rows=[],
            errors=[_("Missing columns: %(columns)s.") % {"columns": ", ".join(sorted(missing))}],
        )
    codes = {values.get("project", "").strip() for values in rows}
    projects = Project.objects.all() if by is None else Project.objects.visible_to(by)
    projects = {p.code: p for p in projects.filter(code__in=codes)}
    types = _type_lookup()
    partners = PartnerIndex()
    result = []
    touched = {}
    for number, values in enumerate(rows, start=2):
        row = ImportRow(number=number, values=values)
        result.append(row)
        project, data, problems = _form_data(values, projects, types, partners)
        form = TransactionForm(data=data, project=project or Project())
        row.errors.extend(problems.values())
        if not form.is_valid():
            for name, messages in form.errors.items():
                if name not in problems:  # a clearer message about this column is already there
                    row.errors.extend(_error_lines(ValidationError({name: messages}), form))
        if row.errors:
            continue
        try:
            # transaction_save is atomic: a refused row rolls back to its own savepoint and
            # the rows below are still checked.
            tx, row.warnings = services.transaction_save(
                project=project, by=by, refresh=False, **cleaned(form)
            )
            touched[tx.project_id] = tx.project
        except ValidationError as error:
            row.errors.extend(_error_lines(error, form))
    # Each project's money summary once, not once per row.
    for project in touched.values():
        services.project_refresh_totals(project)
    preview = ImportPreview(rows=result)
    preview.projects = list(touched.values())
    return preview


def preview_transactions(header, rows, *, by=None) -> ImportPreview:
    """Check every row as the commit would, then undo everything (a rehearsal: the data
    version does not move)."""
    with transaction.atomic(), rehearsal():
        preview = _check_and_save(header, rows, by)
        transaction.set_rollback(True)
    return preview


@transaction.atomic
def commit_transactions(*, header, rows, by=None) -> ImportPreview:
    """Record every row's transaction, or none of them if any row is wrong; the checked file,
    with the projects it recorded transactions on (`.projects`)."""
    preview = _check_and_save(header, rows, by)
    if not preview.is_valid:
        raise ImportRejected(preview)
    return preview


def import_transactions(*, header, rows, by=None) -> int:
    """commit_transactions, counted."""
    return len(commit_transactions(header=header, rows=rows, by=by).rows)


FIRST_INSTALMENT = gettext_lazy("First instalment")


def _in(code, text):
    with translation.override(code):
        return str(text)


def template_example(user):
    """One row that imports as it is, from this commune's registers: a project the user may
    see, an incoming commitment from its owner (or the commune) to the commune, dated within
    the project's dates and not in the future."""
    from django.utils import timezone

    from taawun.territory.selectors import commune_partner

    project = Project.objects.visible_to(user).select_related("owner").order_by("code").first()
    commune = commune_partner()
    provider = project.owner if project and project.owner_id else commune
    start, _end = project.date_range if project else (None, None)
    today = timezone.localdate()
    day = min(start, today) if start else today
    values = {
        "project": project.code if project else "",
        "type": TransactionType.COMMITMENT.label,
        "date": day.isoformat(),
        "provider": provider.name_fr if provider else "",
        "receiver": commune.name_fr if commune and commune != provider else "",
        "amount": "250000",
        "currency": MAD,
        **{f"description_{code}": _in(code, FIRST_INSTALMENT) for code in ("ar", "fr", "en")},
        "override_reason": "",
    }
    return [str(values[column]) for column in COLUMNS]

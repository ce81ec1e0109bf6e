"""Importing partners from a spreadsheet: preview every row, then commit all or nothing."""

from django.db import transaction
from django.utils.translation import gettext as _

from taawun.core.forms import cleaned
from taawun.core.tabular import ImportPreview, ImportRejected, ImportRow
from taawun.territory.models import Domain

from .choices import PartnerKind, PartnerStatus
from .columns import IMPORT_COLUMNS
from .forms import PartnerForm
from .services import partner_create

COLUMNS = IMPORT_COLUMNS
REQUIRED_COLUMNS = {"kind", "name_ar", "name_fr"}


def _choice_lookup(choices):
    """Accept a choice's code or its label in any of the three languages."""
    from django.utils import translation

    lookup = {}
    for value, label in choices:
        lookup[value.lower()] = value
        for code in ("ar", "fr", "en"):
            with translation.override(code):
                lookup[str(label).strip().lower()] = value
    return lookup


def _form_data(values, kinds, statuses, domains_by_code):
    data = {key: values.get(key, "") for key in COLUMNS if key != "domains"}
    data["kind"] = kinds.get(data["kind"].lower(), data["kind"])
    data["status"] = statuses.get(data["status"].lower(), data["status"]) or PartnerStatus.ACTIVE
    data["country"] = (data["country"] or "MA").upper()
    data["is_public"] = "on"
    codes = [c.strip() for c in values.get("domains", "").replace(",", ";").split(";") if c.strip()]
    unknown = [c for c in codes if c not in domains_by_code]
    data["domains"] = [domains_by_code[c] for c in codes if c in domains_by_code]
    return data, unknown


def preview_partners(header, rows) -> ImportPreview:
    """Validate every row as the partner form would, without writing anything."""
    missing = REQUIRED_COLUMNS - set(header)
    if missing:
        return ImportPreview(
            rows=[],
            errors=[_("Missing columns: %(columns)s.") % {"columns": ", ".join(sorted(missing))}],
        )
    kinds = _choice_lookup(PartnerKind.choices)
    statuses = _choice_lookup(PartnerStatus.choices)
    domains_by_code = dict(Domain.objects.values_list("code", "pk"))
    seen_fr, seen_ar = {}, {}
    result = []
    for index, values in enumerate(rows, start=2):
        row = ImportRow(number=index, values=values)
        data, unknown = _form_data(values, kinds, statuses, domains_by_code)
        form = PartnerForm(data=data)
        if not form.is_valid():
            for name, errors in form.errors.items():
                label = form.fields[name].label if name in form.fields else ""
                for error in errors:
                    row.errors.append(f"{label}: {error}" if label else str(error))
        for code in unknown:
            row.errors.append(_("Unknown domain code: %(code)s.") % {"code": code})
        for key, seen in (("name_fr", seen_fr), ("name_ar", seen_ar)):
            name = data.get(key, "").strip().lower()
            if name and name in seen:
                row.errors.append(_("Same name as row %(row)s of this file.") % {"row": seen[name]})
            elif name:
                seen[name] = index
        row.form_data = data
        result.append(row)
    return ImportPreview(rows=result)


@transaction.atomic
def import_partners(*, header, rows, by=None) -> int:
    """Create every row's partner, or none of them if any row is wrong."""
    preview = preview_partners(header, rows)
    if not preview.is_valid:
        raise ImportRejected(preview)
    for row in preview.rows:
        form = PartnerForm(data=row.form_data)
        form.is_valid()  # shapes the row; the preview already found it valid
        partner_create(by=by, **cleaned(form))
    return len(preview.rows)

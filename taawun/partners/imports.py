"""Importing partners from a spreadsheet: preview every row, then commit all or nothing."""

from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from taawun.core.forms import cleaned
from taawun.core.tabular import ImportPreview, ImportRejected, ImportRow
from taawun.territory.models import CommuneProfile, Domain

from .choices import PartnerKind, PartnerStatus
from .columns import IMPORT_COLUMNS
from .forms import PartnerForm
from .services import partner_create

COLUMNS = IMPORT_COLUMNS
REQUIRED_COLUMNS = {"kind", "name_ar", "name_fr"}


LANGUAGES = ("ar", "fr", "en")


def _key(text):
    """How codes and labels are compared: letter case and repeated spaces do not matter."""
    return " ".join(str(text).split()).casefold()


def _in_each_language(label):
    labels = []
    for code in LANGUAGES:
        with translation.override(code):
            labels.append(str(label))
    return labels


def _choice_lookup(choices):
    """Accept a choice's code or its label in any of the three languages."""
    lookup = {}
    for value, label in choices:
        lookup[_key(value)] = value
        for text in _in_each_language(label):
            lookup[_key(text)] = value
    return lookup


def _domain_lookup():
    """A domain by its code or its name in any language."""
    lookup = {}
    for pk, code, *names in Domain.objects.values_list(
        "pk", "code", "name_ar", "name_fr", "name_en"
    ):
        for name in names:
            if name.strip():
                lookup.setdefault(_key(name), pk)
        lookup[_key(code)] = pk
    return lookup


def allowed_values():
    """What the choice columns accept, for the import page and the template's second sheet:
    [(column, [(code, label in ar, fr, en), …]), …]; a label is accepted as well as its code."""
    return [
        ("kind", [(value, *_in_each_language(label)) for value, label in PartnerKind.choices]),
        ("status", [(value, *_in_each_language(label)) for value, label in PartnerStatus.choices]),
        (
            "domains",
            list(
                Domain.objects.order_by("code").values_list("code", "name_ar", "name_fr", "name_en")
            ),
        ),
    ]


def template_example():
    """One row that imports as it is, built from this commune's registers: a valid kind and
    status, the commune's own name as the city, and a domain code that exists here."""
    profile = CommuneProfile.objects.first()
    domain = Domain.objects.order_by("code").values_list("code", flat=True).first()
    values = {
        "kind": PartnerKind.ASSOCIATION,
        "name_ar": "جمعية المثال للتنمية",
        "name_fr": "Association exemple pour le développement",
        "name_en": "Example development association",
        "status": PartnerStatus.ACTIVE,
        "country": "MA",
        "city": profile.name_fr if profile else "",
        "website": "https://example.org",
        "domains": domain or "",
    }
    return [values.get(column, "") for column in COLUMNS]


def _form_data(values, kinds, statuses, domains):
    data = {key: values.get(key, "") for key in COLUMNS if key != "domains"}
    data["kind"] = kinds.get(_key(data["kind"]), data["kind"])
    data["status"] = statuses.get(_key(data["status"]), data["status"]) or PartnerStatus.ACTIVE
    data["country"] = (data["country"] or "MA").upper()
    codes = [c.strip() for c in values.get("domains", "").replace(",", ";").split(";") if c.strip()]
    unknown = [c for c in codes if _key(c) not in domains]
    data["domains"] = [domains[_key(c)] for c in codes if _key(c) in domains]
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
    domains = _domain_lookup()
    seen_fr, seen_ar = {}, {}
    result = []
    for index, values in enumerate(rows, start=2):
        row = ImportRow(number=index, values=values)
        data, unknown = _form_data(values, kinds, statuses, domains)
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
def commit_partners(*, header, rows, by=None) -> list:
    """Create every row's partner, or none of them if any row is wrong; the new partners."""
    preview = preview_partners(header, rows)
    if not preview.is_valid:
        raise ImportRejected(preview)
    created = []
    for row in preview.rows:
        form = PartnerForm(data=row.form_data)
        form.is_valid()  # shapes the row; the preview already found it valid
        created.append(partner_create(by=by, **cleaned(form)))
    return created


def import_partners(*, header, rows, by=None) -> int:
    """commit_partners, counted."""
    return len(commit_partners(header=header, rows=rows, by=by))

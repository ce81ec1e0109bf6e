"""Form pieces shared by every app: the upload form of an import, the widgets' attributes, and
the shaping of a valid form or formset into a service's keyword data, what a form page's error
summary lists, and the uploads kept across a validation error."""

import mimetypes
import re
import secrets
import shutil
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils.text import get_valid_filename
from django.utils.translation import gettext_lazy as _

# A date picker that round-trips ISO dates whatever the language's date format.
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
# The direction and language of the inputs of a translated field (title_ar, title_fr, title_en).
RTL = {"dir": "rtl", "lang": "ar"}
LTR_FR = {"dir": "ltr", "lang": "fr"}
LTR_EN = {"dir": "ltr", "lang": "en"}


class ImportForm(forms.Form):
    """Step 1 of every import: one CSV or XLSX file (core.views.ImportPreviewView reads it)."""

    file = forms.FileField(
        label=_("File (CSV or XLSX)"),
        help_text=_("First row: column names. Download the template to see them."),
    )


def cleaned(form):
    """A valid model form's fields, as the keyword data of a service (forms shape input, the
    service checks and writes it)."""
    return {
        name: form.cleaned_data[name] for name in form._meta.fields if name in form.cleaned_data
    }


def formset_rows(formset):
    """A valid inline formset as rows for a service: changed and new records with their fields
    ({"id": None, …} for a new one), removed ones as {"id": …, "delete": True}; untouched rows
    are left out, and so is the link to the parent (the service sets it)."""
    fk = getattr(formset, "fk", None)
    parent = fk.name if fk is not None else None
    rows = []
    for form in formset.forms:
        pk = form.instance.pk
        if formset.can_delete and formset._should_delete_form(form):
            if pk is not None:
                rows.append({"id": pk, "delete": True})
        elif form.has_changed():
            names = [name for name in form._meta.fields if name in form.fields and name != parent]
            rows.append({"id": pk, **{name: form.cleaned_data[name] for name in names}})
    return rows


def error_summary(form, *formsets):
    """What a form page's error summary (core/includes/_error_summary.html) and its title read:
    the formsets shown beside the form, and whether the form or any of them failed (a formset's
    own errors, or a field of one of its rows), so the summary lists them and the title starts
    with "Error:" even when the form alone is fine."""
    formsets = [formset for formset in formsets if formset is not None]
    failed = bool(form.errors) or any(formset.total_error_count() for formset in formsets)
    return {"formsets": formsets, "has_errors": failed}


# Uploads kept across a validation error ------------------------------------------------------
# A form whose file is fine but another field is not keeps the file: it waits in the private
# storage under a random token the page carries in a hidden field ("kept-<field>"), in a folder
# of the user who sent it (another user's token finds nothing), and comes back as the upload of
# the next POST unless the user picks another file. Kept files older than a day are swept.

KEPT_PREFIX = "kept-"
KEPT_FOLDER = "kept"
KEPT_TOKEN = re.compile(r"^[A-Za-z0-9_-]{32}$")
KEPT_MAX_AGE = 24 * 3600


def _kept_root(user):
    return Path(settings.PRIVATE_MEDIA_ROOT) / KEPT_FOLDER / str(user.pk)


def _kept_file(user, token):
    """The kept file of this user under this token, or None."""
    if not token or not KEPT_TOKEN.match(token):
        return None
    folder = _kept_root(user) / token
    files = sorted(folder.iterdir()) if folder.is_dir() else []
    return files[0] if files else None


def restore_kept_uploads(data, files, user):
    """The request's files with the kept ones put back where no new file was chosen."""
    files = files.copy()
    for key, token in data.items():
        name = key.removeprefix(KEPT_PREFIX)
        if key == name or files.get(name):
            continue
        path = _kept_file(user, token)
        if path is not None:
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            upload = SimpleUploadedFile(path.name, path.read_bytes(), content_type)
            upload.kept_token = token
            files[name] = upload
    return files


def keep_uploads(form, user):
    """After a failed validation: keep every file of the form that has no error of its own, and
    note on the form what was kept (`form.kept_uploads`: field name -> token, name, size)."""
    form.kept_uploads = {}
    _sweep(user)
    for bound in form:
        upload = form.files.get(bound.html_name) if form.files else None
        if not isinstance(bound.field, forms.FileField) or not upload or bound.errors:
            continue
        token = getattr(upload, "kept_token", None)
        if _kept_file(user, token) is None:
            token = secrets.token_urlsafe(24)
            folder = _kept_root(user) / token
            folder.mkdir(parents=True)
            upload.seek(0)
            with open(folder / get_valid_filename(Path(upload.name).name), "wb") as out:
                for chunk in upload.chunks():
                    out.write(chunk)
        # The file input names the note that says which file is kept, beside its help.
        described = [f"{bound.auto_id}_helptext"] if bound.help_text else []
        bound.field.widget.attrs["aria-describedby"] = " ".join(
            [*described, f"{bound.auto_id}_kept"]
        )
        form.kept_uploads[bound.name] = {
            "field": bound.name,
            "input": KEPT_PREFIX + bound.html_name,
            "token": token,
            "name": Path(upload.name).name,
            "size": upload.size,
        }
    return form.kept_uploads


def discard_kept_uploads(data, user):
    """After a successful save: the kept files the request carried are no longer needed."""
    for key, token in data.items():
        if key.startswith(KEPT_PREFIX) and _kept_file(user, token) is not None:
            shutil.rmtree(_kept_root(user) / token, ignore_errors=True)


def _sweep(user):
    root = _kept_root(user)
    if not root.is_dir():
        return
    limit = time.time() - KEPT_MAX_AGE
    for folder in root.iterdir():
        if folder.stat().st_mtime < limit:
            shutil.rmtree(folder, ignore_errors=True)

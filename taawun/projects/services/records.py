"""Writes on a project itself and on its progress: places, participants, milestones, updates,
indicators and their periods.

Every service takes plain keyword data (model field names; a related record as an instance or
as `<name>_id`), checks it with `full_clean()` and writes all or nothing: a ValidationError
names the fields at fault and leaves the database as it was. Rows of a project's places,
participants or a period's disaggregated values are dictionaries: without "id" a new row, with
"id" a change to that row, with "id" and "delete": True its removal.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction as db_transaction
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from taawun.core.concurrency import advance
from taawun.core.history import assign, stamp

from ..choices import Disaggregation
from ..models import (
    Indicator,
    IndicatorPeriod,
    IndicatorValue,
    Milestone,
    Participant,
    Project,
    ProjectLocation,
    Update,
)

PROJECT_FIELDS = [
    "code",
    "title_ar",
    "title_fr",
    "title_en",
    "description_ar",
    "description_fr",
    "description_en",
    "status",
    "owner",
    "pac_axis",
    "budget",
    "beneficiaries",
    "planned_start",
    "planned_end",
    "actual_start",
    "actual_end",
    "progress",
    "social_weight",
    "economic_weight",
    "environmental_weight",
    "expertise_exchange",
    "integration",
    "innovation",
    "is_public",
]
PROJECT_RELATIONS = ["agreements", "domains"]  # many-to-many: lists of records or ids
LOCATION_FIELDS = ["locality", "latitude", "longitude", "description_ar", "description_fr"]
PARTICIPANT_FIELDS = ["partner", "role"]
MILESTONE_FIELDS = [
    "title_ar",
    "title_fr",
    "title_en",
    "planned_date",
    "actual_date",
    "progress",
    "status",
]
UPDATE_FIELDS = [
    "date",
    "title_ar",
    "title_fr",
    "title_en",
    "body_ar",
    "body_fr",
    "body_en",
    "photo",
    "photo_caption",
    "is_public",
]
INDICATOR_FIELDS = [
    "name_ar",
    "name_fr",
    "name_en",
    "result_type",
    "measure",
    "unit_ar",
    "unit_fr",
    "unit_en",
    "baseline",
    "baseline_year",
    "disaggregation",
]
PERIOD_FIELDS = ["period_start", "period_end", "target", "actual", "comment"]
VALUE_FIELDS = ["sex", "age_group", "target", "actual"]


def _saved(instance, by=None):
    instance.full_clean()
    if by is not None:
        stamp(instance, by)
    instance.save()
    return instance


def _sync_rows(rows, *, existing, build, allowed, prepare=None):
    """Apply rows (see the module's docstring) to the records of `existing` (a queryset).

    A row's error is raised with the model's name and the row's number, so the reader knows
    which one.
    """
    label = capfirst(existing.model._meta.verbose_name)
    for number, row in enumerate(rows, start=1):
        row = dict(row)
        pk = row.pop("id", None)
        delete = row.pop("delete", False)
        record = build() if pk is None else existing.get(pk=pk)
        if delete:
            if pk is not None:
                record.delete()
            continue
        assign(record, row, allowed)
        try:
            if prepare is not None:
                prepare(record)
            record.full_clean()
        except ValidationError as error:
            raise ValidationError(
                [
                    _("%(what)s, row %(row)s: %(reason)s")
                    % {"what": label, "row": number, "reason": message}
                    for message in error.messages
                ]
            ) from None
        record.save()


def _locality_point(location):
    """Left empty, a place takes its locality's own point."""
    if location.locality_id is not None:
        if location.latitude is None:
            location.latitude = location.locality.latitude
        if location.longitude is None:
            location.longitude = location.locality.longitude


def _write_project(project, fields, locations, participants, by):
    relations = {name: fields.pop(name) for name in PROJECT_RELATIONS if name in fields}
    assign(project, fields, PROJECT_FIELDS)
    _saved(project, by)
    for name, value in relations.items():
        getattr(project, name).set(value)
    if locations is not None:
        _sync_rows(
            locations,
            existing=project.locations.all(),
            build=lambda: ProjectLocation(project=project),
            allowed=LOCATION_FIELDS,
            prepare=_locality_point,
        )
    if participants is not None:
        _sync_rows(
            participants,
            existing=project.participants.all(),
            build=lambda: Participant(project=project),
            allowed=PARTICIPANT_FIELDS,
        )
    return project


@db_transaction.atomic
def project_create(*, by=None, locations=(), participants=(), **fields) -> Project:
    """Create a project with its places and participants, all or nothing.

    The social, economic and environmental weights add up to 100 (Project.clean)."""
    return _write_project(Project(), fields, locations, participants, by)


@db_transaction.atomic
def project_update(
    *,
    project: Project,
    by=None,
    locations=None,
    participants=None,
    expected_version=None,
    **fields,
):
    """Change the fields given and apply the rows of places and participants (None: unchanged),
    all or nothing. `expected_version`: the version the editor saw (another one: StaleEdit)."""
    advance(project, expected_version)
    return _write_project(project, fields, locations, participants, by)


# Progress -------------------------------------------------------------------------------------


@db_transaction.atomic
def milestone_save(
    *, project: Project | None = None, milestone=None, by=None, expected_version=None, **fields
):
    """Add a milestone to `project`, or change `milestone` (from `expected_version`)."""
    milestone = advance(milestone or Milestone(project=project), expected_version)
    assign(milestone, fields, MILESTONE_FIELDS)
    return _saved(milestone, by)


def check_photo(photo):
    if photo and getattr(photo, "size", 0) > settings.PHOTO_MAX_BYTES:
        raise ValidationError(
            {
                "photo": _("The photo is too large; the limit is %(limit)s MB.")
                % {"limit": settings.PHOTO_MAX_BYTES // (1024 * 1024)}
            }
        )


@db_transaction.atomic
def update_post(*, project: Project, by=None, **fields) -> Update:
    """Post dated news of `project`, with its photo (at most settings.PHOTO_MAX_BYTES)."""
    check_photo(fields.get("photo"))
    update = Update(project=project)
    assign(update, fields, UPDATE_FIELDS)
    return _saved(update, by)


def _remove_file_after_commit(storage, name):
    """A replaced or removed photo leaves the storage once the change is committed (not
    before: a rolled-back change keeps its file)."""
    if name:
        db_transaction.on_commit(lambda: storage.delete(name))


@db_transaction.atomic
def update_edit(*, update: Update, by=None, **fields) -> Update:
    """Change posted news (its photo as a model form gives it: None keeps it, False removes
    it, a file replaces it)."""
    check_photo(fields.get("photo"))
    storage, before = update.photo.storage, update.photo.name
    assign(update, fields, UPDATE_FIELDS)
    _saved(update, by)
    if before != update.photo.name:
        _remove_file_after_commit(storage, before)
    return update


@db_transaction.atomic
def update_delete(*, update: Update, by=None) -> None:
    """Remove posted news (the history keeps who removed it), and its photo."""
    storage, photo = update.photo.storage, update.photo.name
    stamp(update, by)
    update.delete()
    _remove_file_after_commit(storage, photo)


@db_transaction.atomic
def indicator_save(
    *, project: Project | None = None, indicator=None, by=None, expected_version=None, **fields
):
    """Add an indicator to `project`, or change `indicator` (from `expected_version`)."""
    indicator = advance(indicator or Indicator(project=project), expected_version)
    assign(indicator, fields, INDICATOR_FIELDS)
    return _saved(indicator, by)


def _value_rule(indicator):
    def prepare(value):
        if indicator.disaggregation == Disaggregation.SEX and value.age_group:
            raise ValidationError(
                _("This indicator is disaggregated by sex only: leave the age group empty.")
            )
        if indicator.disaggregation == Disaggregation.SEX_AGE and not value.age_group:
            raise ValidationError(
                _("This indicator is disaggregated by sex and age group: give the age group.")
            )

    return prepare


@db_transaction.atomic
def period_save(
    *,
    indicator: Indicator | None = None,
    period=None,
    by=None,
    values=None,
    expected_version=None,
    **fields,
) -> IndicatorPeriod:
    """Add a period to `indicator`, or change `period`, with the rows of its disaggregated
    values (None: unchanged); one period per start date of an indicator."""
    period = advance(period or IndicatorPeriod(indicator=indicator), expected_version)
    indicator = period.indicator
    assign(period, fields, PERIOD_FIELDS)
    _saved(period, by)
    if values:
        if indicator.disaggregation == Disaggregation.NONE:
            raise ValidationError(_("This indicator is not disaggregated."))
        _sync_rows(
            values,
            existing=period.values.all(),
            build=lambda: IndicatorValue(period=period),
            allowed=VALUE_FIELDS,
            prepare=_value_rule(indicator),
        )
    return period

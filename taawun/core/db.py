"""Rows locked for a check-then-write, the same way on PostgreSQL and SQLite."""

from django.db import router, transaction
from django.db.models import F

__all__ = ["lock", "locked"]


def _connection(model, using=None):
    alias = using or router.db_for_write(model)
    connection = transaction.get_connection(alias)
    if not connection.in_atomic_block:
        raise transaction.TransactionManagementError(
            "core.db.lock()/locked() only make sense inside transaction.atomic()."
        )
    return connection


def _take_sqlite_write_lock(connection, queryset):
    if connection.vendor != "sqlite" or getattr(connection, "transaction_mode", None) in (
        "IMMEDIATE",
        "EXCLUSIVE",
    ):
        return
    pk = queryset.model._meta.pk.attname
    queryset.model._base_manager.using(connection.alias).filter(
        pk__in=queryset.order_by().values(pk)
    ).update(**{pk: F(pk)})


def locked(queryset):
    """`queryset`, its rows locked until the current transaction ends, read afresh.

    A service that checks a rule and then writes (a lifecycle step asking `require()`, a
    delivery against what remains due) must look at the row as it is now, and nobody may change
    it before the transaction ends. Call this inside `transaction.atomic()`, first of all (before
    anything is read), re-check the rule on what it returns, then save only the fields the step
    changes (`save(update_fields=…)`). Lock in one order (the agreement, then its party, then
    the obligation) so two services never wait for each other.

    - PostgreSQL (any backend with SELECT … FOR UPDATE): `select_for_update(of=("self",))`.
      The rows are locked when the queryset is read; a second transaction waits there and then
      reads what the first committed. `of` locks the queryset's own rows only, not those joined
      by `select_related()` (an agreement kind is shared by many agreements).
    - SQLite has no row lock, only one write lock for the whole database, and by default a
      transaction takes it at its first write: two transactions could both read, both pass the
      check, and write one after the other. The settings therefore open every
      `transaction.atomic()` with BEGIN IMMEDIATE (`OPTIONS["transaction_mode"]`), which takes
      the write lock at the start, before anything is read: a second writer waits at its BEGIN
      (up to `OPTIONS["timeout"]` seconds) until the first has committed, so what it reads here
      is the committed state. Nothing more is needed, and nothing is done. On a connection left
      DEFERRED (other settings), the lock is taken here by a no-op UPDATE of the rows (`SET
      id = id`): first thing in the transaction, that also waits for the other writer; after
      reads, SQLite may answer "database is locked" at once (an error, never a lost write).
      Tests run these races on a file database: the in-memory test database uses a shared
      cache, whose table locks fail at once instead of waiting.
    """
    connection = _connection(queryset.model, queryset.db)
    if connection.features.has_select_for_update:
        if connection.features.has_select_for_update_of:
            return queryset.select_for_update(of=("self",))
        return queryset.select_for_update()
    _take_sqlite_write_lock(connection, queryset)
    return queryset


def lock(instance, queryset=None):
    """Re-read `instance` in place from its locked row (see `locked()`) and return it.

    `queryset` (default: the model's base manager) may add `select_related()`. The caller's
    object is the one refreshed, so whoever passed it sees the new values; relations whose key
    changed and prefetched lists are dropped (Django's `refresh_from_db()`), so they are read
    again afresh, but a parent still the same stays the caller's object (lock it first)."""
    model = type(instance)
    if queryset is None:
        queryset = model._base_manager.all()
    related = {
        field: field.get_cached_value(instance)
        for field in model._meta.concrete_fields
        if field.is_relation and field.is_cached(instance)
    }
    instance.refresh_from_db(from_queryset=locked(queryset.using(instance._state.db)))
    for field, value in related.items():  # the same parent object, when it is still the parent
        if value is not None and getattr(instance, field.attname) == value.pk:
            field.set_cached_value(instance, value)
    return instance

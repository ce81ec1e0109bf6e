"""Backup and restore (`manage.py backup`, `manage.py restore`) on SQLite and PostgreSQL.

The demo is loaded, files are put in every storage, a backup is written, then restored by a
separate process into another database (a second SQLite file, or a PostgreSQL database created
and dropped here) and other storage directories: every table's rows and every file's checksum
must come back identical, and a non-empty target is refused."""

import datetime
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import storages
from django.core.management import CommandError, call_command
from django.db import connection

from taawun.core.backup import file_storages, storage_files

ROOT = Path(__file__).resolve().parents[1]
# Transactional: pg_dump and the restore process read what is committed. The rows the
# migrations wrote (agreement kinds...) come back after each test's flush (serialized_rollback).
pytestmark = [
    pytest.mark.slow,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("restores_migration_rows"),
]

SETTINGS = """
from taawun.settings import *  # noqa: F403

STORAGES = {{
    alias: (
        conf
        if alias == "staticfiles"
        else {{**conf, "OPTIONS": {{**conf.get("OPTIONS", {{}}), "location": {roots!r}[alias]}}}}
    )
    for alias, conf in STORAGES.items()  # noqa: F405
}}
MEDIA_ROOT = {roots!r}.get("default", MEDIA_ROOT)  # noqa: F405
"""


@pytest.fixture
def on_sqlite():
    if connection.vendor != "sqlite":
        pytest.skip("the SQLite round trip")


@pytest.fixture
def on_postgres():
    if connection.vendor != "postgresql":
        pytest.skip("the PostgreSQL round trip (DATABASE_URL=postgres://…)")


@pytest.fixture
def files(tmp_path, settings):
    """Files in every storage (the demo itself has none), each storage under tmp_path."""
    originals = {}
    for alias in settings.STORAGES:
        if alias == "staticfiles":
            continue
        location = tmp_path / "source" / alias
        originals[alias] = location
    settings.STORAGES = {
        alias: (
            conf
            if alias not in originals
            else {**conf, "OPTIONS": {**conf.get("OPTIONS", {}), "location": str(originals[alias])}}
        )
        for alias, conf in settings.STORAGES.items()
    }
    if "default" in originals:
        settings.MEDIA_ROOT = originals["default"]
    for alias in originals:
        storage = storages[alias]
        storage.save("agreements/21/contrat-signé.pdf", ContentFile(b"%PDF-1.4\nsecret\n"))
        storage.save("projects/3/updates/photo.png", ContentFile(os.urandom(2048)))
        storage.save("عقد.txt", ContentFile("اتفاقية".encode()))
    return originals


@pytest.fixture
def world(files):
    """The demo and the files."""
    call_command("load_demo", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
    return files


def restore_process(tmp_path, archive, *, env, force=False):
    """Run `manage.py restore` in another process, on storages under tmp_path/target."""
    roots = {alias: str(tmp_path / "target" / alias) for alias in file_storages()}
    (tmp_path / "restore_settings.py").write_text(SETTINGS.format(roots=roots))
    command = [sys.executable, "manage.py", "restore", str(archive)]
    if force:
        command.append("--force")
    result = subprocess.run(
        command,
        cwd=ROOT,
        env={
            **os.environ,
            "PYTHONPATH": f"{tmp_path}{os.pathsep}{ROOT}",
            "DJANGO_SETTINGS_MODULE": "restore_settings",
            "SECRET_KEY": "restore-test-key",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    return result, {alias: Path(path) for alias, path in roots.items()}


def checksums(roots):
    return {
        alias: {
            name: hashlib.sha256((root / name).read_bytes()).hexdigest()
            for name in storage_files(root)
        }
        for alias, root in roots.items()
    }


def same_form(columns, row):
    """A row as comparable text, column by column in name order (a column added by a later
    migration may sit elsewhere in a restored table), a moment as its UTC instant whatever time
    zone object each connection's driver attaches (ZoneInfo('Etc/UTC') or datetime.UTC)."""
    values = {
        column: value.astimezone(datetime.UTC).isoformat()
        if isinstance(value, datetime.datetime) and value.tzinfo
        else value
        for column, value in zip(columns, row, strict=True)
    }
    return repr(sorted(values.items()))


def rows_of(cursor):
    columns = [column[0] for column in cursor.description]
    return sorted(same_form(columns, row) for row in cursor.fetchall())


def table_rows(cursor, tables, quote):
    result = {}
    for name in tables:
        found = cursor.execute(f"SELECT * FROM {quote(name)}")
        result[name] = rows_of(found if found is not None else cursor)
    return result


def source_rows():
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        result = {}
        for name in tables:
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(name)}")
            result[name] = rows_of(cursor)
    return result


def check_archive(archive, world, *, demo):
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
    assert manifest["engine"] == connection.vendor
    assert manifest["created_at"].endswith("+00:00")
    assert manifest["versions"]["django"]
    if demo:
        assert manifest["tables"]["partners_partner"] > 40
    for alias in world:
        assert len(manifest["files"][alias]) == 3
    return manifest


def test_sqlite_backup_restores_the_demo_exactly(on_sqlite, world, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=open(os.devnull, "w"))  # noqa: SIM115
    manifest = check_archive(archive, world, demo=True)

    target = tmp_path / "restored.sqlite3"
    result, roots = restore_process(tmp_path, archive, env={"SQLITE_PATH": str(target)})
    assert result.returncode == 0, result.stderr

    import sqlite3

    # Django's converters (registered globally) read the values as the source cursor does.
    restored = sqlite3.connect(
        target, detect_types=sqlite3.PARSE_DECLTYPES | sqlite3.PARSE_COLNAMES
    )
    expected = source_rows()
    got = table_rows(restored, expected, lambda name: f'"{name}"')
    restored.close()
    assert got == expected
    assert {name: len(rows) for name, rows in got.items()} == manifest["tables"]
    assert checksums(roots) == checksums(world) == manifest["files"]

    # The restored database is not empty any more: a second restore is refused, then forced.
    again, _ = restore_process(tmp_path, archive, env={"SQLITE_PATH": str(target)})
    assert again.returncode != 0
    assert "not empty" in again.stderr
    forced, _ = restore_process(tmp_path, archive, env={"SQLITE_PATH": str(target)}, force=True)
    assert forced.returncode == 0, forced.stderr


def test_postgres_backup_restores_the_demo_exactly(on_postgres, world, tmp_path):
    import psycopg
    from psycopg.types.string import TextLoader

    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=open(os.devnull, "w"))  # noqa: SIM115
    manifest = check_archive(archive, world, demo=True)

    name = f"taawun_restore_{uuid.uuid4().hex[:8]}"
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    admin_params = {**params, "dbname": "postgres"}
    with psycopg.connect(**admin_params, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        db = connection.settings_dict
        url = f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:{db['PORT']}/{name}"
        result, roots = restore_process(tmp_path, archive, env={"DATABASE_URL": url})
        assert result.returncode == 0, result.stderr
        expected = source_rows()
        with psycopg.connect(**{**params, "dbname": name}) as restored:
            # JSON as the server writes it, as Django's own connection reads it (a plain
            # psycopg connection would parse it into dicts, and '{}' != {}).
            restored.adapters.register_loader("jsonb", TextLoader)
            restored.adapters.register_loader("json", TextLoader)
            got = table_rows(restored, expected, connection.ops.quote_name)
        assert got == expected
        assert {table: len(rows) for table, rows in got.items()} == manifest["tables"]
        assert checksums(roots) == checksums(world) == manifest["files"]
        again, _ = restore_process(tmp_path, archive, env={"DATABASE_URL": url})
        assert again.returncode != 0
        assert "not empty" in again.stderr
    finally:
        with psycopg.connect(**admin_params, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_a_damaged_archive_is_refused_before_anything_is_written(files, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", str(archive), stdout=open(os.devnull, "w"))  # noqa: SIM115
    damaged = tmp_path / "damaged.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(damaged, "w:gz") as out:
        for member in source:
            data = source.extractfile(member).read() if member.isfile() else None
            if member.name.endswith("photo.png"):
                data = b"not the photo" + data[13:]
            out.addfile(member, io.BytesIO(data) if data is not None else None)
    target = tmp_path / "never.sqlite3"
    env = {"SQLITE_PATH": str(target)}
    if connection.vendor == "postgresql":
        env = {"DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"}
    result, roots = restore_process(tmp_path, damaged, env=env, force=True)
    assert result.returncode != 0
    assert "Checksum mismatch" in result.stderr or "damaged" in result.stderr
    assert not any(storage_files(root) for root in roots.values())


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="Cannot read the archive"):
        call_command("restore", str(bogus))
    assert settings.DATABASES  # nothing else touched

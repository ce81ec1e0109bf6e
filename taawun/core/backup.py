"""Backup and restore: one archive holding a consistent snapshot of the database, every file
storage and a manifest (`manage.py backup`, `manage.py restore`).

Generic on purpose (core imports no taawun app): the tables come from the database's
introspection, the storages from settings.STORAGES (every one kept on the file system but the
static files, which are built, not data).

The archive (tar.gz):
    manifest.json         created_at (UTC), versions, engine, rows per table, sha256 per file
    database/db.sqlite3   SQLite: a copy made with SQLite's online backup API
    database/db.dump      PostgreSQL: pg_dump in its custom format
    files/<storage>/...   the files of each storage, by their stored names

SQLite's backup API copies a consistent image even while the server writes; on PostgreSQL the
row counts and pg_dump read one exported snapshot of a REPEATABLE READ transaction, so the
manifest describes exactly what the dump holds."""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import django
from django.conf import settings
from django.core.files.storage import storages
from django.db import connections

FORMAT = 1
MANIFEST = "manifest.json"
SKIPPED_STORAGES = {"staticfiles"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


# --- What is backed up ------------------------------------------------------------------------
def file_storages():
    """{alias: root directory} of every storage kept on this machine's file system."""
    roots = {}
    for alias in settings.STORAGES:
        if alias in SKIPPED_STORAGES:
            continue
        location = getattr(storages[alias], "location", None)
        if location and str(Path(location)) not in {str(p) for p in roots.values()}:
            roots[alias] = Path(location)
    return roots


def storage_files(root):
    """The files under a storage root, as sorted POSIX paths relative to it."""
    root = Path(root)
    if not root.is_dir():
        return []
    return sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and not path.is_symlink()
    )


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def app_version():
    try:
        import tomllib

        with open(Path(settings.BASE_DIR) / "pyproject.toml", "rb") as handle:
            return tomllib.load(handle)["project"]["version"]
    except (OSError, KeyError, ValueError):
        return "unknown"


def quoted(connection, name):
    return connection.ops.quote_name(name)


# --- Database snapshots -----------------------------------------------------------------------
def sqlite_snapshot(connection, target):
    """Copy the live SQLite database to `target` with the online backup API; count its rows."""
    connection.ensure_connection()
    destination = sqlite3.connect(target)
    try:
        connection.connection.backup(destination)
    finally:
        destination.close()
    return sqlite_row_counts(target)


def sqlite_row_counts(path):
    database = sqlite3.connect(path)
    try:
        names = [
            row[0]
            for row in database.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "ORDER BY name"
            )
        ]
        counts = {}
        for name in names:
            # The table names come from sqlite_master, quoted: no input reaches this SQL.
            query = f'SELECT COUNT(*) FROM "{name}"'
            counts[name] = database.execute(query).fetchone()[0]
        return counts
    finally:
        database.close()


def postgres_environment(connection):
    """Connection settings for the PostgreSQL client programs, as PG* variables."""
    params = connection.settings_dict
    env = {**os.environ}
    for key, variable in [
        ("HOST", "PGHOST"),
        ("PORT", "PGPORT"),
        ("USER", "PGUSER"),
        ("PASSWORD", "PGPASSWORD"),
    ]:
        if params.get(key):
            env[variable] = str(params[key])
    return env


def postgres_snapshot(connection, target):
    """pg_dump (custom format) of one exported snapshot, and the row counts of that snapshot."""
    import psycopg

    program = shutil.which("pg_dump")
    if not program:
        raise BackupError("pg_dump is not installed (Debian: apt-get install postgresql-client).")
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params, autocommit=True) as reader:
        reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = reader.execute("SELECT pg_export_snapshot()").fetchone()[0]
        names = [
            row[0]
            for row in reader.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "ORDER BY tablename"
            )
        ]
        counts = {
            name: reader.execute(
                # The table names come from pg_tables, quoted: no input reaches this SQL.
                f"SELECT COUNT(*) FROM {quoted(connection, name)}"  # nosec B608
            ).fetchone()[0]
            for name in names
        }
        result = subprocess.run(
            [
                program,
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target}",
                connection.settings_dict["NAME"],
            ],
            env=postgres_environment(connection),
            capture_output=True,
            text=True,
        )
        reader.execute("COMMIT")
    if result.returncode:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return counts


# --- Backup -----------------------------------------------------------------------------------
def backup(archive, *, using="default"):
    """Write the archive; return its manifest."""
    connection = connections[using]
    archive = Path(archive)
    with tempfile.TemporaryDirectory(prefix="taawun-backup-") as work:
        work = Path(work)
        if connection.vendor == "sqlite":
            dump_name = "database/db.sqlite3"
            counts = sqlite_snapshot(connection, work / "db")
        elif connection.vendor == "postgresql":
            dump_name = "database/db.dump"
            counts = postgres_snapshot(connection, work / "db")
        else:
            raise BackupError(f"No backup for the {connection.vendor} engine.")
        storages_found = file_storages()
        files = {
            alias: {name: sha256_of(root / name) for name in storage_files(root)}
            for alias, root in storages_found.items()
        }
        manifest = {
            "format": FORMAT,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "versions": {"django": django.get_version(), "taawun": app_version()},
            "engine": connection.vendor,
            "database": {"file": dump_name, "sha256": sha256_of(work / "db")},
            "tables": counts,
            "files": files,
        }
        archive.parent.mkdir(parents=True, exist_ok=True)
        partial = archive.with_name(archive.name + ".partial")
        with tarfile.open(partial, "w:gz") as tar:
            add_bytes(tar, MANIFEST, json.dumps(manifest, indent=2, sort_keys=True).encode())
            tar.add(work / "db", arcname=dump_name)
            for alias, root in storages_found.items():
                for name in files[alias]:
                    tar.add(root / name, arcname=f"files/{alias}/{name}")
        os.replace(partial, archive)
    return manifest


def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(datetime.now(UTC).timestamp())
    tar.addfile(info, io.BytesIO(data))


# --- Restore ----------------------------------------------------------------------------------
def read_manifest(tar):
    try:
        return json.load(tar.extractfile(MANIFEST))
    except (KeyError, AttributeError, ValueError) as error:
        raise BackupError("This archive has no readable manifest: not a Taawun backup.") from error


def database_tables(connection):
    with connection.cursor() as cursor:
        return connection.introspection.table_names(cursor)


def non_empty_storages(roots):
    return sorted(alias for alias, root in roots.items() if storage_files(root))


def restore(archive, *, using="default", force=False):
    """Restore the archive into the database `using` and the storages; return the manifest.

    Refuses a database that has tables or a storage that has files unless `force`; checks
    every checksum before anything is written."""
    connection = connections[using]
    try:
        tar = tarfile.open(archive, "r:gz")  # noqa: SIM115 - closed by the with below
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"Cannot read the archive {archive}: {error}") from error
    with tar, tempfile.TemporaryDirectory(prefix="taawun-restore-") as work:
        work = Path(work)
        manifest = read_manifest(tar)
        if manifest.get("engine") != connection.vendor:
            raise BackupError(
                f"This archive holds a {manifest.get('engine')} database; "
                f"the target database is {connection.vendor}."
            )
        roots = file_storages()
        missing = sorted(set(manifest["files"]) - set(roots))
        if missing:
            raise BackupError(f"No storage named {', '.join(missing)} in these settings.")
        if not force:
            tables = database_tables(connection)
            if tables:
                raise BackupError(
                    f"The database {connection.settings_dict['NAME']} is not empty "
                    f"({len(tables)} tables): restore into an empty database, or pass --force "
                    "to replace its content."
                )
            full = non_empty_storages({alias: roots[alias] for alias in manifest["files"]})
            if full:
                raise BackupError(
                    f"The storage {', '.join(full)} already holds files: restore into empty "
                    "storage, or pass --force to replace them."
                )
        extract_verified(tar, manifest, work)
        if connection.vendor == "sqlite":
            restore_sqlite(connection, work / "db")
        else:
            restore_postgres(connection, work / "db", force=force)
        for alias, names in manifest["files"].items():
            root = roots[alias]
            if force and root.is_dir():
                for name in storage_files(root):
                    (root / name).unlink()
            for name in names:
                target = root / name
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(work / "files" / alias / name, target)
    counts = row_counts(connection)
    differ = sorted(name for name, rows in manifest["tables"].items() if counts.get(name) != rows)
    if differ:
        raise BackupError(f"Restored, but the row counts differ from the manifest: {differ}")
    return manifest


def row_counts(connection):
    """{table: rows} of the database as it now is."""
    with connection.cursor() as cursor:
        names = connection.introspection.table_names(cursor)
        counts = {}
        for name in names:
            # The table names come from the database's introspection, quoted: no input here.
            cursor.execute(f"SELECT COUNT(*) FROM {quoted(connection, name)}")  # nosec B608
            counts[name] = cursor.fetchone()[0]
    return counts


def safe_member(name):
    path = Path(name)
    if path.is_absolute() or ".." in path.parts:
        raise BackupError(f"Unsafe path in the archive: {name}")
    return path


def extract_verified(tar, manifest, work):
    """Extract the dump and the files into `work`, each checked against the manifest."""
    expected = {manifest["database"]["file"]: (work / "db", manifest["database"]["sha256"])}
    for alias, names in manifest["files"].items():
        for name, digest in names.items():
            safe_member(name)
            expected[f"files/{alias}/{name}"] = (work / "files" / alias / name, digest)
    seen = set()
    for member in tar:
        if member.name == MANIFEST or member.name not in expected:
            continue
        if not member.isfile():
            raise BackupError(f"Unexpected entry in the archive: {member.name}")
        target, digest = expected[member.name]
        target.parent.mkdir(parents=True, exist_ok=True)
        with tar.extractfile(member) as source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)
        if sha256_of(target) != digest:
            raise BackupError(f"Checksum mismatch for {member.name}: the archive is damaged.")
        seen.add(member.name)
    lost = sorted(set(expected) - seen)
    if lost:
        raise BackupError(f"The archive lacks {len(lost)} entries, e.g. {lost[0]}.")


def restore_sqlite(connection, snapshot):
    """Replace the target database's content with the snapshot (SQLite's backup API)."""
    connection.close()
    connection.ensure_connection()
    source = sqlite3.connect(snapshot)
    try:
        source.backup(connection.connection)
    finally:
        source.close()
    connection.close()


def restore_postgres(connection, dump, *, force):
    program = shutil.which("pg_restore")
    if not program:
        raise BackupError(
            "pg_restore is not installed (Debian: apt-get install postgresql-client)."
        )
    connection.close()
    arguments = [program, "--no-owner", "--no-privileges", "--exit-on-error"]
    if force:
        arguments += ["--clean", "--if-exists"]
    arguments += ["--dbname", connection.settings_dict["NAME"], str(dump)]
    result = subprocess.run(
        arguments, env=postgres_environment(connection), capture_output=True, text=True
    )
    if result.returncode:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")

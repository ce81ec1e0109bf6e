"""Heavy public files built by the worker, never by a request.

The national IATI activity file takes minutes to write, a whole dataset as XLSX tens of
seconds, the annual report's PDF seconds: a request that built them would hold a server process
that long, once per reader. Instead an app registers each kind of file (`register()`): how to
build one from its key, and which keys to keep built ahead. The worker (`build_file`,
`rebuild_files`: django.tasks, the database queue of `manage.py db_worker`) writes a file to the
built files' storage (`storages["built"]`, through the storage API) and records it as a
`BuiltFile` row: its size, SHA-256, the data version it was built from. A view answers with
`serve()`:

- the file as it was built, with its size, date and ETag (304 when the reader has it);
- when the data changed since, the same file (stale by one build) while the worker builds the
  new one — queued once per change by `after_change`, and once per asked-for file here;
- when it was never built, 503 with Retry-After, the build queued.

After a change of the public data (core.caching.after_change), one task per burst rebuilds the
files kept ahead and every file a reader has asked for since (it has a row).
"""

import hashlib
import logging
import tempfile
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import storages
from django.db import transaction
from django.http import FileResponse, HttpResponse
from django.tasks import task
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response
from django.utils.http import http_date
from django.utils.translation import gettext as _

from .caching import data_version

log = logging.getLogger(__name__)

# How long after the first change of a burst the rebuild runs: an import saves hundreds of rows.
DELAY_SECONDS = 30
# A build queued but never run (no worker) stops blocking the next one after this long.
QUEUED_SECONDS = 3600
# What a reader of a file never built yet is told to wait.
RETRY_AFTER_SECONDS = 30
CHUNK = 1 << 16


@dataclass(frozen=True)
class Kind:
    build: object  # build(key) -> an HttpResponse (streamed or not) or bytes (a PDF)
    ahead: object  # ahead() -> the keys kept built after every change
    content_type: str = "application/octet-stream"  # when build() returns bytes
    disposition: object = None  # disposition(key) -> Content-Disposition, when bytes


KINDS = {}
QUEUED = "published:rebuild:queued"


def register(name, *, build, ahead, content_type="application/octet-stream", disposition=None):
    """A kind of built file: `build(key)` makes one (outside a request: links from SITE_URL),
    `ahead()` lists the keys to rebuild after every change."""
    KINDS[name] = Kind(build, ahead, content_type, disposition)


def storage():
    return storages["built"]


def current(kind, key):
    """The file's row as last built, or None."""
    from .models import BuiltFile

    return BuiltFile.objects.filter(kind=kind, key=key).first()


def built(kind):
    """{key: row} of every file of `kind` built so far: one query."""
    from .models import BuiltFile

    return {row.key: row for row in BuiltFile.objects.filter(kind=kind)}


def _chunks(made):
    if isinstance(made, HttpResponse):
        yield made.content
    elif hasattr(made, "streaming_content"):
        for chunk in made.streaming_content:
            yield chunk.encode() if isinstance(chunk, str) else chunk
    else:
        yield bytes(made)


def _headers(kind, key, made):
    if hasattr(made, "headers"):
        return made.headers.get("Content-Type", kind.content_type), made.headers.get(
            "Content-Disposition", ""
        )
    return kind.content_type, kind.disposition(key) if kind.disposition else ""


def build(kind_name, key):
    """Build one file now (in the worker), store it and record it; the previous file is
    deleted once the new row is committed. A build slower than a newer one keeps the newer."""
    from .models import BuiltFile

    kind = KINDS[kind_name]
    version = data_version()
    # The worker has no reader: files are made in the portal's first language, as a request
    # without a language prefix or Accept-Language is answered (a builder may pick its own).
    with translation.override(settings.LANGUAGE_CODE):
        made = kind.build(key)
    content_type, disposition = _headers(kind, key, made)
    digest, size = hashlib.sha256(), 0
    with tempfile.TemporaryFile() as handle, translation.override(settings.LANGUAGE_CODE):
        for chunk in _chunks(made):
            handle.write(chunk)
            digest.update(chunk)
            size += len(chunk)
        # Not made.close(): a response's close() says "request finished", which closes the
        # database connection of the worker (or of the test) around it. The XLSX's temporary
        # file closes with the response when it is collected.
        handle.seek(0)
        path = storage().save(f"{kind_name}/{key}.v{version}", File(handle))
    with transaction.atomic():
        row = BuiltFile.objects.select_for_update().filter(kind=kind_name, key=key).first()
        if row is not None and row.version > version:
            transaction.on_commit(lambda: storage().delete(path))
            return row
        old = row.path if row is not None else None
        row, _created = BuiltFile.objects.update_or_create(
            kind=kind_name,
            key=key,
            defaults={
                "path": path,
                "size": size,
                "sha256": digest.hexdigest(),
                "version": version,
                "built_at": timezone.now(),
                "content_type": content_type,
                "disposition": disposition,
                "pages": getattr(made, "pages", None),
            },
        )
        if old and old != path:
            transaction.on_commit(lambda: storage().delete(old))
    return row


@task
def build_file(kind_name, key):
    """The worker's build of one file a reader asked for."""
    cache.delete(_queued_key(kind_name, key))
    if kind_name not in KINDS:
        return None
    row = current(kind_name, key)
    if row is not None and row.version >= data_version() and storage().exists(row.path):
        return row.path  # built meanwhile
    return build(kind_name, key).path


@task
def rebuild_files():
    """After a change: every file kept ahead and every file asked for, for the data of now.
    One file that fails is logged and does not stop the others."""
    from .models import BuiltFile

    cache.delete(QUEUED)  # a change from now on queues the next rebuild
    version = data_version()
    built = []
    for kind_name, kind in KINDS.items():
        asked = BuiltFile.objects.filter(kind=kind_name).values_list("key", "version")
        keys = dict.fromkeys(kind.ahead(), 0) | dict(asked)
        for key, built_version in keys.items():
            if built_version >= version:
                continue
            try:
                built.append(build(kind_name, key).path)
            except Exception:
                log.exception("Building %s %s failed", kind_name, key)
    return built


def _queued_key(kind_name, key):
    return f"published:build:{kind_name}:{key}"


def queue_build(kind_name, key):
    """Queue the build of one file, once until the worker takes it."""
    if cache.add(_queued_key(kind_name, key), True, QUEUED_SECONDS):
        build_file.enqueue(kind_name, key)


def queue_rebuild():
    """After a committed change of the public data: one rebuild for a burst of changes."""
    if not KINDS or not cache.add(QUEUED, True, QUEUED_SECONDS):
        return
    job = rebuild_files
    if job.get_backend().supports_defer:
        job = job.using(run_after=timezone.now() + timedelta(seconds=DELAY_SECONDS))
    job.enqueue()


def _available(row):
    return row is not None and storage().exists(row.path)


def serve(request, kind_name, key):
    """The response for a built file (see the module's docstring); the request builds nothing."""
    row = current(kind_name, key)
    if not _available(row) or row.version < data_version():
        queue_build(kind_name, key)
        row = current(kind_name, key)  # built at once by a backend that runs tasks immediately
    if not _available(row):
        response = HttpResponse(
            _("This file is being prepared. Please try again in a minute."),
            status=503,
            content_type="text/plain; charset=utf-8",
        )
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    etag = f'"{row.sha256}"'
    modified = int(row.built_at.timestamp())
    conditional = get_conditional_response(request, etag=etag, last_modified=modified)
    if conditional is not None:
        return conditional
    response = FileResponse(storage().open(row.path, "rb"), content_type=row.content_type)
    response["Content-Length"] = str(row.size)
    if row.disposition:
        response["Content-Disposition"] = row.disposition
    response["ETag"] = etag
    response["Last-Modified"] = http_date(modified)
    response["Cache-Control"] = "no-cache"  # revalidate: a 304 costs nothing
    return response

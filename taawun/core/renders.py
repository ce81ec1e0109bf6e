"""Expensive public documents (the annual report's PDF: WeasyPrint takes seconds) made once per
data version, whoever asks and however many ask at once.

The document is kept in the shared cache under its name and the data version it was made from,
so every process serves the same file until the data changes. When it is missing, the first
request takes a lock in the shared cache (`cache.add`, atomic on every backend, with a timeout so
a render that died never blocks the next one) and renders; the requests that come meanwhile do
not render too:

- they get the file of the previous data version at once if one is kept (the change is at most
  one render old: seconds), marked `stale` so the view can say so;
- otherwise they wait for the render, polling the cache, for at most `wait` seconds, and then
  get None (the view answers 503 with Retry-After instead of starting another render).

A render that fails releases the lock: the next request tries again.

Beside each file, what a link to it may say without reading it (`described()`): its size and,
for a PDF of core.pdf, its number of pages.
"""

import time
import uuid
from dataclasses import dataclass

from django.core.cache import cache

from .caching import data_version

# A render of the annual report takes up to ~25 s on a loaded machine: the lock outlives it
# (else a second render would start), but not by much (a crashed worker blocks for that long).
LOCK_SECONDS = 120
# How long a reader with no previous file waits for the render before getting a 503.
WAIT_SECONDS = 25
POLL_SECONDS = 0.25
# A document stays in the cache this long after its last render (a week of quiet data).
KEEP_SECONDS = 7 * 24 * 3600


@dataclass(frozen=True)
class Rendered:
    content: bytes
    version: int
    stale: bool  # the previous data version's file, served while the current one renders


@dataclass(frozen=True)
class Described:
    size: int  # bytes
    pages: int | None  # None when the document does not say (not a PDF of core.pdf)


def _keys(name, version):
    return f"render:{name}:v{version}", f"render:{name}:v{version}:lock", f"render:{name}:latest"


def _about_key(name, version):
    return f"render:{name}:v{version}:about"


def rendered(name, build, *, version=None, wait=None, lock_seconds=None):
    """`build()`'s bytes for `name` at `version` (the current data version by default), built
    by one caller at a time across every process; None when another caller is still building
    after `wait` seconds and no previous file is kept."""
    version = data_version() if version is None else version
    key, lock, latest = _keys(name, version)
    deadline = time.monotonic() + (WAIT_SECONDS if wait is None else wait)
    lock_seconds = LOCK_SECONDS if lock_seconds is None else lock_seconds
    while True:
        content = cache.get(key)
        if content is not None:
            return Rendered(content, version, stale=False)
        token = uuid.uuid4().hex
        if cache.add(lock, token, lock_seconds):
            try:
                content = build()
                about = {"size": len(content), "pages": getattr(content, "pages", None)}
                content = bytes(content)  # what is kept is the bytes only
                cache.set(key, content, KEEP_SECONDS)
                cache.set(_about_key(name, version), about, KEEP_SECONDS)
                if (cache.get(latest) or 0) < version:
                    cache.set(latest, version, KEEP_SECONDS)
                return Rendered(content, version, stale=False)
            finally:
                if cache.get(lock) == token:
                    cache.delete(lock)
        previous = _previous(name, version)
        if previous is not None:
            return previous
        if time.monotonic() >= deadline:
            return None
        time.sleep(POLL_SECONDS)


def described(name, *, version=None):
    """Size and pages of `name`'s file at `version` (the current data version by default) if
    it is rendered already, else None: read without rendering nor fetching the file."""
    version = data_version() if version is None else version
    about = cache.get(_about_key(name, version))
    return None if about is None else Described(**about)


def _previous(name, version):
    """The newest file kept from an older data version, if any."""
    older = cache.get(_keys(name, version)[2])
    if older is None or older >= version:
        return None
    content = cache.get(_keys(name, older)[0])
    return None if content is None else Rendered(content, older, stale=True)

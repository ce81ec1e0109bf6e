"""HTTP validators and whole-page caching for the public portal.

One "data version" (a timestamp kept in the shared cache, moved forward whenever a public record
is saved or deleted) is the Last-Modified date of every portal page. An anonymous reader who
already has the page gets 304 Not Modified without the view running at all; one who does not
gets the page from the shared cache, kept per address, language and data version (no page has
an inline script, so the policy carries no per-response nonce and a page's body is the same for
every anonymous reader: `PublicPageCacheMiddleware` below says when it is not).

The version moves only when the data does: a save that changes no stored value (a form sent
back unchanged) leaves it, and so does a many-to-many "change" that adds or removes nothing; the
changes of a rehearsal (an import's preview, rolled back by design) move it only if they commit,
which they never do.
"""

import hashlib
import threading
from contextlib import contextmanager

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.http import HttpResponse, HttpResponseNotModified
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date, parse_http_date_safe

KEY = "taawun:data-version"
# Labels of the records the portal shows ("partners.Partner"): any change to them makes every
# public page newer. Each app names its own in its AppConfig.ready() with watch().
WATCHED = set()
PUBLIC_NAMESPACES = {"portal"}
# Outside the portal, what anonymous readers get from public records only: the name search of
# the portal's filters (core.choices).
PUBLIC_URL_NAMES = {"core:choices"}
# Bookkeeping columns that change on every save without the record saying anything new (the
# optimistic-concurrency counter; timestamps with auto_now are skipped as well).
UNTRACKED = {"version", "updated_at", "modified_at", "modified"}
_local = threading.local()
# Called once a transaction that changed the public data commits (once per save: each debounces
# itself), for work that follows the data outside the request: reports queues the render of the
# annual report's PDFs ahead. Apps above core add theirs in AppConfig.ready() with after_change().
AFTER_CHANGE = []


def data_version():
    """Whole seconds (HTTP dates have no finer grain)."""
    version = cache.get(KEY)
    if version is None:
        version = int(timezone.now().timestamp())
        cache.add(KEY, version, None)
        version = cache.get(KEY, version)
    return version


def versioned(key, compute, timeout=24 * 3600):
    """`compute()`'s value, kept in the shared cache until the data changes: figures over the
    whole portfolio (hundreds of thousands of rows at national scale) are computed once per
    change instead of once per request."""
    if _rehearsing():
        return compute()  # rows that will be rolled back: never under a shared version
    key = f"v{data_version()}:{key}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value


def _move_forward():
    """Past now, and past the previous version even within a second."""
    previous = cache.get(KEY) or 0
    cache.set(KEY, max(int(timezone.now().timestamp()) + 1, previous + 1), None)


def bump(using=None, **kwargs):
    """Move the version forward: a page computed before this change must never be served as
    current after it. Again once the transaction commits: a reader between the save and the
    commit sees the old rows, and what it caches under the new version must not outlive them.

    Why at once and not only at the commit: the writer's own connection sees its change before
    the commit (a service that saves, then reads a figure; a test's transaction that never
    commits), and must not read the figures cached for the rows before it. The price is that a
    transaction rolled back after all has moved the version for nothing (every figure is
    computed again once): acceptable for a refused write, not for work that is rolled back by
    design — an import's preview runs in `rehearsal()`, where the version moves only at the
    commit (so never), and the figures read meanwhile are not cached under a shared version.
    The one thing a rolled-back write could leave behind is a figure it cached itself after its
    change and before the rollback: no service reads versioned() figures inside its transaction
    (requests are not atomic as a whole); code that must, runs in `rehearsal()` as well.
    """
    if not _rehearsing():
        _move_forward()
    transaction.on_commit(_move_forward, using=using)
    for callback in AFTER_CHANGE:
        # What follows the data must never fail the write that committed: logged, not raised.
        transaction.on_commit(callback, using=using, robust=True)


def after_change(callback):
    """Call `callback()` after each committed change of the public data (see AFTER_CHANGE)."""
    if callback not in AFTER_CHANGE:
        AFTER_CHANGE.append(callback)


@contextmanager
def rehearsal():
    """Writes meant to be rolled back (an import's preview, inside its atomic block): they
    never move the data version unless they commit, and nothing read meanwhile is cached."""
    _local.rehearsals = getattr(_local, "rehearsals", 0) + 1
    try:
        yield
    finally:
        _local.rehearsals -= 1


def _rehearsing():
    return getattr(_local, "rehearsals", 0) > 0


def _tracked(model):
    return [
        field
        for field in model._meta.concrete_fields
        if not field.primary_key
        and field.name not in UNTRACKED
        and not getattr(field, "auto_now", False)
    ]


def _comparable(field, value):
    if isinstance(value, FieldFile):
        return value.name or ""
    try:
        return field.to_python(value)
    except Exception:  # noqa: BLE001 - an unparsable value is a change, the save will say why
        return value


def _remember_change(sender, instance, raw=False, using=None, update_fields=None, **kwargs):
    """Before a watched record is saved: does the save change any stored value? Read once from
    the database (one query per save of a watched record); the answer waits on the instance
    for `_saved`."""
    instance._data_changed = True
    if raw or instance._state.adding or instance.pk is None:
        return
    fields = _tracked(sender)
    if update_fields is not None:
        fields = [field for field in fields if field.name in update_fields]
    stored = (
        sender._base_manager.using(using)
        .filter(pk=instance.pk)
        .values(*(field.attname for field in fields))
        .first()
    )
    if stored is None:
        return
    instance._data_changed = any(
        _comparable(field, getattr(instance, field.attname))
        != _comparable(field, stored[field.attname])
        for field in fields
    )


def _saved(sender, instance, created=False, using=None, **kwargs):
    changed = created or instance.__dict__.pop("_data_changed", True)
    if changed:
        bump(using=using)


def _linked(sender, action, pk_set=None, using=None, **kwargs):
    """Only what links or unlinks something: not the pre_ signals, not an add of what is
    there already (Django sends it with an empty pk_set)."""
    if action == "post_clear" or (action in {"post_add", "post_remove"} and pk_set):
        bump(using=using)


def watch(*models_):
    """The portal shows these records: saving one in a way that changes it, deleting one, or
    changing one of its many-to-many links, moves the data version forward."""
    for model in models_:
        label = model._meta.label
        WATCHED.add(label)
        pre_save.connect(_remember_change, sender=model, dispatch_uid=f"bump-{label}-pre-save")
        post_save.connect(_saved, sender=model, dispatch_uid=f"bump-{label}-save")
        post_delete.connect(bump, sender=model, dispatch_uid=f"bump-{label}-delete")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _linked, sender=through, dispatch_uid=f"bump-{through._meta.label}-m2m"
            )


def _applies(request):
    match = getattr(request, "resolver_match", None)
    return (
        request.method in {"GET", "HEAD"}
        and not request.user.is_authenticated
        and match is not None
        and (match.namespace in PUBLIC_NAMESPACES or match.view_name in PUBLIC_URL_NAMES)
    )


def _stamp(response):
    response["Last-Modified"] = http_date(data_version())
    response["Cache-Control"] = "no-cache"  # always revalidate: cheap, thanks to 304
    patch_vary_headers(response, ["Cookie"])


class PublicValidatorsMiddleware:
    """Last-Modified on anonymous portal pages, and 304 when the reader's copy is current."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 200 and not response.streaming and _applies(request):
            _stamp(response)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not _applies(request):
            return None
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        if since is not None and since >= data_version():
            response = HttpResponseNotModified()
            _stamp(response)
            return response
        return None


# A cached page lives until the data version moves or the day changes in Morocco (pages say
# "closes in 3 days"); this bounds what a quiet week keeps.
PAGE_SECONDS = 24 * 3600
# Headers an htmx request sends that change what the view returns (a fragment, not the page).
HTMX_HEADERS = ("HX-Request", "HX-Target", "HX-Trigger", "HX-Boosted", "HX-History-Restore-Request")
# Response headers the middleware outside this one sets again on every response.
NOT_KEPT = {"set-cookie", "last-modified", "cache-control", "vary"}


def _page_key(request, version):
    parts = [
        str(version),
        timezone.localdate().isoformat(),
        request.scheme,
        request.get_host(),
        request.get_full_path(),
        *(request.headers.get(name, "") for name in HTMX_HEADERS),
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"page:v{version}:{digest}"


def _personal(request):
    """A request whose page may hold something of its own: a session (flash messages, a form
    sent back with its errors) or messages in a cookie."""
    cookies = request.COOKIES
    return settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies


def _keepable(request, response):
    """A page the same for every anonymous reader: complete, no cookie set, no form whose CSRF
    token belongs to this reader's cookie, nothing the view itself marked private."""
    control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in control
        and "no-store" not in control
    )


class PublicPageCacheMiddleware:
    """Anonymous portal pages served whole from the shared cache.

    A page is looked up after the URL is resolved (only the portal's namespaces qualify, as for
    the validators) and before the view runs; a miss runs the view and keeps what it returned
    when `_keepable()`. The key holds the data version read before the view ran, so a page is
    never kept under a version older than the rows it shows. Placed just inside
    `PublicValidatorsMiddleware`: a 304 costs less still and is answered first, and a page from
    the cache gets from it the same Last-Modified, Cache-Control and Vary as one just rendered.
    `PUBLIC_PAGE_CACHE = False` switches it off.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        key = getattr(request, "_public_page_key", None)
        fresh = key is not None and not getattr(response, "_from_page_cache", False)
        if fresh and _keepable(request, response):
            headers = [
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in NOT_KEPT
            ]
            cache.set(key, (response.content, headers), PAGE_SECONDS)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if (
            not getattr(settings, "PUBLIC_PAGE_CACHE", True)
            or not _applies(request)
            or _personal(request)
            or _rehearsing()
        ):
            return None
        key = _page_key(request, data_version())
        kept = cache.get(key)
        if kept is None:
            request._public_page_key = key
            return None
        content, headers = kept
        response = HttpResponse(content)
        for name, value in headers:
            response[name] = value
        response._from_page_cache = True
        return response

"""HTTP validators for the public portal.

Public pages carry a per-response CSP nonce, so their bodies differ on every request and can
neither be cached whole nor get a stable ETag. What does not change is the data: one "data
version" (a timestamp kept in the shared cache, moved forward whenever a public record is saved
or deleted) is the Last-Modified date of every portal page. An anonymous reader who already has
the page gets 304 Not Modified without the view running at all.
"""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponseNotModified
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
    commit sees the old rows, and what it caches under the new version must not outlive them."""
    _move_forward()
    transaction.on_commit(_move_forward, using=using)


def watch(*models):
    """The portal shows these records: saving or deleting one, or changing one of its
    many-to-many links, moves the data version forward."""
    for model in models:
        label = model._meta.label
        WATCHED.add(label)
        post_save.connect(bump, sender=model, dispatch_uid=f"bump-{label}-save")
        post_delete.connect(bump, sender=model, dispatch_uid=f"bump-{label}-delete")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                bump, sender=through, dispatch_uid=f"bump-{through._meta.label}-m2m"
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

"""Abuse limits for the public forms (sign-up, proposing, supporting): at most N attempts of one
kind by one key (an address, an account) in a window, counted in the shared cache, with no
third-party service. A refused attempt says when to come back and writes nothing."""

import hashlib
import math
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext


def client_address(request):
    """The address a request comes from, as the web server in front of us saw it (REMOTE_ADDR:
    the proxy sets it, a client cannot)."""
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def _key(kind, key):
    digest = hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()[:32]
    return f"ratelimit:{kind}:{digest}"


def hit(kind, key, *, now=None):
    """Count one attempt of `kind` by `key`; raise ValidationError once the setting's limit
    (settings.PARTICIPATION_RATES[kind] = (attempts, seconds)) is passed in this window."""
    limit, seconds = settings.PARTICIPATION_RATES[kind]
    now = time.time() if now is None else now
    window = int(now // seconds)
    name = f"{_key(kind, key)}:{window}"
    cache.add(name, 0, timeout=seconds + 60)
    try:
        count = cache.incr(name)
    except ValueError:  # expired between add and incr
        cache.add(name, 1, timeout=seconds + 60)
        count = 1
    if count > limit:
        wait = max(1, math.ceil(((window + 1) * seconds - now) / 60))
        raise ValidationError(
            ngettext(
                "Too many attempts: please try again in %(minutes)d minute.",
                "Too many attempts: please try again in %(minutes)d minutes.",
                wait,
            )
            % {"minutes": wait},
            code="rate",
        )
    return count


HONEYPOT = "website"  # a field people do not see and robots fill in (participation.forms)

"""A person's own settings: their language, their calendar address, the e-mails they receive."""

import secrets

from django.db import transaction
from django.utils import timezone

from taawun.core.db import locked
from taawun.core.history import stamp

from .models import CalendarFeed, NotificationPreference, User
from .notifications import get_kind


@transaction.atomic
def profile_update(*, user: User, language: str, by=None) -> User:
    """Change the language a person receives their e-mails and calendar entries in."""
    user.language = language
    user.full_clean(validate_unique=False, validate_constraints=False)
    stamp(user, by)
    user.save(update_fields=["language"])
    return user


def live_feed(user):
    """The person's calendar address in use, or None."""
    return CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).first()


@transaction.atomic
def feed_create(*, user: User, by=None) -> CalendarFeed:
    """Give a person a secret calendar address (the one they have, when they have one)."""
    list(locked(User.objects.filter(pk=user.pk)))  # two clicks at once make one address
    feed = live_feed(user)
    if feed is not None:
        return feed
    feed = CalendarFeed(
        user=user, selector=secrets.token_urlsafe(12), verifier=secrets.token_urlsafe(32)
    )
    feed.full_clean()
    stamp(feed, by)
    feed.save()
    return feed


@transaction.atomic
def feed_revoke(*, user: User, by=None, renew: bool = True) -> CalendarFeed | None:
    """Stop the person's calendar address (it answers 404 from now on) and, unless `renew` is
    False, give them a new one, which is returned."""
    list(locked(User.objects.filter(pk=user.pk)))
    CalendarFeed.objects.filter(user=user, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    return feed_create(user=user, by=by) if renew else None


def feed_for_token(token):
    """The live feed a calendar address names, or None (unknown, malformed or revoked)."""
    selector, _dot, verifier = (token or "").partition(".")
    if not selector or not verifier:
        return None
    feed = (
        CalendarFeed.objects.select_related("user", "user__partner")
        .filter(selector=selector, revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if feed is None or not secrets.compare_digest(feed.verifier, verifier):
        return None
    return feed


@transaction.atomic
def preferences_save(*, user: User, enabled: dict, by=None) -> None:
    """Record which kinds of e-mail a person receives: `enabled` is {kind code: bool}."""
    for code, value in enabled.items():
        get_kind(code)
        preference, _created = NotificationPreference.objects.get_or_create(
            user=user, kind=code, defaults={"enabled": bool(value)}
        )
        if preference.enabled != bool(value):
            preference.enabled = bool(value)
            preference.full_clean()
            stamp(preference, by)
            preference.save(update_fields=["enabled"])

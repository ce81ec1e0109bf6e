"""The e-mails the platform sends a person, by kind, each of which the person can switch off.

Apps declare their kinds in their AppConfig.ready() with `register_kind(code, label)` and send
with `notify(user, kind, subject_template, body_template, context)`: the message is rendered and
sent by a background task (accounts.tasks), in the recipient's language, never in the request.

`context` travels through the task queue, so it holds plain JSON values (ids, ISO dates,
strings). A kind that needs records in its templates names a `context` function at
registration: the task calls `context(user, data)` with the recipient and that JSON, and
renders with what it returns (None: nothing to tell this person, no e-mail).

Reminders of one run go to a person together: `notify_digest(user, items)` queues one task that
renders each item as `notify` would (its kind switched off, or its `context` None: left out)
and sends one e-mail — the item's own when one remains, a digest of them all when several do.
"""

import base64
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

# The content type of a calendar invitation attached to an e-mail (RFC 6047).
INVITATION = "text/calendar; method=REQUEST; charset=utf-8"
CANCELLATION = "text/calendar; method=CANCEL; charset=utf-8"


@dataclass(frozen=True)
class Kind:
    code: str
    label: object  # a lazy translation
    context: Callable | None = None


KINDS = {}


def register_kind(code, label, *, context=None):
    """Declare a kind of e-mail (once, in an AppConfig.ready()); the same code twice with a
    different declaration is a mistake, said at start-up."""
    kind = Kind(code, label, context)
    if KINDS.get(code, kind) != kind:
        raise ImproperlyConfigured(f"The notification kind {code} is declared twice.")
    KINDS[code] = kind
    return kind


def kinds():
    """Every declared kind, in the order of declaration."""
    return list(KINDS.values())


def get_kind(code):
    try:
        return KINDS[code]
    except KeyError:
        raise ImproperlyConfigured(f"No app declares the notification kind {code}.") from None


def is_enabled(user, code):
    """Whether `user` receives `code` e-mails: yes unless they switched it off."""
    from .models import NotificationPreference

    switched_off = NotificationPreference.objects.filter(user=user, kind=code, enabled=False)
    return not switched_off.exists()


def preferences_of(user):
    """{kind code: enabled} for every declared kind (one query)."""
    from .models import NotificationPreference

    stored = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "enabled"))
    return {kind.code: stored.get(kind.code, True) for kind in kinds()}


def notify(user, kind, subject_template, body_template, context=None, attachments=()):
    """Queue one e-mail of `kind` to `user`, rendered and sent by the worker.

    `attachments`: (filename, content bytes or str, content type) — an .ics invitation is
    `("meeting.ics", calendar_bytes(..., method="REQUEST"), INVITATION)`."""
    from .tasks import send_notification

    get_kind(kind)  # a kind nobody declared fails here, in the caller, not in the worker
    files = [
        (name, base64.b64encode(_bytes(content)).decode("ascii"), mimetype)
        for name, content, mimetype in attachments
    ]
    return send_notification.enqueue(
        user_id=user.pk,
        kind=kind,
        subject_template=subject_template,
        body_template=body_template,
        context=dict(context or {}),
        attachments=files,
    )


def notify_digest(user, items):
    """Queue one e-mail to `user` gathering `items`, each a dict of `kind`, `subject_template`,
    `body_template` and `context` (JSON values), rendered and filtered by the worker."""
    from .tasks import send_digest

    for item in items:
        get_kind(item["kind"])
    return send_digest.enqueue(
        user_id=user.pk,
        items=[
            {
                "kind": item["kind"],
                "subject_template": item["subject_template"],
                "body_template": item["body_template"],
                "context": dict(item.get("context") or {}),
            }
            for item in items
        ],
    )


def _bytes(content):
    return content.encode("utf-8") if isinstance(content, str) else bytes(content)

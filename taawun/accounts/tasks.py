"""The e-mails of accounts.notifications, sent by the background worker (django.tasks; in
production the database queue of django-tasks-db, run by `manage.py db_worker`)."""

import base64

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation

from .notifications import get_kind, is_enabled

DIGEST_SUBJECT = "accounts/email/digest_subject.txt"
DIGEST_BODY = "accounts/email/digest.txt"


def _recipient(user_id):
    from .models import User

    return User.objects.filter(pk=user_id, is_active=True).exclude(email="").first()


def _render(user, kind, subject_template, body_template, context):
    """(subject, body) of one message to `user`, in the active language; None when its kind is
    switched off or its context function finds nothing to tell."""
    if not is_enabled(user, kind):
        return None
    declared = get_kind(kind)
    data = dict(context)
    if declared.context is not None:
        extra = declared.context(user, data)
        if extra is None:
            return None  # nothing to tell this person today
        data.update(extra)
    data["recipient"] = user
    subject = " ".join(render_to_string(subject_template, data).split())
    return subject, render_to_string(body_template, data)


def _send(user, subject, body, attachments=()):
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    for name, content, mimetype in attachments:
        message.attach(name, base64.b64decode(content), mimetype)
    message.send()


@task
def send_notification(*, user_id, kind, subject_template, body_template, context, attachments=()):
    """Render one e-mail in the recipient's language and send it, unless they switched its
    kind off, have no address or are no longer active. Returns whether it was sent."""
    user = _recipient(user_id)
    if user is None:
        return False
    with translation.override(user.language or settings.LANGUAGE_CODE):
        message = _render(user, kind, subject_template, body_template, context)
    if message is None:
        return False
    _send(user, *message, attachments)
    return True


@task
def send_digest(*, user_id, items):
    """One e-mail gathering the items still worth telling (see notifications.notify_digest), in
    the recipient's language. Returns how many items it carried (0: no e-mail)."""
    user = _recipient(user_id)
    if user is None:
        return 0
    with translation.override(user.language or settings.LANGUAGE_CODE):
        messages = [
            message
            for item in items
            if (
                message := _render(
                    user,
                    item["kind"],
                    item["subject_template"],
                    item["body_template"],
                    item["context"],
                )
            )
            is not None
        ]
        count = len(messages)
        if count > 1:
            data = {"recipient": user, "messages": messages, "count": count}
            subject = " ".join(render_to_string(DIGEST_SUBJECT, data).split())
            messages = [(subject, render_to_string(DIGEST_BODY, data))]
    if not count:
        return 0
    _send(user, *messages[0])
    return count

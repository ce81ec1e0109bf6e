"""The e-mails of accounts.notifications, sent by the background worker (django.tasks; in
production the database queue of django-tasks-db, run by `manage.py db_worker`)."""

import base64

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation

from .notifications import get_kind, is_enabled


@task
def send_notification(*, user_id, kind, subject_template, body_template, context, attachments=()):
    """Render one e-mail in the recipient's language and send it, unless they switched its
    kind off, have no address or are no longer active. Returns whether it was sent."""
    from .models import User

    user = User.objects.filter(pk=user_id, is_active=True).exclude(email="").first()
    if user is None or not is_enabled(user, kind):
        return False
    declared = get_kind(kind)
    with translation.override(user.language or settings.LANGUAGE_CODE):
        data = dict(context)
        if declared.context is not None:
            extra = declared.context(user, data)
            if extra is None:
                return False  # nothing to tell this person today
            data.update(extra)
        data["recipient"] = user
        subject = " ".join(render_to_string(subject_template, data).split())
        body = render_to_string(body_template, data)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    for name, content, mimetype in attachments:
        message.attach(name, base64.b64decode(content), mimetype)
    message.send()
    return True

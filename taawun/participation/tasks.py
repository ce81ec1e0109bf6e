"""The confirmation e-mail of a resident's sign-up, sent by the background worker in the language
the resident chose. It is not a notification one can switch off: without it there is no
account (accounts.notifications sends only to active accounts)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from taawun.core.calendars import absolute_url


@task
def send_confirmation(*, user_id, token):
    """Send the link that confirms the address; False when the account is gone or confirmed."""
    from taawun.accounts.models import User

    user = User.objects.filter(pk=user_id, is_active=False).select_related("resident").first()
    if user is None or not user.email:
        return False
    with translation.override(user.language or settings.LANGUAGE_CODE):
        context = {
            "resident": user.resident,
            "url": absolute_url(reverse("residents:confirm", kwargs={"token": token})),
            "days": settings.RESIDENT_CONFIRMATION_DAYS,
        }
        subject = " ".join(
            render_to_string("participation/email/confirm_subject.txt", context).split()
        )
        body = render_to_string("participation/email/confirm.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email]).send()
    return True

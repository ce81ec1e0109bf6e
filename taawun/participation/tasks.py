"""E-mails of participation sent by the background worker: the confirmation of a resident's
sign-up, in the language the resident chose — not a notification one can switch off: without it
there is no account (accounts.notifications sends only to active accounts); and the news of a
request for information to its requester, who may have no account at all."""

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


@task
def send_request_news(*, request_id, event):
    """Tell the requester that their request is answered (with the answer, the ground of what
    is withheld and the link to the document given) or that its delay is extended (why, and
    the new date), in the language they wrote in. False when there is no address to write to."""
    from .models import InformationRequest
    from .services.requests import document_token, writes_to

    request = InformationRequest.objects.filter(pk=request_id).first()
    address = writes_to(request) if request is not None else ""
    if not address:
        return False
    with translation.override(request.language or settings.LANGUAGE_CODE):
        document_url = ""
        if request.answer_document:
            token = document_token(request)
            document_url = absolute_url(reverse("information:document", kwargs={"token": token}))
        context = {"request": request, "event": event, "document_url": document_url}
        subject = " ".join(
            render_to_string("participation/email/request_subject.txt", context).split()
        )
        body = render_to_string("participation/email/request.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address]).send()
    return True

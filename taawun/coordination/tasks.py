"""Coordination's own background tasks (django.tasks, run by `manage.py db_worker`): the
invitation of a member known only by an e-mail address, with no user account — so no
language and no preferences recorded. It is written in Arabic, the commune's first language
(a member's language is not recorded; when it is, this is where it will be read)."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from taawun.accounts.notifications import CANCELLATION, INVITATION
from taawun.core.calendars import absolute_url, calendar_bytes

MEMBER_LANGUAGE = "ar"


@task
def send_member_invitation(*, meeting_id, membership_id, method="REQUEST", update=False):
    """Render and send one invitation (or cancellation) to a member's own address, with the
    .ics. Returns whether it was sent (not when the meeting, the member or its address went)."""
    from .calendars import meeting_entry, meeting_filename
    from .choices import Visibility
    from .models import Meeting, Membership
    from .notifications import INVITATION as KIND
    from .notifications import TEMPLATES

    meeting = (
        Meeting.objects.select_related("committee")
        .prefetch_related("agenda_items")
        .filter(pk=meeting_id)
        .first()
    )
    if meeting is None:
        return False
    member = (
        Membership.objects.filter(pk=membership_id, committee_id=meeting.committee_id)
        .exclude(email="")
        .first()
    )
    if member is None:
        return False
    subject_template, body_template = TEMPLATES[KIND]
    with translation.override(MEMBER_LANGUAGE):
        content = calendar_bytes(
            [meeting_entry(meeting, attendees=(member.email,))],
            method=method,
            name=str(meeting.committee.name),
            language=MEMBER_LANGUAGE,
        )
        # No account: the workspace's page would ask to sign in; the portal's, when public.
        url = ""
        if meeting.visibility == Visibility.PUBLIC and meeting.committee.is_public:
            url = absolute_url(
                reverse("coordination-public:meeting-detail", kwargs={"pk": meeting.pk})
            )
        data = {
            "meeting": meeting,
            "cancelled": method == "CANCEL",
            "update": update,
            "url": url,
            "recipient_name": member.person_name,
        }
        subject = " ".join(render_to_string(subject_template, data).split())
        body = render_to_string(body_template, data)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [member.email])
    mimetype = CANCELLATION if method == "CANCEL" else INVITATION
    message.attach(meeting_filename(meeting), content, mimetype)
    message.send()
    return True

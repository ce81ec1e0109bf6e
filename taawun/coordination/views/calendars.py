"""A meeting's .ics: the workspace's download (whoever may see the meeting) and the public one
(public meetings of public committees), and the public feed of every public meeting. METHOD
PUBLISH, the meeting's stable UID and SEQUENCE, times in UTC, written in the page's language."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from taawun.core import calendars as core_calendars

from ..calendars import meeting_entry, meeting_filename
from ..models import Meeting


def _download(meeting, *, public):
    return core_calendars.calendar_response(
        [meeting_entry(meeting, public=public)],
        filename=meeting_filename(meeting),
        name=str(meeting.committee.name),
        language=get_language(),
    )


@require_safe
@login_required
def meeting_calendar(request, pk):
    """The workspace's download: the same rows as the meeting's page (404 outside them)."""
    meetings = Meeting.objects.visible_to(request.user).select_related("committee")
    return _download(get_object_or_404(meetings, pk=pk), public=False)


@require_safe
def public_meeting_calendar(request, pk):
    """The portal's download: a public meeting of a public committee, or 404."""
    meetings = Meeting.objects.public().select_related("committee")
    return _download(get_object_or_404(meetings, pk=pk), public=True)


@never_cache
@require_safe
def public_calendar(request):
    """The public feed: every registered public source (coordination's meetings first)."""
    return core_calendars.calendar_response(
        list(core_calendars.public_entries()),
        filename="taawun-public.ics",
        name=str(_("Taawun — public meetings")),
        language=get_language(),
    )

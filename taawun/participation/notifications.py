"""The e-mails of participation (accounts.notifications), each of which a person can switch off:
a priority awaiting moderation (to the commune's editors), and the commune's published answer
(to the priority's author and its supporters). The task reads the priority again when it runs:
an e-mail says what is true then, and nothing when the priority is gone or hidden."""

from django.utils.translation import gettext_lazy as _

from taawun.core.calendars import absolute_url

from .choices import Moderation

PROPOSED = "participation.proposed"
ANSWERED = "participation.answered"
FLAGGED = "participation.flagged"

EMAIL = "participation/email/"
TEMPLATES = {
    PROPOSED: (EMAIL + "proposed_subject.txt", EMAIL + "proposed.txt"),
    ANSWERED: (EMAIL + "answered_subject.txt", EMAIL + "answered.txt"),
    FLAGGED: (EMAIL + "flagged_subject.txt", EMAIL + "flagged.txt"),
}


def _priority(data):
    from .models import Priority

    return Priority.objects.select_related("locality").filter(pk=data.get("priority_id")).first()


def proposed_context(user, data):
    priority = _priority(data)
    if priority is None or priority.moderation != Moderation.PENDING:
        return None  # moderated already: nothing left to do
    return {"priority": priority, "url": absolute_url(priority.get_manage_url())}


def flagged_context(user, data):
    priority = _priority(data)
    if priority is None or not priority.is_published:
        return None  # hidden meanwhile: nothing left to do
    return {"priority": priority, "url": absolute_url(priority.get_manage_url())}


def answered_context(user, data):
    priority = _priority(data)
    if priority is None or not priority.is_published or not priority.answer_is_public:
        return None
    return {"priority": priority, "url": absolute_url(priority.get_absolute_url())}


def register_kinds():
    """Called by ParticipationConfig.ready()."""
    from taawun.accounts.notifications import register_kind

    register_kind(PROPOSED, _("A residents' priority awaits moderation"), context=proposed_context)
    register_kind(ANSWERED, _("The commune answered a priority I follow"), context=answered_context)
    register_kind(FLAGGED, _("A reader reported a published priority"), context=flagged_context)


def tell(users, kind, priority):
    """Queue the e-mail of `kind` about `priority` to each of `users` (in their language)."""
    from taawun.accounts.notifications import notify

    subject, body = TEMPLATES[kind]
    for user in users:
        notify(user, kind, subject, body, {"priority_id": priority.pk})

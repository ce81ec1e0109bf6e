"""Requests for information (Law 31-13): filed by anyone (a name and a contact, as the law asks),
numbered per year, due 20 working days after receipt (3 when urgent) — weekends and Morocco's
public holidays (territory.PublicHoliday) not counted — extendable once by as many, then
answered, partly answered or refused on a legal ground."""

from datetime import timedelta

from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.core.concurrency import advance
from taawun.core.db import lock
from taawun.core.files import validate_document
from taawun.core.history import assign, stamp
from taawun.core.numbering import save_numbered
from taawun.core.workdays import add_working_days
from taawun.territory.models import PublicHoliday

from ..choices import RequestState
from ..models import InformationRequest

DELAY_DAYS = 20
URGENT_DAYS = 3
ANSWER_FIELDS = ["state", "answer", "refusal_ground", "public_summary_ar", "public_summary_fr"]


def _holidays(start):
    # Enough calendar for 40 working days (a delay and its extension) and then some.
    return PublicHoliday.objects.days(start, start + timedelta(days=120))


def due_date(received_on, *, urgent=False, extended=False):
    """The last day of the delay: 20 working days after receipt (3 when urgent), twice that
    once extended."""
    days = URGENT_DAYS if urgent else DELAY_DAYS
    return add_working_days(received_on, days * (2 if extended else 1), _holidays(received_on))


def request_file(
    *,
    requester_name,
    requester_contact,
    subject,
    urgent=False,
    received_on=None,
    requester=None,
    language="ar",
) -> InformationRequest:
    """Record a request and give it its reference (DI-<year>-<number>); the numbers of a year
    follow one another even when two requests arrive at once."""
    received_on = received_on or timezone.localdate()
    year = received_on.year

    def make(number):
        return InformationRequest(
            reference=f"DI-{year}-{number:04}",
            year=year,
            number=number,
            requester_name=requester_name,
            requester_contact=requester_contact,
            requester=requester,
            subject=subject,
            urgent=urgent,
            received_on=received_on,
            due_on=due_date(received_on, urgent=urgent),
            language=language,
        )

    return save_numbered(
        InformationRequest,
        year,
        make,
        refused=_("The request could not be numbered; please send it again."),
    )


@transaction.atomic
def request_extend(*, request: InformationRequest, reason, by) -> InformationRequest:
    """Extend the delay once, by as many working days again, with the reason the requester is
    told."""
    if not by.has_perm("participation.answer_request", request):
        raise PermissionDenied
    request = lock(request)
    reason = (reason or "").strip()
    if request.is_closed:
        raise ValidationError(_("This request is closed: its delay cannot be extended."))
    if request.extended:
        raise ValidationError(_("The delay was already extended once: the law allows no more."))
    if not reason:
        raise ValidationError({"extension_reason": _("Say why the delay is extended.")})
    advance(request)
    request.extended = True
    request.extension_reason = reason
    request.due_on = due_date(request.received_on, urgent=request.urgent, extended=True)
    request.full_clean()
    stamp(request, by)
    request.save()
    tell_requester(request, EXTENDED)
    return request


@transaction.atomic
def request_answer(
    *,
    request: InformationRequest,
    by,
    expected_version=None,
    answered_on=None,
    document=None,
    **fields,
) -> InformationRequest:
    """Answer, partly answer (with the ground of what is withheld), refuse (with its ground),
    or record the withdrawal; the public summary can be written at any time. What is given may
    be a document (checked for what it really is, kept private). The requester is written to
    when the request is first closed (answered, partly, refused), not at each correction."""
    if not by.has_perm("participation.answer_request", request):
        raise PermissionDenied
    was_open = request.state == RequestState.RECEIVED
    advance(request, expected_version)
    assign(request, fields, ANSWER_FIELDS)
    if document is not None:
        content_type, extension = validate_document(document)
        request.answer_document.save(f"answer.{extension}", document, save=False)
        request.answer_document_type = content_type
    if request.state == RequestState.RECEIVED:
        request.answered_on = None
    else:
        request.answered_on = answered_on or request.answered_on or timezone.localdate()
        if request.answered_on < request.received_on:
            raise ValidationError({"answered_on": _("A request is answered after its receipt.")})
    if request.state not in {RequestState.REFUSED, RequestState.PARTLY}:
        request.refusal_ground = ""
    request.full_clean()
    stamp(request, by)
    request.save()
    if was_open and request.state in TOLD_STATES:
        tell_requester(request, ANSWERED)
    return request


ANSWERED, EXTENDED = "answered", "extended"
TOLD_STATES = {RequestState.ANSWERED, RequestState.PARTLY, RequestState.REFUSED}
DOCUMENT_SALT = "participation.request-document"


def writes_to(request) -> str:
    """The requester's e-mail address, or "" when the contact is a postal address."""
    contact = request.requester_contact.strip()
    try:
        validate_email(contact)
    except ValidationError:
        return ""
    return contact


def tell_requester(request, event):
    """Queue the e-mail that tells the requester (in the same transaction: the queue is in the
    database). A postal contact gets the letter the commune sends; nothing is queued."""
    if not writes_to(request):
        return False
    from ..tasks import send_request_news

    send_request_news.enqueue(request_id=request.pk, event=event)
    return True


def document_token(request) -> str:
    """The signed part of the address where the requester downloads the document given: it
    names the request, so it cannot be guessed from a reference."""
    return signing.dumps(request.pk, salt=DOCUMENT_SALT)


def request_from_token(token):
    """The request a document token names, or None for a token not signed by us."""
    try:
        pk = signing.loads(token, salt=DOCUMENT_SALT)
    except signing.BadSignature:
        return None
    return InformationRequest.objects.filter(pk=pk).exclude(answer_document="").first()

"""How long participation keeps personal data (Law 09-08: no longer than its purpose needs),
each period a setting: a sign-up never confirmed (RESIDENT_CONFIRMATION_DAYS, the account
deleted); a request for information's requester, once the request is closed
(INFORMATION_REQUEST_RETENTION_DAYS); a petition's proxy and signatories' names, once the
petition is decided, withdrawn or deliberated (PETITION_RETENTION_DAYS). What the public sees
and the figures stay: the register, the counts of valid signatures (the hashes stay, nameless).
The histories are cleared of the same data, so an old version does not keep what the record
lost."""

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..choices import CLOSED_REQUESTS, PetitionState
from ..models import InformationRequest, Petition, PetitionSignature
from .residents import residents_purge_unconfirmed

ERASED = "—"  # what an erased name or contact reads (the fields are required)


def anonymise_requests(pks) -> int:
    """Erase the requester of these requests, in their history too."""
    pks = list(pks)
    erased = {"requester_name": ERASED, "requester_contact": ERASED}
    InformationRequest.objects.filter(pk__in=pks).update(requester=None, **erased)
    InformationRequest.history.filter(id__in=pks).update(requester_id=None, **erased)
    return len(pks)


def anonymise_petitions(pks) -> int:
    """Erase the proxy and the signatories' names of these petitions (their history too)."""
    pks = list(pks)
    erased = {"proxy_name": ERASED, "proxy_contact": ERASED}
    Petition.objects.filter(pk__in=pks).update(**erased)
    Petition.history.filter(id__in=pks).update(**erased)
    PetitionSignature.objects.filter(petition_id__in=pks).update(full_name=ERASED)
    return len(pks)


@transaction.atomic
def retention_purge(*, today=None) -> dict:
    """Apply every retention period; how many accounts, requests and petitions were purged."""
    today = today or timezone.localdate()
    requests_limit = today - timedelta(days=settings.INFORMATION_REQUEST_RETENTION_DAYS)
    stale_requests = (
        InformationRequest.objects.filter(state__in=CLOSED_REQUESTS, answered_on__lt=requests_limit)
        .exclude(requester_name=ERASED)
        .values_list("pk", flat=True)
    )
    petitions_limit = today - timedelta(days=settings.PETITION_RETENTION_DAYS)
    closed = (
        Q(state=PetitionState.INADMISSIBLE, decided_on__lt=petitions_limit)
        | Q(state=PetitionState.WITHDRAWN, updated_at__date__lt=petitions_limit)
        | Q(state=PetitionState.PLACED, session_point__recorded_at__date__lt=petitions_limit)
    )
    stale_petitions = (
        Petition.objects.filter(closed).exclude(proxy_name=ERASED).values_list("pk", flat=True)
    )
    return {
        "accounts": residents_purge_unconfirmed(),
        "requests": anonymise_requests(stale_requests),
        "petitions": anonymise_petitions(stale_petitions),
    }

"""Residents' accounts (Law 09-08): sign-up with the information notice, confirmation of the
e-mail address, verification in person (a keyed hash of the national ID number, never the
number), and the resident's rights — their data, downloaded, and their account, deleted."""

import hashlib
import hmac
import re
from datetime import timedelta

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.core import signing
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.core.db import lock

from ..models import InformationRequest, Priority, Resident, Support

CONFIRMATION_SALT = "taawun.participation.confirm"
# The Moroccan national ID card (CNIE) number: one or two letters, then digits.
NATIONAL_ID = re.compile(r"^[A-Z]{1,2}[0-9]{1,7}$")
# Digits as an Arabic keyboard types them (Arabic-Indic and Persian): read as 0-9.
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _normalised_email(email):
    return (email or "").strip().lower()


@transaction.atomic
def resident_sign_up(*, email, password, display_name, locality=None, language="ar") -> User:
    """A new resident's account, inactive until the address is confirmed (the e-mail with the
    link is queued for the worker). The information notice was shown and
    accepted by the form: its version is kept."""
    email = _normalised_email(email)
    if not email:
        raise ValidationError({"email": _("Give your e-mail address.")})
    if User.objects.filter(email__iexact=email, is_active=True).exists():
        raise ValidationError(
            {"email": _("An account already uses this address: sign in with it instead.")}
        )
    # An earlier sign-up never confirmed: it is replaced by this one.
    User.objects.filter(email__iexact=email, is_active=False, role=Role.RESIDENT).delete()
    user = User(
        username=email,  # a resident signs in with their address
        email=email,
        role=Role.RESIDENT,
        language=language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
        is_active=False,
    )
    try:
        validate_password(password, user)
    except ValidationError as error:
        raise ValidationError({"password1": error.messages}) from None
    user.set_password(password)
    user.full_clean()
    user.save()
    resident = Resident(
        user=user,
        display_name=display_name,
        locality=locality,
        notice_version=settings.PARTICIPATION_NOTICE_VERSION,
    )
    resident.full_clean()
    resident.save()
    from ..tasks import send_confirmation

    # Queued in the same transaction (the queue is in the database): no account, no e-mail.
    send_confirmation.enqueue(user_id=user.pk, token=confirmation_token(user))
    return user


def confirmation_token(user):
    """A signed, dated token naming the account and the address it confirms."""
    return signing.dumps({"u": user.pk, "e": user.email}, salt=CONFIRMATION_SALT, compress=True)


@transaction.atomic
def resident_confirm(token) -> User:
    """Confirm the address the token was sent to: the account becomes active. A token that is
    altered, expired or for an address the account no longer has is refused."""
    max_age = timedelta(days=settings.RESIDENT_CONFIRMATION_DAYS)
    try:
        data = signing.loads(token, salt=CONFIRMATION_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise ValidationError(
            _("This confirmation link has expired: sign up again to receive a new one.")
        ) from None
    except signing.BadSignature:
        raise ValidationError(_("This confirmation link is not valid.")) from None
    user = User.objects.filter(pk=data.get("u"), role=Role.RESIDENT).first()
    if user is None or user.email != data.get("e"):
        raise ValidationError(_("This confirmation link is not valid."))
    resident = lock(user.resident)
    if resident.email_confirmed_at is None:
        resident.email_confirmed_at = timezone.now()
        resident.save(update_fields=["email_confirmed_at"])
    if not user.is_active:
        user.is_active = True
        user.save(update_fields=["is_active"])
    return user


def national_id_hash(number) -> str:
    """The keyed hash kept instead of a national ID number ("ja 123456" and "JA123456" give
    the same); ValidationError for what is not such a number."""
    normalised = re.sub(r"[\s.-]", "", str(number or "")).translate(DIGITS).upper()
    if not NATIONAL_ID.match(normalised):
        raise ValidationError(
            {"national_id": _("A national ID number is one or two letters, then digits.")}
        )
    key = settings.NATIONAL_ID_KEY.encode()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


@transaction.atomic
def resident_verify(*, resident: Resident, national_id, by) -> Resident:
    """An officer saw the resident's national ID card at the commune office: the resident is
    verified in person. Only the keyed hash of the number is kept."""
    if not by.has_perm("participation.verify_resident"):
        raise PermissionDenied
    resident = lock(resident)
    resident.national_id_hash = national_id_hash(national_id)
    resident.verified_at = timezone.now()
    resident.verified_by = by
    resident.full_clean()
    resident.save()
    return resident


def resident_export(user) -> dict:
    """Everything the platform keeps about a resident, as plain JSON values (their right of
    access). The hash of the national ID number is said to exist, not given."""
    resident = getattr(user, "resident", None)
    priorities = Priority.objects.filter(author=user).select_related("locality", "domain")
    supports = Support.objects.filter(user=user).select_related("priority").order_by("pk")
    return {
        "account": {
            "email": user.email,
            "language": user.language,
            "created_on": user.date_joined.isoformat(),
            "last_sign_in": user.last_login.isoformat() if user.last_login else None,
        },
        "resident": {
            "display_name": resident.display_name if resident else "",
            "locality": str(resident.locality) if resident and resident.locality else None,
            "level": str(resident.get_level_display()) if resident else None,
            "email_confirmed_on": (
                resident.email_confirmed_at.isoformat()
                if resident and resident.email_confirmed_at
                else None
            ),
            "verified_in_person_on": (
                resident.verified_at.isoformat() if resident and resident.verified_at else None
            ),
            "national_id_kept": "a keyed hash only"
            if resident and resident.national_id_hash
            else None,
            "information_notice_accepted": resident.notice_version if resident else None,
        },
        "priorities_proposed": [
            {
                "id": priority.pk,
                "title": priority.title,
                "description": priority.description,
                "locality": str(priority.locality),
                "domain": str(priority.domain),
                "proposed_on": priority.created_at.isoformat(),
                "moderation": priority.moderation,
                "has_photo": bool(priority.photo),
            }
            for priority in priorities
        ],
        "priorities_supported": [
            {"id": s.priority_id, "title": s.priority.title, "on": s.created_at.isoformat()}
            for s in supports
        ],
        "information_requests": [
            {
                "reference": r.reference,
                "name_given": r.requester_name,
                "contact_given": r.requester_contact,
                "information_requested": r.subject,
                "received_on": r.received_on.isoformat(),
                "state": r.state,
            }
            for r in InformationRequest.objects.filter(requester=user).order_by("pk")
        ],
    }


@transaction.atomic
def resident_delete(*, user) -> None:
    """Delete a resident's account and every personal datum of theirs. What they gave the
    commune stays, anonymous: their priorities (without an author, in their history too) and
    their supports (still counted), their requests for information (in the register, the
    requester erased: an answer still owed can no longer be sent to them)."""
    if user.role != Role.RESIDENT:
        raise PermissionDenied
    from .retention import anonymise_requests

    anonymise_requests(user.information_requests.values_list("pk", flat=True))
    Priority.history.filter(author_id=user.pk).update(author_id=None)
    Priority.history.filter(history_user_id=user.pk).update(history_user_id=None)
    Priority.objects.filter(author=user).update(author=None)
    Support.objects.filter(user=user).update(user=None)
    for model in (AccessAttempt, AccessLog, AccessFailureLog):  # sign-in records (django-axes)
        model.objects.filter(username=user.get_username()).delete()
    user.delete()


def residents_purge_unconfirmed(*, now=None) -> int:
    """Delete the accounts whose address was never confirmed within
    settings.RESIDENT_CONFIRMATION_DAYS (Law 09-08: kept no longer than needed); how many."""
    now = now or timezone.now()
    limit = now - timedelta(days=settings.RESIDENT_CONFIRMATION_DAYS)
    stale = User.objects.filter(
        role=Role.RESIDENT,
        is_active=False,
        date_joined__lt=limit,
        resident__email_confirmed_at=None,
    )
    count = 0
    for user in stale.iterator():
        resident_delete(user=user)
        count += 1
    return count

"""The numbers a record of the year gets (a request's DI-2026-0001, a petition's PT-2026-001, a
call for projects' and a grant application's receipt): one after the other, even when two
arrive at once."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max

ATTEMPTS = 5


def save_numbered(model, year, make, *, refused):
    """Save the record `make(number)` builds with the next number of `year`. Two at once may
    read the same last number: the unique (year, number) constraint refuses the second, which
    takes the next one. `refused`: the message when every attempt collided."""
    for _attempt in range(ATTEMPTS):
        try:
            with transaction.atomic():
                last = model.objects.filter(year=year).aggregate(last=Max("number"))["last"]
                record = make((last or 0) + 1)
                # The number's uniqueness is the database's to say (below), not a read before.
                record.full_clean(validate_unique=False, validate_constraints=False)
                record.save()
                return record
        except IntegrityError:
            continue
    raise ValidationError(refused)

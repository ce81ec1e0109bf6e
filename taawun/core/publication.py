"""Publication (issue 10 #7): a public record — a partner, an agreement, a project, and every new
public model — reaches the portal, the open data and the anonymous API only once the commune
publishes it. Records created in the workspace start unpublished (`is_public` defaults to False);
a staff action publishes or unpublishes one, kept in its history with who and when."""

from django.db import transaction

from .concurrency import advance
from .db import lock
from .history import stamp


@transaction.atomic
def set_published(*, record, published: bool, by=None):
    """Publish (`published` True) or unpublish `record`. The row is read afresh and locked; a
    record already in that state is left as it is (no history line, no new version)."""
    lock(record)
    if record.is_public == published:
        return record
    record.is_public = published
    fields = ["is_public", "updated_at"]
    if hasattr(record, "version"):
        advance(record)  # an edit form opened before now meets a newer record
        fields.append("version")
    stamp(record, by)
    record.save(update_fields=fields)
    return record

"""Where an agreement's documents are stored (the migrations name `models.document_path`)."""

from taawun.core.files import unguessable_name


def document_path(instance, filename):
    """A private name nobody can guess (the download is named after the document's title)."""
    return unguessable_name("agreements", filename)

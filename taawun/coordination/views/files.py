"""The private files of coordination (signed minutes, evidence), sent after the view's check."""

from taawun.core.files import private_file_response


def stored_file(field_file, content_type, name):
    """`field_file` under a plain name ("minutes.pdf") and the type its content was checked to be."""
    extension = field_file.name.rpartition(".")[2]
    return private_file_response(field_file, content_type=content_type or None,
                                 filename=f"{name}.{extension}")  # fmt: skip

"""URL converters every app may use. `uslug`: a slug in any script (Arabic letters too), as the
public records' addresses carry one in the reader's language (core.models.PublicRecord.slug)."""

from django.urls import register_converter


class UnicodeSlugConverter:
    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(UnicodeSlugConverter, "uslug")

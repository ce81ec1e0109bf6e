"""Tags of the public-service shell: the header and the footer every page shares."""

from datetime import UTC, datetime

from django import template

from taawun.core.caching import data_version

register = template.Library()


@register.simple_tag
def last_update():
    """When the public data last changed: the data version, an aware datetime (shown in the
    site's zone, Africa/Casablanca, by the date filter)."""
    return datetime.fromtimestamp(data_version(), tz=UTC)

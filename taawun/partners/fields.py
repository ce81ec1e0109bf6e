"""API fields naming a partner from another record (an agreement's party, a project's owner,
participant, provider or receiver). An anonymous caller reads a partner that is not published
(unpublished or archived) the way every anonymous output does (selectors.public_partner_name):
no name and no id, only that there is one; signed-in callers read the record they may see."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .selectors import public_partner_name


def _anonymous(field):
    request = field.context.get("request")
    return request is None or not request.user.is_authenticated


@extend_schema_field(OpenApiTypes.STR)
class PartnerNameField(serializers.Field):
    """The partner's name in the reader's language (`source` names the partner)."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, partner):
        if _anonymous(self):
            return public_partner_name(partner)
        return partner.name


@extend_schema_field({"type": "integer", "nullable": True})
class PartnerRefField(serializers.Field):
    """The partner's id, or null for an anonymous caller when it is not published."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, partner):
        if _anonymous(self) and not partner.is_published:
            return None
        return partner.pk

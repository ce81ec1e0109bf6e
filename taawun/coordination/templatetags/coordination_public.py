"""Coordination's figures on pages of the apps above it (the portal's agreement page)."""

from django import template

from ..counts import public_action_counts

register = template.Library()


@register.simple_tag
def action_counts(agreement):
    """{% action_counts agreement as actions %}: done, late and total action items of the
    agreement's public committees."""
    return public_action_counts(agreement)

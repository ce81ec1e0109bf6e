"""Cache invalidation only: the commune profile is cached for the layout."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import CommuneProfile


@receiver([post_save, post_delete], sender=CommuneProfile)
def forget_cached_profile(sender, **kwargs):
    cache.delete(CommuneProfile.CACHE_KEY)

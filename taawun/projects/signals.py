"""What projects hear from the apps below them."""

from django.dispatch import receiver

from taawun.agreements.signals import obligation_saved


@receiver(obligation_saved)
def funding_plan_follows_obligation(sender, obligation, **kwargs):
    """A line of a funding plan that comes from an obligation takes its new amount."""
    from .services import contributions_follow_obligation

    contributions_follow_obligation(obligation)

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def agreement_choices(request):
    """Staff search their scope, anyone else the published register."""
    from .models import Agreement

    if request.user.is_authenticated:
        return Agreement.objects.visible_to(request.user)
    return Agreement.public_objects.all()


class AgreementsConfig(AppConfig):
    name = "taawun.agreements"
    verbose_name = _("Agreements")

    def ready(self):
        from taawun.accounts.notifications import register_kind
        from taawun.core import caching
        from taawun.core.calendars import register_source
        from taawun.core.choices import register_choices

        from . import alerts, calendars
        from .models import Agreement, Amendment, Document, Obligation, Party

        caching.watch(Agreement, Party, Obligation, Document, Amendment)
        register_choices("agreements", agreement_choices, "title", others=("reference",))
        # The due dates in each person's calendar feed; the alerts digest, which each person
        # can switch off.
        register_source(calendars.obligation_entries)
        from .services import payments

        register_kind(
            payments.DECLARED,
            _("A partner declared a payment"),
            context=payments.payment_context,
        )
        register_kind(
            payments.DECIDED,
            _("Finance decided on a payment you declared"),
            context=payments.payment_context,
        )
        register_kind(
            alerts.DIGEST, _("Daily digest of agreement alerts"), context=alerts.digest_context
        )

"""Daily digest of what needs attention, for cron: `manage.py send_alerts`.

It first records tacit visas whose VISA_DAYS (20) have run out (art. 118: silence counts as a visa),
then queues one digest per administrator and cooperation officer (accounts.notifications): the
worker renders it in that person's language with the alerts they may see, and sends it unless
they switched the digest off. `--dry-run` records nothing, queues nothing, and prints the
digest in Arabic and French.
"""

from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone, translation

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.accounts.notifications import notify
from taawun.agreements import services
from taawun.agreements.alerts import DIGEST, DIGEST_BODY, DIGEST_SUBJECT, alerts_for
from taawun.agreements.models import Agreement
from taawun.territory.models import CommuneProfile

# Who receives the digest.
DIGEST_ROLES = [Role.ADMIN, Role.OFFICER]


class Command(BaseCommand):
    help = "Record tacit visas that are due and queue the alerts digest of the commune's staff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the digest, send nothing."
        )

    def handle(self, *args, dry_run=False, **options):
        today = timezone.localdate()
        tacit = 0
        for agreement in Agreement.objects.visa_due(0, today=today).select_related("kind"):
            if not dry_run:
                services.record_tacit_visa(agreement=agreement, today=today, by=None)
            tacit += 1
        alerts = alerts_for(None, today=today)
        context = {
            "alerts": alerts,
            "today": today,
            "commune": CommuneProfile.current(),
            "tacit": tacit,
        }
        parts = []
        for language in ("ar", "fr"):
            with translation.override(language):
                parts.append(render_to_string(DIGEST_BODY, context))
        self.stdout.write("\n\n".join(parts))
        if not alerts.count and not tacit:
            self.stdout.write("Nothing needs attention today; no e-mail sent.")
            return
        recipients = list(
            User.objects.filter(is_active=True, role__in=DIGEST_ROLES).exclude(email="")
        )
        if dry_run or not recipients:
            self.stdout.write(f"Not sent (dry run or no recipient); {alerts.count} alerts.")
            return
        data = {"today": today.isoformat(), "tacit": tacit}
        for user in recipients:
            notify(user, DIGEST, DIGEST_SUBJECT, DIGEST_BODY, data)
        self.stdout.write(
            f"Queued the digest for {len(recipients)} recipients; {alerts.count} alerts."
        )

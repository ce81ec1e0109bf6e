"""Daily digest of what needs attention, for cron: `manage.py send_alerts`.

It first records tacit visas whose VISA_DAYS (20) have run out (art. 118: silence counts as a visa),
then e-mails the alerts to the commune's administrators and cooperation officers.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.core.management.base import BaseCommand
from django.template.loader import render_to_string
from django.utils import timezone, translation

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.agreements import services
from taawun.agreements.alerts import alerts_for
from taawun.agreements.models import Agreement
from taawun.territory.models import CommuneProfile


class Command(BaseCommand):
    help = "Record tacit visas that are due and e-mail the alerts digest to the commune's staff."

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
                parts.append(render_to_string("agreements/email/alerts.txt", context))
        body = "\n\n".join(parts)
        recipients = list(
            User.objects.filter(is_active=True, role__in=[Role.ADMIN, Role.OFFICER])
            .exclude(email="")
            .values_list("email", flat=True)
        )
        self.stdout.write(body)
        if not alerts.count and not tacit:
            self.stdout.write("Nothing needs attention today; no e-mail sent.")
            return
        if dry_run or not recipients:
            self.stdout.write(f"Not sent (dry run or no recipient); {alerts.count} alerts.")
            return
        with translation.override("ar"):
            subject = render_to_string("agreements/email/alerts_subject.txt", context).strip()
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
        self.stdout.write(f"Sent {alerts.count} alerts to {len(recipients)} recipients.")

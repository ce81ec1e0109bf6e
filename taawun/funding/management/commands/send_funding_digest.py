"""The weekly digest of funding opportunities, for cron (Monday morning):
`manage.py send_funding_digest`.

Queues, through accounts.notifications, one digest per administrator and cooperation officer:
the opportunities open or announced whose next deadline falls within 60 days, with the projects
that fit them, the bids still being prepared and the opportunities recorded in the past week
(funding/digest.py). The worker renders it in each person's language, unless they switched it
off. `--dry-run` queues nothing and prints the digest in Arabic and French; `--date` replays a
day.
"""

from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.dateparse import parse_date

from taawun.accounts.choices import Role
from taawun.accounts.models import User
from taawun.accounts.notifications import notify
from taawun.funding.digest import BODY, SUBJECT, WEEKLY, digest_context

RECIPIENTS = [Role.ADMIN, Role.OFFICER]


class Command(BaseCommand):
    help = "Queue the weekly digest of funding opportunities and deadlines for the commune's staff."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the digest, send nothing."
        )
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, date=None, **options):
        today = timezone.localdate()
        if date:
            try:
                today = parse_date(date)
            except ValueError:
                today = None
            if today is None:
                raise CommandError(f"Not a date (YYYY-MM-DD): {date!r}")
        data = {"today": today.isoformat()}
        parts = []
        for language in ("ar", "fr"):
            with translation.override(language):
                context = digest_context(None, data)
                if context is None:
                    self.stdout.write(
                        "No deadline ahead, no bid, nothing new this week; no e-mail sent."
                    )
                    return
                parts.append(render_to_string(BODY, context))
        self.stdout.write("\n\n".join(parts))
        recipients = list(
            User.objects.filter(is_active=True, role__in=RECIPIENTS).exclude(email="")
        )
        if dry_run or not recipients:
            self.stdout.write("Not sent (dry run or no recipient).")
            return
        for user in recipients:
            notify(user, WEEKLY, SUBJECT, BODY, data)
        self.stdout.write(f"Queued the digest for {len(recipients)} recipients.")

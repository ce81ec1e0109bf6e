"""Coordination's reminders, for cron (daily, beside send_alerts): `manage.py send_reminders`.

Queues, through accounts.notifications, the reminders due today (Morocco's date): a meeting
tomorrow, minutes not written two days after a meeting, an action item due within three days
or overdue (coordination/services/reminders.py). The worker (`manage.py db_worker`) sends each
in the recipient's language, unless they switched that kind off. Idempotent: what was queued is
recorded, and a second run the same day queues nothing. `--dry-run` records and queues nothing.
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date

from taawun.coordination.services.reminders import reminders_send


class Command(BaseCommand):
    help = "Queue the reminders of meetings, minutes and action items due today."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Count, queue nothing.")
        parser.add_argument("--date", help="Act as if today were this date (YYYY-MM-DD).")

    def handle(self, *args, dry_run=False, date=None, **options):
        today = None
        if date:
            try:
                today = parse_date(date)
            except ValueError:
                today = None
            if today is None:
                raise CommandError(f"Not a date (YYYY-MM-DD): {date!r}")
        result = reminders_send(today=today, dry_run=dry_run)
        for kind, count in sorted(result.queued.items()):
            self.stdout.write(f"{kind}: {count}")
        verb = "Would queue" if dry_run else "Queued"
        self.stdout.write(f"{verb} {result.total} reminders; {result.already} already sent.")

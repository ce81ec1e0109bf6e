"""For cron (daily): `manage.py purge_residents` deletes the residents' accounts never confirmed
within settings.RESIDENT_CONFIRMATION_DAYS (Law 09-08: personal data kept no longer than its
purpose needs)."""

from django.core.management.base import BaseCommand

from taawun.participation.services import residents_purge_unconfirmed


class Command(BaseCommand):
    help = "Delete the residents' accounts whose e-mail address was never confirmed in time."

    def handle(self, *args, **options):
        count = residents_purge_unconfirmed()
        self.stdout.write(f"Deleted {count} unconfirmed accounts.")

"""For cron (daily): `manage.py purge_personal_data` applies participation's retention periods
(Law 09-08: personal data kept no longer than its purpose needs) — the residents' accounts never
confirmed within RESIDENT_CONFIRMATION_DAYS are deleted; the requesters of requests for
information closed INFORMATION_REQUEST_RETENTION_DAYS ago, and the proxies and signatories of
petitions closed PETITION_RETENTION_DAYS ago, are erased."""

from django.core.management.base import BaseCommand

from taawun.participation.services.retention import retention_purge


class Command(BaseCommand):
    help = "Apply the retention periods of residents' personal data."

    def handle(self, *args, **options):
        counts = retention_purge()
        self.stdout.write(
            "Deleted {accounts} unconfirmed accounts; erased the requesters of {requests} "
            "requests for information and the signatories of {petitions} petitions.".format(
                **counts
            )
        )

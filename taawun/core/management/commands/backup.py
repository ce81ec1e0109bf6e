"""`manage.py backup <archive>`: the database, every file storage and a manifest in one archive."""

from django.core.management.base import BaseCommand, CommandError

from taawun.core.backup import BackupError, backup


class Command(BaseCommand):
    help = (
        "Write one archive (tar.gz) with a consistent snapshot of the database, the files of "
        "every storage and a manifest (row counts, checksums)."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the archive to write, e.g. taawun.tar.gz")
        parser.add_argument("--database", default="default", help="database alias")

    def handle(self, *args, archive, database, **options):
        try:
            manifest = backup(archive, using=database)
        except BackupError as error:
            raise CommandError(str(error)) from error
        files = sum(len(names) for names in manifest["files"].values())
        rows = sum(manifest["tables"].values())
        self.stdout.write(
            f"Backed up {len(manifest['tables'])} tables ({rows} rows) and {files} files "
            f"to {archive}."
        )

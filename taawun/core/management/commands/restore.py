"""`manage.py restore <archive>`: a backup into an empty database and empty storage."""

from django.core.management.base import BaseCommand, CommandError

from taawun.core.backup import BackupError, restore


class Command(BaseCommand):
    help = (
        "Restore an archive written by `manage.py backup` into an empty database and empty "
        "file storage, checking every checksum and row count."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="path of the archive written by `manage.py backup`")
        parser.add_argument("--database", default="default", help="database alias")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the content of a database or storage that is not empty",
        )

    def handle(self, *args, archive, database, force, **options):
        try:
            manifest = restore(archive, using=database, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        files = sum(len(names) for names in manifest["files"].values())
        self.stdout.write(
            f"Restored {len(manifest['tables'])} tables and {files} files from {archive} "
            f"(backup of {manifest['created_at']})."
        )

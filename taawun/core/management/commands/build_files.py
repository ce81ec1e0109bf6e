"""Build every heavy public file now (core.published): what the worker does after a change,
for a deployment that wants the files ready before the first reader (`manage.py build_files`)."""

from django.core.management.base import BaseCommand

from taawun.core.published import rebuild_files


class Command(BaseCommand):
    help = "Build the open data files and the annual report's PDFs that are out of date."

    def handle(self, *args, **options):
        built = rebuild_files.call()
        self.stdout.write(f"{len(built)} file(s) built.")

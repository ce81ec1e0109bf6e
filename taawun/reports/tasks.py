"""The annual report's PDFs rendered ahead, in the background (django.tasks; in production the
database queue of django-tasks-db, run by `manage.py db_worker`).

WeasyPrint takes up to ~15 s for a year's report: after a change of the public data, the PDFs
of this year and last year in every language are rendered for the new data version before
anyone asks, so the reader's click finds the file in the cache (core.renders). One task for a
burst of changes (an import saves hundreds of rows): the first change queues it to run a little
later, the changes that come before it starts queue nothing; it renders the data version of
the moment it runs.
"""

from datetime import timedelta
from functools import partial

from django.conf import settings
from django.core.cache import cache
from django.tasks import task
from django.utils import timezone, translation

from taawun.core.renders import rendered

from .annual import annual_report, is_reportable
from .views.annual import pdf_name, report_pdf

QUEUED = "reports:render-ahead:queued"
# How long after the first change of a burst the task runs.
DELAY_SECONDS = 30
# A task queued but never run (no worker) stops blocking the next one after this long.
QUEUED_SECONDS = 3600


def years_ahead():
    """This year and last year, those that have a report."""
    this_year = timezone.localdate().year
    return [year for year in (this_year, this_year - 1) if is_reportable(year)]


@task
def render_annual_reports():
    """Render the PDFs the portal links most (this year's and last year's, every language) for
    the current data version; those already rendered, or being rendered by a reader, are left."""
    cache.delete(QUEUED)  # a change from now on queues the next render
    for year in years_ahead():
        for language, _name in settings.LANGUAGES:
            with translation.override(language):
                rendered(pdf_name(year, language), partial(_report_pdf, year), wait=0)


def _report_pdf(year):
    return report_pdf(annual_report(year))


def queue_render_ahead():
    """After a committed change of the public data (core.caching.after_change): queue the
    render once for a burst of changes, never running it in the request."""
    if not cache.add(QUEUED, True, QUEUED_SECONDS):
        return
    job = render_annual_reports
    if job.get_backend().supports_defer:
        job = job.using(run_after=timezone.now() + timedelta(seconds=DELAY_SECONDS))
    job.enqueue()

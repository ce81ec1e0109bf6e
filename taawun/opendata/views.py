"""Open data files: built by the worker after a change and sent from storage (core.published),
with their size, date and ETag; the request builds nothing. The builders stream, so the worker's
memory does not grow with the number of rows either."""

from django.conf import settings
from django.http import Http404, StreamingHttpResponse
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from taawun.core import published

from . import iati

FORMATS = ("csv", "json", "xlsx")
IATI_FILES = {"activities": iati.activities_file, "organisation": iati.organisation_file}


def build_iati(key):
    """The IATI file `key`, its links to the portal at SITE_URL (no request to take a host
    from)."""
    response = StreamingHttpResponse(
        IATI_FILES[key](settings.SITE_URL.rstrip("/")),
        content_type="application/xml; charset=utf-8",
    )
    response["Content-Disposition"] = f'inline; filename="{key}.xml"'
    return response


def build_dataset(key):
    """A public dataset, `key` being "<name>.<format>": CSV, JSON or XLSX."""
    from taawun.core.tabular import csv_response, xlsx_response

    from .exports import DATASETS, json_response

    name, fmt = key.rsplit(".", 1)
    header, rows = DATASETS[name][1]()
    filename = f"taawun-{name}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, header, rows)
    if fmt == "json":
        return json_response(filename, header, rows)
    return xlsx_response(filename, header, rows)


def dataset_keys():
    from .exports import DATASETS

    return [f"{name}.{fmt}" for name in DATASETS for fmt in FORMATS]


def register_files():
    """Called from the app's ready(): the open data files the worker keeps built."""
    published.register("iati", build=build_iati, ahead=lambda: list(IATI_FILES))
    published.register("dataset", build=build_dataset, ahead=dataset_keys)


@require_GET
def iati_activities(request):
    return published.serve(request, "iati", "activities")


@require_GET
def iati_organisation(request):
    return published.serve(request, "iati", "organisation")


@require_GET
def dataset(request, name, fmt):
    """A public dataset as CSV, JSON or XLSX, as the worker last built it."""
    from .exports import DATASETS

    if name not in DATASETS or fmt not in FORMATS:
        raise Http404
    return published.serve(request, "dataset", f"{name}.{fmt}")


class OpenDataIndexView(TemplateView):
    """/<lang>/open-data/: every dataset, its formats, licence and last update."""

    template_name = "opendata/index.html"

    def get_context_data(self, **kwargs):
        from django.db.models import Max

        from taawun.agreements.models import Agreement
        from taawun.coordination.models import Meeting
        from taawun.core.models import BuiltFile
        from taawun.partners.models import Partner
        from taawun.projects.models import Project, Transaction

        from .exports import DATASETS

        context = super().get_context_data(**kwargs)
        stamps = [
            Partner.public_objects.aggregate(m=Max("updated_at"))["m"],
            Agreement.public_objects.aggregate(m=Max("updated_at"))["m"],
            Project.public_objects.aggregate(m=Max("updated_at"))["m"],
            Transaction.objects.public().aggregate(m=Max("updated_at"))["m"],
            Meeting.objects.public().aggregate(m=Max("updated_at"))["m"],
        ]
        context["last_updated"] = max((s for s in stamps if s), default=None)
        # Each file's size as the worker last built it (one query; none before the first build).
        built = {
            (kind, key): size
            for kind, key, size in BuiltFile.objects.values_list("kind", "key", "size")
        }
        context["datasets"] = [
            (
                label,
                [(fmt, key, built.get(("dataset", f"{key}.{fmt}"))) for fmt in FORMATS],
            )
            for key, (label, _) in DATASETS.items()
        ]
        context["iati_sizes"] = {name: built.get(("iati", name)) for name in IATI_FILES}
        return context

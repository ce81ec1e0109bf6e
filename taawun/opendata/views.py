"""Open data files: streamed, so memory does not grow with the number of rows."""

from django.http import StreamingHttpResponse
from django.views.decorators.http import require_GET
from django.views.generic import TemplateView

from . import iati


def _base_url(request):
    return f"{request.scheme}://{request.get_host()}"


@require_GET
def iati_activities(request):
    response = StreamingHttpResponse(
        iati.activities_file(_base_url(request)), content_type="application/xml; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="activities.xml"'
    return response


@require_GET
def iati_organisation(request):
    response = StreamingHttpResponse(
        iati.organisation_file(_base_url(request)), content_type="application/xml; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="organisation.xml"'
    return response


@require_GET
def dataset(request, name, fmt):
    """A public dataset as CSV, JSON or XLSX, streamed (XLSX is written to a temporary file)."""
    from django.http import Http404

    from taawun.core.tabular import csv_response, xlsx_response

    from .exports import DATASETS, json_response

    if name not in DATASETS:
        raise Http404
    header, rows = DATASETS[name][1]()
    filename = f"taawun-{name}.{fmt}"
    if fmt == "csv":
        return csv_response(filename, header, rows)
    if fmt == "json":
        return json_response(filename, header, rows)
    return xlsx_response(filename, header, rows)


class OpenDataIndexView(TemplateView):
    """/<lang>/open-data/: every dataset, its formats, licence and last update."""

    template_name = "opendata/index.html"

    def get_context_data(self, **kwargs):
        from django.db.models import Max

        from taawun.agreements.models import Agreement
        from taawun.coordination.models import Meeting
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
        context["datasets"] = [(key, label) for key, (label, _) in DATASETS.items()]
        return context

"""Open data files: streamed, so memory does not grow with the number of rows."""

from django.http import StreamingHttpResponse
from django.views.decorators.http import require_GET

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

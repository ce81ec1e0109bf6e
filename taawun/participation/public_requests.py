"""The public side of requests for information (Law 31-13): filing one (anyone: the law asks
for a name and a contact, both private), its receipt, the public register — anonymised: a
reference, its dates, its state, the summary the commune writes — with its statistics, and the
transparency page mapping each category of proactive publication to where the portal has it."""

from django.core.exceptions import ValidationError
from django.db.models import Count, F, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.views.generic import ListView, TemplateView

from taawun.core import ratelimit
from taawun.core.files import private_file_response
from taawun.core.i18n import current_language
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views.records import add_service_error

from . import services
from .choices import CLOSED_REQUESTS, RequestState
from .forms import RequestForm
from .models import InformationRequest
from .pages import FormPage
from .residents import notice_context


def register_figures(requests):
    """The register's statistics, in one query."""
    closed = Q(state__in=CLOSED_REQUESTS) & ~Q(state=RequestState.WITHDRAWN)
    today = timezone.localdate()
    figures = requests.aggregate(
        total=Count("pk"),
        open=Count("pk", filter=Q(state=RequestState.RECEIVED)),
        open_late=Count("pk", filter=Q(state=RequestState.RECEIVED, due_on__lt=today)),
        answered=Count("pk", filter=Q(state=RequestState.ANSWERED)),
        partly=Count("pk", filter=Q(state=RequestState.PARTLY)),
        refused=Count("pk", filter=Q(state=RequestState.REFUSED)),
        on_time=Count("pk", filter=closed & Q(answered_on__lte=F("due_on"))),
        closed=Count("pk", filter=closed),
        extended=Count("pk", filter=Q(extended=True)),
    )
    figures["on_time_percent"] = (
        round(100 * figures["on_time"] / figures["closed"]) if figures["closed"] else None
    )
    return figures


class PublicRequestListView(ListView):
    template_name = "participation/public/request_list.html"
    paginate_by = 30
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        return InformationRequest.objects.only(
            "reference",
            "received_on",
            "due_on",
            "extended",
            "state",
            "answered_on",
            "urgent",
            "refusal_ground",
            "public_summary_ar",
            "public_summary_fr",
        ).order_by("-received_on", "-number")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["figures"] = register_figures(InformationRequest.objects.all())
        context["today"] = timezone.localdate()
        return context


class RequestFileView(FormPage):
    template_name = "participation/public/request_form.html"

    def page_context(self):
        return notice_context()

    def get(self, request):
        initial = {}
        if request.user.is_authenticated:
            initial = {
                "requester_name": request.user.get_full_name(),
                "requester_contact": request.user.email,
            }
        return self.render(RequestForm(initial=initial))

    def post(self, request):
        form = RequestForm(request.POST)
        if form.is_valid():
            try:
                ratelimit.hit("request", ratelimit.client_address(request))
                filed = services.request_file(
                    requester_name=form.cleaned_data["requester_name"],
                    requester_contact=form.cleaned_data["requester_contact"],
                    subject=form.cleaned_data["subject"],
                    urgent=form.cleaned_data["urgent"],
                    requester=request.user if request.user.is_authenticated else None,
                    language=current_language(),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                request.session["filed_request"] = filed.reference
                return redirect("information:received", reference=filed.reference)
        return self.refused(form)


class RequestReceivedView(TemplateView):
    """The receipt: the reference and the day the answer is due (the reference alone names
    no one: the register shows the same)."""

    template_name = "participation/public/request_received.html"

    def get_context_data(self, **kwargs):
        filed = get_object_or_404(InformationRequest, reference=self.kwargs["reference"])
        mine = self.request.session.get("filed_request") == filed.reference
        return super().get_context_data(filed=filed, mine=mine, **kwargs)


class TransparencyView(TemplateView):
    """Law 31-13, art. 10: each category of information the commune publishes of its own
    motion, and the page or dataset of the portal that publishes it."""

    template_name = "participation/public/transparency.html"


def request_document(request, token):
    """The document the commune gave in answer, for whoever holds the link it sent (signed: a
    reference alone, which follows a sequence, opens nothing). Not cached, not indexed."""
    information_request = services.request_from_token(token)
    if information_request is None:
        raise Http404
    document = information_request.answer_document
    extension = document.name.rpartition(".")[2]
    response = private_file_response(
        document,
        content_type=information_request.answer_document_type or None,
        filename=f"{information_request.reference}.{extension}",
    )
    response["X-Robots-Tag"] = "noindex"
    return response

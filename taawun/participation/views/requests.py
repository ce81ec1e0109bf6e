"""Requests for information in the workspace: the list by deadline (overdue first), a request's
page with the requester (private), its delay and countdown, the extension and the answer; and
a request received at the office or by post, recorded."""

from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import DetailView, ListView

from taawun.core.files import private_file_response
from taawun.core.forms import cleaned
from taawun.core.pagination import VersionedCountPaginator
from taawun.core.views import RecordFormView, RoleRequiredMixin, StandaloneRecordMixin
from taawun.core.workdays import working_days_between
from taawun.territory.models import PublicHoliday

from .. import services
from ..choices import RequestState
from ..forms import ExtendForm, PaperRequestForm, RequestAnswerForm
from ..models import InformationRequest
from ..public_requests import register_figures


class RequestListView(RoleRequiredMixin, ListView):
    permission = "participation.view_informationrequest"
    template_name = "participation/request_list.html"
    paginate_by = 50
    paginator_class = VersionedCountPaginator

    def get_queryset(self):
        rows = InformationRequest.objects.visible_to(self.request.user)
        query = self.request.GET
        if query.get("q"):
            rows = rows.search(query["q"][:100])
        if query.get("state") in RequestState.values:
            rows = rows.filter(state=query["state"])
        open_first = Case(
            When(state=RequestState.RECEIVED, then=Value(0)), default=Value(1),
            output_field=IntegerField(),
        )  # fmt: skip
        return rows.order_by(open_first, "due_on", "-number")

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            states=RequestState.choices,
            today=timezone.localdate(),
            figures=register_figures(InformationRequest.objects.visible_to(self.request.user)),
            **kwargs,
        )


class RequestDetailView(RoleRequiredMixin, DetailView):
    permission = "participation.view_informationrequest"
    permission_object = True
    template_name = "participation/request_detail.html"
    context_object_name = "information_request"

    def get_queryset(self):
        return InformationRequest.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        request = self.object
        if not request.is_closed:
            holidays = PublicHoliday.objects.days(today, request.due_on)
            context["working_days_left"] = working_days_between(today, request.due_on, holidays)
        context["today"] = today
        return context


class RequestFormMixin(StandaloneRecordMixin):
    template_name = "participation/request_form.html"
    anchor_success_url = False
    list_url_name = "participation:request-list"

    def get_record_queryset(self):
        return InformationRequest.objects.visible_to(self.request.user)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("information_request", self.record)
        return super().get_context_data(**kwargs)


class PaperRequestView(RequestFormMixin, RecordFormView):
    permission = "participation.answer_request"
    form_class = PaperRequestForm
    title = gettext_lazy("Record a request received at the office or by post")
    initial = {"received_on": timezone.localdate}

    def save(self, form):
        data = form.cleaned_data
        return services.request_file(
            requester_name=data["requester_name"],
            requester_contact=data["requester_contact"],
            subject=data["subject"],
            urgent=data["urgent"],
            received_on=data["received_on"],
            language=data["language"],
        )


class RequestExtendView(RequestFormMixin, RecordFormView):
    permission = "participation.answer_request"
    form_class = ExtendForm
    title = gettext_lazy("Extend the delay")

    def save(self, form):
        return services.request_extend(
            request=self.record, reason=form.cleaned_data["extension_reason"], by=self.request.user
        )


class RequestAnswerView(RequestFormMixin, RecordFormView):
    permission = "participation.answer_request"
    form_class = RequestAnswerForm
    title = gettext_lazy("Answer the request")

    def save(self, form):
        return services.request_answer(
            request=self.record,
            by=self.request.user,
            expected_version=self.expected_version,
            answered_on=form.cleaned_data.get("answered_on"),
            document=form.cleaned_data.get("document"),
            **cleaned(form),
        )


class RequestDocumentView(RoleRequiredMixin, View):
    """The document given in answer, for the staff who may see the request."""

    permission = "participation.view_informationrequest"
    permission_object = True

    def get_object(self):
        return get_object_or_404(
            InformationRequest.objects.visible_to(self.request.user).exclude(answer_document=""),
            pk=self.kwargs["pk"],
        )

    def get(self, request, pk):
        information_request = self.get_permission_object()
        document = information_request.answer_document
        return private_file_response(
            document,
            content_type=information_request.answer_document_type or None,
            filename=f"{information_request.reference}.{document.name.rpartition('.')[2]}",
        )

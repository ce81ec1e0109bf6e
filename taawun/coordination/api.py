"""The API of coordination under /api/v1/: committees, meetings (with their agenda), decisions
and action items, with the scopes of the pages.

Anyone reads what the public pages show: published committees, their public meetings, the
minutes once approved and the decisions they make official — never a member, an attendance or
an internal meeting. The commune's people and the representatives read their workspace scope
(coordination/rules.py): a representative, the committees its organisation sits on, their
meetings but the internal ones, and its organisation's own action items. Members' e-mail and
phone go only to whoever may read them (rules.view_member_contact).

Committees, meetings and decisions are read-only here, as in the agreements' API: they are
written in the workspace, where each step checks its preconditions. The status of an action
item moves on through PATCH (ETag/If-Match like every register), by the service the workspace's
status form calls.
"""

import django_filters
from django import forms
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, mixins, serializers, viewsets

from taawun.agreements.lifecycle import PUBLISHED
from taawun.core.api import PublicOrScopedViewSetMixin, VersionedViewSetMixin, VersionField
from taawun.core.bounds import ID_MAX, BoundedYearFilter
from taawun.core.concurrency import StaleEdit
from taawun.partners.fields import PartnerNameField, PartnerRefField

from . import services
from .choices import (
    CLOSED_ACTIONS,
    ActionStatus,
    CommitteeKind,
    DecisionKind,
    MeetingStatus,
    Priority,
    Visibility,
)
from .models import ActionItem, AgendaItem, Committee, Decision, Meeting, Membership

SEARCH_MAX = 100


# Filters ----------------------------------------------------------------------------------------


class RecordIdField(forms.IntegerField):
    """A record's id in a query string: a whole number the database can compare."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", ID_MAX)
        super().__init__(**kwargs)
        self.error_messages["invalid"] = _("Enter the number of a record.")


class RecordIdFilter(django_filters.NumberFilter):
    """Rows linked to one record (`?committee=12`): an id out of range is a 400, not a query.
    Filtering on an id the reader may not see simply finds nothing."""

    field_class = RecordIdField


class SearchFilter(django_filters.CharFilter):
    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Search"))
        kwargs.setdefault("method", "filter_search")
        kwargs.setdefault("max_length", SEARCH_MAX)
        super().__init__(**kwargs)


YES_NO = [("true", _("Yes")), ("false", _("No")), ("1", _("Yes")), ("0", _("No"))]


class CommitteeFilter(django_filters.FilterSet):
    q = SearchFilter()
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=CommitteeKind.choices)
    agreement = RecordIdFilter(label=_("Agreement"), field_name="agreement_id")

    class Meta:
        model = Committee
        fields = ["q", "kind", "agreement"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)


class MeetingFilter(django_filters.FilterSet):
    committee = RecordIdFilter(label=_("Committee"), field_name="committee_id")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=MeetingStatus.choices)
    visibility = django_filters.ChoiceFilter(label=_("Visibility"), choices=Visibility.choices)
    year = BoundedYearFilter(label=_("Year"), field_name="starts_at__year")

    class Meta:
        model = Meeting
        fields = ["committee", "status", "visibility", "year"]


class DecisionFilter(django_filters.FilterSet):
    q = SearchFilter()
    committee = RecordIdFilter(label=_("Committee"), field_name="committee_id")
    meeting = RecordIdFilter(label=_("Meeting"), field_name="meeting_id")
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=DecisionKind.choices)
    year = BoundedYearFilter(label=_("Year"), field_name="year")

    class Meta:
        model = Decision
        fields = ["q", "committee", "meeting", "kind", "year"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)


class ActionItemFilter(django_filters.FilterSet):
    q = SearchFilter()
    committee = RecordIdFilter(label=_("Committee"), field_name="committee_id")
    meeting = RecordIdFilter(label=_("Meeting"), field_name="meeting_id")
    status = django_filters.ChoiceFilter(label=_("Status"), choices=ActionStatus.choices)
    priority = django_filters.ChoiceFilter(label=_("Priority"), choices=Priority.choices)
    overdue = django_filters.ChoiceFilter(
        label=_("Overdue"), choices=YES_NO, method="filter_overdue"
    )

    class Meta:
        model = ActionItem
        fields = ["q", "committee", "meeting", "status", "priority", "overdue"]

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    def filter_overdue(self, queryset, name, value):
        """Past the due date and still awaited (ActionItemQuerySet.overdue), or not."""
        if value in ("true", "1"):
            return queryset.overdue()
        return queryset.filter(Q(status__in=CLOSED_ACTIONS) | Q(due_on__gte=timezone.localdate()))


# Serializers ------------------------------------------------------------------------------------


def _anonymous(field):
    request = field.context.get("request")
    return request is None or not request.user.has_perm("core.view_workspace")


@extend_schema_field({"type": "integer", "nullable": True})
class AgreementRefField(serializers.Field):
    """The agreement's id; for a reader of the public side, only when the agreement is in the
    public register (no id of an unpublished one). Needs the agreement selected with the row."""

    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, agreement):
        if _anonymous(self) and not (agreement.is_public and agreement.stage in PUBLISHED):
            return None
        return agreement.pk


class MemberSerializer(serializers.ModelSerializer):
    """A member for the workspace's readers; e-mail and phone only to whoever may read them."""

    partner = PartnerRefField()
    partner_name = PartnerNameField(source="partner")

    class Meta:
        model = Membership
        fields = [
            "id",
            "person_name",
            "partner",
            "partner_name",
            "service",
            "role",
            "voting",
            "starts_on",
            "ends_on",
            "email",
            "phone",
        ]

    def to_representation(self, membership):
        data = super().to_representation(membership)
        request = self.context.get("request")
        if request is None or not request.user.has_perm(
            "coordination.view_member_contact", membership
        ):
            data["email"] = data["phone"] = None
        return data


COMMITTEE_FIELDS = [
    "id",
    "kind",
    "name_ar",
    "name_fr",
    "name_en",
    "agreement",
    "founding_clause_ar",
    "founding_clause_fr",
    "founding_clause_en",
    "mandate_ar",
    "mandate_fr",
    "mandate_en",
    "quorum_fraction",
    "quorum_minimum",
    "decision_rule",
    "dissolved_on",
]


class PublicCommitteeSerializer(serializers.ModelSerializer):
    """A published committee: what its public page shows, never its members."""

    agreement = AgreementRefField()

    class Meta:
        model = Committee
        fields = COMMITTEE_FIELDS


class CommitteeSerializer(PublicCommitteeSerializer):
    members = MemberSerializer(source="memberships", many=True, read_only=True)
    version = VersionField(read_only=True)

    class Meta(PublicCommitteeSerializer.Meta):
        fields = [*COMMITTEE_FIELDS, "is_public", "members", "version"]


class PublicAgendaItemSerializer(serializers.ModelSerializer):
    """An agenda point; its minutes only once the meeting's minutes are approved."""

    agreement = AgreementRefField()
    MINUTES = ("minutes_ar", "minutes_fr", "minutes_en")

    class Meta:
        model = AgendaItem
        fields = [
            "id",
            "order",
            "title_ar",
            "title_fr",
            "title_en",
            "kind",
            "agreement",
            "minutes_ar",
            "minutes_fr",
            "minutes_en",
        ]

    def to_representation(self, item):
        data = super().to_representation(item)
        if not self.context.get("minutes_approved", {}).get(item.meeting_id, False):
            for name in self.MINUTES:
                data[name] = None
        return data


class AgendaItemSerializer(PublicAgendaItemSerializer):
    """For the workspace's readers, as the meeting's page: the minutes at every state."""

    class Meta(PublicAgendaItemSerializer.Meta):
        fields = [*PublicAgendaItemSerializer.Meta.fields, "obligation", "project", "amendment"]

    def to_representation(self, item):
        return serializers.ModelSerializer.to_representation(self, item)


DECISION_FIELDS = [
    "id",
    "committee",
    "meeting",
    "reference",
    "year",
    "number",
    "kind",
    "text_ar",
    "text_fr",
    "text_en",
    "by_consensus",
    "votes_for",
    "votes_against",
    "votes_abstain",
    "agreement",
]


class PublicDecisionSerializer(serializers.ModelSerializer):
    agreement = AgreementRefField()
    reference = serializers.CharField(read_only=True)

    class Meta:
        model = Decision
        fields = DECISION_FIELDS


class DecisionSerializer(PublicDecisionSerializer):
    class Meta(PublicDecisionSerializer.Meta):
        fields = [*DECISION_FIELDS, "agenda_item", "project", "amendment"]


MEETING_FIELDS = [
    "id",
    "committee",
    "kind",
    "starts_at",
    "ends_at",
    "mode",
    "venue_ar",
    "venue_fr",
    "venue_en",
    "status",
    "status_reason",
    "minutes_status",
    "minutes_approved_at",
    "agenda",
    "decisions",
]


class PublicMeetingSerializer(serializers.ModelSerializer):
    """A public meeting: its agenda, and its minutes and decisions once approved. No attendance
    and no online link (the public page shows neither)."""

    agenda = serializers.SerializerMethodField()
    decisions = serializers.SerializerMethodField()
    agenda_serializer = PublicAgendaItemSerializer
    decision_serializer = PublicDecisionSerializer

    class Meta:
        model = Meeting
        fields = MEETING_FIELDS

    def shows_decisions(self, meeting):
        return meeting.minutes_approved

    @extend_schema_field(PublicAgendaItemSerializer(many=True))
    def get_agenda(self, meeting):
        context = {**self.context, "minutes_approved": {meeting.pk: meeting.minutes_approved}}
        return self.agenda_serializer(meeting.agenda_items.all(), many=True, context=context).data

    @extend_schema_field(PublicDecisionSerializer(many=True))
    def get_decisions(self, meeting):
        if not self.shows_decisions(meeting):
            return []
        return self.decision_serializer(
            meeting.decisions.all(), many=True, context=self.context
        ).data


class MeetingSerializer(PublicMeetingSerializer):
    agenda_serializer = AgendaItemSerializer
    decision_serializer = DecisionSerializer
    version = VersionField(read_only=True)

    class Meta(PublicMeetingSerializer.Meta):
        fields = [*MEETING_FIELDS, "visibility", "online_url", "uid", "sequence", "version"]

    def shows_decisions(self, meeting):
        return True

    @extend_schema_field(AgendaItemSerializer(many=True))
    def get_agenda(self, meeting):
        return super().get_agenda(meeting)

    @extend_schema_field(DecisionSerializer(many=True))
    def get_decisions(self, meeting):
        return super().get_decisions(meeting)


class ActionItemSerializer(serializers.ModelSerializer):
    """An action item for the workspace's readers. Writable: its status (with the evidence or the
    reason it needs) and the version the change starts from; everything else is read-only."""

    owner_partner = PartnerRefField()
    owner_partner_name = PartnerNameField(source="owner_partner")
    is_overdue = serializers.BooleanField(read_only=True)
    status = serializers.ChoiceField(choices=ActionStatus.choices)
    evidence = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    evidence_file = serializers.FileField(required=False, write_only=True)
    blocked_reason = serializers.CharField(required=False, allow_blank=True, max_length=5000)
    version = VersionField()

    class Meta:
        model = ActionItem
        fields = [
            "id",
            "committee",
            "meeting",
            "decision",
            "title_ar",
            "title_fr",
            "title_en",
            "owner_partner",
            "owner_partner_name",
            "owner_name",
            "due_on",
            "priority",
            "status",
            "is_overdue",
            "evidence",
            "evidence_file",
            "blocked_reason",
            "done_on",
            "version",
        ]
        read_only_fields = [
            "committee",
            "meeting",
            "decision",
            "title_ar",
            "title_fr",
            "title_en",
            "owner_name",
            "due_on",
            "priority",
            "done_on",
        ]


# Views ------------------------------------------------------------------------------------------


class CoordinationViewSetMixin(PublicOrScopedViewSetMixin, VersionedViewSetMixin):
    """The workspace scope when signed in with a role; otherwise `public_rows()`."""

    def public_rows(self):
        return self.model.public_objects.all()

    def scoped(self, model=None):
        if self.internal():
            return super().scoped(model)
        return self.public_rows()

    def check_permissions(self, request):
        # A method the endpoint does not have is a 405 for everyone, before any role check.
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise exceptions.MethodNotAllowed(request.method)
        super().check_permissions(request)


class CommitteeViewSet(CoordinationViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """Committees: the published ones for everyone; the workspace scope when signed in, with
    the members (their contact data only to whoever may read it)."""

    filterset_class = CommitteeFilter
    model = Committee
    public_serializer_class = PublicCommitteeSerializer
    internal_serializer_class = CommitteeSerializer

    def get_queryset(self):
        rows = self.scoped().select_related("agreement").order_by("pk")
        if self.internal():
            members = Membership.objects.select_related("partner").order_by(
                "role", "person_name", "pk"
            )
            rows = rows.prefetch_related(Prefetch("memberships", queryset=members))
        return rows


class MeetingViewSet(CoordinationViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """Meetings with their agenda and decisions: the public meetings of published committees
    for everyone (minutes and decisions once approved); the workspace scope when signed in."""

    filterset_class = MeetingFilter
    model = Meeting
    public_serializer_class = PublicMeetingSerializer
    internal_serializer_class = MeetingSerializer

    def public_rows(self):
        return Meeting.objects.public()

    def get_queryset(self):
        items = AgendaItem.objects.select_related("agreement").order_by("order", "pk")
        decisions = Decision.objects.select_related("agreement").order_by("number", "pk")
        return (
            self.scoped()
            .prefetch_related(
                Prefetch("agenda_items", queryset=items),
                Prefetch("decisions", queryset=decisions),
            )
            .order_by("-starts_at", "pk")
        )


class DecisionViewSet(CoordinationViewSetMixin, viewsets.ReadOnlyModelViewSet):
    """Decisions: for everyone, those of public meetings whose minutes are approved; the
    workspace scope (the decisions of the meetings the reader sees) when signed in."""

    filterset_class = DecisionFilter
    model = Decision
    public_serializer_class = PublicDecisionSerializer
    internal_serializer_class = DecisionSerializer

    def public_rows(self):
        return Decision.objects.public()

    def get_queryset(self):
        return self.scoped().select_related("agreement").order_by("-year", "-number", "pk")


class ActionItemViewSet(
    CoordinationViewSetMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    """Action items, in the workspace scope only (the public side shows counts, not owners):
    every one for the commune, its organisation's own for a representative.

    PATCH moves the status on through the workspace's service (done needs evidence, blocked a
    reason; done and cancelled are final), for the commune's editors and the owner
    organisation's representative. The detail carries its version as ETag; a stale If-Match is
    412 (core.api.VersionedViewSetMixin)."""

    filterset_class = ActionItemFilter
    model = ActionItem
    serializer_class = ActionItemSerializer
    public_serializer_class = ActionItemSerializer
    internal_serializer_class = ActionItemSerializer
    http_method_names = ["get", "patch", "head", "options"]
    write_permissions = {"partial_update": "coordination.set_action_status"}

    def check_permissions(self, request):
        super().check_permissions(request)
        if not self.internal():
            raise exceptions.NotAuthenticated(_("Action items are read in the workspace: sign in."))

    def public_rows(self):
        return ActionItem.objects.none()

    def get_queryset(self):
        return self.scoped().select_related("owner_partner").order_by("due_on", "pk")

    def perform_update(self, serializer):
        data = serializer.validated_data
        version = self.expected_version(serializer)
        if "status" not in data:
            raise serializers.ValidationError({"status": [_("Give the new status.")]})
        try:
            saved = services.action_item_set_status(
                item=serializer.instance,
                by=self.request.user,
                expected_version=version,
                status=data["status"],
                evidence=data.get("evidence", ""),
                evidence_file=data.get("evidence_file"),
                blocked_reason=data.get("blocked_reason", ""),
            )
        except StaleEdit:
            raise  # 412 / 409 (VersionedViewSetMixin), not a 400
        except DjangoValidationError as error:
            raise serializers.ValidationError(serializers.as_serializer_error(error)) from None
        self._versioned_object = saved
        serializer.instance = saved

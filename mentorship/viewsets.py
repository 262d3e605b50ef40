"""The Mentoring admin for Academy staff: every pairing, and the history of each one."""

import django_filters
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from academy.history import history_of
from academy.viewsets import ChangeHistoryView, ServiceOnlyRecordsMixin
from core.exports import FormulaSafeCSVMixin, ReadableExportMixin
from mentorship.models import Goal, Meeting, Pairing


class PairingFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Pairing.Status.choices)

    class Meta:
        model = Pairing
        fields = ["status", "programme"]


class PairingIndexView(ReadableExportMixin, FormulaSafeCSVMixin, generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("mentor", "mentee", "programme")
            .order_by("programme__title", "mentor__last_name", "mentee__last_name", "pk")
        )

    def get_list_more_buttons(self, instance):
        return [
            ListingButton(
                _("Mentee page"),
                url=reverse("mentorship:mentee", args=[instance.pk]),
                icon_name="view",
                priority=10,
            ),
            ListingButton(
                _("Edit in the programme"),
                url=reverse("wagtailadmin_pages:edit", args=[instance.programme_id]),
                icon_name="edit",
                priority=20,
            ),
            ListingButton(
                _("History"),
                url=reverse("pairing:audit", args=[instance.pk]),
                icon_name="history",
                priority=30,
            ),
        ]


class PairingHistoryView(ChangeHistoryView):
    """Who changed the pairing, its meetings and its goals, when, field by field."""

    queryset = Pairing.objects.select_related("mentor", "mentee", "programme")

    def summary(self, instance):
        return f"{instance.programme.title} · {instance.get_status_display()}"

    def sections(self, instance):
        hidden = {"pairing", "programme"}
        return [
            (_("Pairing"), history_of(Pairing.history.filter(id=instance.pk), hidden)),
            (_("Meetings"), history_of(Meeting.history.filter(pairing_id=instance.pk), hidden)),
            (_("Goals"), history_of(Goal.history.filter(pairing_id=instance.pk), hidden)),
        ]


class PairingViewSet(ServiceOnlyRecordsMixin, ModelViewSet):
    """Pairings are edited inline in their programme page, whose form checks them; here
    staff find, read and audit them, and nobody edits them."""

    model = Pairing
    icon = "group"
    menu_label = _("Mentoring")
    url_prefix = "mentorship/pairings"
    name = "pairing"
    add_to_admin_menu = True
    menu_order = 310
    index_view_class = PairingIndexView
    filterset_class = PairingFilterSet
    list_display = ["mentor", "mentee", Column("programme", label=_("Programme")), "status"]
    list_export = ["mentor", "mentee", "programme", "status", "starts_on", "ends_on", "focus"]
    export_filename = "pairings"
    search_fields = [
        "mentor__email",
        "mentor__last_name",
        "mentee__email",
        "mentee__last_name",
    ]
    inspect_view_fields = [
        "mentor",
        "mentee",
        "programme",
        "starts_on",
        "ends_on",
        "status",
        "focus",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("audit/<int:pk>/", PairingHistoryView.as_view(), name="audit"),
        ]

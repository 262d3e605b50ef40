"""The Certificates admin: templates, course settings, and every issued certificate."""

import re
import uuid

import django_filters
from django.contrib import messages
from django.core.cache import cache
from django.db.models import F, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton, ListingButton
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.forms import course_choices
from academy.history import history_of
from academy.models import CoursePage
from academy.viewsets import (
    ChangeHistoryButtonMixin,
    ChangeHistoryView,
    StaffActionsMixin,
    StaffOnlyView,
    default_language_title,
)
from certificates.forms import BulkIssueForm, CourseCertificateForm, IssueForm, RevokeForm
from certificates.models import (
    VALID_CERTIFICATE,
    CertificateTemplate,
    CourseCertificate,
    IssuedCertificate,
)
from certificates.services import (
    IssueRefused,
    issue_certificate,
    reissue_certificate,
    revoke_certificate,
)
from certificates.tasks import bulk_issue_certificates, bulk_progress_key
from config.celery import QueueUnavailable, enqueue
from core.exports import FormulaSafeCSVMixin


class CertificateTemplateHistoryView(ChangeHistoryView):
    queryset = CertificateTemplate.objects.all()

    def sections(self, instance):
        return [(_("Template"), history_of(CertificateTemplate.history.filter(id=instance.pk)))]


class CertificateTemplateIndexView(ChangeHistoryButtonMixin, SnippetIndexView):
    pass


class CertificateTemplateViewSet(SnippetViewSet):
    model = CertificateTemplate
    index_view_class = CertificateTemplateIndexView
    icon = "doc-full-inverse"
    menu_label = _("Templates")
    list_display = ["name", "title", "locale"]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("audit/<int:pk>/", CertificateTemplateHistoryView.as_view(), name="audit"),
        ]


class CourseCertificateViewSet(ModelViewSet):
    model = CourseCertificate
    icon = "cog"
    menu_label = _("Course settings")
    url_prefix = "certificates/courses"
    name = "course_certificate"
    form_fields = ["course_key", "template", "issue_automatically", "validity_months"]
    list_display = [Column("course_title", label=_("Course")), "template", "issue_automatically"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return CourseCertificateForm

    def get_queryset(self, request):
        return CourseCertificate.objects.select_related("template").annotate(
            course_title=default_language_title(CoursePage, "course_key")
        )


class CertificateStatusFilter(django_filters.ChoiceFilter):
    def filter(self, queryset, value):
        filters = {
            "valid": VALID_CERTIFICATE,
            "revoked": Q(revoked_at__isnull=False),
            "superseded": Q(superseded_at__isnull=False),
        }
        return queryset.filter(filters[value]) if value in filters else queryset


class IssuedCertificateFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    status = CertificateStatusFilter(
        label=_("Status"),
        choices=[
            ("valid", _("Valid")),
            ("revoked", _("Revoked")),
            ("superseded", _("Replaced")),
        ],
    )
    year = django_filters.NumberFilter(label=_("Year issued"), field_name="issued_at__year")

    class Meta:
        model = IssuedCertificate
        fields = ["course_key", "language"]


class IssuedCertificateHistoryView(ChangeHistoryView):
    queryset = IssuedCertificate.objects.all()

    def summary(self, instance):
        return f"{instance.holder_name} · {instance.course_title}"

    def sections(self, instance):
        return [
            (_("Certificate"), history_of(IssuedCertificate.history.filter(id=instance.pk))),
        ]


class IssuedCertificateIndexView(
    FormulaSafeCSVMixin, ChangeHistoryButtonMixin, StaffActionsMixin, generic.IndexView
):
    def get_base_queryset(self):
        return super().get_base_queryset().annotate(holder_email=F("holder__email"))

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        if self.user_is_academy_staff:
            buttons += [
                HeaderButton(_("Issue"), url=reverse("issued_certificate:issue"), icon_name="plus"),
                HeaderButton(
                    _("Issue for a course"),
                    url=reverse("issued_certificate:bulk"),
                    icon_name="group",
                ),
            ]
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_is_academy_staff and instance.pdf:
            buttons.append(
                ListingButton(
                    _("PDF"),
                    url=reverse("download_certificate", args=[instance.serial]),
                    icon_name="download",
                    priority=5,
                )
            )
        if self.user_is_academy_staff and not (instance.revoked_at or instance.superseded_at):
            buttons += [
                Button(
                    _("Revoke"),
                    url=reverse("issued_certificate:revoke", args=[instance.pk]),
                    icon_name="cross",
                    priority=6,
                ),
                Button(
                    _("Reissue"),
                    url=reverse("issued_certificate:reissue", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=7,
                ),
            ]
        return buttons


class RevokeView(StaffOnlyView):
    def get(self, request, pk):
        certificate = get_object_or_404(IssuedCertificate, pk=pk)
        return TemplateResponse(
            request,
            "certificates/admin/revoke.html",
            {"certificate": certificate, "form": RevokeForm()},
        )

    def post(self, request, pk):
        certificate = get_object_or_404(IssuedCertificate, pk=pk)
        form = RevokeForm(request.POST)
        if form.is_valid():
            try:
                revoke_certificate(
                    certificate=certificate, reason=form.cleaned_data["reason"], by=request.user
                )
            except IssueRefused as refusal:
                form.add_error("reason", refusal.message)
            else:
                messages.success(request, _("The certificate has been revoked."))
                return redirect("issued_certificate:index")
        return TemplateResponse(
            request, "certificates/admin/revoke.html", {"certificate": certificate, "form": form}
        )


class ReissueView(StaffOnlyView):
    def get(self, request, pk):
        certificate = get_object_or_404(IssuedCertificate, pk=pk)
        return TemplateResponse(
            request, "certificates/admin/reissue.html", {"certificate": certificate}
        )

    def post(self, request, pk):
        certificate = get_object_or_404(IssuedCertificate, pk=pk)
        try:
            replacement = reissue_certificate(certificate=certificate, by=request.user)
        except IssueRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(
                request,
                _("Reissued as %(serial)s.") % {"serial": replacement.serial},
            )
        return redirect("issued_certificate:index")


class IssueView(StaffOnlyView):
    template_name = "certificates/admin/issue.html"

    def get(self, request):
        return TemplateResponse(request, self.template_name, {"form": IssueForm()})

    def post(self, request):
        form = IssueForm(request.POST)
        if form.is_valid():
            try:
                certificate = issue_certificate(
                    holder=form.holder,
                    course_key=uuid.UUID(form.cleaned_data["course_key"]),
                    by=request.user,
                )
            except IssueRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                messages.success(request, _("Issued %(serial)s.") % {"serial": certificate.serial})
                return redirect("issued_certificate:index")
        return TemplateResponse(request, self.template_name, {"form": form})


class BulkIssueView(StaffOnlyView):
    """Staff issue the certificates of a course's completed enrolments in the background."""

    template_name = "certificates/admin/bulk_issue.html"

    def get(self, request):
        job = request.GET.get("job", "")
        # Job ids are uuid4 hex; anything else is unknown and never reaches the cache's keys.
        known = re.fullmatch(r"[0-9a-f]{32}", job)
        progress = cache.get(bulk_progress_key(job)) if known else None
        return TemplateResponse(
            request,
            self.template_name,
            {"form": BulkIssueForm(), "job": job, "progress": progress},
        )

    def post(self, request):
        form = BulkIssueForm(request.POST)
        if not form.is_valid():
            return TemplateResponse(request, self.template_name, {"form": form})
        job = uuid.uuid4().hex
        cache.set(
            bulk_progress_key(job),
            {"total": None, "done": 0, "issued": 0, "failed": [], "finished": False},
            24 * 3600,
        )
        try:
            enqueue(
                bulk_issue_certificates,
                job,
                form.cleaned_data["course_key"],
                request.user.pk,
                run_here_if_unreachable=False,
            )
        except QueueUnavailable:
            cache.delete(bulk_progress_key(job))
            messages.error(
                request,
                _(
                    "The background workers cannot be reached, so nothing was issued. "
                    "Try again in a few minutes."
                ),
            )
            return TemplateResponse(request, self.template_name, {"form": form})
        return redirect(reverse("issued_certificate:bulk") + f"?job={job}")


class IssuedCertificateViewSet(ModelViewSet):
    model = IssuedCertificate
    icon = "doc-full"
    menu_label = _("Issued certificates")
    url_prefix = "certificates/issued"
    name = "issued_certificate"
    index_view_class = IssuedCertificateIndexView
    filterset_class = IssuedCertificateFilterSet
    list_display = [
        "serial",
        "holder_name",
        Column("holder_email", label=_("E-mail")),
        "course_title",
        "issued_at",
        "expires_at",
        "revoked_at",
        "superseded_at",
    ]
    list_export = [
        "serial",
        "holder_name",
        "holder_email",
        "course_title",
        "language",
        "hours",
        "score",
        "issued_at",
        "expires_at",
        "revoked_at",
        "revoked_reason",
        "superseded_at",
    ]
    export_headings = {"holder_email": _("E-mail")}
    export_filename = "certificates"
    search_fields = ["serial", "holder_name", "holder__email"]
    form_fields = ["expires_at"]
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("issue/", IssueView.as_view(), name="issue"),
            path("bulk/", BulkIssueView.as_view(), name="bulk"),
            path("revoke/<int:pk>/", RevokeView.as_view(), name="revoke"),
            path("reissue/<int:pk>/", ReissueView.as_view(), name="reissue"),
            path("audit/<int:pk>/", IssuedCertificateHistoryView.as_view(), name="audit"),
        ]


class CertificatesViewSetGroup(ViewSetGroup):
    menu_label = _("Certificates")
    menu_icon = "doc-full"
    items = [IssuedCertificateViewSet, CertificateTemplateViewSet, CourseCertificateViewSet]

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
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton, ListingButton
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from academy.forms import course_choices
from academy.history import history_of
from academy.models import CoursePage
from academy.permissions import is_academy_staff
from academy.services import localized_courses
from academy.viewsets import (
    ChangeHistoryButtonMixin,
    ChangeHistoryView,
    StaffActionsMixin,
    StaffOnlyView,
    localized_title,
)
from certificates.forms import BulkIssueForm, CourseCertificateForm, IssueForm, RevokeForm
from certificates.models import (
    VALID_CERTIFICATE,
    CertificateTemplate,
    CourseCertificate,
    IssuedCertificate,
)
from certificates.services import (
    CourseIssue,
    IssueRefused,
    issue,
    reissue_certificate,
    revoke_certificate,
)
from certificates.tasks import bulk_issue_certificates, bulk_progress_key, progress_of
from config.celery import QueueUnavailable, enqueue
from core.display import shown
from core.exports import FormulaSafeCSVMixin, ReadableExportMixin


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


class CourseCertificateIndexView(generic.IndexView):
    # Wagtail's index view reads its rows here (a viewset's get_queryset is never called,
    # which left the Course column, and the edit link on it, empty).
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("template")
            .annotate(course_title=localized_title(CoursePage, "course_key"))
        )

    @cached_property
    def columns(self):
        # The course's title is annotated, not a field, so Wagtail cannot make it the title
        # column that carries the edit link and the row's buttons: built here as it would.
        course = self._get_title_column_class(TitleColumn)(
            "course_title",
            label=_("Course"),
            sort_key="course_title",
            get_url=lambda row: self.get_edit_url(row) or self.get_inspect_url(row),
        )
        return [course, *super().columns[1:]]


class CourseCertificateViewSet(ModelViewSet):
    model = CourseCertificate
    icon = "cog"
    menu_label = _("Course settings")
    url_prefix = "certificates/courses"
    name = "course_certificate"
    index_view_class = CourseCertificateIndexView
    form_fields = ["course_key", "template", "issue_automatically", "validity_months"]
    list_display = [Column("course_title", label=_("Course")), "template", "issue_automatically"]
    copy_view_enabled = False

    def get_form_class(self, for_update=False):
        return CourseCertificateForm


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
    ReadableExportMixin,
    FormulaSafeCSVMixin,
    ChangeHistoryButtonMixin,
    StaffActionsMixin,
    generic.IndexView,
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
        if self.user_is_academy_staff:
            buttons += certificate_action_buttons(instance, Button)
        return buttons


def certificate_action_buttons(certificate, button_class) -> list:
    """Revoke for a valid certificate; Reissue for a valid or revoked one nothing replaced
    (reissuing is the only way a revoked holder gets a certificate again)."""
    if certificate.superseded_at:
        return []
    buttons = []
    if certificate.revoked_at is None:
        buttons.append(
            button_class(
                _("Revoke"),
                url=reverse("issued_certificate:revoke", args=[certificate.pk]),
                icon_name="cross",
                priority=6,
            )
        )
    buttons.append(
        button_class(
            _("Reissue"),
            url=reverse("issued_certificate:reissue", args=[certificate.pk]),
            icon_name="resubmit",
            priority=7,
        )
    )
    return buttons


class IssuedCertificateInspectView(generic.InspectView):
    """One certificate as staff read it: the course's title, local times, "—" for nothing,
    and links to its PDF (the permission-checked download) and its public check page."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if is_academy_staff(self.request.user):
            buttons += certificate_action_buttons(self.object, Button)
        return buttons

    def get_field_label(self, field_name, field):
        if field_name == "token":
            return _("Verification")
        return super().get_field_label(field_name, field)

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return value if isinstance(value, SafeString) else shown(value)

    def get_course_key_display_value(self):
        course = localized_courses([self.object.course_key], live=False).get(self.object.course_key)
        return course.title if course else self.object.course_title

    def get_pdf_display_value(self):
        if not self.object.pdf:
            return None
        url = reverse("download_certificate", args=[self.object.serial])
        return format_html('<a href="{}">{}</a>', url, _("View PDF"))

    def get_token_display_value(self):
        url = reverse("verify_any_language", args=[self.object.token])
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a>', url, _("Public check page")
        )


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
                result = issue(
                    holder=form.holder, course_key=form.cleaned_data["course_key"], by=request.user
                )
            except IssueRefused as refusal:
                form.add_error(None, refusal.message)
            else:
                if result.new:
                    messages.success(
                        request, _("Issued %(serial)s.") % {"serial": result.certificate.serial}
                    )
                else:
                    messages.info(
                        request,
                        _(
                            "Nothing new was issued: %(holder)s already holds the valid "
                            "certificate %(serial)s for this course."
                        )
                        % {
                            "holder": result.certificate.holder_name,
                            "serial": result.certificate.serial,
                        },
                    )
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
            bulk_progress_key(job), progress_of(CourseIssue(total=None), finished=False), 24 * 3600
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
    inspect_view_class = IssuedCertificateInspectView
    inspect_view_fields = [
        "serial",
        "holder_name",
        "holder",
        "course_key",
        "course_title",
        "language",
        "hours",
        "score",
        "template",
        "issued_at",
        "issued_by",
        "expires_at",
        "emailed_at",
        "revoked_at",
        "revoked_reason",
        "superseded_at",
        "superseded_by",
        "pdf",
        "token",
    ]
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

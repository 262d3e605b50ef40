"""Report pages in the Wagtail admin, for Academy staff only, each with CSV and XLSX export.

The figures come from ``reports.services``; these views only read the filters, page the rows
and describe the columns shown and exported.
"""

import uuid
from functools import wraps

import django_filters
from django.conf import settings
from django.http import Http404
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from academy.forms import assessment_choices, course_choices
from academy.models import Enrollment
from academy.permissions import is_academy_staff
from core.exports import FormulaSafeCSVMixin, ReadableExportMixin
from reports import services


def staff_only(view):
    """Reports are for Academy staff; others are refused as everywhere in the admin: without
    admin access, the admin's login; editors, the dashboard with the permission message."""

    @wraps(view)
    def checked(request, *args, **kwargs):
        if not is_academy_staff(request.user):
            return permission_denied(request)
        return view(request, *args, **kwargs)

    # The view's attributes (view_class, view_initkwargs) stay on what the URL calls, so that
    # walks over the project's views (the export tests) still see the report's class.
    return wraps(view)(require_admin_access(checked))


class ReportFilterSet(WagtailFilterSet):
    """Filters whose values a report's service reads; they never filter a queryset here."""

    class Meta:
        model = Enrollment
        fields = []

    def keep(self, queryset, name, value):
        return queryset


class CourseFilterSet(ReportFilterSet):
    enrolled = django_filters.DateFromToRangeFilter(
        label=_("Enrolled between"), method="keep", widget=DateRangePickerWidget
    )
    programme = django_filters.ChoiceFilter(
        label=_("Cohort (mentorship programme)"),
        choices=services.programme_choices,
        method="keep",
    )
    language = django_filters.ChoiceFilter(
        label=_("Trainee's language"), choices=settings.LANGUAGES, method="keep"
    )


class AssessmentFilterSet(ReportFilterSet):
    assessment = django_filters.ChoiceFilter(
        label=_("Assessment"), choices=assessment_choices, method="keep", empty_label=None
    )


class CertificateFilterSet(ReportFilterSet):
    between = django_filters.DateFromToRangeFilter(
        label=_("Between"), method="keep", widget=DateRangePickerWidget
    )
    course = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices, method="keep")


def columns_for(names, headings):
    return [Column(name, label=headings[name]) for name in names]


class AcademyReportView(ReadableExportMixin, FormulaSafeCSVMixin, ReportView):
    """A report whose rows a service computes; the filter form only feeds that service."""

    header_icon = "table"
    paginate_by = 50
    url_name = ""

    @property
    def index_url_name(self):
        return f"academy_reports:{self.url_name}"

    @property
    def index_results_url_name(self):
        return f"academy_reports:{self.url_name}_results"

    @cached_property
    def filter_values(self) -> dict:
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data
        return {}

    def filter_queryset(self, queryset):
        return queryset

    def get_heading(self, queryset, field):
        return str(self.export_headings.get(field, field))

    def get_export_url(self, format):
        params = self.request.GET.copy()
        params["export"] = format
        return self.index_url + "?" + params.urlencode()

    def course_filters(self) -> services.ReportFilters:
        enrolled = self.filter_values.get("enrolled")
        programme = self.filter_values.get("programme")
        return services.ReportFilters(
            enrolled_from=enrolled.start.date() if enrolled and enrolled.start else None,
            enrolled_to=enrolled.stop.date() if enrolled and enrolled.stop else None,
            programme_key=uuid.UUID(programme) if programme else None,
            language=self.filter_values.get("language") or "",
        )


class CourseSummaryReportView(AcademyReportView):
    page_title = _("Courses")
    url_name = "courses"
    filterset_class = CourseFilterSet
    export_filename = "courses"
    list_export = [
        "title",
        "enrolled",
        "active",
        "completed",
        "completion_rate",
        "average_best_score",
        "certificates",
    ]
    export_headings = {
        "title": _("Course"),
        "enrolled": _("Enrolled"),
        "active": _("Active in the last 30 days"),
        "completed": _("Completed"),
        "completion_rate": _("Completion rate (%)"),
        "average_best_score": _("Average best score (%)"),
        "certificates": _("Certificates issued"),
    }

    @cached_property
    def columns(self):
        params = self.request.GET.copy()
        params.pop("p", None)
        params.pop("_w_filter_fragment", None)
        query = "?" + params.urlencode() if params else ""
        return [
            TitleColumn(
                "title",
                label=self.export_headings["title"],
                get_url=lambda row: (
                    reverse("academy_reports:course", args=[row.course_key]) + query
                ),
            ),
            *[Column(name, label=self.export_headings[name]) for name in self.list_export[1:]],
        ]

    def get_queryset(self):
        return services.course_summaries(self.course_filters())


class CourseTraineesReportView(AcademyReportView):
    url_name = "course"
    filterset_class = CourseFilterSet
    export_filename = "course-trainees"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.course_key = kwargs["course_key"]
        self.course_title = services.course_titles({self.course_key}).get(self.course_key)
        if self.course_title is None:
            raise Http404

    @property
    def page_title(self):
        return self.course_title

    @property
    def page_subtitle(self):
        return _("Trainees")

    def get_index_url(self):
        return reverse("academy_reports:course", args=[self.course_key])

    def get_index_results_url(self):
        return reverse("academy_reports:course_results", args=[self.course_key])

    @cached_property
    def assessments(self):
        return services.course_assessments(self.course_key)

    @cached_property
    def list_export(self):
        return [
            "enrollment.user",
            "enrollment.user.email",
            "enrollment.status",
            "progress",
            "last_activity",
            *[f"result:{assessment.translation_key}" for assessment in self.assessments],
        ]

    @cached_property
    def export_headings(self):
        return {
            "enrollment.user": _("Trainee"),
            "enrollment.user.email": _("E-mail"),
            "enrollment.status": _("Status"),
            "progress": _("Progress (%)"),
            "last_activity": _("Last activity"),
            **{
                f"result:{assessment.translation_key}": _("%(assessment)s: best score (%%)")
                % {"assessment": assessment.title}
                for assessment in self.assessments
            },
        }

    def to_row_dict(self, item):
        row = {
            "enrollment.user": str(item.enrollment.user),
            "enrollment.user.email": item.enrollment.user.email,
            "enrollment.status": str(item.enrollment.get_status_display()),
            "progress": item.progress,
            "last_activity": item.last_activity,
        }
        for assessment in self.assessments:
            best, _passed = item.results.get(assessment.translation_key, (None, False))
            row[f"result:{assessment.translation_key}"] = best
        return row

    @cached_property
    def columns(self):
        return [
            Column("trainee", label=_("Trainee"), accessor="enrollment.user"),
            Column("email", label=_("E-mail"), accessor="enrollment.user.email"),
            Column("status", label=_("Status"), accessor="enrollment.get_status_display"),
            Column("progress", label=_("Progress (%)")),
            DateColumn("last_activity", label=_("Last activity")),
            *[
                Column(
                    f"result_{index}",
                    label=assessment.title,
                    accessor=f"result_labels.{index}",
                )
                for index, assessment in enumerate(self.assessments)
            ],
        ]

    def get_queryset(self):
        return services.course_trainee_enrollments(self.course_key, self.course_filters())

    def paginate_queryset(self, queryset, page_size):
        # The table is built from the page's rows before ReportView decorates them.
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        return paginator, page, self.decorate_paginated_queryset(object_list), is_paginated

    def decorate_paginated_queryset(self, object_list):
        if object_list and isinstance(object_list[0], services.TraineeProgress):
            return object_list
        rows = services.course_trainee_rows(object_list, self.course_key)
        for row in rows:
            row.result_labels = [
                result_label(row.results.get(assessment.translation_key))
                for assessment in self.assessments
            ]
        return rows


def result_label(result):
    if result is None:
        return "—"
    best, passed = result
    if best is None:
        return _("waiting for grading")
    return _("%(score)s%% (passed)") % {"score": best} if passed else f"{best}%"


class QuestionAnalysisReportView(AcademyReportView):
    page_title = _("Question analysis")
    url_name = "questions"
    filterset_class = AssessmentFilterSet
    export_filename = "question-analysis"
    paginate_by = 200
    list_export = [
        "number",
        "text",
        "question_type",
        "answered",
        "correct",
        "correct_rate",
        "common_wrong",
        "common_wrong_count",
    ]
    export_headings = {
        "number": _("No."),
        "text": _("Question"),
        "question_type": _("Type"),
        "answered": _("Answers graded"),
        "correct": _("Fully correct"),
        "correct_rate": _("Correct (%)"),
        "common_wrong": _("Most chosen wrong answer"),
        "common_wrong_count": _("Times chosen"),
    }
    columns = columns_for(list_export, export_headings)

    def get_queryset(self):
        assessment = self.filter_values.get("assessment")
        if not assessment:
            return []
        return services.question_analysis(uuid.UUID(assessment))

    @cached_property
    def no_results_message(self):
        if not self.filter_values.get("assessment"):
            return _("Choose an assessment under Filters, at the top right.")
        return _("This assessment has no questions.")


class MentorshipReportView(AcademyReportView):
    page_title = _("Mentorship")
    url_name = "mentorship"
    export_filename = "mentorship"
    list_export = ["programme.title", "programme.locale", "pairings", "active", "meetings", "quiet"]
    export_headings = {
        "programme.title": _("Programme"),
        "programme.locale": _("Language"),
        "pairings": _("Pairings"),
        "active": _("Active pairings"),
        "meetings": _("Meetings logged"),
        "quiet": _("Active pairs with no meeting in 30 days"),
    }

    @cached_property
    def columns(self):
        return [
            TitleColumn(
                "programme",
                label=self.export_headings["programme.title"],
                accessor="programme.title",
                get_url=lambda row: reverse("pairing:index") + f"?programme={row.programme.pk}",
            ),
            Column(
                "language",
                label=self.export_headings["programme.locale"],
                accessor="programme.locale.get_display_name",
            ),
            *[Column(name, label=self.export_headings[name]) for name in self.list_export[2:]],
        ]

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["programme.locale"] = item.programme.locale.get_display_name()
        return row

    def get_queryset(self):
        return services.mentorship_summaries()


class CertificatesReportView(AcademyReportView):
    page_title = _("Certificates per month")
    url_name = "certificates"
    filterset_class = CertificateFilterSet
    export_filename = "certificates-per-month"
    list_export = ["month_label", "issued", "revoked"]
    export_headings = {
        "month_label": _("Month"),
        "issued": _("Issued"),
        "revoked": _("Revoked"),
    }
    columns = columns_for(list_export, export_headings)

    def get_queryset(self):
        between = self.filter_values.get("between")
        course = self.filter_values.get("course")
        rows = services.certificates_by_month(
            start=between.start.date() if between and between.start else None,
            end=between.stop.date() if between and between.stop else None,
            course_key=uuid.UUID(course) if course else None,
        )
        for row in rows:
            row.month_label = row.month.strftime("%Y-%m")
        return rows


class TraineesReportView(AcademyReportView):
    page_title = _("Trainees by region and group")
    url_name = "trainees"
    export_filename = "trainees-by-region-and-group"
    paginate_by = 100
    list_export = ["kind", "label", "trainees"]
    export_headings = {
        "kind": _("Counted by"),
        "label": _("Region or group"),
        "trainees": _("Trainees"),
    }
    columns = columns_for(list_export, export_headings)

    def get_queryset(self):
        return services.trainees_by_region_and_group()

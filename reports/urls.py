"""Report URLs, mounted under /admin/reports/academy/ ahead of the Wagtail admin so that only
Academy staff reach them (see ``views.staff_only``)."""

from django.urls import path

from reports import views

app_name = "academy_reports"


def report(route, view_class, name):
    return [
        path(route, views.staff_only(view_class.as_view()), name=name),
        path(
            f"{route}results/",
            views.staff_only(view_class.as_view(results_only=True)),
            name=f"{name}_results",
        ),
    ]


urlpatterns = [
    *report("courses/", views.CourseSummaryReportView, "courses"),
    *report("courses/<uuid:course_key>/", views.CourseTraineesReportView, "course"),
    *report("questions/", views.QuestionAnalysisReportView, "questions"),
    *report("mentorship/", views.MentorshipReportView, "mentorship"),
    *report("certificates/", views.CertificatesReportView, "certificates"),
    *report("trainees/", views.TraineesReportView, "trainees"),
]

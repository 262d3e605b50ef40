from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from academy.permissions import is_academy_staff
from reports import charts, services

DASHBOARD_COURSES = 8


def request_is_academy_staff(request) -> bool:
    """Asked once per request, however many menu items and panels ask."""
    if not hasattr(request, "_is_academy_staff"):
        request._is_academy_staff = is_academy_staff(request.user)
    return request._is_academy_staff


class StaffReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request_is_academy_staff(request)


REPORTS = [
    ("courses", _("Courses"), "table", 100),
    ("questions", _("Question analysis"), "help", 110),
    ("mentorship", _("Mentorship"), "group", 120),
    ("certificates", _("Certificates per month"), "doc-full", 130),
    ("trainees", _("Trainees by region and group"), "user", 140),
]


def register(name, label, icon, order):
    @hooks.register("register_reports_menu_item")
    def menu_item():
        return StaffReportMenuItem(
            label,
            reverse(f"academy_reports:{name}"),
            name=f"academy-{name}",
            icon_name=icon,
            order=order,
        )


for report in REPORTS:
    register(*report)


class AcademyDashboardPanel(Component):
    """Completion funnels of the largest courses and certificates of the last 12 months."""

    name = "academy_figures"
    template_name = "reports/admin/dashboard_panel.html"
    order = 50

    class Media:
        css = {"all": ["css/academy-charts.css"]}

    def get_context_data(self, parent_context):
        funnels = services.completion_funnels(limit=DASHBOARD_COURSES)
        months = services.certificates_last_months()
        return {
            "funnels": funnels,
            "funnel_chart": charts.funnel_chart(
                funnels, (_("Enrolled"), _("Started"), _("Completed"))
            ),
            "months": months,
            "months_chart": charts.months_chart(months, (_("Issued"), _("Revoked"))),
            "width": charts.WIDTH,
        }


@hooks.register("construct_homepage_panels")
def add_academy_figures(request, panels):
    if request_is_academy_staff(request):
        panels.append(AcademyDashboardPanel())

"""The Academy admin: enrolments with filters, search, export, approval and bulk enrolment."""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.db.models import F, OuterRef, Subquery
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views import View
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import HeaderButton, ListingButton

from academy.forms import BulkEnrolForm, course_choices
from academy.models import CoursePage, Enrollment
from academy.permissions import is_academy_staff
from academy.services import approve_enrolment, bulk_enrol, reject_enrolment


class EnrollmentFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Enrollment.Status.choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("Enrolled between"))

    class Meta:
        model = Enrollment
        fields = ["course_key", "status", "source", "created_at"]


class EnrollmentIndexView(generic.IndexView):
    def get_base_queryset(self):
        titles = CoursePage.objects.filter(
            translation_key=OuterRef("course_key"),
            locale__language_code=settings.LANGUAGE_CODE,
        ).values("title")[:1]
        return (
            super()
            .get_base_queryset()
            .select_related("user")
            .annotate(course_title=Subquery(titles), user_email=F("user__email"))
        )

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        if is_academy_staff(self.request.user):
            buttons.append(
                HeaderButton(_("Enrol trainees"), url=reverse("enrollment:bulk"), icon_name="plus")
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status == Enrollment.Status.PENDING and is_academy_staff(self.request.user):
            buttons.append(
                ListingButton(
                    _("Approve or reject"),
                    url=reverse("enrollment:decide", args=[instance.pk]),
                    icon_name="check",
                    priority=5,
                )
            )
        return buttons


class StaffOnlyView(View):
    def dispatch(self, request, *args, **kwargs):
        if not is_academy_staff(request.user):
            messages.error(request, _("Only Academy staff can do this."))
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)


class DecideEnrollmentView(StaffOnlyView):
    """Staff approve or reject a request to join a course."""

    def get(self, request, pk):
        enrollment = get_object_or_404(Enrollment.objects.select_related("user"), pk=pk)
        return TemplateResponse(
            request, "academy/admin/decide_enrollment.html", {"enrollment": enrollment}
        )

    def post(self, request, pk):
        enrollment = get_object_or_404(Enrollment, pk=pk)
        if request.POST.get("decision") == "approve":
            approve_enrolment(enrollment=enrollment, by=request.user)
            messages.success(request, _("The request has been approved."))
        elif request.POST.get("decision") == "reject":
            reject_enrolment(enrollment=enrollment, by=request.user)
            messages.success(request, _("The request has been rejected."))
        return redirect("enrollment:index")


class BulkEnrolView(StaffOnlyView):
    """Staff enrol a list of people in a course at once."""

    template_name = "academy/admin/bulk_enrol.html"

    def get(self, request):
        return TemplateResponse(request, self.template_name, {"form": BulkEnrolForm()})

    def post(self, request):
        form = BulkEnrolForm(request.POST, request.FILES)
        result = None
        if form.is_valid():
            course = form.course_page()
            result = bulk_enrol(course=course, text=form.text(), by=request.user)
        return TemplateResponse(request, self.template_name, {"form": form, "result": result})


class EnrollmentViewSet(ModelViewSet):
    model = Enrollment
    icon = "group"
    menu_label = _("Enrolments")
    url_prefix = "academy/enrolments"
    name = "enrollment"
    index_view_class = EnrollmentIndexView
    filterset_class = EnrollmentFilterSet
    list_display = [
        "user",
        Column("user_email", label=_("E-mail")),
        Column("course_title", label=_("Course")),
        "status",
        "source",
        "created_at",
    ]
    list_export = [
        "user_email",
        "user",
        "course_title",
        "status",
        "source",
        "created_at",
        "completed_at",
    ]
    export_headings = {
        "user_email": _("E-mail"),
        "user": _("Trainee"),
        "course_title": _("Course"),
    }
    export_filename = "enrolments"
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    form_fields = ["status"]
    add_view_enabled = False
    copy_view_enabled = False
    inspect_view_enabled = True

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("bulk/", BulkEnrolView.as_view(), name="bulk"),
            path("decide/<int:pk>/", DecideEnrollmentView.as_view(), name="decide"),
        ]


class AcademyViewSetGroup(ViewSetGroup):
    menu_label = _("Academy")
    menu_icon = "group"
    items = [EnrollmentViewSet]

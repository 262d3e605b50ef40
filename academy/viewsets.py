"""The Academy admin: enrolments with filters, search, export, bulk enrolment and the staff
actions that change an enrolment's status (approve, reject, withdraw, reinstate, complete);
attempts with regrading and essay grading. No admin form writes a status."""

import django_filters
from django.conf import settings
from django.contrib import messages
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import RedirectView
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button, HeaderButton

from academy.attempts import (
    AttemptRefused,
    essay_answers,
    essay_question,
    essays_waiting,
    graded_questions,
    regrade_attempt,
)
from academy.forms import BulkEnrolForm, EssayGradeForm, assessment_choices, course_choices
from academy.h5p.viewsets import H5PActivityViewSet
from academy.history import history_of
from academy.models import (
    AssessmentPage,
    Attempt,
    CoursePage,
    Enrollment,
    LessonCompletion,
    Response,
)
from academy.permissions import is_academy_staff
from academy.services import (
    EnrolmentRefused,
    allowed_enrolment_actions,
    approve_enrolment,
    bulk_enrol,
    complete_enrolment,
    enrolment_action_refusal,
    reinstate_enrolment,
    reject_enrolment,
    withdraw_enrolment,
)
from core.exports import FormulaSafeCSVMixin, ReadableExportMixin


class EnrollmentFilterSet(WagtailFilterSet):
    course_key = django_filters.ChoiceFilter(label=_("Course"), choices=course_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Enrollment.Status.choices)
    created_at = django_filters.DateFromToRangeFilter(label=_("Enrolled between"))

    class Meta:
        model = Enrollment
        fields = ["course_key", "status", "source", "created_at"]


def default_language_title(model, key_field):
    return Subquery(
        model.objects.filter(
            translation_key=OuterRef(key_field), locale__language_code=settings.LANGUAGE_CODE
        ).values("title")[:1]
    )


def localized_title(model, key_field):
    """The page's title in the active (viewer's) language, else in the site's default one."""
    titles = model.objects.filter(translation_key=OuterRef(key_field))
    return Coalesce(
        Subquery(titles.filter(locale__language_code=get_language()).values("title")[:1]),
        Subquery(titles.filter(locale__language_code=settings.LANGUAGE_CODE).values("title")[:1]),
    )


class PermittedRedirectView(PermissionCheckedMixin, RedirectView):
    """A redirect for those who hold the model's admin permission it names."""

    model = None


class ServiceOnlyRecordsMixin:
    """For a ModelViewSet of records that change only through services (staff actions):
    no add or edit form in the admin. The edit URL and the listing's titles lead to the
    record's inspect page; the add URL, which nobody may use, stays refused."""

    inspect_view_enabled = True
    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(edit_url_name=None, **kwargs)

    @property
    def add_view(self):
        return self.construct_view(
            PermittedRedirectView,
            pattern_name=self.get_url_name("index"),
            permission_required="add",
        )

    @property
    def edit_view(self):
        return self.construct_view(
            PermittedRedirectView,
            pattern_name=self.get_url_name("inspect"),
            any_permission_required=["add", "change", "delete", "view"],
        )


class StaffActionsMixin:
    """Index views ask once per request whether the user may use the staff actions."""

    @cached_property
    def user_is_academy_staff(self):
        return is_academy_staff(self.request.user)


class ChangeHistoryButtonMixin:
    """Adds "Change history" to each row of a viewset's listing; the viewset registers the
    ``audit/<pk>/`` URL."""

    def get_list_more_buttons(self, instance):
        namespace = self.index_url_name.rsplit(":", 1)[0]
        return [
            *super().get_list_more_buttons(instance),
            Button(
                _("Change history"),
                url=reverse(f"{namespace}:audit", args=[instance.pk]),
                icon_name="history",
                priority=40,
            ),
        ]


def default_language_titles(model, keys) -> dict:
    """Titles of pages by translation key, in the site's default language."""
    return dict(
        model.objects.filter(
            translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).values_list("translation_key", "title")
    )


class EnrollmentIndexView(
    ReadableExportMixin,
    FormulaSafeCSVMixin,
    ChangeHistoryButtonMixin,
    StaffActionsMixin,
    generic.IndexView,
):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user")
            .annotate(
                course_title=default_language_title(CoursePage, "course_key"),
                user_email=F("user__email"),
            )
        )

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        if self.user_is_academy_staff:
            buttons.append(
                HeaderButton(_("Enrol trainees"), url=reverse("enrollment:bulk"), icon_name="plus")
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_is_academy_staff:
            buttons += enrollment_action_buttons(instance, Button)
        return buttons


#: The staff actions on an enrolment, as buttons: (label, URL name, icon). Approving and
#: rejecting share one page.
ENROLLMENT_ACTION_BUTTONS = {
    "approve": (_("Approve or reject"), "enrollment:decide", "check"),
    "withdraw": (_("Withdraw"), "enrollment:withdraw", "cross"),
    "reinstate": (_("Reinstate"), "enrollment:reinstate", "redirect"),
    "complete": (_("Mark as completed"), "enrollment:complete", "success"),
}


def enrollment_action_buttons(enrollment, button_class) -> list:
    """A button for each staff action the enrolment's status allows."""
    buttons = []
    for action in allowed_enrolment_actions(enrollment=enrollment):
        if action in ENROLLMENT_ACTION_BUTTONS:
            label, url_name, icon = ENROLLMENT_ACTION_BUTTONS[action]
            url = reverse(url_name, args=[enrollment.pk])
            buttons.append(button_class(label, url=url, icon_name=icon, priority=5))
    return buttons


class EnrollmentInspectView(generic.InspectView):
    """The enrolment as it stands, with the staff actions its status allows."""

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if is_academy_staff(self.request.user):
            buttons += enrollment_action_buttons(self.object, Button)
        return buttons


class StaffOnlyView(View):
    def dispatch(self, request, *args, **kwargs):
        if not is_academy_staff(request.user):
            messages.error(request, _("Only Academy staff can do this."))
            return redirect("wagtailadmin_home")
        return super().dispatch(request, *args, **kwargs)


class ChangeHistoryView(StaffOnlyView):
    """Staff read who changed an object (and the records hanging off it), when, field by
    field, from django-simple-history. Subclasses say which records make up the history."""

    queryset = None

    def sections(self, instance) -> list:
        """(heading, history entries) pairs, the object's own history first."""
        raise NotImplementedError

    def summary(self, instance) -> str:
        return ""

    def get(self, request, pk):
        instance = get_object_or_404(self.queryset, pk=pk)
        return TemplateResponse(
            request,
            "academy/admin/change_history.html",
            {
                "object": instance,
                "summary": self.summary(instance),
                "sections": self.sections(instance),
            },
        )


class EnrollmentHistoryView(ChangeHistoryView):
    queryset = Enrollment.objects.select_related("user")

    def summary(self, instance):
        return default_language_titles(CoursePage, [instance.course_key]).get(
            instance.course_key, ""
        )

    def sections(self, instance):
        return [
            (_("Enrolment"), history_of(Enrollment.history.filter(id=instance.pk))),
            (
                _("Lessons completed"),
                history_of(
                    LessonCompletion.history.filter(
                        user_id=instance.user_id, course_key=instance.course_key
                    ),
                    hidden={"user", "course_key"},
                ),
            ),
        ]


def question_prompts(attempt) -> dict:
    """Each question of the attempt by its id: its prompt, as the attempt saw it."""
    return {
        question_id: value.get("prompt", question_id)
        for question_id, (_block_type, value) in graded_questions(attempt).items()
    }


class AttemptHistoryView(ChangeHistoryView):
    queryset = Attempt.objects.select_related("user")

    def summary(self, instance):
        return default_language_titles(AssessmentPage, [instance.assessment_key]).get(
            instance.assessment_key, ""
        )

    def sections(self, instance):
        return [
            (
                _("Attempt"),
                history_of(
                    Attempt.history.filter(id=instance.pk),
                    hidden={"layout", "page", "assessment_key", "course_key"},
                ),
            ),
            (
                _("Answers and grades"),
                history_of(
                    Response.history.filter(attempt_id=instance.pk),
                    hidden={"attempt"},
                    labels={"question_id": question_prompts(instance)},
                ),
            ),
        ]


class DecideEnrollmentView(StaffOnlyView):
    """Staff approve or reject a request to join a course."""

    def get(self, request, pk):
        enrollment = get_object_or_404(Enrollment.objects.select_related("user"), pk=pk)
        return TemplateResponse(
            request,
            "academy/admin/decide_enrollment.html",
            {
                "enrollment": enrollment,
                "refusal": enrolment_action_refusal(enrollment=enrollment, action="approve"),
            },
        )

    def post(self, request, pk):
        enrollment = get_object_or_404(Enrollment, pk=pk)
        decisions = {
            "approve": (approve_enrolment, _("The request has been approved.")),
            "reject": (reject_enrolment, _("The request has been rejected.")),
        }
        decision = decisions.get(request.POST.get("decision"))
        if decision is not None:
            service, done = decision
            try:
                service(enrollment=enrollment, by=request.user)
            except EnrolmentRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, done)
        return redirect("enrollment:index")


class EnrollmentActionView(StaffOnlyView):
    """Staff confirm one action on an enrolment; its service decides whether the
    enrolment's status allows it and keeps the record consistent."""

    template_name = "academy/admin/enrollment_action.html"
    #: The action's key in ``academy.services.ENROLMENT_ACTIONS``, and its service.
    action = ""
    service = None
    title = ""
    explanation = ""
    button_label = ""
    done_message = ""

    def get(self, request, pk):
        enrollment = get_object_or_404(Enrollment.objects.select_related("user"), pk=pk)
        return TemplateResponse(
            request,
            self.template_name,
            {
                "enrollment": enrollment,
                "course_title": default_language_titles(CoursePage, [enrollment.course_key]).get(
                    enrollment.course_key, ""
                ),
                "refusal": enrolment_action_refusal(enrollment=enrollment, action=self.action),
                "title": self.title,
                "explanation": self.explanation,
                "button_label": self.button_label,
            },
        )

    def post(self, request, pk):
        enrollment = get_object_or_404(Enrollment, pk=pk)
        try:
            self.service(enrollment=enrollment, by=request.user)
        except EnrolmentRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, self.done_message)
        return redirect("enrollment:inspect", pk=enrollment.pk)


class WithdrawEnrollmentView(EnrollmentActionView):
    action = "withdraw"
    service = staticmethod(withdraw_enrolment)
    title = _("Withdraw from the course")
    explanation = _(
        "The trainee leaves the course (or their request is closed). Their lessons, "
        "attempts and certificates are kept, and they can be reinstated later."
    )
    button_label = _("Withdraw")
    done_message = _("The trainee has been withdrawn from the course.")


class ReinstateEnrollmentView(EnrollmentActionView):
    action = "reinstate"
    service = staticmethod(reinstate_enrolment)
    title = _("Reinstate in the course")
    explanation = _(
        "The trainee is enrolled in the course again, as when staff enrol someone: the "
        "enrolment mode, cohort dates and prerequisites do not apply. Their earlier records "
        "are kept."
    )
    button_label = _("Reinstate")
    done_message = _("The trainee is enrolled in the course again.")


class CompleteEnrollmentView(EnrollmentActionView):
    action = "complete"
    service = staticmethod(complete_enrolment)
    title = _("Mark as completed")
    explanation = _(
        "The course is recorded as completed now, whatever lessons and assessments remain: "
        "a decision of Academy staff, recorded in the enrolment's history. If the course "
        "gives certificates automatically, the trainee's certificate is issued."
    )
    button_label = _("Mark as completed")
    done_message = _("The enrolment has been marked as completed.")


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


class EnrollmentViewSet(ServiceOnlyRecordsMixin, ModelViewSet):
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
    inspect_view_class = EnrollmentInspectView

    @property
    def add_view(self):
        # Staff enrol people by e-mail address (one or many), never through a bare form.
        return RedirectView.as_view(pattern_name=self.get_url_name("bulk"))

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("bulk/", BulkEnrolView.as_view(), name="bulk"),
            path("decide/<int:pk>/", DecideEnrollmentView.as_view(), name="decide"),
            path("withdraw/<int:pk>/", WithdrawEnrollmentView.as_view(), name="withdraw"),
            path("reinstate/<int:pk>/", ReinstateEnrollmentView.as_view(), name="reinstate"),
            path("complete/<int:pk>/", CompleteEnrollmentView.as_view(), name="complete"),
            path("audit/<int:pk>/", EnrollmentHistoryView.as_view(), name="audit"),
        ]


class AttemptFilterSet(WagtailFilterSet):
    assessment_key = django_filters.ChoiceFilter(label=_("Assessment"), choices=assessment_choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Attempt.Status.choices)
    passed = django_filters.BooleanFilter(label=_("Passed"))

    class Meta:
        model = Attempt
        fields = ["assessment_key", "status", "passed", "late"]


class AttemptIndexView(
    ReadableExportMixin,
    FormulaSafeCSVMixin,
    ChangeHistoryButtonMixin,
    StaffActionsMixin,
    generic.IndexView,
):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user")
            .annotate(
                assessment_title=default_language_title(AssessmentPage, "assessment_key"),
                user_email=F("user__email"),
            )
        )

    def get_header_more_buttons(self):
        buttons = super().get_header_more_buttons()
        if self.user_is_academy_staff:
            buttons.append(
                HeaderButton(
                    _("Essays to grade"), url=reverse("attempt:essays"), icon_name="doc-full"
                )
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status != Attempt.Status.IN_PROGRESS and self.user_is_academy_staff:
            buttons.append(
                Button(
                    _("Regrade"),
                    url=reverse("attempt:regrade", args=[instance.pk]),
                    icon_name="rotate",
                    priority=6,
                )
            )
        return buttons


class RegradeAttemptView(StaffOnlyView):
    """Staff re-grade a submitted attempt against the assessment's current key."""

    def get(self, request, pk):
        attempt = get_object_or_404(Attempt.objects.select_related("user"), pk=pk)
        return TemplateResponse(request, "academy/admin/regrade_attempt.html", {"attempt": attempt})

    def post(self, request, pk):
        attempt = get_object_or_404(Attempt, pk=pk)
        try:
            attempt = regrade_attempt(attempt=attempt, by=request.user)
        except AttemptRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("The attempt has been regraded."))
        return redirect("attempt:index")


class EssayQueueView(StaffOnlyView):
    """Essay answers waiting for a grade, oldest first."""

    def get(self, request):
        responses = (
            essays_waiting()
            .select_related("attempt__user")
            .annotate(
                assessment_title=default_language_title(AssessmentPage, "attempt__assessment_key")
            )
            .order_by("attempt__submitted_at")
        )
        return TemplateResponse(request, "academy/admin/essay_queue.html", {"responses": responses})


class GradeEssayView(StaffOnlyView):
    """A grader reads one essay answer with the grading guidance and scores it."""

    template_name = "academy/admin/grade_essay.html"

    def context(self, response, form):
        return {"response": response, "form": form, **essay_question(response)}

    def essay(self, pk):
        # Only essays: through this form a machine-scored answer lost its score.
        return get_object_or_404(
            essay_answers().select_related("attempt__user", "attempt__revision"), pk=pk
        )

    def get(self, request, pk):
        response = self.essay(pk)
        form = EssayGradeForm(max_score=response.max_score)
        return TemplateResponse(request, self.template_name, self.context(response, form))

    def post(self, request, pk):
        response = self.essay(pk)
        form = EssayGradeForm(request.POST, max_score=response.max_score)
        if form.is_valid() and form.grade(response=response, by=request.user):
            messages.success(request, _("The essay has been graded."))
            return redirect("attempt:essays")
        return TemplateResponse(request, self.template_name, self.context(response, form))


class AttemptViewSet(ServiceOnlyRecordsMixin, ModelViewSet):
    model = Attempt
    icon = "tasks"
    menu_label = _("Attempts")
    url_prefix = "academy/attempts"
    name = "attempt"
    index_view_class = AttemptIndexView
    filterset_class = AttemptFilterSet
    list_display = [
        "user",
        Column("user_email", label=_("E-mail")),
        Column("assessment_title", label=_("Assessment")),
        "number",
        "status",
        "percent",
        "passed",
        "late",
        "submitted_at",
    ]
    list_export = [
        "user_email",
        "user",
        "assessment_title",
        "number",
        "status",
        "score",
        "max_score",
        "percent",
        "passed",
        "late",
        "started_at",
        "submitted_at",
    ]
    export_headings = {
        "user_email": _("E-mail"),
        "user": _("Trainee"),
        "assessment_title": _("Assessment"),
    }
    export_filename = "attempts"
    search_fields = ["user__email", "user__first_name", "user__last_name"]

    inspect_view_fields = [
        "user",
        "number",
        "status",
        "score",
        "max_score",
        "percent",
        "passed",
        "late",
        "started_at",
        "deadline",
        "submitted_at",
        "graded_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("regrade/<int:pk>/", RegradeAttemptView.as_view(), name="regrade"),
            path("essays/", EssayQueueView.as_view(), name="essays"),
            path("essays/<int:pk>/", GradeEssayView.as_view(), name="grade_essay"),
            path("audit/<int:pk>/", AttemptHistoryView.as_view(), name="audit"),
        ]


class AcademyViewSetGroup(ViewSetGroup):
    menu_label = _("Academy")
    menu_icon = "group"
    items = [EnrollmentViewSet, AttemptViewSet, H5PActivityViewSet]

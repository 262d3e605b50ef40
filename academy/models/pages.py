from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks, hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from academy.blocks import LessonStreamBlock
from academy.signals import COURSE_COMPLETED_LINKS_HOOK
from cms.blocks import BaseStreamBlock


class AcademyIndexPage(Page):
    """The catalogue of courses in one language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["academy.CoursePage"]

    class Meta:
        verbose_name = _("academy catalogue")

    def get_context(self, request, *args, **kwargs):
        from academy.services import CatalogueFilters, find_courses

        context = super().get_context(request, *args, **kwargs)
        filters = CatalogueFilters.from_query(request.GET)
        context["filters"] = filters
        context["courses"] = find_courses(index=self, filters=filters)
        context["topics"] = CoursePage.Topic.choices
        context["levels"] = CoursePage.Level.choices
        return context


class CoursePage(RoutablePageMixin, Page):
    """A course: its overview is public; its lessons and assessments are its children."""

    class Topic(models.TextChoices):
        MONITORING = "monitoring", _("Monitoring methodology")
        FAIR_TRIAL = "fair-trial", _("Fair-trial standards")
        MEDIA = "media", _("Media and campaigns")
        OTHER = "other", _("Other")

    class Level(models.TextChoices):
        BEGINNER = "beginner", _("Beginner")
        INTERMEDIATE = "intermediate", _("Intermediate")
        ADVANCED = "advanced", _("Advanced")

    class EnrolmentMode(models.TextChoices):
        OPEN = "open", _("Open: anyone can enrol")
        APPROVAL = "approval", _("Approval: staff approve each request")
        INVITATION = "invitation", _("Invitation only: staff enrol trainees")

    summary = models.TextField(_("summary"))
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Learning outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    topic = models.CharField(_("topic"), max_length=20, choices=Topic.choices)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    estimated_hours = models.PositiveSmallIntegerField(_("estimated hours"), default=1)
    prerequisites = ParentalManyToManyField(
        "academy.CoursePage",
        verbose_name=_("prerequisites"),
        blank=True,
        related_name="+",
        help_text=_("Courses a trainee must complete before enrolling in this one."),
    )
    enrolment_mode = models.CharField(
        _("enrolment"),
        max_length=20,
        choices=EnrolmentMode.choices,
        default=EnrolmentMode.OPEN,
    )
    cohort_start = models.DateField(
        _("cohort starts"), null=True, blank=True, help_text=_("Empty: enrolment is always open.")
    )
    cohort_end = models.DateField(_("cohort ends"), null=True, blank=True)
    sequential = models.BooleanField(
        _("lessons unlock in order"),
        default=False,
        help_text=_("A trainee opens a lesson only after finishing the required ones before it."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("body"),
    ]
    course_rules_panels = [
        FieldRowPanel([FieldPanel("topic"), FieldPanel("level"), FieldPanel("estimated_hours")]),
        FieldPanel("enrolment_mode"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("cohort_start"), FieldPanel("cohort_end")])],
            heading=_("Cohort"),
        ),
        FieldPanel("sequential"),
        FieldPanel("prerequisites"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(course_rules_panels, heading=_("Course rules")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("topic"),
        index.FilterField("level"),
    ]

    parent_page_types = ["academy.AcademyIndexPage"]
    subpage_types = ["academy.LessonPage", "academy.AssessmentPage"]

    class Meta:
        verbose_name = _("course")

    def clean(self):
        super().clean()
        if self.cohort_start and self.cohort_end and self.cohort_end < self.cohort_start:
            raise ValidationError({"cohort_end": _("The cohort cannot end before it starts.")})

    def get_context(self, request, *args, **kwargs):
        from academy.services import course_overview, next_courses

        context = super().get_context(request, *args, **kwargs)
        context.update(course_overview(course=self, user=request.user))
        enrollment = context["enrollment"]
        if enrollment is not None and enrollment.status == enrollment.Status.COMPLETED:
            context["next_courses"] = next_courses(user=request.user, course=self)
            # What other apps offer once a course is done (certificates: the certificate);
            # academy names none of them.
            context["completion_links"] = [
                link
                for hook in hooks.get_hooks(COURSE_COMPLETED_LINKS_HOOK)
                for link in hook(user=request.user, course=self)
            ]
        return context

    @path("enrol/")
    def enrol_route(self, request):
        from academy.services import EnrolmentRefused, enrol, next_lesson_for

        if request.method != "POST":
            return redirect(self.url)
        if not request.user.is_authenticated:
            return redirect_to_login(self.url)
        try:
            enrollment = enrol(user=request.user, course=self)
        except EnrolmentRefused as refusal:
            messages.error(request, refusal.message)
        else:
            if enrollment.status == enrollment.Status.PENDING:
                messages.info(request, _("Your request has been sent. Staff will review it."))
            elif (first := next_lesson_for(user=request.user, course=self)) is not None:
                messages.success(
                    request,
                    _("You are enrolled. Next: the lesson “%(lesson)s”.") % {"lesson": first.title},
                )
            else:
                messages.success(request, _("You are enrolled. Welcome to the course!"))
        return redirect(self.url)

    @path("unenrol/")
    def unenrol_route(self, request):
        from academy.services import EnrolmentRefused, unenrol

        if request.method != "POST" or not request.user.is_authenticated:
            return redirect(self.url)
        try:
            unenrol(user=request.user, course=self)
        except EnrolmentRefused as refusal:
            messages.error(request, refusal.message)
        else:
            messages.success(request, _("You have left the course."))
        return redirect(self.url)


class CourseItemMixin:
    """Lessons and assessments: open to staff and enrolled trainees; a sequential course locks
    items ahead; editors' previews pass. Sets ``request.academy_course`` for the routes."""

    #: Read by the site search (cms), which lists no page a visitor must sign in to open.
    requires_sign_in = True

    def get_sitemap_urls(self, request=None):
        # A visitor (and a search engine) is sent to the log-in page: nothing to index.
        return []

    def serve(self, request, *args, **kwargs):
        from academy.permissions import LessonAccess, lesson_access
        from academy.services import course_lessons, course_of

        if getattr(request, "is_preview", False):
            return super().serve(request, *args, **kwargs)
        course = course_of(self)
        lessons = course_lessons(course) if request.user.is_authenticated else None
        access = lesson_access(user=request.user, lesson=self, course=course, lessons=lessons)
        if access is LessonAccess.LOGIN:
            return redirect_to_login(request.get_full_path())
        if access is LessonAccess.NOT_ENROLLED:
            messages.info(request, _("Enrol in this course to open its lessons."))
            return redirect(course.url)
        if access is LessonAccess.LOCKED:
            messages.info(request, _("Finish the previous lessons first."))
            return redirect(course.url)
        request.academy_course, request.academy_lessons = course, lessons
        return super().serve(request, *args, **kwargs)

    def course_of(self, request):
        from academy.services import course_of

        return getattr(request, "academy_course", None) or course_of(self)


class LessonPage(CourseItemMixin, RoutablePageMixin, Page):
    """A lesson: for enrolled trainees and staff; locked lessons send people back."""

    class CompletionRule(models.TextChoices):
        MANUAL = "manual", _("The trainee marks it as done")
        H5P_COMPLETED = "h5p-completed", _("Every H5P activity in it completed")
        H5P_SCORE = "h5p-score", _("Every H5P activity in it completed with the minimum score")

    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=15)
    required = models.BooleanField(
        _("required"), default=True, help_text=_("Required lessons count towards completion.")
    )
    completion_rule = models.CharField(
        _("lesson is done when"),
        max_length=20,
        choices=CompletionRule.choices,
        default=CompletionRule.MANUAL,
        help_text=_(
            "H5P scores are reported by the trainee's browser: they can complete a lesson, "
            "never decide a certificate."
        ),
    )
    completion_min_score = models.PositiveSmallIntegerField(
        _("minimum H5P score (%)"), default=80, validators=[MaxValueValidator(100)]
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("required")]),
        FieldRowPanel([FieldPanel("completion_rule"), FieldPanel("completion_min_score")]),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["academy.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def get_context(self, request, *args, **kwargs):
        from academy.services import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(
            lesson_context(
                lesson=self,
                course=self.course_of(request),
                user=request.user,
                lessons=getattr(request, "academy_lessons", None),
            )
        )
        return context

    @path("complete/")
    def complete_route(self, request):
        from academy.services import LessonRefused, complete_lesson

        course = self.course_of(request)
        if request.method != "POST":
            return redirect(self.url)
        try:
            result = complete_lesson(user=request.user, lesson=self, course=course)
        except LessonRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(course.url)
        if result.course_completed:
            messages.success(request, _("Congratulations: you have completed the course!"))
            return redirect(course.url)
        messages.success(request, _("Lesson marked as done."))
        return redirect(result.next_lesson.url if result.next_lesson else course.url)

from django.conf import settings
from django.contrib import messages
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList, TabbedInterface
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page

from academy.blocks import QuestionStreamBlock
from academy.models.pages import CourseItemMixin

#: The value of the form's submit button: the server checks for unanswered questions first.
#: Any other value of ``submit`` (the confirmation's, or a client's "1") submits at once.
SUBMIT_AFTER_CHECK = "check"


class AssessmentPage(CourseItemMixin, RoutablePageMixin, Page):
    """A quiz in a course: questions in a StreamField, rules in their own tab."""

    class GradingMethod(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt")
        LAST = "last", _("Last attempt")

    class ShowAnswers(models.TextChoices):
        IMMEDIATELY = "immediately", _("After each attempt")
        AFTER_LAST_ATTEMPT = "after-last-attempt", _("After the last attempt or a pass")
        NEVER = "never", _("Never: the score only")

    intro = models.TextField(_("introduction"), blank=True)
    questions = StreamField(QuestionStreamBlock(), verbose_name=_("questions"))
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MaxValueValidator(100)]
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0: unlimited.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"), default=0, help_text=_("0: no time limit.")
    )
    grading_method = models.CharField(
        _("grade that counts"),
        max_length=10,
        choices=GradingMethod.choices,
        default=GradingMethod.HIGHEST,
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_choices = models.BooleanField(_("shuffle choices"), default=False)
    required = models.BooleanField(_("required for course completion"), default=True)
    show_answers = models.CharField(
        _("show correct answers and feedback"),
        max_length=20,
        choices=ShowAnswers.choices,
        default=ShowAnswers.IMMEDIATELY,
        help_text=_("The score is always shown once an attempt is graded."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("questions")]
    assessment_rules_panels = [
        FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("attempts_allowed")]),
        FieldRowPanel([FieldPanel("time_limit_minutes"), FieldPanel("grading_method")]),
        FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_choices")]),
        FieldPanel("required"),
        FieldPanel("show_answers"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(assessment_rules_panels, heading=_("Assessment rules")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    parent_page_types = ["academy.CoursePage"]
    subpage_types = []

    #: Lets course templates tell assessments from lessons in one list.
    is_assessment = True

    class Meta:
        verbose_name = _("assessment")

    def get_context(self, request, *args, with_attempts=True, **kwargs):
        """``with_attempts``: the list of the trainee's attempts, which only the assessment's
        own page shows (the attempt form and the result pass False)."""
        from academy.attempts import assessment_summary, attempts_left

        context = super().get_context(request, *args, **kwargs)
        context["course"] = self.course_of(request)
        if with_attempts and request.user.is_authenticated:
            context.update(assessment_summary(user=request.user, assessment=self))
            context["attempts_left"] = attempts_left(user=request.user, assessment=self)
        return context

    def _attempt(self, request, attempt_id):
        from academy.attempts import with_graded_revision

        # Another trainee's attempt, or one of another assessment, does not exist for them.
        attempt = get_object_or_404(
            with_graded_revision(Attempt.objects.all()),
            pk=attempt_id,
            user=request.user,
            assessment_key=self.translation_key,
        )
        if attempt.page_id == self.pk:
            attempt.page = self  # the page being served: not read a second time
        return attempt

    @path("start/")
    def start_route(self, request):
        from academy.attempts import AttemptRefused, start_attempt

        if request.method != "POST":
            return redirect(self.url)
        try:
            attempt = start_attempt(
                user=request.user, assessment=self, course=self.course_of(request)
            )
        except AttemptRefused as refusal:
            messages.error(request, refusal.message)
            return redirect(self.url)
        return redirect(self.url + self.reverse_subpage("attempt_route", args=[attempt.pk]))

    @path("attempt/<int:attempt_id>/")
    def attempt_route(self, request, attempt_id):
        from academy.attempts import (
            AttemptRefused,
            is_expired,
            save_answers,
            submit_attempt,
            unanswered_before_submitting,
        )

        attempt = self._attempt(request, attempt_id)
        result_url = self.url + self.reverse_subpage("result_route", args=[attempt.pk])
        if attempt.status != Attempt.Status.IN_PROGRESS:
            return redirect(result_url)
        if request.method == "POST":
            if request.POST.get("submit") == SUBMIT_AFTER_CHECK and not is_expired(attempt):
                try:
                    unanswered = unanswered_before_submitting(attempt=attempt, data=request.POST)
                except AttemptRefused as refusal:
                    messages.error(request, refusal.message)
                    return redirect(request.path)
                if unanswered:
                    return self._attempt_form(request, attempt, unanswered=unanswered)
            if "submit" in request.POST or is_expired(attempt):
                try:
                    attempt = submit_attempt(
                        attempt_id=attempt.pk, user=request.user, data=request.POST
                    )
                except AttemptRefused as refusal:
                    # Nothing was saved or submitted: the trainee fixes the answer and retries.
                    messages.error(request, refusal.message)
                    return redirect(request.path)
                if attempt.late:
                    messages.warning(
                        request,
                        _(
                            "Time ran out before you submitted. Your attempt was graded "
                            "with the answers saved at the deadline."
                        ),
                    )
                return redirect(result_url)
            try:
                save_answers(attempt=attempt, data=request.POST)
            except AttemptRefused as refusal:
                messages.error(request, refusal.message)
            else:
                messages.success(request, _("Your answers have been saved."))
            return redirect(request.path)
        if is_expired(attempt):
            submit_attempt(attempt_id=attempt.pk, user=request.user)
            messages.warning(
                request,
                _("Time ran out. Your attempt was graded with the answers saved at the deadline."),
            )
            return redirect(result_url)
        return self._attempt_form(request, attempt)

    def _attempt_form(self, request, attempt, unanswered=None):
        """The attempt's form; ``unanswered``: the numbers of the questions the trainee is
        asked to confirm leaving unanswered before the attempt is submitted."""
        from academy.attempts import attempt_questions, give_tokens

        return self.render(
            request,
            template="academy/attempt_form.html",
            with_attempts=False,
            context_overrides={
                "attempt": attempt,
                "questions": attempt_questions(give_tokens(attempt=attempt)),
                "course": self.course_of(request),
                "unanswered": unanswered,
            },
        )

    @path("attempt/<int:attempt_id>/autosave/")
    def autosave_route(self, request, attempt_id):
        from academy.attempts import AttemptRefused, save_answers

        attempt = self._attempt(request, attempt_id)
        if request.method != "POST":
            return JsonResponse({"error": _("Use POST.")}, status=405)
        try:
            save_answers(attempt=attempt, data=request.POST)
        except AttemptRefused as refusal:
            return JsonResponse({"saved": False, "error": str(refusal.message)}, status=400)
        return JsonResponse({"saved": True})

    @path("attempt/<int:attempt_id>/result/")
    def result_route(self, request, attempt_id):
        from academy.attempts import (
            answers_visible,
            attempt_review,
            attempts_left,
            open_attempt,
            score_so_far,
            taken_in,
        )

        attempt = self._attempt(request, attempt_id)
        if attempt.status == Attempt.Status.IN_PROGRESS:
            return redirect(self.url + self.reverse_subpage("attempt_route", args=[attempt.pk]))
        # An attempt whose time is up is closed here, as starting one would: it counts as used.
        current = open_attempt(user=request.user, assessment=self)
        visible = answers_visible(attempt=attempt, assessment=self)
        return self.render(
            request,
            template="academy/attempt_result.html",
            with_attempts=False,
            context_overrides={
                "attempt": attempt,
                "taken_in": taken_in(attempt),
                "review": attempt_review(attempt) if visible else None,
                "open_attempt": current,
                "so_far": (
                    score_so_far(attempt)
                    if attempt.status == Attempt.Status.AWAITING_GRADING
                    else None
                ),
                "attempts_left": attempts_left(user=request.user, assessment=self),
                "course": self.course_of(request),
            },
        )


class Attempt(models.Model):
    """One sitting of an assessment, graded against the revision it was taken on."""

    class Status(models.TextChoices):
        IN_PROGRESS = "in-progress", pgettext_lazy("attempt status", "In progress")
        AWAITING_GRADING = "awaiting", _("Waiting for essay grading")
        GRADED = "graded", _("Graded")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="attempts",
    )
    assessment_key = models.UUIDField(_("assessment"), db_index=True)
    course_key = models.UUIDField(_("course"), db_index=True)
    page = models.ForeignKey(
        AssessmentPage,
        verbose_name=_("assessment page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        verbose_name=_("graded against revision"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    number = models.PositiveSmallIntegerField(_("attempt number"))
    layout = models.JSONField(_("questions and choice order"), default=list)
    started_at = models.DateTimeField(_("started at"), auto_now_add=True)
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    late = models.BooleanField(_("submitted after the deadline"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.IN_PROGRESS
    )
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=2, null=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=7, decimal_places=2, null=True)
    percent = models.DecimalField(_("percent"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        ordering = ["-started_at"]
        # Reports ask, for each enrolment, whether its trainee did something in the course.
        indexes = [models.Index(fields=["user", "course_key"], name="attempt_user_course")]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "assessment_key", "number"], name="one_attempt_number_per_user"
            )
        ]

    def __str__(self):
        return f"{self.user} · #{self.number}"


class Response(models.Model):
    """A trainee's answer to one question of an attempt, with its score."""

    attempt = models.ForeignKey(
        Attempt, verbose_name=_("attempt"), on_delete=models.CASCADE, related_name="responses"
    )
    question_id = models.CharField(_("question"), max_length=64)
    question_type = models.CharField(_("question type"), max_length=20)
    answer = models.JSONField(_("answer"), default=dict, blank=True)
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=2, null=True)
    max_score = models.DecimalField(_("maximum score"), max_digits=7, decimal_places=2)
    feedback = models.TextField(_("grader's feedback"), blank=True)
    graded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("graded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    graded_at = models.DateTimeField(_("graded at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        constraints = [
            models.UniqueConstraint(
                fields=["attempt", "question_id"], name="one_response_per_question"
            )
        ]

    def __str__(self):
        return f"{self.attempt} · {self.question_id}"

    @property
    def needs_grading(self):
        return self.score is None

"""Learner records. They point at a course's translation_key, never at one translation's id,
so a trainee who switches language keeps their progress and reports count a course once."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


class Enrollment(models.Model):
    """A person's place in a course."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        ACTIVE = "active", _("Enrolled")
        COMPLETED = "completed", _("Completed")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        REJECTED = "rejected", _("Not approved")

    class Source(models.TextChoices):
        SELF = "self", _("Enrolled themselves")
        STAFF = "staff", _("Enrolled by staff")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="enrollments",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE
    )
    source = models.CharField(_("source"), max_length=10, choices=Source.choices)
    created_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved or enrolled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["user", "course_key"], name="one_enrollment_per_course")
        ]

    def __str__(self):
        return f"{self.user} · {self.get_status_display()}"

    @property
    def is_studying(self):
        return self.status in (self.Status.ACTIVE, self.Status.COMPLETED)


class LessonCompletion(models.Model):
    """A lesson a trainee has finished."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="lesson_completions",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    lesson_key = models.UUIDField(_("lesson"))
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")
        # Reports ask, for each enrolment, whether its trainee did something in the course.
        indexes = [models.Index(fields=["user", "course_key"], name="completion_user_course")]
        constraints = [
            models.UniqueConstraint(fields=["user", "lesson_key"], name="one_completion_per_lesson")
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson_key}"

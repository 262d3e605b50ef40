"""Mentorship programmes, the pairings they hold, and the record each pair keeps."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField, TranslatableField

from mentorship.admin_forms import ProgrammePageForm
from mentorship.choosers import mentee_chooser_viewset, mentor_chooser_viewset


class MentorshipProgrammePage(Page):
    """A cohort of mentoring: its dates, its courses and, inline, its pairings.

    Pairings belong to the page they were entered on and are never copied into the
    programme's translations, so every pairing exists (and counts) once.
    """

    intro = models.TextField(_("summary"), blank=True)
    description = RichTextField(_("description"), blank=True)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    courses = ParentalManyToManyField(
        "academy.CoursePage",
        verbose_name=_("linked courses"),
        blank=True,
        related_name="+",
        help_text=_("Mentors follow their mentees' progress in these courses."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("courses"),
            ],
            heading=_("Cohort"),
        ),
        InlinePanel("pairings", heading=_("Pairings"), label=_("Pairing")),
    ]
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("intro"),
        TranslatableField("description"),
        SynchronizedField("starts_on"),
        SynchronizedField("ends_on"),
        SynchronizedField("courses"),
    ]
    exclude_fields_in_copy = ["pairings"]

    base_form_class = ProgrammePageForm
    parent_page_types = ["academy.AcademyIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("mentorship programme")

    def permissions_for_user(self, user):
        # Imported here: mentorship.permissions imports this module.
        from mentorship.permissions import ProgrammePagePermissionTester

        return ProgrammePagePermissionTester(user, self)

    def get_context(self, request, *args, **kwargs):
        from academy.services import localized_courses

        context = super().get_context(request, *args, **kwargs)
        keys = list(self.courses.values_list("translation_key", flat=True))
        context["linked_courses"] = list(localized_courses(keys).values())
        user = request.user
        context["my_pairing"] = (
            self.pairings.filter(models.Q(mentor=user) | models.Q(mentee=user)).first()
            if user.is_authenticated
            else None
        )
        return context


class Pairing(models.Model):
    """A mentor and a mentee in one programme."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        PAUSED = "paused", _("Paused")
        COMPLETED = "completed", _("Completed")

    programme = ParentalKey(
        MentorshipProgrammePage,
        verbose_name=_("programme"),
        on_delete=models.CASCADE,
        related_name="pairings",
    )
    mentor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="mentee_pairings",
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("mentee"),
        on_delete=models.CASCADE,
        related_name="mentor_pairings",
    )
    starts_on = models.DateField(_("starts on"), default=timezone.localdate)
    ends_on = models.DateField(_("ends on"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    focus = models.CharField(
        _("focus"),
        max_length=300,
        blank=True,
        help_text=_("What the mentoring concentrates on, e.g. trial monitoring reports."),
    )

    # The programme stays out of the history: simple-history would copy the ParentalKey
    # with related_name "+", which modelcluster refuses; a pairing never changes programme.
    history = HistoricalRecords(excluded_fields=["programme"])

    panels = [
        FieldRowPanel(
            [
                FieldPanel("mentor", widget=mentor_chooser_viewset.widget_class),
                FieldPanel("mentee", widget=mentee_chooser_viewset.widget_class),
            ]
        ),
        FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on"), FieldPanel("status")]),
        FieldPanel("focus"),
    ]

    class Meta:
        verbose_name = _("pairing")
        verbose_name_plural = _("pairings")
        ordering = ["pk"]
        indexes = [models.Index(fields=["mentor", "status"])]

    def __str__(self):
        return f"{self.mentor} → {self.mentee}"

    @property
    def is_active(self):
        return self.status == self.Status.ACTIVE


class Meeting(models.Model):
    """One mentoring meeting, seen by the pair and staff."""

    class Format(models.TextChoices):
        IN_PERSON = "in-person", _("In person")
        ONLINE = "online", _("Online")

    pairing = models.ForeignKey(
        Pairing, verbose_name=_("pairing"), on_delete=models.CASCADE, related_name="meetings"
    )
    held_on = models.DateField(_("date"))
    duration_minutes = models.PositiveSmallIntegerField(_("length in minutes"))
    format = models.CharField(_("format"), max_length=12, choices=Format.choices)
    topics = models.TextField(_("topics discussed"), max_length=5000)
    actions = models.TextField(_("agreed actions"), max_length=5000, blank=True)
    next_meeting_on = models.DateField(_("next meeting"), null=True, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("logged by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("logged at"), auto_now_add=True)
    mentee_notified_at = models.DateTimeField(_("mentee notified at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["-held_on", "-pk"]

    def __str__(self):
        return f"{self.pairing}: {self.held_on}"


class Goal(models.Model):
    """A goal the pair agreed on; mentor and mentee both update its status."""

    class Status(models.TextChoices):
        OPEN = "open", _("Not started")
        IN_PROGRESS = "in-progress", pgettext_lazy("goal status", "In progress")
        ACHIEVED = "achieved", _("Achieved")
        DROPPED = "dropped", _("Dropped")

    pairing = models.ForeignKey(
        Pairing, verbose_name=_("pairing"), on_delete=models.CASCADE, related_name="goals"
    )
    text = models.CharField(_("goal"), max_length=500)
    due_on = models.DateField(_("due date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("set at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    mentee_notified_at = models.DateTimeField(_("mentee notified at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("goal")
        verbose_name_plural = _("goals")
        ordering = ["due_on", "pk"]

    def __str__(self):
        return self.text


class MentorNote(models.Model):
    """A mentor's private note on a mentee: the mentor and staff read it on the site; the
    mentee never sees it there, but receives it in the download of their personal data."""

    pairing = models.ForeignKey(
        Pairing, verbose_name=_("pairing"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    text = models.TextField(_("note"), max_length=10000)
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("private note")
        verbose_name_plural = _("private notes")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.pairing}: {self.created_at:%Y-%m-%d}"


class MentorDigest(models.Model):
    """One weekly digest sent to one mentor: the mark that makes sending it idempotent."""

    mentor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    week = models.DateField(_("week starting"))
    sent_at = models.DateTimeField(_("handled at"), null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["mentor", "week"], name="one_digest_per_mentor_week")
        ]

    def __str__(self):
        return f"{self.mentor}: {self.week}"

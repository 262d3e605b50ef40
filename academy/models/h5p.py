"""H5P: shared libraries, uploaded activities, and what trainees did with them.

Packages are checked in ``academy.h5p.package`` and unpacked by ``academy.h5p.services``;
their files live in the private storage (``core.storage``, no URL) under the prefixes kept
here, and are served only from the content host (``academy.h5p.views``).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.storage import private_storage


class H5PLibrary(models.Model):
    """One version of an H5P library, stored once and shared by every activity that uses it.

    Two uploads bringing the same files (same sha256) share a row; a library whose files
    differ from the installed copy is another row, installable only with the
    ``academy.install_h5p_library`` permission.
    """

    machine_name = models.CharField(_("machine name"), max_length=127)
    major_version = models.PositiveSmallIntegerField(_("major version"))
    minor_version = models.PositiveSmallIntegerField(_("minor version"))
    patch_version = models.PositiveSmallIntegerField(_("patch version"), default=0)
    title = models.CharField(_("title"), max_length=255, blank=True)
    sha256 = models.CharField(_("SHA-256 of its files"), max_length=64, unique=True)
    storage_prefix = models.CharField(_("stored under"), max_length=255)
    files = models.JSONField(_("files"), default=list)
    metadata = models.JSONField(_("library.json"), default=dict)
    installed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("installed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    installed_at = models.DateTimeField(_("installed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("H5P library")
        verbose_name_plural = _("H5P libraries")
        ordering = ["machine_name", "major_version", "minor_version", "patch_version"]
        permissions = [("install_h5p_library", _("Can install new or changed H5P libraries"))]

    def __str__(self):
        return f"{self.machine_name} {self.version}"

    @property
    def version(self):
        return f"{self.major_version}.{self.minor_version}.{self.patch_version}"

    @property
    def folder_name(self):
        """The folder H5P players look for: ``Name-major.minor``."""
        return f"{self.machine_name}-{self.major_version}.{self.minor_version}"


#: Main libraries known to send a top-level ``completed`` or ``answered`` statement when the
#: trainee finishes them: only these can meet a lesson's H5P completion rule. Content to read
#: or browse (H5P.GreetingCard, H5P.Accordion, H5P.Dialogcards, H5P.ImageHotspots, ...) never
#: sends one; an activity of any library not listed here does not count towards the rule.
COMPLETION_REPORTING_LIBRARIES = frozenset(
    {
        "H5P.ArithmeticQuiz",
        "H5P.Blanks",
        "H5P.CoursePresentation",
        "H5P.Dictation",
        "H5P.DragQuestion",
        "H5P.DragText",
        "H5P.Essay",
        "H5P.ImageHotspotQuestion",
        "H5P.InteractiveVideo",
        "H5P.MarkTheWords",
        "H5P.MemoryGame",
        "H5P.MultiChoice",
        "H5P.MultiMediaChoice",
        "H5P.QuestionSet",
        "H5P.SingleChoiceSet",
        "H5P.SortParagraphs",
        "H5P.Summary",
        "H5P.TrueFalse",
    }
)


class H5PActivity(index.Indexed, models.Model):
    """An uploaded .h5p package that lessons can show."""

    class Status(models.TextChoices):
        PROCESSING = "processing", _("Processing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    title = models.CharField(_("title"), max_length=255)
    package = models.FileField(
        _("H5P package"),
        upload_to="h5p/packages/",
        storage=private_storage,
        help_text=_("An .h5p file exported from an H5P editor, at most 50 MB."),
    )
    main_library = models.CharField(_("main library"), max_length=127, blank=True)
    metadata = models.JSONField(_("h5p.json"), default=dict, blank=True)
    storage_prefix = models.CharField(_("stored under"), max_length=255, blank=True)
    files = models.JSONField(_("content files"), default=list, blank=True)
    libraries = models.ManyToManyField(
        H5PLibrary, verbose_name=_("libraries"), related_name="activities", blank=True
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PROCESSING
    )
    problem = models.TextField(_("problem"), blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title")]

    class Meta:
        verbose_name = _("H5P activity")
        verbose_name_plural = _("H5P activities")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    @property
    def is_ready(self):
        return self.status == self.Status.READY

    @property
    def reports_completion(self):
        """Whether its main library is known to report when the trainee finishes it."""
        return self.main_library in COMPLETION_REPORTING_LIBRARIES

    @property
    def status_with_problem(self):
        """The status, and why unpacking failed when it did (for the admin listing)."""
        label = self.get_status_display()
        return f"{label}: {self.problem}" if self.problem else label


class H5PResult(models.Model):
    """A trainee's standing in one activity: the best score they reported and whether they
    finished it. Self-reported by the browser: it can complete a lesson, never a certificate."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="h5p_results",
    )
    activity = models.ForeignKey(
        H5PActivity, verbose_name=_("activity"), on_delete=models.CASCADE, related_name="results"
    )
    best_score = models.DecimalField(_("best score"), max_digits=9, decimal_places=2, default=0)
    max_score = models.DecimalField(_("maximum score"), max_digits=9, decimal_places=2, default=0)
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    completed = models.BooleanField(_("completed"), default=False)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("H5P result")
        verbose_name_plural = _("H5P results")
        constraints = [
            models.UniqueConstraint(fields=["user", "activity"], name="one_h5p_result_per_activity")
        ]

    def __str__(self):
        return f"{self.user} · {self.activity}"

    @property
    def percent(self):
        if not self.max_score:
            return 0
        return round(self.best_score * 100 / self.max_score, 1)


class H5PStatement(models.Model):
    """An xAPI statement as the player sent it, kept as received, once per person and key."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("trainee"),
        on_delete=models.CASCADE,
        related_name="h5p_statements",
    )
    activity = models.ForeignKey(
        H5PActivity,
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="statements",
    )
    lesson_key = models.UUIDField(_("lesson"))
    verb = models.CharField(_("verb"), max_length=255)
    statement = models.JSONField(_("statement"))
    #: The statement's xAPI id, or ``sha256:`` and the hash of its content when it came
    #: without one (``academy.h5p.services.statement_key``): a replay finds it taken.
    statement_key = models.CharField(_("statement key"), max_length=100)
    received_at = models.DateTimeField(_("received at"), auto_now_add=True)

    class Meta:
        verbose_name = _("xAPI statement")
        verbose_name_plural = _("xAPI statements")
        ordering = ["-received_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "statement_key"], name="one_h5p_statement_per_key"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.verb}"

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from simple_history.models import HistoricalRecords
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, TranslatableMixin

from certificates.print_images import prepare_print_images
from core.storage import private_storage

# A certificate holds while it is neither revoked nor replaced by a reissue (expiry aside).
VALID_CERTIFICATE = Q(revoked_at__isnull=True, superseded_at__isnull=True)

PLACEHOLDER_HELP = _("Placeholders: {holder_name}, {course}, {date}, {hours}, {score}, {serial}.")


class CertificateTemplate(TranslatableMixin, ClusterableModel):
    """The wording and look of a certificate, with one version per language."""

    class Orientation(models.TextChoices):
        LANDSCAPE = "landscape", _("Landscape")
        PORTRAIT = "portrait", _("Portrait")

    name = models.CharField(_("name"), max_length=200, help_text=_("For staff only."))
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"), help_text=PLACEHOLDER_HELP)
    orientation = models.CharField(
        _("orientation"), max_length=10, choices=Orientation.choices, default=Orientation.LANDSCAPE
    )
    background_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("background image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partner_logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("partner logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    history = HistoricalRecords()

    panels = [
        FieldPanel("name"),
        FieldPanel("title"),
        FieldPanel("body"),
        FieldPanel("orientation"),
        MultiFieldPanel(
            [
                FieldPanel("background_image"),
                FieldRowPanel([FieldPanel("logo"), FieldPanel("partner_logo")]),
            ],
            heading=_("Images"),
        ),
        InlinePanel("signatories", label=_("Signatories"), max_num=3),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # After the signatories are saved with it (ClusterableModel saves them in save()).
        prepare_print_images(self)


class Signatory(Orderable):
    template = ParentalKey(
        CertificateTemplate, on_delete=models.CASCADE, related_name="signatories"
    )
    name = models.CharField(_("name"), max_length=200)
    position = models.CharField(_("position"), max_length=200)
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("position")]), FieldPanel("signature")]


class CourseCertificate(models.Model):
    """How one course (in every language) issues its certificates."""

    course_key = models.UUIDField(_("course"), unique=True)
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    issue_automatically = models.BooleanField(
        _("issue automatically on completion"),
        default=True,
        help_text=_("Otherwise only staff issue this course's certificates."),
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"), null=True, blank=True, help_text=_("Empty: does not expire.")
    )

    class Meta:
        verbose_name = _("course certificate settings")
        verbose_name_plural = _("course certificate settings")

    def __str__(self):
        # Admin messages and confirmations name the course, in the viewer's language; the
        # admin listing annotates the title (academy.viewsets.localized_title) in one query.
        if getattr(self, "course_title", None):
            return self.course_title
        from academy.services import localized_courses

        course = localized_courses([self.course_key], live=False).get(self.course_key)
        return course.title if course else str(self.course_key)


class SerialCounter(models.Model):
    """The last serial number used in a year; rows are locked while a number is taken."""

    year = models.PositiveSmallIntegerField(unique=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"


class IssuedCertificate(models.Model):
    """A certificate as issued: snapshots of what it says, and whether it still holds."""

    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    course_key = models.UUIDField(_("course"), db_index=True)
    template = models.ForeignKey(
        CertificateTemplate,
        verbose_name=_("template"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    serial = models.CharField(_("serial"), max_length=32, unique=True)
    token = models.CharField(_("verification token"), max_length=64, unique=True)
    holder_name = models.CharField(_("holder's name"), max_length=300)
    holder_surname = models.CharField(_("holder's surname"), max_length=150)
    course_title = models.CharField(_("course title"), max_length=255)
    language = models.CharField(_("language"), max_length=2, choices=settings.LANGUAGES)
    hours = models.PositiveSmallIntegerField(_("hours"))
    score = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True)
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revocation"), blank=True)
    superseded_at = models.DateTimeField(_("superseded at"), null=True, blank=True)
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # It names the holder: private storage, no URL; views.download_certificate serves it.
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/%Y/", storage=private_storage, blank=True
    )
    emailed_at = models.DateTimeField(_("e-mailed at"), null=True, blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = _("issued certificate")
        verbose_name_plural = _("issued certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["holder", "course_key"],
                condition=VALID_CERTIFICATE,
                name="one_valid_certificate_per_holder_and_course",
            )
        ]

    def __str__(self):
        return self.serial

    @property
    def is_valid(self) -> bool:
        """Neither revoked nor replaced (expiry aside): ``VALID_CERTIFICATE`` for one row."""
        return self.revoked_at is None and self.superseded_at is None

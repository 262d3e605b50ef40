from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from accounts.regions import Region


class WorkGroup(models.Model):
    """A group of people a member's organisation works with (women, youth, migrants, ...)."""

    class Code(models.TextChoices):
        WOMEN = "women", _("Women")
        YOUTH = "youth", _("Youth")
        CHILDREN = "children", _("Children")
        MIGRANTS = "migrants", _("Migrants")
        DISABILITIES = "disabilities", _("Persons with disabilities")
        OTHER = "other", _("Other vulnerable groups")

    code = models.CharField(_("code"), max_length=20, choices=Code.choices, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("group worked with")
        verbose_name_plural = _("groups worked with")

    def __str__(self):
        return str(self.get_code_display())


class EmailUserManager(UserManager):
    """Creates users identified by e-mail address instead of a username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account: logs in with their e-mail address."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    region = models.CharField(_("region"), max_length=5, choices=Region.choices, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=2,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("E-mails and certificates are written in this language."),
    )
    work_groups = models.ManyToManyField(
        WorkGroup,
        verbose_name=_("groups you work with"),
        blank=True,
        related_name="members",
    )

    erased_at = models.DateTimeField(
        _("erased at"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("The person deleted their account; this row keeps their records anonymous."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["last_name", "first_name", "email"]

    def __str__(self):
        if self.erased_at:
            return str(_("Deleted account"))
        return self.get_full_name() or self.email

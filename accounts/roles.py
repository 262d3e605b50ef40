"""The platform's roles, each a Django group created by a data migration."""

from django.db import models


class Role(models.TextChoices):
    # The values are the group names stored in the database; they are not shown to trainees.
    TRAINEE = "Trainees"
    MENTOR = "Mentors"
    EDITOR = "Editors"
    ACADEMY_STAFF = "Academy staff"

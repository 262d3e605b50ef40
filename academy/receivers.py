"""What academy does when other parts of the site announce something."""

from django.contrib import messages
from django.utils.translation import gettext as _

from academy.models import Enrollment
from academy.permissions import is_academy_staff
from academy.services import continue_with


def say_what_comes_next(sender, request, user, **kwargs):
    """After signing in: the lesson to go on with, or, for a newcomer, the catalogue."""
    step = continue_with(user=user)
    if step is not None:
        lesson, course = step
        messages.info(
            request,
            _("Welcome back. Continue with “%(lesson)s” in “%(course)s”.")
            % {"lesson": lesson.title, "course": course.title},
        )
    elif not is_academy_staff(user) and not Enrollment.objects.filter(user=user).exists():
        messages.info(request, _("Welcome. Choose your first course in the Academy."))
